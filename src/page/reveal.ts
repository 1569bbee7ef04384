/**
 * Pages that hide themselves while they load (anti-flicker snippets of A/B-testing and analytics tools:
 * `body { visibility: hidden }` in a style element, a class on `<html>`, a style attribute on `<body>`) show
 * their story only when a script reveals it. While the body is hidden this watches the few places such a
 * snippet changes (attributes of `<html>` and `<body>`, style elements in `<head>`), and looks again on a
 * slow timer for changes no mutation shows (a stylesheet disabled from script); once the body shows, it
 * calls `onReveal` once and stops.
 */
import { isHidden } from './excluded';
import { bodyOf } from './safe-dom';

/** How often to look while nothing observable changed, and for how long in all. */
const POLL_MS = 500;
const GIVE_UP_MS = 60_000;

export function watchReveal(opts: { signal: AbortSignal; onReveal: () => void }): void {
  const { signal } = opts;
  const body = bodyOf(document);
  if (!body || signal.aborted || !isHidden(body)) return;
  const stop = new AbortController();
  const done = () => stop.abort();
  signal.addEventListener('abort', done, { once: true, signal: stop.signal });
  const check = () => {
    if (stop.signal.aborted || isHidden(body)) return;
    done();
    opts.onReveal();
  };
  const observer = new MutationObserver(check);
  const attributes = { attributes: true, attributeFilter: ['class', 'style', 'hidden'] };
  observer.observe(document.documentElement, attributes);
  observer.observe(body, attributes);
  if (document.head) observer.observe(document.head, { childList: true });
  const started = performance.now();
  const timer = setInterval(() => {
    if (performance.now() - started > GIVE_UP_MS) done();
    else check();
  }, POLL_MS);
  stop.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(timer);
  });
}
