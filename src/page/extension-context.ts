/**
 * Notices when this content script's extension is gone (reloaded, updated, disabled or removed) and then
 * aborts `life`, which takes everything of ours off the page. Chromium leaves an orphaned content script
 * running with its highlights, stylesheet and card, and tells it nothing; WXT's ContentScriptContext only
 * finds out when a newer copy announces itself with a DOM event, which a page can forge (so that event is
 * not trusted here: see startContent).
 *
 * How it notices: a port to the background is held open; the browser disconnects it when the extension goes
 * away. The port is also dropped when the service worker stops after being idle (it does not keep the worker
 * alive), so a disconnect only counts when `runtime.id` is gone too; otherwise the port is opened again at
 * the next message to the background (which wakes the worker anyway), never on a timer. An update that lands
 * while the worker sleeps is noticed at the next such message, or when the tab is shown again.
 */
import { LIFE_PORT } from '../messaging/page-requests';

/** After a disconnect, look again this much later: the context is marked invalid after the port closes. */
const RECHECK_MS = [0, 100, 500];

/** The parts of `browser.runtime` used here. */
export interface RuntimeLike {
  readonly id?: string | undefined;
  connect(info: { name: string }): PortLike;
}
export interface PortLike {
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

export interface ExtensionContext {
  /** Aborts `life` and returns false when the extension is gone; true while it is there. */
  check(): boolean;
  /** Call before talking to the background: opens the port again if the stopped worker dropped it. */
  touch(): void;
}

/** Watches the extension for `life`'s whole run; aborting `life` closes the port and removes the listeners. */
export function watchExtensionContext(runtime: RuntimeLike, life: AbortController, doc: Document = document): ExtensionContext {
  const { signal } = life;
  let port: PortLike | undefined;
  const timers: ReturnType<typeof setTimeout>[] = [];

  const alive = (): boolean => {
    try {
      return runtime.id != null; // undefined (or a throw) once the context is invalidated
    } catch {
      return false;
    }
  };
  const check = (): boolean => {
    if (signal.aborted) return false;
    if (alive()) return true;
    life.abort();
    return false;
  };
  const connect = (): void => {
    if (port || !check()) return;
    try {
      const p = runtime.connect({ name: LIFE_PORT });
      p.onDisconnect.addListener(() => {
        if (port === p) port = undefined;
        // Chromium disconnects first and invalidates the context a task later.
        timers.splice(0).forEach(clearTimeout);
        if (check()) for (const ms of RECHECK_MS) timers.push(setTimeout(check, ms));
      });
      port = p;
    } catch {
      check(); // "Extension context invalidated"
    }
  };

  connect();
  // A tab coming back into view (or out of the back/forward cache) is where a stale page would be seen.
  doc.addEventListener('visibilitychange', () => void check(), { signal });
  doc.defaultView?.addEventListener('pageshow', () => void check(), { signal });
  signal.addEventListener(
    'abort',
    () => {
      try {
        port?.disconnect();
      } catch {
        // already gone with the context
      }
      port = undefined;
      timers.splice(0).forEach(clearTimeout);
    },
    { once: true },
  );
  return { check, touch: connect };
}
