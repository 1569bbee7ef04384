/**
 * One annotation session on one page: the scanner (read, match, paint), the card (hover and keyboard),
 * unknown names (when the popup asks), and rescans when the page changes or navigates. Everything it
 * registers ends with `signal` (site switched off, extension updated or reloaded).
 */
import type { DetectedName } from '../archive/detect';
import type { CardLinks } from '../card/links';
import { explainMention } from '../matching/explain';
import type { CardPageContext } from '../messaging/page-requests';
import type { Findings, FoundEntity } from '../messaging/protocol';
import { createCardControl } from './card-control';
import { isOptedOut } from './extract';
import { createPainter, type Density, type PaintedMention } from './highlights';
import { watchChanges, watchNavigation } from './observe';
import type { ScannedMention } from './ranges';
import { watchReveal } from './reveal';
import { elementCount } from './safe-dom';
import { createScanner, HEAD_READ_MAX_MS } from './scanner';
import { delay } from './tasks';
import { watchUnknownNames } from './unknown-names';

export interface SessionOptions {
  signal: AbortSignal;
  /**
   * The archive's names in `text` (the page's text, or its first part), found by the background: its
   * JavaScript is warm and it holds the matcher, where a page's would start cold every time.
   */
  match(text: string, pageDate: string | undefined, scan: number): Promise<ScannedMention[]>;
  /** The same for the whole `text`, of which `text.slice(0, from)` was just sent to `match` for this scan. */
  matchRest(text: string, from: number, pageDate: string | undefined, scan: number): Promise<ScannedMention[]>;
  /** The card's slice of the archive, from the background, with the page it opens on (date, names found). */
  requestCard(id: string, page: CardPageContext): Promise<unknown>;
  /** Links from the card into the archive pages. */
  links?: CardLinks;
  /** Names the archive does not know, detected off the page's main thread. */
  detectUnknown?(text: string): Promise<DetectedName[]>;
  /** Tells the background how many archive names the page mentions (the toolbar badge). */
  reportCount?(count: number): void;
  density?: Density;
  dwellMs?: number;
  hideMs?: number;
  modifier?: 'off' | 'alt' | 'shift' | 'ctrl';
  /**
   * The page is still loading: resolves when it is parsed (and ready to be read whole). Until then only the
   * top of its story is read, once enough of it has arrived (see readWhileLoading), and nothing is watched.
   */
  parsed?: Promise<void>;
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
  /** The story's text as last read and the element it came from. */
  read(): { text: string; root: string };
}

/** A single-page app renders its new page just after the address changes; scan again this much later. */
const AFTER_NAVIGATION_MS = 150;

export const OPTED_OUT: Session = {
  findings: () => ({ status: 'off', reason: 'This page asks not to be annotated.', entities: [], unknown: [] }),
  step: () => false,
  show: () => false,
  list: async () => false,
  read: () => ({ text: '', root: '' }),
};

export function startSession(o: SessionOptions): Session {
  const { signal } = o;
  if (isOptedOut(document)) return OPTED_OUT;
  const painter = createPainter({ signal, density: o.density ?? 'all' });
  let stepAt = -1;
  const scanner = createScanner(
    {
      signal,
      painter,
      skip: (node) => card.contains(node),
      match: o.match,
      matchRest: o.matchRest,
      ...(o.reportCount ? { reportCount: o.reportCount } : {}),
    },
    () => {
      stepAt = -1;
    },
  );
  const card = createCardControl({
    signal,
    painted: painter,
    requestCard: o.requestCard,
    page: () => ({ date: scanner.pageDate(), ids: scanner.ids() }),
    // the reason sentence is written only when a card asks for it: long pages have thousands of mentions
    why: (p) => {
      const m = scanner.mentionOf(p.range);
      return m && m.reason !== 'full-name' ? explainMention(scanner.text(), m) : undefined;
    },
    ...(o.dwellMs !== undefined ? { dwellMs: o.dwellMs } : {}),
    ...(o.hideMs !== undefined ? { hideMs: o.hideMs } : {}),
    ...(o.modifier ? { modifier: o.modifier } : {}),
    ...(o.links ? { links: o.links } : {}),
  });
  const unknown = watchUnknownNames({ signal, detect: o.detectUnknown, text: scanner.text });

  const begin = () => {
    // a page hidden while it loads (anti-flicker snippets) is read again once it shows
    void scanner.scan().then(() => watchReveal({ signal, onReveal: () => void scanner.scan() }));
    watchChanges({
      root: document.documentElement,
      signal,
      skip: card.contains,
      onStale: (records) => {
        scanner.changed();
        painter.dropStale(records);
      },
      // changes outside the story (adverts, clocks, teaser rails) leave its text as it was read
      matters: scanner.affectedBy,
      onRescan: () => void scanner.scan(),
      onBusy: (busy) => painter.setBusy(busy),
    });
    watchNavigation({
      signal,
      onNavigate: () => {
        card.hide();
        painter.clear();
        unknown.clear();
        void scanner.scan();
        // The address changes inside pushState, before the app renders the new page: look again once it has.
        setTimeout(() => signal.aborted || void scanner.scan(), AFTER_NAVIGATION_MS);
      },
    });
  };
  if (o.parsed) {
    // a read of the top still under way when the page is parsed ends first (a newer scan would discard it),
    // unless its answer is long in coming
    const early = readWhileLoading(scanner, o.parsed, signal);
    const grace = o.parsed.then(() => delay(EARLY_GRACE_MS));
    void Promise.all([o.parsed, Promise.race([early.catch(() => undefined), grace])]).then(() => signal.aborted || begin());
  } else begin();

  const scrollTo = (p: PaintedMention) =>
    p.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const goTo = (p: PaintedMention) => {
    scrollTo(p);
    card.open(p, true);
  };

  const findings = (opts: { unknown?: boolean } = {}): Findings => {
    const status = scanner.status();
    if (opts.unknown && status !== 'scanning') unknown.request();
    const counts = new Map<string, FoundEntity>();
    for (const p of painter.all()) {
      const m = scanner.mentionOf(p.range);
      if (!m) continue;
      const e = counts.get(m.id) ?? { id: m.id, name: m.name, type: m.type, count: 0 };
      e.count++;
      counts.set(m.id, e);
    }
    const reason = scanner.failure() ?? painter.unsupportedReason;
    return {
      status,
      ...(reason ? { reason } : {}),
      entities: [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      unknown: unknown.names(),
      ...(opts.unknown && unknown.pending() ? { detecting: true } : {}),
    };
  };

  return {
    findings,
    read: () => ({ text: scanner.text(), root: scanner.root() }),
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
      const host = await card.host();
      if (signal.aborted) return false;
      if (host.isListOpen()) {
        host.hideList();
        return true;
      }
      host.showList({
        entries: findings().entities,
        loadCard: card.model,
        onGoTo: (id) => {
          const first = painter.all().find((p) => p.id === id);
          if (first) scrollTo(first);
        },
      });
      return true;
    },
  };
}

/** While a page loads, its story's top is read when this much of it has arrived (a few paragraphs). */
export const EARLY_HEAD_CHARS = 4_000;
/** ...looked for again this often until it has, or the page is parsed... */
export const EARLY_RETRY_MS = 500;
/**
 * ...once the page holds this many times the elements it held at the last look. A parser waiting for a
 * script or the network adds nothing; reading the same page again would find the same too-little story
 * (two wasted reads of 10-30 ms on pages that wait a second for their scripts).
 */
export const EARLY_REGROWTH = 1.125;
/** The whole page is read once it is parsed and the read of its top has ended, or this long after. */
const EARLY_GRACE_MS = 1_000;

/**
 * A page still loading (a long page streaming in, or a slow connection): its story's top shows long before the
 * page is parsed, so it is read and painted then, from what has arrived, as soon as the story read so far
 * holds EARLY_HEAD_CHARS. Nothing else is read before the page is parsed: the whole page is read then, and
 * those highlights replace these.
 */
export async function readWhileLoading(scanner: Pick<ReturnType<typeof createScanner>, 'scan'>, parsed: Promise<void>, signal: AbortSignal): Promise<void> {
  let done = false;
  void parsed.then(() => {
    done = true;
  });
  let lookedAt = 0;
  while (!done && !signal.aborted) {
    const elements = elementCount(document);
    if (elements >= lookedAt * EARLY_REGROWTH && elements > lookedAt) {
      lookedAt = elements;
      const started = performance.now();
      const painted = await scanner.scan(EARLY_HEAD_CHARS);
      performance.mark('news-context:top-read');
      if (painted) return;
      // a read that ran out of time (a page growing faster than it is read) is not tried again
      if (performance.now() - started >= HEAD_READ_MAX_MS) return;
    }
    await Promise.race([parsed, delay(EARLY_RETRY_MS)]);
  }
}
