/**
 * The card on this page: its code and host loaded at the first hover or keyboard step, each entity's slice
 * of the archive asked for once, and opening it on a mention (on a hover with intent, or with focus from the
 * keyboard). Everything it registers ends with `signal`.
 */
import type { CardHost } from '../card/container';
import type { CardLinks } from '../card/links';
import type { CardPayload } from '../card/payload';
import { MAX_PAGE_IDS, type CardPageContext } from '../messaging/page-requests';
import { loadCardModule } from './card-loader';
import type { PaintedMention } from './highlights';
import { watchHover } from './hover';
import { chooseTheme } from './theme';

type Anchor = { getBoundingClientRect(): DOMRect };

export interface CardControlOptions {
  signal: AbortSignal;
  /** The painted mentions the pointer can rest on. */
  painted: Parameters<typeof watchHover>[0]['painted'];
  /** The card's slice of the archive, from the background, for a card opening on this page. */
  requestCard(id: string, page: CardPageContext): Promise<unknown>;
  /** The page as last read: its date and the archive names found on it (the card's "now" and its ranking). */
  page(): { date: string | undefined; ids: readonly string[] };
  /** Why a mention was linked to its entity, for the card (undefined for a full name). */
  why(mention: PaintedMention): string | undefined;
  dwellMs?: number;
  hideMs?: number;
  modifier?: 'off' | 'alt' | 'shift' | 'ctrl';
  /** Links from the card into the archive pages. */
  links?: CardLinks;
}

export interface CardControl {
  /** Opens the card of the mention, with focus (keyboard) or without (hover). */
  open(mention: PaintedMention, focus: boolean): void;
  /** The card's view model of an entity, for the in-page list. */
  model(id: string): Promise<ReturnType<Awaited<ReturnType<typeof loadCardModule>>['cardModel']> | undefined>;
  /** The card host, loading it if needed. */
  host(): Promise<CardHost>;
  hide(): void;
  /** Whether a node is ours (inside the card host): the page's text reader skips it. */
  contains(node: Node): boolean;
}

export function createCardControl(o: CardControlOptions): CardControl {
  const { signal } = o;
  /** By entity and page: a rescan that finds other names or another date asks again. */
  const payloads = new Map<string, Promise<CardPayload | undefined>>();
  let pointerOnCard = false;
  let card: CardHost | undefined;
  let cardModule: Awaited<ReturnType<typeof loadCardModule>> | undefined;
  let lastAnchor: Anchor = { getBoundingClientRect: () => new DOMRect() };

  const host = async (): Promise<CardHost> => {
    cardModule ??= await loadCardModule();
    card ??= cardModule.createCardHost({
      signal,
      theme: () => chooseTheme(document),
      ...(o.links ? { links: o.links } : {}),
      onRelated: (id) => void show(id, lastAnchor, { focus: true }),
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

  const payloadFor = (id: string) => {
    const { date, ids } = o.page();
    const page: CardPageContext = { ...(date ? { pageDate: date } : {}), pageIds: ids.slice(0, MAX_PAGE_IDS) };
    const key = `${id}\u0000${date ?? ''}\u0000${page.pageIds!.join(' ')}`;
    let p = payloads.get(key);
    if (!p) {
      p = Promise.all([o.requestCard(id, page), loadCardModule()]).then(
        ([json, mod]) => mod.parseCardPayload(json),
        () => undefined,
      );
      payloads.set(key, p);
    }
    return p;
  };

  async function show(id: string, anchor: Anchor, opts: { focus: boolean; why?: string }) {
    performance.mark('news-context:card-requested');
    const [payload, shown] = await Promise.all([payloadFor(id), host()]);
    if (signal.aborted || !payload || !cardModule) return;
    const model = cardModule.cardModel(payload, id, opts.why ? { reason: opts.why } : undefined);
    if (!model) return;
    lastAnchor = anchor;
    shown.show(model, anchor, { focus: opts.focus });
    performance.mark('news-context:card-shown');
  }

  const open = (p: PaintedMention, focus: boolean) => {
    const why = o.why(p);
    void show(p.id, p.range, { focus, ...(why ? { why } : {}) });
  };

  const hover = watchHover({
    signal,
    painted: o.painted,
    dwellMs: o.dwellMs ?? 150,
    hideMs: o.hideMs ?? 300,
    ...(o.modifier ? { modifier: o.modifier } : {}),
    open: (p) => open(p, false),
    // the dwell (150 ms) is time enough to load the card's code and the entity's slice of the archive
    prepare: (p) => {
      void payloadFor(p.id);
      void host().catch(() => undefined);
    },
    hide: () => card?.hide(),
    overCard: () => pointerOnCard,
  });

  return {
    open,
    async model(id) {
      const [payload, mod] = await Promise.all([payloadFor(id), loadCardModule()]);
      return payload ? mod.cardModel(payload, id) : undefined;
    },
    host,
    hide: () => card?.hide(),
    contains: (node) => card?.contains(node) ?? false,
  };
}
