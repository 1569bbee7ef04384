import type { PaintedMention } from './highlights';

/** What hit-testing needs from the painter. */
export interface HitSource {
  all(): readonly PaintedMention[];
  owns(highlight: unknown): boolean;
}

/** The mention under a point and the box of its line fragment there (for placing the card). */
export interface Hit {
  mention: PaintedMention;
  rect: DOMRect;
}

interface Index {
  byNode: Map<Node, PaintedMention[]>;
  /** Mentions over several text nodes: few, checked by geometry alone. */
  multi: PaintedMention[];
  byRange: Map<AbstractRange, PaintedMention>;
}

// `all()` returns a new array after every change, so the array is the cache key.
const indexes = new WeakMap<readonly PaintedMention[], Index>();

type CaretDoc = Document & {
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};
type HitRegistry = HighlightRegistry & {
  // Chrome 140+, Firefox 150+; not yet in TypeScript's DOM types. Early drafts returned
  // Highlights, the current spec returns {highlight, ranges}: both shapes are handled.
  highlightsFromPoint?: (x: number, y: number) => unknown[];
};

/**
 * The painted mention at viewport point (x, y), without touching the page's DOM.
 * `CSS.highlights.highlightsFromPoint` answers directly where it exists; otherwise (or when
 * it finds none of ours, e.g. after the page cleared the registry) the caret position at the
 * point narrows the search to that text node's mentions, and the mention's client rects
 * confirm the point is on it (a caret snaps to the nearest character, also beside a word).
 * Never throws: points outside the page, detached ranges and odd registries give undefined.
 */
export function mentionAt(x: number, y: number, painted: HitSource, doc: Document = document): Hit | undefined {
  try {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    const list = painted.all();
    if (list.length === 0) return undefined;
    const index = indexFor(list);
    return fromHighlights(x, y, painted, index) ?? fromCaret(x, y, doc, index, list);
  } catch {
    return undefined;
  }
}

function fromHighlights(x: number, y: number, painted: HitSource, index: Index): Hit | undefined {
  const reg = (globalThis as { CSS?: { highlights?: HitRegistry } }).CSS?.highlights;
  if (typeof reg?.highlightsFromPoint !== 'function') return undefined;
  for (const result of reg.highlightsFromPoint(x, y) ?? []) {
    const r = result as { highlight?: unknown; ranges?: AbstractRange[] };
    if (!Array.isArray(r.ranges) || !painted.owns(r.highlight)) continue;
    for (const range of r.ranges) {
      const mention = index.byRange.get(range);
      const rect = mention && rectAt(mention.range, x, y);
      if (mention && rect) return { mention, rect };
    }
  }
  return undefined;
}

function fromCaret(x: number, y: number, doc: CaretDoc, index: Index, list: readonly PaintedMention[]): Hit | undefined {
  let node: Node | undefined;
  let offset = 0;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    if (pos) ({ offsetNode: node, offset } = pos);
  } else if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  } else {
    return firstAt(list, x, y); // no caret API at all: geometry over everything
  }
  const candidates = node ? (index.byNode.get(node) ?? []).filter((m) => m.range.isPointInRange(node, offset)) : [];
  return firstAt(candidates, x, y) ?? firstAt(index.multi, x, y);
}

function firstAt(mentions: readonly PaintedMention[], x: number, y: number): Hit | undefined {
  for (const mention of mentions) {
    const rect = rectAt(mention.range, x, y);
    if (rect) return { mention, rect };
  }
  return undefined;
}

/** The client rect of `range` that contains the point (half a pixel of slack for rounding). */
function rectAt(range: Range, x: number, y: number): DOMRect | undefined {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 0.5 && x <= r.right + 0.5 && y >= r.top - 0.5 && y <= r.bottom + 0.5) return r;
  }
  return undefined;
}

function indexFor(list: readonly PaintedMention[]): Index {
  let index = indexes.get(list);
  if (index) return index;
  index = { byNode: new Map(), multi: [], byRange: new Map() };
  for (const m of list) {
    index.byRange.set(m.range, m);
    const node = m.range.startContainer;
    if (node !== m.range.endContainer) {
      index.multi.push(m);
      continue;
    }
    const bucket = index.byNode.get(node);
    if (bucket) bucket.push(m);
    else index.byNode.set(node, [m]);
  }
  indexes.set(list, index);
  return index;
}
