import { isStale } from './ranges';
import { treeWalker } from './safe-dom';
import { chooseTheme, darkQuery, ENTITY_TYPES, highlightName, type EntityType, type Theme } from './theme';

export { chooseTheme, ENTITY_TYPES, highlightName, type EntityType, type Theme } from './theme';

/** A mention to paint: a live Range from `toRange`, its entity's type and id. */
export interface MentionToPaint {
  range: Range;
  type: EntityType;
  id: string;
  /** The text the Range shows, when the caller knows it (else read from the Range). */
  text?: string;
}

/** A painted mention; `text` is what the Range showed when painted, for staleness checks. */
export interface PaintedMention extends MentionToPaint {
  text: string;
}

/** 'all': every mention; 'first': the first mention of each entity (for readers who find underlines intrusive). */
export type Density = 'all' | 'first';

export interface PainterOptions {
  /** Aborting removes our highlights and stops every timer. (The stylesheet is mark-sheet.ts's.) */
  signal: AbortSignal;
  density?: Density;
  doc?: Document;
  /** Called once when the page keeps deleting our highlights and we stop putting them back. */
  onGiveUp?: (reason: string) => void;
  /** How often to look for our names missing from the registry, in ms (default 250). */
  watchMs?: number;
  /** Stop after this many restores within `restoreWindowMs` (default 4 in 2,000 ms). */
  maxRestores?: number;
  restoreWindowMs?: number;
}

export interface Painter {
  /** Why nothing is painted in this browser, or undefined when painting works. */
  readonly unsupportedReason: string | undefined;
  /**
   * Replaces what is painted with `mentions` (in document order; with density 'first' the
   * first one per entity is kept). Without the Highlight API nothing is painted, but the
   * mentions are still kept so lists, keyboard navigation and hover can use them. A mention already painted
   * over the same text keeps its Range (nothing changes for the browser to redo); the returned Ranges are
   * those now used for `mentions`, in order.
   */
  paint(mentions: readonly MentionToPaint[]): readonly Range[];
  /** Unpaints everything, keeping the registry entries for the next paint. */
  clear(): void;
  /**
   * Drops the mentions that `records` (one MutationObserver callback's) made stale, or, without records, every
   * stale mention; returns how many. With records the work follows the records, not the mentions painted: a
   * ticker on a page of 10,000 mentions calls this a hundred times a second.
   */
  dropStale(records?: readonly MutationRecord[]): number;
  /** Ranges painted for entity `id`, in document order. */
  rangesFor(id: string): Range[];
  /** Painted mentions in document order. A new array after every change (cache by identity). */
  all(): readonly PaintedMention[];
  /** True for the Highlight objects we registered (to filter `highlightsFromPoint`). */
  owns(highlight: unknown): boolean;
  setDensity(density: Density): void;
  /**
   * The page keeps changing (a ticker): the browser redoes its highlight work at every change, for every
   * range registered, so only the mentions on screen are registered until it is quiet again.
   */
  setBusy(busy: boolean): void;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/** The document's highlight registry, read when called so tests and late polyfills count. */
function registry(): HighlightRegistry | undefined {
  return (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
}

/** True when this browser has the CSS Custom Highlight API. */
export function supported(): boolean {
  return unsupportedReason() === undefined;
}

/** Why highlights cannot be painted here, in words for the popup; undefined when they can. */
export function unsupportedReason(): string | undefined {
  if (!registry() || typeof (globalThis as { Highlight?: unknown }).Highlight !== 'function') {
    return 'This browser has no CSS Custom Highlight API (Chrome 105+, Safari 17.2+, Firefox 140+), so names are not underlined.';
  }
  if (typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype)) {
    return 'This browser cannot add constructed stylesheets, so highlights could not be styled.';
  }
  return undefined;
}

/** Creates the page's painter. Every effect ends with `opts.signal`. */
export function createPainter(opts: PainterOptions): Painter {
  const doc = opts.doc ?? document;
  const reason = unsupportedReason();
  const { signal, onGiveUp, watchMs = 250, maxRestores = 4, restoreWindowMs = 2000 } = opts;
  let density = opts.density ?? 'all';
  let requested: readonly PaintedMention[] = [];
  let painted: readonly PaintedMention[] = [];
  /**
   * Where `requested` lies (see staleAfter), taken when they are painted: once the page has changed, a live
   * Range in a removed node has already moved to its parent.
   */
  let index: MentionIndex = indexMentions([]);
  const highlights = new Map<EntityType, Highlight>();
  const ours = new Set<unknown>();
  /** The page's theme, chosen at the first paint: the names our highlights are registered under. */
  let theme: Theme | undefined;
  let watchTimer: ReturnType<typeof setTimeout> | undefined;
  let restoreFrame: number | undefined;
  const restores: number[] = [];
  let gaveUp = false;

  if (!reason) {
    const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    for (const type of ENTITY_TYPES) highlights.set(type, new Ctor());
    for (const hl of highlights.values()) ours.add(hl);
  }

  const nameOf = (type: EntityType) => highlightName(type, theme);
  const registerAll = (): void => {
    const reg = registry();
    // Only names we own, and only when free: a page highlight under our name is left alone.
    if (reg) for (const [type, hl] of highlights) if (!reg.has(nameOf(type))) reg.set(nameOf(type), hl);
  };
  const unregisterAll = (): void => {
    const reg = registry();
    for (const [type, hl] of highlights) if (reg?.get(nameOf(type)) === hl) reg.delete(nameOf(type));
  };

  /**
   * Light or dark names for the page as it looks. Reading the page's background costs a style lookup up the
   * tree: done at the first paint, not each rescan, and again when the reader switches the system theme.
   */
  const chooseNames = (): void => {
    if (theme) return;
    theme = chooseTheme(doc, painted[0]?.range.startContainer.parentElement);
    darkQuery()?.addEventListener?.(
      'change',
      () => {
        const wanted = chooseTheme(doc, painted[0]?.range.startContainer.parentElement);
        if (wanted === theme) return;
        unregisterAll();
        theme = wanted;
        if (!gaveUp) registerAll();
      },
      { signal },
    );
  };

  // Some pages call CSS.highlights.clear() now and then. Nothing announces it, so the registry
  // is checked on a slow timer and our names are put back in the next frame. A page that
  // keeps clearing wins: after maxRestores in restoreWindowMs we stop (reliability row 4 in tests/README.md).
  const watch = (): void => {
    watchTimer = undefined;
    if (signal.aborted || gaveUp || painted.length === 0) return;
    const reg = registry();
    const missing = reg && ENTITY_TYPES.some((t) => highlights.get(t)!.size > 0 && !reg.has(nameOf(t)));
    if (missing && restoreFrame === undefined) restoreFrame = requestAnimationFrame(restore);
    watchTimer = setTimeout(watch, watchMs);
  };
  const restore = (now: number): void => {
    restoreFrame = undefined;
    if (signal.aborted || gaveUp) return;
    while (restores.length && restores[0]! <= now - restoreWindowMs) restores.shift();
    if (restores.length >= maxRestores) {
      gaveUp = true;
      onGiveUp?.('The page keeps removing highlights, so News Context stopped adding them back.');
      return;
    }
    restores.push(now);
    registerAll();
  };
  const startWatching = (): void => {
    if (watchTimer === undefined && !gaveUp && !reason) watchTimer = setTimeout(watch, watchMs);
  };

  /** The ranges in the highlights now, each with its type. */
  let registered = new Map<Range, EntityType>();
  /** Makes the highlights hold exactly `wanted`, touching only what changed. */
  const register = (wanted: readonly PaintedMention[]): void => {
    const next = new Map(wanted.map((m) => [m.range, m.type] as const));
    for (const [range, type] of registered) if (next.get(range) !== type) highlights.get(type)?.delete(range);
    for (const [range, type] of next) if (registered.get(range) !== type) highlights.get(type)?.add(range);
    registered = next;
  };

  const render = (): void => {
    const seen = new Set<string>();
    const next: PaintedMention[] = [];
    for (const m of requested) {
      if (density === 'first' && seen.has(m.id)) continue;
      seen.add(m.id);
      next.push(m);
    }
    painted = next;
    if (reason) return;
    register(windowed.pick(painted));
    if (painted.length === 0) return;
    chooseNames();
    if (!gaveUp) registerAll();
    startWatching();
  };

  const windowed = viewportWindow(doc, signal, () => {
    if (!reason && !signal.aborted) register(windowed.pick(painted));
  });

  signal.addEventListener(
    'abort',
    () => {
      if (watchTimer !== undefined) clearTimeout(watchTimer);
      if (restoreFrame !== undefined) cancelAnimationFrame(restoreFrame);
      registered = new Map();
      for (const hl of highlights.values()) hl.clear();
      unregisterAll();
      requested = painted = [];
    },
    { once: true },
  );

  return {
    unsupportedReason: reason,
    paint(mentions) {
      if (signal.aborted) return [];
      const before = new Map(requested.map((m) => [spanKey(m.range, m.type, m.id), m] as const));
      const nodes = new Set(requested.map((m) => m.range.startContainer));
      requested = mentions.map((m) => {
        const text = m.text ?? m.range.toString();
        const same = nodes.has(m.range.startContainer) ? before.get(spanKey(m.range, m.type, m.id)) : undefined;
        return same && same.text === text && !isStale(same.range, text) ? same : { range: m.range, type: m.type, id: m.id, text };
      });
      index = indexMentions(requested);
      render();
      return requested.map((m) => m.range);
    },
    clear() {
      requested = painted = [];
      index = indexMentions([]);
      registered = new Map();
      for (const hl of highlights.values()) hl.clear();
    },
    dropStale(records) {
      const { gone, looked } = records ? staleAfter(records, index) : { gone: new Set(requested.filter((m) => isStale(m.range, m.text)).map((m) => m.range)), looked: true };
      if (gone.size > 0) requested = requested.filter((m) => !gone.has(m.range));
      // what is left, where it is now (a mention kept may have moved to another node: a Text node split under it)
      if (looked || gone.size > 0) index = indexMentions(requested);
      if (gone.size === 0) return 0;
      if (density === 'first') {
        render(); // the next mention of an entity whose first one went stale takes its place
      } else {
        painted = painted.filter((m) => !gone.has(m.range));
        register(windowed.pick(painted));
      }
      return gone.size;
    },
    rangesFor: (id) => painted.filter((m) => m.id === id).map((m) => m.range),
    all: () => painted,
    owns: (h) => ours.has(h),
    setBusy(b) {
      if (windowed.setBusy(b) && !signal.aborted && !reason) register(windowed.pick(painted));
    },
    setDensity(d) {
      if (d === density) return;
      density = d;
      if (!signal.aborted) render();
    },
  };
}

/** The painted mentions by the Text nodes their ranges start and end in, and those spanning several nodes. */
interface MentionIndex {
  byNode: Map<Node, PaintedMention[]>;
  multi: PaintedMention[];
}

function indexMentions(mentions: readonly PaintedMention[]): MentionIndex {
  const byNode = new Map<Node, PaintedMention[]>();
  const multi: PaintedMention[] = [];
  const add = (n: Node, m: PaintedMention) => {
    const list = byNode.get(n);
    if (list) list.push(m);
    else byNode.set(n, [m]);
  };
  for (const m of mentions) {
    const { startContainer: a, endContainer: b } = m.range;
    add(a, m);
    if (a !== b) {
      add(b, m);
      multi.push(m);
    }
  }
  return { byNode, multi };
}

/**
 * The ranges of `mentions` that `records` made stale, looking only where a record can have changed one: the
 * mentions in a Text node whose characters changed or that was removed, those spanning several nodes when nodes
 * were added or removed (one inserted between their nodes changes their text), and those in the Text nodes
 * of a removed (or moved) element: the work follows the records and the removed subtrees, never the whole page.
 */
function staleAfter(records: readonly MutationRecord[], index: MentionIndex): { gone: Set<Range>; looked: boolean } {
  const gone = new Set<Range>();
  let looked = false;
  const check = (list: readonly PaintedMention[] | undefined, moves = true) => {
    if (!list?.length) return;
    looked ||= moves;
    for (const m of list) if (!gone.has(m.range) && isStale(m.range, m.text)) gone.add(m.range);
  };
  let nodes = false;
  for (const r of records) {
    if (r.type === 'characterData') {
      check(index.byNode.get(r.target));
      continue;
    }
    if (r.type !== 'childList') continue;
    nodes = true;
    const removed = r.removedNodes;
    for (let i = 0; i < removed.length; i++) {
      const n = removed[i]!;
      if (n.nodeType === 3) check(index.byNode.get(n));
      else if (n.nodeType === 1 && index.byNode.size > 0) {
        // removed, or moved: either way the live ranges inside it collapsed
        const walk = treeWalker(n.ownerDocument ?? document, n, 4 /* SHOW_TEXT */);
        for (let t = walk.nextNode(); t; t = walk.nextNode()) check(index.byNode.get(t));
      }
    }
  }
  if (nodes) check(index.multi, false); // a node between theirs changes their text, not where they are
  return { gone, looked };
}

/** Node → a number, so that a span can be a map key (the page's nodes are never changed). */
const nodeIds = new WeakMap<Node, number>();
let nextNodeId = 0;
const nodeId = (n: Node): number => {
  let id = nodeIds.get(n);
  if (id === undefined) {
    id = ++nextNodeId;
    nodeIds.set(n, id);
  }
  return id;
};

/** Where a mention is and what it stands for: the same key means the same painted mention. */
function spanKey(r: Range, type: EntityType, id: string): string {
  return `${nodeId(r.startContainer)}:${r.startOffset}:${nodeId(r.endContainer)}:${r.endOffset}:${type}:${id}`;
}

/**
 * Most ranges registered at once. The browser's work for highlights (markers, style, paint) grows with the
 * ranges registered, in one task each time they change: on a page with thousands of mentions only those in
 * and near the viewport are registered, and the window follows the reader's scrolling.
 */
export const MAX_REGISTERED = 1_500;

interface ViewportWindow {
  /** The mentions to register: all of them, or on a long page those around the viewport. */
  pick(all: readonly PaintedMention[]): readonly PaintedMention[];
  /** Registers only what is on screen while busy; true when that changed. */
  setBusy(busy: boolean): boolean;
}

function viewportWindow(doc: Document, signal: AbortSignal, moved: () => void): ViewportWindow {
  let frame: number | undefined;
  let listening = false;
  let last: { from: number; to: number } | undefined;
  let lastAll: readonly PaintedMention[] = [];
  let busy = false;
  const view = doc.defaultView;
  const onScroll = () => {
    if (frame !== undefined || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = undefined;
      const next = around(lastAll);
      // move the window only when the reader has scrolled a quarter of it away
      if (last && (busy ? next.from === last.from && next.to === last.to : Math.abs(next.from - last.from) < MAX_REGISTERED / 4 && next.to - next.from === last.to - last.from)) return;
      moved();
    });
  };
  signal.addEventListener('abort', () => frame !== undefined && view?.cancelAnimationFrame(frame), { once: true });
  const listen = () => {
    if (listening || !view) return;
    listening = true;
    // capture: scrolling containers inside the page do not bubble their scroll events
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
    view.addEventListener('resize', onScroll, { passive: true, signal });
  };
  /** The index of the first mention whose box ends below `y` (mentions are in document order). */
  const firstBelow = (all: readonly PaintedMention[], y: number): number => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.range.getBoundingClientRect().bottom < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The index of the first mention whose box starts below `y`. */
  const firstStartingBelow = (all: readonly PaintedMention[], y: number): number => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.range.getBoundingClientRect().top <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const around = (all: readonly PaintedMention[]): { from: number; to: number } => {
    const height = view?.innerHeight ?? 800;
    if (busy) {
      const from = firstBelow(all, 0);
      return { from, to: Math.min(firstStartingBelow(all, height), from + MAX_REGISTERED) };
    }
    const top = firstBelow(all, -height);
    const from = Math.max(0, Math.min(top, all.length - MAX_REGISTERED));
    return { from, to: Math.min(all.length, from + MAX_REGISTERED) };
  };
  return {
    pick(all) {
      lastAll = all;
      if (all.length <= MAX_REGISTERED && !busy) {
        last = undefined;
        return all;
      }
      listen();
      last = around(all);
      return all.slice(last.from, last.to);
    },
    setBusy(b) {
      if (b === busy) return false;
      busy = b;
      return true;
    },
  };
}
