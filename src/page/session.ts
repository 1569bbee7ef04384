/**
 * One annotation session on one page: scan, paint, hover, card, keyboard steps, and rescans when the page
 * changes. Everything it registers ends with `signal` (site switched off, extension updated or reloaded).
 */
import type { DetectedName } from '../archive/detect';
import type { CardHost } from '../card/container';
import type { CardPayload } from '../card/payload';
import { explainMention } from '../matching/explain';
import type { Findings, FoundEntity } from '../messaging/protocol';
import { BLOCK_SEPARATOR, extractText, isOptedOut } from './extract';
import { pageDate } from './page-date';
import { createPainter, type Density, type PaintedMention } from './highlights';
import { loadCardModule } from './card-loader';
import { watchHover } from './hover';
import { watchChanges, watchNavigation } from './observe';
import { isStale, rangesOf, staleCheckFor, type Scan, type ScannedMention } from './ranges';
import { chooseTheme, type EntityType, type MarkStyle } from './theme';

export interface SessionOptions {
  signal: AbortSignal;
  /**
   * The archive's names in `text` (the page's text, or its first part), found by the background: its
   * JavaScript is warm and it holds the matcher, where a page's would start cold every time.
   */
  match(text: string, pageDate: string | undefined, scan: number): Promise<ScannedMention[]>;
  /** The same for the whole `text`, of which `text.slice(0, from)` was just sent to `match` for this scan. */
  matchRest(text: string, from: number, pageDate: string | undefined, scan: number): Promise<ScannedMention[]>;
  /** The card's slice of the archive, from the background. */
  requestCard(id: string): Promise<unknown>;
  /** Names the archive does not know, detected off the page's main thread. */
  detectUnknown?(text: string): Promise<DetectedName[]>;
  /** Tells the background how many archive names the page mentions (the toolbar badge). */
  reportCount?(count: number): void;
  density?: Density;
  dwellMs?: number;
  hideMs?: number;
  modifier?: 'off' | 'alt' | 'shift' | 'ctrl';
  styles?: Partial<Record<EntityType, MarkStyle>>;
}

export interface Session {
  /**
   * What the page mentions. `unknown`: also look for the names the archive does not know (compromise in
   * the background); they are only looked for when asked (the popup opened), and `detecting` says they are
   * still coming.
   */
  findings(opts?: { unknown?: boolean }): Findings;
  /** Moves to the next or previous mention, scrolls it into view and opens its card with focus. */
  step(direction: 'next' | 'previous'): boolean;
  /** Scrolls to the first mention of entity `id` and opens its card with focus. */
  show(id: string): boolean;
  /** Opens the in-page list of the names found (focus in it), or closes it when it is open. */
  list(): Promise<boolean>;
}

/** Longest text sent to the background for unknown-name detection. */
const DETECT_CHARS = 100_000;
/** Least time between two unknown-name detections of one page. */
const DETECT_EVERY_MS = 5_000;
/** On a long page the top of the article (about this many characters) is matched and painted first. */
const HEAD_CHARS = 20_000;

/** A single-page app renders its new page just after the address changes; scan again this much later. */
const AFTER_NAVIGATION_MS = 150;

/** Scans of this page by any session (the site may be switched off and on): each has its own id. */
let scanIds = 0;

/** Mentions turned into Ranges per task on long pages. */
const SLICE = 2_000;

/** Yields to the page between slices of work (scheduler.yield where there is one). */
const nextTask = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** The end of the first blocks of a long text, cut at a block boundary so no name is split. */
function headEnd(text: string): number {
  const cut = text.indexOf(BLOCK_SEPARATOR, HEAD_CHARS);
  return cut < 0 ? text.length : cut;
}

export function startSession(o: SessionOptions): Session {
  const { signal } = o;
  if (isOptedOut(document)) {
    return {
      findings: () => ({ status: 'off', reason: 'This page asks not to be annotated.', entities: [], unknown: [] }),
      step: () => false,
      show: () => false,
      list: async () => false,
    };
  }
  let status: Findings['status'] = 'scanning';
  /** Why the page could not be searched, when the background failed to answer. */
  let failure: string | undefined;
  let mentions = new Map<Range, ScannedMention>();
  let unknown: DetectedName[] = [];
  let stepAt = -1;
  const painter = createPainter({ signal, density: o.density ?? 'all', ...(o.styles ? { styles: o.styles } : {}) });
  const payloads = new Map<string, Promise<CardPayload | undefined>>();

  let pointerOnCard = false;
  let card: CardHost | undefined;
  let cardModule: Awaited<ReturnType<typeof loadCardModule>> | undefined;
  /** The card UI, loaded at the first hover or keyboard step (see card-loader.ts). */
  const cardHost = async (): Promise<CardHost> => {
    cardModule ??= await loadCardModule();
    card ??= cardModule.createCardHost({
      signal,
      theme: () => chooseTheme(document),
      onRelated: (id) => void showCard(id, lastAnchor, { focus: true }),
      onPointerEnter: () => {
        pointerOnCard = true;
        hover.keep();
      },
      onPointerLeave: () => {
        pointerOnCard = false;
        hover.release();
      },
    });
    return card;
  };
  const ours = (node: Node) => card?.contains(node) ?? false;
  let lastAnchor: { getBoundingClientRect(): DOMRect } = { getBoundingClientRect: () => new DOMRect() };

  const payloadFor = (id: string) => {
    let p = payloads.get(id);
    if (!p) {
      p = Promise.all([o.requestCard(id), loadCardModule()]).then(
        ([json, mod]) => mod.parseCardPayload(json),
        () => undefined,
      );
      payloads.set(id, p);
    }
    return p;
  };

  async function showCard(id: string, anchor: { getBoundingClientRect(): DOMRect }, opts: { focus: boolean; why?: string }) {
    performance.mark('news-context:card-requested');
    const [payload, host] = await Promise.all([payloadFor(id), cardHost()]);
    if (signal.aborted || !payload || !cardModule) return;
    const model = cardModule.cardModel(payload, id, opts.why ? { reason: opts.why } : undefined);
    if (!model) return;
    lastAnchor = anchor;
    host.show(model, anchor, { focus: opts.focus });
    performance.mark('news-context:card-shown');
  }

  const openFor = (p: PaintedMention, focus: boolean) => {
    const m = mentions.get(p.range);
    // the reason sentence is written only when a card asks for it: long pages have thousands of mentions
    const why = m && m.reason !== 'full-name' ? explainMention(lastText, m) : undefined;
    void showCard(p.id, p.range, { focus, ...(why ? { why } : {}) });
  };

  const hover = watchHover({
    signal,
    painted: painter,
    dwellMs: o.dwellMs ?? 150,
    hideMs: o.hideMs ?? 300,
    ...(o.modifier ? { modifier: o.modifier } : {}),
    open: (p) => openFor(p, false),
    // the dwell (150 ms) is time enough to load the card's code and the entity's slice of the archive
    prepare: (p) => {
      void payloadFor(p.id);
      void cardHost().catch(() => undefined);
    },
    hide: () => card?.hide(),
    overCard: () => pointerOnCard,
  });

  let generation = 0;
  let lastText = '';
  let lastCount = -1;
  /** The painted mentions become these (the text each paints comes from the extracted text, not the DOM). */
  const commit = (found: ReturnType<typeof rangesOf>, text: string) => {
    mentions = new Map(found.map(({ range, m }) => [range, m]));
    painter.paint(found.map(({ range, m }) => ({ range, type: m.type, id: m.id, text: text.slice(m.start, m.end) })));
    lastText = text;
    stepAt = -1;
    const count = new Set(found.map(({ m }) => m.id)).size;
    if (count !== lastCount) o.reportCount?.(count); // the badge: one message per change, not per rescan
    lastCount = count;
  };
  /** Batches of page changes seen so far: offsets need checking against the DOM only if one came since the read. */
  let changes = 0;
  const paint = (result: Scan, unchanged: boolean) => {
    performance.mark('news-context:matched');
    const found = rangesOf(result, unchanged);
    performance.mark('news-context:ranged');
    commit(found, result.page.text);
  };
  /** Paints a long page's mentions a slice at a time, so no task of ours reaches 50 ms. */
  const paintInSlices = async (result: Scan, run: number, readAt: number) => {
    let found: ReturnType<typeof rangesOf> = [];
    for (let k = 0; k < result.mentions.length; k += SLICE) {
      found.push(...rangesOf({ ...result, mentions: result.mentions.slice(k, k + SLICE) }, changes === readAt));
      await nextTask();
      if (run !== generation || signal.aborted) return;
    }
    // the page changed while the slices were made: ranges made before the change may no longer show their name
    const text = result.page.text;
    if (changes !== readAt) found = found.filter(({ range, m }) => !isStale(range, text.slice(m.start, m.end)));
    commit(found, text);
  };

  // Unknown names: compromise in the background, 50-100 ms of its time per page, so only when the popup
  // asks. A page that keeps changing (a live blog) is looked at again at most every DETECT_EVERY_MS.
  let detecting = false;
  let detectAfter = 0;
  let detectTimer: ReturnType<typeof setTimeout> | undefined;
  let detectedText = '';
  signal.addEventListener('abort', () => clearTimeout(detectTimer));
  const detect = () => {
    if (!o.detectUnknown || detecting || detectTimer || signal.aborted) return;
    const text = lastText.slice(0, DETECT_CHARS);
    if (text === detectedText) return; // nothing new to look at
    const wait = detectAfter - Date.now();
    if (wait > 0) {
      detectTimer = setTimeout(() => {
        detectTimer = undefined;
        detect();
      }, wait);
      return;
    }
    detecting = true;
    detectedText = text;
    detectAfter = Date.now() + DETECT_EVERY_MS;
    o.detectUnknown(text).then(
      (names) => (unknown = names),
      () => undefined,
    ).finally(() => (detecting = false));
  };
  const scan = async () => {
    if (signal.aborted) return;
    const run = ++generation;
    const current = () => run === generation && !signal.aborted;
    performance.mark('news-context:scan-start');
    const page = extractText(document, { skip: ours });
    const date = pageDate(document, location.href, page.root);
    const readAt = changes;
    performance.mark('news-context:extracted');
    // A long page: the top, which the reader sees first, is matched and painted on its own first; both
    // requests leave at once and the background answers them in turn.
    const cut = page.text.length > HEAD_CHARS * 1.5 ? headEnd(page.text) : page.text.length;
    const id = ++scanIds;
    const first = o.match(cut < page.text.length ? page.text.slice(0, cut) : page.text, date, id);
    const rest = cut < page.text.length ? o.matchRest(page.text, cut, date, id) : undefined;
    rest?.catch(() => undefined);
    try {
      const mentions = await first;
      if (!current()) return;
      paint({ page, date, mentions }, changes === readAt);
      status = painter.unsupportedReason ? 'unsupported' : 'ready';
      performance.mark(rest ? 'news-context:first-painted' : 'news-context:painted');
      if (!rest) return;
      const all = await rest;
      if (!current()) return;
      await paintInSlices({ page, date, mentions: all }, run, readAt);
      performance.mark('news-context:painted');
    } catch (error) {
      if (!current()) return;
      status = 'unsupported';
      failure = `The archive could not be searched: ${String(error)}`;
    }
  };

  const scrollTo = (p: PaintedMention) =>
    p.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const goTo = (p: PaintedMention) => {
    scrollTo(p);
    openFor(p, true);
  };
  const cardModelFor = async (id: string) => {
    const [payload, mod] = await Promise.all([payloadFor(id), loadCardModule()]);
    return payload ? mod.cardModel(payload, id) : undefined;
  };

  void scan();
  watchChanges({
    root: document.documentElement,
    signal,
    skip: ours,
    onStale: (records) => {
      changes++;
      painter.dropStale(staleCheckFor(records));
    },
    onRescan: () => void scan(),
  });
  watchNavigation({
    signal,
    onNavigate: () => {
      card?.hide();
      painter.clear();
      unknown = [];
      void scan();
      // The address changes inside pushState, before the app renders the new page: look again once it has.
      setTimeout(() => signal.aborted || void scan(), AFTER_NAVIGATION_MS);
    },
  });

  const session: Session = {
    findings(opts = {}): Findings {
      if (opts.unknown && status !== 'scanning') detect();
      const counts = new Map<string, FoundEntity>();
      for (const p of painter.all()) {
        const m = mentions.get(p.range);
        if (!m) continue;
        const e = counts.get(m.id) ?? { id: m.id, name: m.name, type: m.type, count: 0 };
        e.count++;
        counts.set(m.id, e);
      }
      return {
        status,
        ...(failure || painter.unsupportedReason ? { reason: failure ?? painter.unsupportedReason } : {}),
        entities: [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        unknown,
        ...(opts.unknown && (detecting || detectTimer) ? { detecting: true } : {}),
      };
    },
    step(direction) {
      const all = painter.all();
      if (!all.length) return false;
      stepAt = direction === 'next' ? (stepAt + 1) % all.length : (stepAt - 1 + all.length) % all.length;
      goTo(all[stepAt]!);
      return true;
    },
    show(id) {
      const all = painter.all();
      const at = all.findIndex((p) => p.id === id);
      if (at < 0) return false;
      stepAt = at;
      goTo(all[at]!);
      return true;
    },
    async list() {
      const host = await cardHost();
      if (signal.aborted) return false;
      if (host.isListOpen()) {
        host.hideList();
        return true;
      }
      host.showList({
        entries: session.findings().entities,
        loadCard: cardModelFor,
        onGoTo: (id) => {
          const first = painter.all().find((p) => p.id === id);
          if (first) scrollTo(first);
        },
      });
      return true;
    },
  };
  return session;
}
