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
  /** Mutations inside nodes this accepts (our own card host) are ignored. */
  skip?: (node: Node) => boolean;
  /** The page became busy (it keeps changing: a ticker, a live score) or quiet again. */
  onBusy?: (busy: boolean) => void;
  /** Whether changes call for a rescan (default: all do); those that do not are still reported to `onStale`. */
  matters?: (records: readonly MutationRecord[]) => boolean;
}

/** After this many back-to-back rescans, a page is "busy" (a ticker, a live score)... */
const BUSY_STREAK = 4;
/** ...and rescans come at most this often until it has been quiet for QUIET_MS. */
const BUSY_DELAY_MS = 1000;
const QUIET_MS = 1500;
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

  let busy = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const setBusy = (b: boolean): void => {
    if (b === busy) return;
    busy = b;
    opts.onBusy?.(b);
  };
  const fire = (reason: RescanReason): void => {
    timer = undefined;
    idle = undefined;
    if (signal.aborted) return;
    const now = performance.now();
    streak = now - lastRescan < QUIET_MS ? streak + 1 : 0;
    lastRescan = now;
    if (streak >= BUSY_STREAK) setBusy(true);
    // quiet again once no rescan has been asked for QUIET_MS
    clearTimeout(quietTimer);
    quietTimer = setTimeout(() => timer === undefined && setBusy(false), QUIET_MS + BUSY_DELAY_MS);
    onRescan(reason);
  };

  const ignored = (r: MutationRecord): boolean => {
    if (!skip) return false;
    const target = r.target.nodeType === 1 ? r.target : r.target.parentNode;
    if (target && inSkipped(target, skip)) return true;
    // Our own host being added to or removed from the body.
    const changed = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    return changed.length > 0 && changed.every(skip);
  };

  const observer = new MutationObserver((all) => {
    const records = skip ? all.filter((r) => !ignored(r)) : all;
    if (records.length === 0 || signal.aborted) return;
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
      clearTimeout(quietTimer);
      idle?.();
    },
    { once: true },
  );
}

function inSkipped(node: Node, skip: (node: Node) => boolean): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (skip(n)) return true;
  return false;
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
