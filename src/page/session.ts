/**
 * One annotation session on one page: scan, paint, hover, card, keyboard steps, and rescans when the page
 * changes. Everything it registers ends with `signal` (site switched off, extension updated or reloaded).
 */
import type { DetectedName } from '../archive/detect';
import type { CardHost } from '../card/container';
import type { CardPayload } from '../card/payload';
import { explainMention, type LoadedMatcher, type Mention } from '../matching';
import type { Findings, FoundEntity } from '../messaging/protocol';
import { BLOCK_SEPARATOR, extractText, isOptedOut } from './extract';
import { pageDate } from './page-date';
import { createPainter, type Density, type PaintedMention } from './highlights';
import { loadCardModule } from './card-loader';
import { watchHover } from './hover';
import { watchChanges, watchNavigation } from './observe';
import { annotateText, rangesOf, withNames, type Scan, type ScannedMention } from './scan';
import { staleCheckFor } from './ranges';
import { chooseTheme } from './theme';

export interface SessionOptions {
  signal: AbortSignal;
  matcher: LoadedMatcher;
  /** The card's slice of the archive, from the background. */
  requestCard(id: string): Promise<unknown>;
  /** Names the archive does not know, detected off the page's main thread. */
  detectUnknown?(text: string): Promise<DetectedName[]>;
  /** Tells the background how many archive names the page mentions (the toolbar badge). */
  reportCount?(count: number): void;
  /** The same matching, done in the background for very long pages. */
  matchRemote?(text: string, pageDate: string | undefined): Promise<Mention[]>;
  density?: Density;
  dwellMs?: number;
  hideMs?: number;
  modifier?: 'off' | 'alt' | 'shift' | 'ctrl';
  styles?: Partial<Record<'person' | 'organization' | 'place' | 'event', 'underline' | 'background' | 'both'>>;
}

export interface Session {
  findings(): Findings;
  /** Moves to the next or previous mention, scrolls it into view and opens its card with focus. */
  step(direction: 'next' | 'previous'): boolean;
  /** Scrolls to the first mention of entity `id` and opens its card with focus. */
  show(id: string): boolean;
  /** Opens the in-page list of the names found (focus in it), or closes it when it is open. */
  list(): Promise<boolean>;
}

/** Longest text sent to the background for unknown-name detection. */
const DETECT_CHARS = 100_000;
/** Pages up to this many characters (about 7,500 words) are matched on the page (≤ ~15 ms); longer ones in the background. */
const LOCAL_MATCH_CHARS = 50_000;
/** How much of a long page is matched at once, before the background answers: the top of the article. */
const HEAD_CHARS = 20_000;

/** A single-page app renders its new page just after the address changes; scan again this much later. */
const AFTER_NAVIGATION_MS = 150;

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
    const why = m && m.reason !== 'full-name' ? explainMention(o.matcher, lastText, m) : undefined;
    void showCard(p.id, p.range, { focus, ...(why ? { why } : {}) });
  };

  const hover = watchHover({
    signal,
    painted: painter,
    dwellMs: o.dwellMs ?? 150,
    hideMs: o.hideMs ?? 300,
    ...(o.modifier ? { modifier: o.modifier } : {}),
    open: (p) => openFor(p, false),
    hide: () => card?.hide(),
    overCard: () => pointerOnCard,
  });

  let detecting = false;
  let generation = 0;
  let lastText = '';
  const paint = (result: Scan) => {
    performance.mark('news-context:matched');
    const found = rangesOf(result);
    performance.mark('news-context:ranged');
    mentions = new Map(found.map(({ range, m }) => [range, m]));
    painter.paint(found.map(({ range, m }) => ({ range, type: m.type, id: m.id })));
    lastText = result.page.text;
    stepAt = -1;
    o.reportCount?.(new Set(found.map(({ m }) => m.id)).size);
  };
  /** Paints a long page's mentions a slice at a time, so no task of ours reaches 50 ms. */
  const paintInSlices = async (result: Scan, run: number) => {
    const found: ReturnType<typeof rangesOf> = [];
    for (let k = 0; k < result.mentions.length; k += SLICE) {
      found.push(...rangesOf({ ...result, mentions: result.mentions.slice(k, k + SLICE) }));
      await nextTask();
      if (run !== generation || signal.aborted) return;
    }
    mentions = new Map(found.map(({ range, m }) => [range, m]));
    painter.paint(found.map(({ range, m }) => ({ range, type: m.type, id: m.id })));
    lastText = result.page.text;
    stepAt = -1;
    o.reportCount?.(new Set(found.map(({ m }) => m.id)).size);
  };
  const scan = () => {
    if (signal.aborted) return;
    const run = ++generation;
    performance.mark('news-context:scan-start');
    const page = extractText(document, { skip: ours });
    const date = pageDate(document, location.href, page.root);
    performance.mark('news-context:extracted');
    if (page.text.length <= LOCAL_MATCH_CHARS || !o.matchRemote) {
      paint({ page, date, mentions: annotateText(o.matcher, page.text, date) });
      performance.mark('news-context:painted');
    } else {
      // A very long page: the text the reader sees first is matched here and painted at once; the whole
      // page is matched in the background (70-90 ms of work for 100,000 words) and painted when it answers.
      const head = page.text.slice(0, headEnd(page.text));
      paint({ page, date, mentions: annotateText(o.matcher, head, date) });
      performance.mark('news-context:first-painted');
      o.matchRemote(page.text, date).then(
        async (found) => {
          if (run !== generation || signal.aborted) return;
          await paintInSlices({ page, date, mentions: withNames(o.matcher, page.text, found) }, run);
          performance.mark('news-context:painted');
        },
        () => undefined,
      );
    }
    status = painter.unsupportedReason ? 'unsupported' : 'ready';
    const result = { page };
    if (o.detectUnknown && !detecting) {
      detecting = true;
      o.detectUnknown(result.page.text.slice(0, DETECT_CHARS)).then(
        (names) => (unknown = names),
        () => undefined,
      ).finally(() => (detecting = false));
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

  scan();
  watchChanges({
    root: document.documentElement,
    signal,
    skip: ours,
    onStale: (records) => painter.dropStale(staleCheckFor(records)),
    onRescan: scan,
  });
  watchNavigation({
    signal,
    onNavigate: () => {
      card?.hide();
      painter.clear();
      unknown = [];
      scan();
      // The address changes inside pushState, before the app renders the new page: look again once it has.
      setTimeout(() => signal.aborted || scan(), AFTER_NAVIGATION_MS);
    },
  });

  const session: Session = {
    findings(): Findings {
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
        ...(painter.unsupportedReason ? { reason: painter.unsupportedReason } : {}),
        entities: [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        unknown,
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
