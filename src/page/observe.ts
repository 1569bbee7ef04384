/** Why a rescan was asked for. */
export type RescanReason = 'changes' | 'big-batch';

export interface WatchChangesOptions {
  /** Subtree to observe, usually the body: an SPA may replace the article element itself. */
  root: Node;
  signal: AbortSignal;
  /** Called in the observer's callback, so stale highlights go before the next paint. */
  onStale: (records: readonly MutationRecord[]) => void;
  onRescan: (reason: RescanReason) => void;
  /** Delay from the first change to the rescan; keep it under 300 ms (the reliability budgets in tests/README.md). */
  debounceMs?: number;
  /** More records than this in one callback means one deferred full rescan. */
  bigBatch?: number;
  /** More added nodes than this in one callback means the same. */
  bigInsert?: number;
  /** Mutations inside nodes this accepts (our own card host; it must accept everything inside what it accepts) are ignored. */
  skip?: (node: Node) => boolean;
  /** The page became busy (it keeps changing: a ticker, a live score) or quiet again. */
  onBusy?: (busy: boolean) => void;
  /** Whether changes call for a rescan (default: all do); those that do not are still reported to `onStale`. */
  matters?: (records: readonly MutationRecord[]) => boolean;
}

/** After this many back-to-back rescans (each within QUIET_MS of the last)... */
const BUSY_STREAK = 4;
/** ...rescans come at most this often until the changes stop. */
const BUSY_DELAY_MS = 1000;
const QUIET_MS = 1500;
/**
 * A page whose document changes in this many observer callbacks within BUSY_WINDOW_MS (ten a second: a ticker,
 * a live score, an animation written in the DOM) is busy, whether or not its changes touch the story: Chromium
 * rebuilds the markers of every registered highlight range in the next frame after any change to the document.
 */
const BUSY_CALLBACKS = 5;
const BUSY_WINDOW_MS = 500;

/** How long a deferred full rescan may wait for an idle moment. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * One MutationObserver (childList, characterData, subtree) for the page. Each callback
 * reports its records to `onStale` at once; rescans are coalesced: the first change starts a
 * `debounceMs` timer and later ones ride on it, so a rescan follows any change within that
 * delay. A callback with more than `bigBatch` records or `bigInsert` added nodes (5,000 nodes
 * inserted at once, reliability row 13 in tests/README.md) schedules one full rescan for an idle moment
 * instead. On pages that never stop changing, rescans back off to one a second
 * (budget: 5 % CPU per 10 s under constant mutation).
 */
export function watchChanges(opts: WatchChangesOptions): void {
  const { root, signal, onStale, onRescan, debounceMs = 250, bigBatch = 1000, bigInsert = 1000, skip } = opts;
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: (() => void) | undefined;
  let lastRescan = -Infinity;
  let streak = 0;

  const cadence = watchCadence(signal, opts.onBusy);
  const fire = (reason: RescanReason): void => {
    timer = undefined;
    idle = undefined;
    if (signal.aborted) return;
    const now = performance.now();
    streak = now - lastRescan < QUIET_MS ? streak + 1 : 0;
    lastRescan = now;
    onRescan(reason);
  };

  /** Changes inside our own host, or our host added to or removed from the page. Called for every record: no copies. */
  const ignored = (r: MutationRecord): boolean => {
    if (!skip) return false;
    const target = r.target.nodeType === 1 ? r.target : r.target.parentNode;
    if (target && skip(target)) return true; // `skip` answers for everything inside the host too
    const { addedNodes: added, removedNodes: removed } = r;
    if (added.length + removed.length === 0) return false;
    for (let i = 0; i < added.length; i++) if (!skip(added[i]!)) return false;
    for (let i = 0; i < removed.length; i++) if (!skip(removed[i]!)) return false;
    return true;
  };

  const observer = new MutationObserver((all) => {
    const records = skip ? all.filter((r) => !ignored(r)) : all;
    if (records.length === 0 || signal.aborted) return;
    cadence.changed();
    onStale(records);
    if (idle) return; // a full rescan is already on its way
    if (opts.matters && !opts.matters(records)) return;
    let added = 0;
    for (const r of records) added += r.addedNodes.length;
    if (records.length > bigBatch || added > bigInsert) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      idle = later(() => fire('big-batch'));
      return;
    }
    if (timer === undefined) timer = setTimeout(() => fire('changes'), streak >= BUSY_STREAK ? BUSY_DELAY_MS : debounceMs);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      idle?.();
    },
    { once: true },
  );
}

/**
 * Tells `onBusy` when the document starts changing at least BUSY_CALLBACKS times in BUSY_WINDOW_MS, and when it
 * has then not changed for QUIET_MS. `changed` is called in every observer callback: a count and a clock read.
 */
function watchCadence(signal: AbortSignal, onBusy: ((busy: boolean) => void) | undefined): { changed(): void } {
  let busy = false;
  let windowStart = -Infinity;
  let inWindow = 0;
  let last = 0;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const checkQuiet = (): void => {
    quietTimer = setTimeout(() => {
      if (signal.aborted) return;
      const since = performance.now() - last;
      if (since < QUIET_MS) return void checkQuiet();
      busy = false;
      quietTimer = undefined;
      onBusy?.(false);
    }, QUIET_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(quietTimer), { once: true });
  return {
    changed() {
      if (!onBusy) return;
      last = performance.now();
      if (last - windowStart > BUSY_WINDOW_MS) {
        windowStart = last;
        inWindow = 0;
      }
      if (++inWindow < BUSY_CALLBACKS || busy) return;
      busy = true;
      onBusy(true);
      checkQuiet();
    },
  };
}

/** Runs `fn` at an idle moment (or within IDLE_TIMEOUT_MS); returns the cancel. */
function later(fn: () => void): () => void {
  const g = globalThis as { requestIdleCallback?: typeof requestIdleCallback; cancelIdleCallback?: typeof cancelIdleCallback };
  if (g.requestIdleCallback && g.cancelIdleCallback) {
    const id = g.requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
    return () => g.cancelIdleCallback!(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

export interface WatchNavigationOptions {
  signal: AbortSignal;
  /** Called with the new URL when the path or query changes; hash-only changes are not navigations. */
  onNavigate: (url: string) => void;
  /** Polling interval where the Navigation API is missing (default 1,000 ms, as WXT does). */
  pollMs?: number;
}

/**
 * Watches single-page-app navigation without patching `history.pushState` (pages patch it
 * too, and the content script's world would not see their calls anyway): the Navigation API's
 * `navigatesuccess` and `currententrychange` events where present (Chrome 102+, Firefox 147+),
 * else `popstate` plus a cheap poll of `location.href`.
 */
export function watchNavigation(opts: WatchNavigationOptions): void {
  const { signal, onNavigate, pollMs = 1000 } = opts;
  if (signal.aborted) return;
  const key = (href: string): string => {
    const u = new URL(href);
    return u.origin + u.pathname + u.search;
  };
  let last = key(location.href);
  const check = (): void => {
    if (signal.aborted) return;
    const href = location.href;
    const next = key(href);
    if (next === last) return;
    last = next;
    onNavigate(href);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('navigatesuccess', check, { signal });
    nav.addEventListener('currententrychange', check, { signal });
    return;
  }
  addEventListener('popstate', check, { signal });
  const poll = setInterval(check, pollMs);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
}
