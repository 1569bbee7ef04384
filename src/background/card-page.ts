/**
 * The page a card opens on, as the background sees it: the card's "now" (the page's date, else today), how
 * each of the entity's facts relates to the page (the names the page found, the key terms of the text the
 * page last sent to be matched), and whether the reader wants later facts. Also the marking filter of the
 * option "Only mark names with background that relates to this page".
 */
import type { CardPage } from '../card/payload';
import type { Entity, FactBase } from '../factbase/schema';
import { buildFactIndex, pageContext, relatesToPage, scoreFacts, type FactIndex, type PageContext } from '../relevance/relevance';
import { isoDay } from '../time/partial-date';

const indexes = new WeakMap<FactBase, FactIndex>();
const byIds = new WeakMap<FactBase, Map<string, Entity>>();

/** The fact base's entity `id`, from a map built once per fact base. */
export function entityOf(fb: FactBase, id: string): Entity | undefined {
  let byId = byIds.get(fb);
  if (!byId) {
    byId = new Map(fb.entities.map((e) => [e.id, e]));
    byIds.set(fb, byId);
  }
  return byId.get(id);
}

/** Which entities each archive sentence was filed under, built once per fact base. */
export function factIndexOf(fb: FactBase): FactIndex {
  let index = indexes.get(fb);
  if (!index) {
    index = buildFactIndex(fb.entities);
    indexes.set(fb, index);
  }
  return index;
}

/** The last page text's context, kept: key terms are read once per text, not once per card. */
let lastContext: { text: string; ids: string; context: PageContext } | undefined;

function contextOf(ids: readonly string[], text: string): PageContext {
  const key = ids.join(' ');
  if (lastContext?.text !== text || lastContext.ids !== key) lastContext = { text, ids: key, context: pageContext(ids, text) };
  return lastContext.context;
}

export interface CardPageRequest {
  /** The page's date; absent: today. */
  pageDate?: string;
  /** The ids of the archive names found on the page; absent (the popup, a search): no relevance. */
  pageIds?: readonly string[];
}

export function cardPageFor(
  fb: FactBase,
  entity: Entity,
  request: CardPageRequest,
  o: { text: string | undefined; showLater: boolean; now: Date },
): CardPage {
  const page = request.pageIds ? contextOf(request.pageIds, o.text ?? '') : undefined;
  return {
    asOf: request.pageDate ?? isoDay(o.now),
    fromPage: request.pageDate !== undefined,
    later: o.showLater ? 'collapsed' : 'hidden',
    ...(page ? { relevance: scoreFacts(entity, page, factIndexOf(fb)) } : {}),
  };
}

/**
 * The ids, among those found in `text`, whose background on the page's date relates to the page (the other
 * names found, the text's key terms).
 */
export function relatedIds(fb: FactBase, ids: readonly string[], text: string, asOf: string): Set<string> {
  const page = contextOf(ids, text);
  const index = factIndexOf(fb);
  return new Set(ids.filter((id) => {
    const entity = entityOf(fb, id);
    return entity !== undefined && relatesToPage(entity, page, index, asOf);
  }));
}
