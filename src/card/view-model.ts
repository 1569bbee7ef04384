/**
 * Fact base (or one card's payload) → everything the card shows, resolved and formatted. Pure, no DOM.
 * Empty fields are left out, never present as '' or [], so the component renders only what exists.
 */
import type { EntityType, Fact } from '../factbase/schema';
import { formatDate, trimText } from './format';
import { TYPE_LABEL } from './labels';
import type { CardArticle, CardEntity, CardSource } from './payload';

export { cardPayload, type CardPayload, type CardSource } from './payload';

/** How many related names the card lists. */
export const MAX_RELATED = 8;
/** Citations without a headline use the article's lead sentence, trimmed to about this many characters. */
export const LEAD_CHARS = 120;

/** Another entity the card names, resolved to what a button needs. */
export interface CardRef {
  id: string;
  name: string;
  type: EntityType;
}

/** Where a fact comes from: the article's headline (or trimmed lead), its dateline and date. */
export interface CardCitation {
  article: string;
  /** The sentence as the archive keeps it (its anchor in the archive's article page). */
  sentence: string;
  title?: string;
  dateline?: string;
  date: string;
}

/** One dated item of "From the archive". */
export interface CardFact {
  kind: Fact['kind'];
  /** What to show: the sentence, or for a quote the quoted words in quotation marks. */
  text: string;
  /** Quotes: who said it, when the archive knows. */
  speaker?: CardRef;
  /** Pledges: target years. */
  targets?: string[];
  /** Human-readable date, e.g. "9 November 2023"; `iso` keeps the sortable form. */
  date: string;
  iso: string;
  citation: CardCitation;
}

/** Everything the card shows. */
export interface CardModel {
  id: string;
  name: string;
  type: EntityType;
  typeLabel: string;
  description?: string;
  /** Events: date at its precision ("15 November 2023", "November 2023", "2023"), place, participants. */
  date?: string;
  place?: CardRef;
  participants?: CardRef[];
  /** "From the archive", oldest first. */
  facts?: CardFact[];
  /** The most related names, most often together first. */
  related?: CardRef[];
  /** How many archive articles mention the entity. */
  articleCount: number;
  /** Why the page's mention was linked to this entity (short forms, disambiguation). */
  linkReason?: string;
}

/**
 * The card for entity `id`, or undefined when the source does not hold it.
 * Works on a whole `FactBase` and on `cardPayload(fb, id)` alike, with equal results.
 */
export function cardModel(source: CardSource, id: string, link?: { reason: string }): CardModel | undefined {
  const byId = new Map(source.entities.map((e) => [e.id, e]));
  const entity = byId.get(id);
  if (!entity) return undefined;
  const articles = new Map(source.articles.map((a) => [a.id, a]));
  const ref = (other: string | undefined): CardRef | undefined => {
    const e = other === undefined ? undefined : byId.get(other);
    return e && { id: e.id, name: e.name, type: e.type };
  };
  const refs = (ids: readonly string[]) => ids.flatMap((i) => (i === id ? [] : (ref(i) ?? [])));

  const related = refs(
    [...(entity.related ?? [])].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).map((r) => r.id),
  ).slice(0, MAX_RELATED);
  const facts = factsOf(entity, articles, ref);
  const reason = link?.reason.trim();
  const participants = refs(entity.participants ?? []);
  const place = ref(entity.place);
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    typeLabel: TYPE_LABEL[entity.type],
    ...(entity.description?.trim() ? { description: entity.description.trim() } : {}),
    ...(entity.date ? { date: formatDate(entity.date) } : {}),
    ...(place ? { place } : {}),
    ...(participants.length ? { participants } : {}),
    ...(facts.length ? { facts } : {}),
    ...(related.length ? { related } : {}),
    articleCount: entity.articles?.length ?? 0,
    ...(reason ? { linkReason: reason } : {}),
  };
}

/** Oldest first; the same sentence told again in a later article is shown once, citing the first. */
function factsOf(
  entity: CardEntity,
  articles: Map<string, CardArticle>,
  ref: (id: string | undefined) => CardRef | undefined,
): CardFact[] {
  const seen = new Set<string>();
  const sorted = [...(entity.facts ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.flatMap((fact) => {
    const speaker = fact.kind === 'quote' ? ref(fact.speaker) : undefined;
    const text = fact.kind === 'quote' && fact.quote ? `“${fact.quote}”` : fact.text;
    const key = `${text}\u0000${speaker?.id ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{
      kind: fact.kind,
      text,
      ...(speaker ? { speaker } : {}),
      ...(fact.kind === 'pledge' && fact.targets?.length ? { targets: [...fact.targets] } : {}),
      date: formatDate(fact.date),
      iso: fact.date,
      citation: citation(fact, articles.get(fact.article)),
    }];
  });
}

function citation(fact: Fact, article: CardArticle | undefined): CardCitation {
  const title = article?.headline?.trim() || (article?.lead ? trimText(article.lead, LEAD_CHARS) : '');
  const dateline = article?.dateline.trim();
  return {
    article: fact.article,
    sentence: fact.text,
    ...(title ? { title } : {}),
    ...(dateline ? { dateline } : {}),
    date: formatDate(article?.date ?? fact.date),
  };
}
