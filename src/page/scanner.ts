/**
 * Reading and painting the page: each scan reads the story's text, has the background find the archive's
 * names in it (a long page's top first, the rest after), turns the mentions into Ranges and paints them, a
 * slice at a time on long pages so that no task of ours reaches 50 ms. A newer scan makes an older one stop.
 */
import type { Findings } from '../messaging/protocol';
import { extractTextInSlices, FIRST_READ_SLICE_MS, type PageText } from './extract';
import type { createPainter } from './highlights';
import { pageDate } from './page-date';
import { isStale, rangesOf, type Scan, type ScannedMention } from './ranges';
import { touchesStory } from './story-changes';
import { nextTask } from './tasks';

/** On a long page the top of the article (about this many characters) is matched and painted first. */
const HEAD_CHARS = 20_000;
/** A read of a loading page's top gives up after this long (its message, once sent, is still answered). */
export const HEAD_READ_MAX_MS = 500;
/** Mentions turned into Ranges per task on long pages. */
const SLICE = 2_000;

/** Scans of this page by any session (the site may be switched off and on): each has its own id. */
let scanIds = 0;

export interface ScannerOptions {
  signal: AbortSignal;
  painter: ReturnType<typeof createPainter>;
  /** Nodes that are ours (the card host): never read. */
  skip(node: Node): boolean;
  match(text: string, pageDate: string | undefined, scan: number): Promise<ScannedMention[]>;
  matchRest(text: string, from: number, pageDate: string | undefined, scan: number): Promise<ScannedMention[]>;
  /** How many distinct archive names are painted, when it changes (the toolbar badge). */
  reportCount?(count: number): void;
}

export interface Scanner {
  /**
   * Reads and paints the page again; with `headChars`, only the top of its story, once that much of it is
   * there (a page still loading). True when something was painted.
   */
  scan(headChars?: number): Promise<boolean>;
  /** The page changed: ranges made from an earlier read may no longer show their name. */
  changed(): void;
  /** Whether these changes may change the story's text as last read (if not, no new read is needed). */
  affectedBy(records: readonly MutationRecord[]): boolean;
  /** The mention each painted range stands for. */
  mentionOf(range: Range): ScannedMention | undefined;
  /** The text the painted mentions come from. */
  text(): string;
  /** The date of the page as last read (the card's "now"), when it has one. */
  pageDate(): string | undefined;
  /** The ids of the archive names painted, each once, in text order. */
  ids(): string[];
  /** The element that text was read from ('' before the first read), as `tag#id.class`. */
  root(): string;
  status(): Findings['status'];
  /** Why the page could not be searched, when the background failed to answer. */
  failure(): string | undefined;
}

/** `onCommit`: the painted mentions changed (keyboard steps start again from the top). */
export function createScanner(o: ScannerOptions, onCommit: () => void = () => {}): Scanner {
  const { signal, painter } = o;
  let status: Findings['status'] = 'scanning';
  let failure: string | undefined;
  let mentions = new Map<Range, ScannedMention>();
  let generation = 0;
  /** The read the painted mentions come from (its text, root and regions). */
  let lastRead: PageText | undefined;
  let lastDate: string | undefined;
  let lastCount = -1;
  /** Batches of page changes seen so far: offsets need checking against the DOM only if one came since the read. */
  let changes = 0;

  /** The painted mentions become these (the text each paints comes from the extracted text, not the DOM). */
  const commit = (found: ReturnType<typeof rangesOf>, page: PageText, date: string | undefined) => {
    const { text } = page;
    const used = painter.paint(found.map(({ range, m }) => ({ range, type: m.type, id: m.id, text: text.slice(m.start, m.end) })));
    mentions = new Map(found.map(({ m }, k) => [used[k] ?? found[k]!.range, m]));
    lastRead = page;
    lastDate = date;
    onCommit();
    const count = new Set(found.map(({ m }) => m.id)).size;
    if (count !== lastCount) o.reportCount?.(count); // the badge: one message per change, not per rescan
    lastCount = count;
  };
  const paint = (result: Scan, unchanged: boolean) => {
    performance.mark('news-context:matched');
    const found = rangesOf(result, unchanged);
    performance.mark('news-context:ranged');
    commit(found, result.page, result.date);
  };
  /** Paints a long page's mentions a slice at a time, so no task of ours reaches 50 ms. */
  const paintInSlices = async (result: Scan, run: number, readAt: number) => {
    let found: ReturnType<typeof rangesOf> = [];
    for (let k = 0; k < result.mentions.length; k += SLICE) {
      // each slice in a task of its own, the first too: the answer's decoding took the task it came in
      await nextTask();
      if (run !== generation || signal.aborted) return;
      found.push(...rangesOf({ ...result, mentions: result.mentions.slice(k, k + SLICE) }, changes === readAt));
    }
    await nextTask();
    if (run !== generation || signal.aborted) return;
    // the page changed while the slices were made: ranges made before the change may no longer show their name
    const text = result.page.text;
    if (changes !== readAt) found = found.filter(({ range, m }) => !isStale(range, text.slice(m.start, m.end)));
    commit(found, result.page, result.date);
  };

  /** Whether a whole page was read yet (its first read takes longer slices). */
  let readWhole = false;
  /**
   * Reads and paints the page, or with `headChars` only the top of its story, while the page is still
   * loading: the top is painted when the story read so far reaches `headChars`, and nothing is painted (false)
   * when it does not yet. Reading then stops; the whole page is read once it is parsed.
   */
  const scan = async (headChars?: number): Promise<boolean> => {
    if (signal.aborted) return false;
    const run = ++generation;
    const current = () => run === generation && !signal.aborted;
    performance.mark('news-context:scan-start');
    const readAt = changes;
    const id = ++scanIds;
    // A long page: its top, which the reader sees first, is matched and painted as soon as it is read, while
    // the rest is still being read; the background then matches the rest.
    let head: { page: PageText; date: Promise<string | undefined>; painted: Promise<boolean> } | undefined;
    const paintHead = async (top: PageText, date: string | undefined, mentions: Promise<ScannedMention[]>) => {
      const found = await mentions;
      if (!current()) return false;
      // while the page loads nothing reports its changes (no observer yet): each range is checked against its text
      paint({ page: top, date, mentions: found }, !reading && changes === readAt);
      status = painter.unsupportedReason ? 'unsupported' : 'ready';
      performance.mark('news-context:first-painted');
      return true;
    };
    // reading the top only: it stops once the top is painted, or after HEAD_READ_MAX_MS (the page grows while
    // it is read: on the 1,000,000-word page one read once took seconds to reach the end of what had arrived)
    const reading = headChars === undefined ? undefined : new AbortController();
    if (reading) {
      signal.addEventListener('abort', () => reading.abort(), { once: true, signal: reading.signal });
      const late = setTimeout(() => reading.abort(), HEAD_READ_MAX_MS);
      reading.signal.addEventListener('abort', () => clearTimeout(late), { once: true });
    }
    const page = await extractTextInSlices(document, {
      skip: o.skip,
      ...(readWhole ? {} : { sliceMs: FIRST_READ_SLICE_MS }),
      // A page still loading: the part parsed since its last frame has no style yet, and a look at an
      // element's visibility would style it inside our task (25 ms a slice on the 1,000,000-word page, 73 ms in
      // one task of ours). The top is read without: hidden text is not painted anyway, and the whole page's
      // read, once it is parsed, leaves it out.
      // It is also scored once only, and not read at all when the story found holds less than the top.
      ...(reading ? { checkVisibility: false, minStory: headChars } : {}),
      signal: reading?.signal ?? signal,
      headChars: headChars ?? HEAD_CHARS,
      onHead: (top) => {
        // sent from a task of its own: the slice that read the top is a full slice already (while a page loads,
        // the next task is often its layout of what it parsed meanwhile, 150-470 ms on the 1,000,000-word page,
        // but the page's date looks through all that has arrived)
        const date = nextTask().then(() => pageDate(document, location.href, top.root));
        const painted = date.then((d) => paintHead(top, d, o.match(top.text, d, id)));
        head = { page: top, date, painted };
        painted.catch(() => undefined).finally(() => reading?.abort());
        return painted;
      },
    });
    if (reading) {
      reading.abort();
      return (await head?.painted.catch(() => false)) === true;
    }
    readWhole = true;
    if (!page || !current()) return false;
    performance.mark('news-context:extracted');
    if (head) await nextTask(); // the rest is sent from a task of its own too
    if (!current()) return false;
    const date = head ? await head.date : pageDate(document, location.href, page.root);
    if (!current()) return false;
    try {
      if (!head) {
        const found = await o.match(page.text, date, id);
        if (!current()) return false;
        paint({ page, date, mentions: found }, changes === readAt);
        status = painter.unsupportedReason ? 'unsupported' : 'ready';
        performance.mark('news-context:painted');
        return true;
      }
      const rest = o.matchRest(page.text, head.page.text.length, date, id);
      rest.catch(() => undefined);
      await head.painted;
      const all = await rest;
      if (!current()) return false;
      await paintInSlices({ page, date, mentions: all }, run, readAt);
      performance.mark('news-context:painted');
      return current();
    } catch (error) {
      if (!current()) return false;
      status = 'unsupported';
      failure = `The archive could not be searched: ${String(error)}`;
      return false;
    }
  };

  return {
    scan,
    changed: () => {
      changes++;
    },
    // until a whole page was read (an early read's regions come from a half-parsed page), every change may
    affectedBy: (records) => !readWhole || touchesStory(records, lastRead?.regions ?? [], lastRead?.skipped),
    mentionOf: (range) => mentions.get(range),
    text: () => lastRead?.text ?? '',
    pageDate: () => lastDate,
    ids: () => [...new Set(Array.from(mentions.values(), (m) => m.id))],
    root: () => (lastRead ? describeElement(lastRead.root) : ''),
    status: () => status,
    failure: () => failure,
  };
}

/** `tag#id.class.class`: enough to tell which region of a page was read. */
export function describeElement(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const classes = Array.from(el.classList, (c) => `.${c}`).join('');
  return `${el.localName}${id}${classes}`;
}
