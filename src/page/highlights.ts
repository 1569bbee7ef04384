import { isStale } from './ranges';
import { protoGet } from './safe-dom';
import { chooseTheme, darkQuery, ENTITY_TYPES, highlightCss, highlightName, type EntityType, type MarkStyle, type Theme } from './theme';

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

/** 'all': every mention; 'first': the first mention of each entity (ux.md: underlines that feel intrusive). */
export type Density = 'all' | 'first';

export interface PainterOptions {
  /** Aborting removes our highlights and stylesheet and stops every timer. */
  signal: AbortSignal;
  density?: Density;
  /** How each kind of name is marked (default: underline and tint). */
  styles?: Partial<Record<EntityType, MarkStyle>>;
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
   * mentions are still kept so lists, keyboard navigation and hover can use them.
   */
  paint(mentions: readonly MentionToPaint[]): void;
  /** Unpaints everything, keeping the registry entries and stylesheet for the next paint. */
  clear(): void;
  /** Drops the mentions `check` calls stale (default {@link isStale}); returns how many. */
  dropStale(check?: (range: Range, text: string) => boolean): number;
  /** Ranges painted for entity `id`, in document order. */
  rangesFor(id: string): Range[];
  /** Painted mentions in document order. A new array after every change (cache by identity). */
  all(): readonly PaintedMention[];
  /** True for the Highlight objects we registered (to filter `highlightsFromPoint`). */
  owns(highlight: unknown): boolean;
  setDensity(density: Density): void;
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
  const highlights = new Map<EntityType, Highlight>();
  const ours = new Set<unknown>();
  let sheet: CSSStyleSheet | undefined;
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

  const registerAll = (): void => {
    const reg = registry();
    // Only names we own, and only when free: a page highlight under our name is left alone.
    if (reg) for (const [type, hl] of highlights) if (!reg.has(highlightName(type))) reg.set(highlightName(type), hl);
  };

  /** `recheck`: look at the page's colours again (the system theme changed); otherwise once per session. */
  const adoptSheet = (recheck = false): void => {
    // Reading the page's background costs a style lookup up the tree: done at the first paint, not each rescan.
    if (sheet && !recheck) return;
    const wanted = chooseTheme(doc, painted[0]?.range.startContainer.parentElement);
    if (sheet && wanted === theme) return;
    theme = wanted;
    if (!sheet) {
      // The reader can switch the system theme while the page is open.
      darkQuery()?.addEventListener?.('change', () => sheet && adoptSheet(true), { signal });
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss(theme, opts.styles));
      const adopted = protoGet<CSSStyleSheet[]>(doc, 'adoptedStyleSheets') ?? [];
      // Reassigned rather than pushed: older engines expose a frozen array.
      doc.adoptedStyleSheets = [...adopted, sheet];
    } else {
      sheet.replaceSync(highlightCss(theme, opts.styles));
    }
  };

  const removeSheet = (): void => {
    if (!sheet) return;
    const adopted = protoGet<CSSStyleSheet[]>(doc, 'adoptedStyleSheets') ?? [];
    doc.adoptedStyleSheets = adopted.filter((s) => s !== sheet);
    sheet = undefined;
  };

  // Some pages call CSS.highlights.clear() now and then. Nothing announces it, so the registry
  // is checked on a slow timer and our names are put back in the next frame. A page that
  // keeps clearing wins: after maxRestores in restoreWindowMs we stop (reliability.md test 4).
  const watch = (): void => {
    watchTimer = undefined;
    if (signal.aborted || gaveUp || painted.length === 0) return;
    const reg = registry();
    const missing = reg && ENTITY_TYPES.some((t) => highlights.get(t)!.size > 0 && !reg.has(highlightName(t)));
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
    for (const hl of highlights.values()) hl.clear();
    for (const m of painted) highlights.get(m.type)?.add(m.range);
    if (painted.length === 0) return;
    adoptSheet();
    if (!gaveUp) registerAll();
    startWatching();
  };

  signal.addEventListener(
    'abort',
    () => {
      if (watchTimer !== undefined) clearTimeout(watchTimer);
      if (restoreFrame !== undefined) cancelAnimationFrame(restoreFrame);
      const reg = registry();
      for (const [type, hl] of highlights) {
        hl.clear();
        if (reg?.get(highlightName(type)) === hl) reg.delete(highlightName(type));
      }
      removeSheet();
      requested = painted = [];
    },
    { once: true },
  );

  return {
    unsupportedReason: reason,
    paint(mentions) {
      if (signal.aborted) return;
      requested = mentions.map((m) => ({ range: m.range, type: m.type, id: m.id, text: m.text ?? m.range.toString() }));
      render();
    },
    clear() {
      requested = painted = [];
      for (const hl of highlights.values()) hl.clear();
    },
    dropStale(check = isStale) {
      const keep: PaintedMention[] = [];
      const gone = new Set<Range>();
      for (const m of requested) {
        if (check(m.range, m.text)) gone.add(m.range);
        else keep.push(m);
      }
      if (gone.size === 0) return 0;
      requested = keep;
      if (density === 'first') {
        render(); // the next mention of an entity whose first one went stale takes its place
      } else {
        for (const m of painted) if (gone.has(m.range)) highlights.get(m.type)?.delete(m.range);
        painted = painted.filter((m) => !gone.has(m.range));
      }
      return gone.size;
    },
    rangesFor: (id) => painted.filter((m) => m.id === id).map((m) => m.range),
    all: () => painted,
    owns: (h) => ours.has(h),
    setDensity(d) {
      if (d === density) return;
      density = d;
      if (!signal.aborted) render();
    },
  };
}
