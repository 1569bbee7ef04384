import { articleSteps } from './article';
import { isExcluded, isHidden } from './excluded';
import { firstChildOf, formsOf, nextSiblingOf, queryAll } from './safe-dom';
import { delay, nextTask } from './tasks';

/** Extraction stops past this many characters (a 2 MB-text page; reliability row 12 in tests/README.md). */
export const MAX_CHARS = 2_000_000;
/** Virtual character between blocks: words of two blocks never join into one name. */
export const BLOCK_SEPARATOR = '\u2029';
/** Virtual character for `<br>`: keeps "Eva<br>Lindqvist" two words, but one line of prose. */
export const BREAK_SEPARATOR = ' ';

/**
 * The page's readable text and where each character came from. Characters of `text` in
 * `[starts[i], ends[i])` are `nodes[i].data` verbatim (nothing collapsed), so offsets map
 * 1:1 to the page; characters outside every node are virtual separators.
 */
export interface PageText {
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** `starts[i]`: offset in `text` of the first character of `nodes[i]`. */
  starts: number[];
  /** `ends[i]`: `starts[i]` plus the node's length when it was read. */
  ends: number[];
  /** The element that was read (the story's main region when it was found in several). */
  root: Element;
  /** Every region that was read (the story's blocks and its headline), in document order. */
  regions: Element[];
  /** Elements inside the regions that are not the story (share bars, comments, asides): never read. */
  skipped: ReadonlySet<Element>;
  /** True when the text was cut at {@link MAX_CHARS}. */
  truncated: boolean;
}

export interface ExtractOptions {
  /** Element to read; default: the story's regions ({@link articleSteps}). */
  root?: Element;
  /** Subtrees to leave out, e.g. our own card host. */
  skip?: (el: Element) => boolean;
  /** Check CSS visibility of each element (default true; costly in DOM emulations). */
  checkVisibility?: boolean;
  /** Character cap, default {@link MAX_CHARS}. */
  maxChars?: number;
  /**
   * Read nothing unless the story holds at least this many characters, found in one scoring pass
   * ({@link articleSteps}' `enough`): the top of a page still loading.
   */
  minStory?: number;
}

/**
 * Tags laid out inline by default. Every other tag ends a block. Custom elements are inline
 * unless their computed display says otherwise, as the browser's default for them is inline.
 */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'img', 'ins', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 'u', 's', 'small', 'span',
  'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'var', 'wbr', 'slot',
]);

const NONE = 0;
const SOFT = 1;
const HARD = 2;

/**
 * Reads the article's text without touching the page. Skipped subtrees (see `isExcluded`,
 * CSS-hidden elements, `opts.skip`) are rejected whole by the TreeWalker and act as block
 * boundaries, so the words either side of a skipped `<code>` never join.
 */
export function extractText(doc: Document, opts: ExtractOptions = {}): PageText {
  const walk = walkText(doc, opts);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, read a slice at a time: after about `sliceMs` of work it waits for the next task, so reading a
 * huge page never makes a long task. The page may change between slices; callers check the ranges they make
 * (see ranges.ts) and the mutation observer asks for a new read anyway.
 */
export async function extractTextInSlices(doc: Document, opts: SlicedOptions = {}): Promise<PageText | undefined> {
  let held: Promise<unknown> | undefined;
  const { onHead } = opts;
  const hold = (head: PageText) => {
    held = onHead?.(head);
    return held;
  };
  const walk = walkText(doc, onHead ? { ...opts, onHead: hold } : opts);
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  let start = performance.now();
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    if (!held && performance.now() - start < sliceMs) continue;
    // the top's highlights first: the answer to its message would otherwise wait for every slice after it
    if (held) await Promise.race([held.catch(() => undefined), delay(HOLD_MAX_MS)]);
    held = undefined;
    await nextTask();
    if (opts.signal?.aborted) return undefined;
    start = performance.now();
  }
}

export interface SlicedOptions extends ExtractOptions {
  /** Work per task, ms (default {@link SLICE_MS}). */
  sliceMs?: number;
  signal?: AbortSignal;
  /**
   * Called once, while reading goes on, with the text read so far when it first reaches `headChars` at the
   * end of a block: a long page's top can be matched and painted before the rest is read. Reading waits for
   * the promise it returns (the top painted).
   */
  onHead?: (head: PageText) => Promise<unknown> | undefined;
  headChars?: number;
}

/** Work per task while reading a page in slices, ms (a long task is 50). */
export const SLICE_MS = 8;
/**
 * Work per task for a page's first read: while a page loads its own first frames are long (style and layout
 * of the whole document, 50-160 ms on real news pages), and every yield lets one in before the story is read,
 * so a page read in 8 ms slices was painted a frame or two later than one read in fewer, longer slices.
 */
export const FIRST_READ_SLICE_MS = 24;
/** Reading waits this long at most for the top to be painted (a background that does not answer). */
const HOLD_MAX_MS = 1_000;
/** Nodes read between two looks at the clock. */
const NODES_PER_CHECK = 256;

function* walkText(doc: Document, opts: SlicedOptions): Generator<void, PageText> {
  const article = opts.root
    ? { roots: [opts.root], main: opts.root, skipped: new Set<Element>() }
    : yield* articleSteps(doc, opts.minStory === undefined ? {} : { enough: opts.minStory });
  const { roots, main: root } = article;
    const max = opts.maxChars ?? MAX_CHARS;
  const checkVisibility = opts.checkVisibility ?? true;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  let pending = NONE;
  let truncated = false;
  let head = opts.onHead && opts.headChars !== undefined ? { call: opts.onHead, chars: opts.headChars } : undefined;

  const reject = (el: Element): boolean => {
    try {
      return isExcluded(el) || article.skipped.has(el) || !!opts.skip?.(el) || (checkVisibility && isHidden(el));
    } catch {
      return true; // a hostile page (a form clobbering its own properties): leave it out
    }
  };
  const onText = (t: Text): boolean => {
    const data = t.data;
    if (data.length === 0) return true;
    // Whitespace between blocks is layout, not text: dropping it keeps `text` compact.
    if ((pending === HARD || length === 0) && isBlank(data)) return true;
    const sep = pending !== NONE && length > 0 ? 1 : 0;
    if (length + sep + data.length > max) return false;
    if (head && pending === HARD && length >= head.chars) {
      head.call({ text: parts.join(''), nodes: nodes.slice(), starts: starts.slice(), ends: ends.slice(), root, regions: roots, skipped: article.skipped, truncated: true });
      head = undefined;
    }
    if (sep) {
      parts.push(pending === HARD ? BLOCK_SEPARATOR : BREAK_SEPARATOR);
      length += 1;
    }
    pending = NONE;
    nodes.push(t);
    starts.push(length);
    parts.push(data);
    length += data.length;
    ends.push(length);
    return true;
  };
  const edge = (el: Element): void => {
    if (el.localName === 'br') pending = Math.max(pending, SOFT);
    else if (isBlock(el)) pending = HARD;
  };

  // Depth-first, by the nodes' own links: a TreeWalker with a filter calls back into JavaScript for every
  // node (1.8 against 1.1 ms a page on the bench's real pages). `open` holds the elements entered, so that
  // block ends are seen on the way out. Rejected subtrees are skipped whole and end a block.
  let visited = 0;
  const forms = formsOf(doc);
  regions: for (const region of roots) {
    if (reject(region)) continue;
    pending = HARD;
    const open: Node[] = [];
    let node = forms.has(region) ? firstChildOf(region) : region.firstChild;
    for (;;) {
      if (!node) {
        const parent = open.pop();
        if (!parent) break;
        edge(parent as Element);
        node = forms.has(parent) ? nextSiblingOf(parent) : parent.nextSibling;
        continue;
      }
      if (++visited % NODES_PER_CHECK === 0) yield;
      const type = node.nodeType;
      if (type === 3) {
        if (!onText(node as Text)) {
          truncated = true;
          break regions;
        }
        node = node.nextSibling;
        continue;
      }
      if (type === 1) {
        if (reject(node as Element)) pending = HARD;
        else {
          edge(node as Element);
          open.push(node);
          node = forms.has(node) ? firstChildOf(node) : node.firstChild;
          continue;
        }
      }
      node = forms.has(node) ? nextSiblingOf(node) : node.nextSibling;
    }
  }
  return { text: parts.join(''), nodes, starts, ends, root, regions: roots, skipped: article.skipped, truncated };
}

function isBlock(el: Element): boolean {
  const tag = el.localName;
  if (INLINE_TAGS.has(tag)) return false;
  if (!tag.includes('-')) return true;
  const display = el.ownerDocument.defaultView?.getComputedStyle(el).display ?? 'inline';
  return !display.startsWith('inline') && display !== 'contents';
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/**
 * True when the page opts out of annotation with `<meta name="news-context" content="off">`
 * (name and value case-insensitive). Site owners who do not want their pages annotated add
 * this tag; the README documents it.
 */
export function isOptedOut(doc: Document): boolean {
  return queryAll(doc, 'meta[name]').some(
    (m) =>
      m.getAttribute('name')!.toLowerCase() === 'news-context' &&
      (m.getAttribute('content') ?? '').trim().toLowerCase() === 'off',
  );
}

