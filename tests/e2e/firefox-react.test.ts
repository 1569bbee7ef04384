/**
 * Reliability row 1 in Firefox ESR: the React pages of react.test.ts (React 19 server-rendered and hydrated,
 * and the stricter hand-written reconciler) keep working with the add-on. Driven through WebDriver BiDi: the
 * page's own errors (console.error, uncaught errors and rejections) are collected in the page before its
 * bundle arrives, and a frame watcher records any frame in which one of our highlights paints something that
 * is not an archive name or text no longer in the page. After hydration, 50 re-renders, a pushState and going
 * back, the highlights must match the article's text (react-pages.ts: compareNow).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, waitFor, type FirefoxSession } from './firefox';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH } from './paths';
import { compareNow, FIXTURES, HIGHLIGHTS_NOW, KNOWN, reactPages } from './react-pages';
import { serveFixtures, type FixtureServer } from './server';

/** Installed in the page before its bundle arrives: what it reports as errors, and every frame's highlights. */
const WATCH = (known: string[]) => `(() => {
  const errors = (window.__errors = []);
  const error = console.error.bind(console);
  console.error = (...args) => { errors.push(args.map(String).join(' ')); error(...args); };
  addEventListener('error', (e) => errors.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => errors.push('rejection: ' + String(e.reason)));
  const names = new Set(${JSON.stringify(known)});
  const bad = (window.__badFrames = []);
  const frame = () => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('news-context-')) continue;
      for (const r of h) {
        const text = r.toString();
        if (bad.length < 20 && (!names.has(text) || !r.startContainer.isConnected || !r.endContainer.isConnected)) bad.push(text);
      }
    }
    requestAnimationFrame(frame);
  };
  frame();
  return 1;
})()`;

describe.skipIf(!existsSync(FIREFOX_PATH)).each([
  { app: 'React 19 (react-dom/server, hydrateRoot)', url: '/react-dom/live' },
  { app: 'a hand-written React-style reconciler', url: '/react/live.html' },
])('row 1 in Firefox ESR: $app', ({ url }) => {
  let server: FixtureServer;
  let firefox: FirefoxSession;
  let tab: string;

  const until = waitFor;

  beforeAll(async () => {
    server = await serveFixtures({ root: FIXTURES, pages: await reactPages() });
    firefox = await launchFirefox();
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    tab = await firefox.firstTab();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const highlights = async () => compareNow(await firefox.evaluate<Parameters<typeof compareNow>[0]>(tab, HIGHLIGHTS_NOW));
  const matches = (when: string) => until(highlights, (c) => c.ok, `highlights matching the text ${when}`);
  const feedKey = () => firefox.evaluate<string | null>(tab, `document.querySelector('#feed p')?.getAttribute('data-key') ?? null`);

  it('hydrates, re-renders 50 times and navigates with no error, and the highlights follow the text', async () => {
    await firefox.navigate(tab, server.url(url));
    await until(highlights, (c) => c.painted > 0, 'the first highlights');
    await firefox.evaluate(tab, WATCH(KNOWN));
    await firefox.evaluate(tab, '(window.__bundleArrived(), 1)');
    await until(() => firefox.evaluate<boolean>(tab, 'window.__hydrated === true'), Boolean, 'hydration');
    await matches('after hydration');

    await firefox.evaluate(tab, `(document.getElementById('run').click(), 1)`);
    await until(() => firefox.evaluate<boolean>(tab, 'window.__runDone === true'), Boolean, '50 renders');
    await matches('after 50 renders');

    await firefox.evaluate(tab, `(document.getElementById('next').click(), 1)`);
    await until(feedKey, (k) => k === 'm1', 'the markets route');
    await matches('after pushState');

    await firefox.evaluate(tab, '(history.back(), 1)');
    await until(feedKey, (k) => k === 'k1', 'the live route again');
    const last = await matches('after going back');
    expect(last.painted).toBeGreaterThan(0);

    expect(await firefox.evaluate<string[]>(tab, 'window.__errors')).toEqual([]);
    expect(await firefox.evaluate<string[]>(tab, 'window.__badFrames')).toEqual([]);
  });

  // the control: what a DOM-editing extension (or a translator) does, a name's text wrapped in <font> before the
  // bundle arrives, is reported by the page, so the error check above can fail
  it.runIf(url === '/react-dom/live')('reports the foreign <font> a DOM-editing extension would add (the control)', async () => {
    await firefox.navigate(tab, server.url(url));
    await until(highlights, (c) => c.painted > 0, 'the first highlights');
    await firefox.evaluate(tab, WATCH(KNOWN));
    await firefox.evaluate(
      tab,
      `(() => { const w = document.createTreeWalker(document.getElementById('feed'), NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeValue === 'John Kerry') { const f = document.createElement('font'); n.parentNode.replaceChild(f, n); f.append(n); break; }
        window.__bundleArrived(); return 1; })()`,
    );
    const errors = await until(() => firefox.evaluate<string[]>(tab, 'window.__errors'), (e) => e.length > 0, 'an error reported by React');
    expect(errors.some((e) => /Hydration failed|hydrat/i.test(e)), errors.join('\n')).toBe(true);
  });
});
