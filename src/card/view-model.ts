/**
 * Fact base (or one card's payload) → everything the card shows, resolved and formatted. Pure, no DOM.
 * Empty fields are left out, never present as '' or [], so the component renders only what exists.
 */
import type { EntityType, Fact } from '../factbase/schema';
import type { FactRelevance } from '../relevance/relevance';
import { splitByDate } from '../time/as-of';
import { formatDate, trimText } from './format';
import { TYPE_LABEL } from './labels';
import type { CardArticle, CardEntity, CardPage, CardSource } from './payload';
import { eventTimingOf, roleHistory, roleLine, timeNotes, type CardRole, type CardTiming } from './time-view';

export { cardPayload, type CardPage, type CardPayload, type CardSource } from './payload';
export type { CardRole, CardTiming } from './time-view';

/** How many related names the card lists. */
export const MAX_RELATED = 8;
/** Citations without a headline use the article's lead sentence, trimmed to about this many characters. */
export const LEAD_CHARS = 120;
/** The card shows this many facts of the background, the most relevant to the page; the rest are behind "More". */
export const SHOWN_FACTS = 3;

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
  /** From the reader's own archive, with the address they read it at. */
  mine?: true;
  url?: string;
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
  /** How the fact relates to the page: other names of the page it mentions, key terms it shares. */
  relates?: { names: CardRef[]; terms: string[] };
}

/** Everything the card shows. */
export interface CardModel {
  id: string;
  name: string;
  type: EntityType;
  typeLabel: string;
  /** The role on the page's date ("former …" when it had ended by then), else the archive's one-line identity. */
  description?: string;
  /** When the description is a role: "as of 9 November 2023", "until 2 May 2024". */
  descriptionWhen?: string;
  /** People with more than one role: each, oldest first, as it stood on the page's date. */
  roles?: CardRole[];
  /** The card's "now": the page's date, or today. Absent when the card was built without a page. */
  asOf?: { date: string; iso: string; fromPage: boolean };
  /** One-line notes: the page is older than the archive's word on the name, the archive's word is old, unrelated. */
  notes?: string[];
  /** Events: date at its precision ("15 November 2023", "November 2023", "2023"), place, participants. */
  date?: string;
  /** Events: upcoming or past on the page's date. */
  timing?: CardTiming;
  place?: CardRef;
  participants?: CardRef[];
  /** "From the archive": the background (on or before the page's date), its SHOWN_FACTS most relevant first. */
  facts?: CardFact[];
  /** The rest of the background, behind "More", in the same order. */
  moreFacts?: CardFact[];
  /** "Later, after this article": facts dated after the page, oldest first, behind a closed disclosure. */
  later?: CardFact[];
  /** How many later facts the reader chose not to see (options). */
  laterHidden?: number;
  /** The most related names, most often together first. */
  related?: CardRef[];
  /** How many archive articles mention the entity. */
  articleCount: number;
  /** Why the page's mention was linked to this entity (short forms, disambiguation). */
  linkReason?: string;
}

/**
 * The card for entity `id`, or undefined when the source does not hold it.
 * Works on a whole `FactBase` and on `cardPayload(fb, id)` alike, with equal results. The page (the card's
 * "now" and how each fact relates to the page) comes from `opts.page`, else from the payload's own.
 */
export function cardModel(
  source: CardSource & { page?: CardPage },
  id: string,
  opts?: { reason?: string; page?: CardPage },
): CardModel | undefined {
  const byId = new Map(source.entities.map((e) => [e.id, e]));
  const entity = byId.get(id);
  if (!entity) return undefined;
  const page = opts?.page ?? source.page;
  const articles = new Map(source.articles.map((a) => [a.id, a]));
  const ref = (other: string | undefined): CardRef | undefined => {
    const e = other === undefined ? undefined : byId.get(other);
    return e && { id: e.id, name: e.name, type: e.type };
  };
  const refs = (ids: readonly string[]) => ids.flatMap((i) => (i === id ? [] : (ref(i) ?? [])));

  const related = refs(
    [...(entity.related ?? [])].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).map((r) => r.id),
  ).slice(0, MAX_RELATED);
  const all = factsOf(entity, articles, ref, page?.relevance);
  const { before, later } = page ? splitByDate(all, page.asOf) : { before: all, later: [] };
  const background = [...before].sort(byRelevance);
  const unrelated = !!page?.relevance && background.length > 0 && background.every((f) => !f.score);
  const shown = unrelated ? [] : background.slice(0, SHOWN_FACTS);
  const more = unrelated ? background : background.slice(SHOWN_FACTS);
  // every fact's date, repeats included: a sentence told again later still dates the archive's latest word
  const dated = page ? splitByDate(entity.facts ?? [], page.asOf) : { before: [], later: [] };
  const notes = page
    ? [
        ...timeNotes(entity.name, page, {
          background: dated.before.map((f) => f.date),
          later: dated.later.map((f) => f.date),
          roles: (entity.roles ?? []).map((r) => r.to),
        }),
        ...(unrelated ? [`Nothing the archive holds on ${entity.name} relates to this page.`] : []),
      ]
    : [];
  const role = page && entity.roles?.length ? roleLine(entity.roles, page) : undefined;
  const description = entity.roles?.length && page ? role?.description : entity.description?.trim();
  const roles = page && entity.roles ? roleHistory(entity.roles, page) : undefined;
  const timing = page && entity.date ? eventTimingOf(entity.date, page) : undefined;
  const reason = opts?.reason?.trim();
  const participants = refs(entity.participants ?? []);
  const place = ref(entity.place);
  const hideLater = page?.later === 'hidden';
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    typeLabel: TYPE_LABEL[entity.type],
    ...(description ? { description } : {}),
    ...(description && role ? { descriptionWhen: role.when } : {}),
    ...(roles ? { roles } : {}),
    ...(page ? { asOf: { date: formatDate(page.asOf), iso: page.asOf, fromPage: page.fromPage } } : {}),
    ...(notes.length ? { notes } : {}),
    ...(entity.date ? { date: formatDate(entity.date) } : {}),
    ...(timing ? { timing } : {}),
    ...(place ? { place } : {}),
    ...(participants.length ? { participants } : {}),
    ...(shown.length ? { facts: shown.map((f) => f.fact) } : {}),
    ...(more.length ? { moreFacts: more.map((f) => f.fact) } : {}),
    ...(later.length && !hideLater ? { later: later.map((f) => f.fact) } : {}),
    ...(later.length && hideLater ? { laterHidden: later.length } : {}),
    ...(related.length ? { related } : {}),
    articleCount: entity.articles?.length ?? 0,
    ...(reason ? { linkReason: reason } : {}),
  };
}

/** A fact with its relevance to the page (0 when unknown) and its date, for splitting and ordering. */
interface ScoredFact {
  fact: CardFact;
  score: number;
  date: string;
}

/** The most relevant first; among equals, the nearest to the page's date (the latest) first. */
const byRelevance = (a: ScoredFact, b: ScoredFact) => b.score - a.score || b.date.localeCompare(a.date);

/** Oldest first; the same sentence told again in a later article is shown once, citing the first. */
function factsOf(
  entity: CardEntity,
  articles: Map<string, CardArticle>,
  ref: (id: string | undefined) => CardRef | undefined,
  relevance: readonly FactRelevance[] | undefined,
): ScoredFact[] {
  const seen = new Set<string>();
  const sorted = (entity.facts ?? [])
    .map((fact, i) => ({ fact, relevance: relevance?.[i] }))
    .sort((a, b) => a.fact.date.localeCompare(b.fact.date));
  return sorted.flatMap(({ fact, relevance: r }) => {
    const speaker = fact.kind === 'quote' ? ref(fact.speaker) : undefined;
    const text = fact.kind === 'quote' && fact.quote ? `“${fact.quote}”` : fact.text;
    const key = `${text}\u0000${speaker?.id ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const names = (r?.ids ?? []).flatMap((i) => (i === entity.id ? [] : (ref(i) ?? [])));
    const terms = r?.terms ?? [];
    const card: CardFact = {
      kind: fact.kind,
      text,
      ...(speaker ? { speaker } : {}),
      ...(fact.kind === 'pledge' && fact.targets?.length ? { targets: [...fact.targets] } : {}),
      date: formatDate(fact.date),
      iso: fact.date,
      citation: citation(fact, articles.get(fact.article)),
      ...(r && r.score > 0 && (names.length || terms.length) ? { relates: { names, terms: [...terms] } } : {}),
    };
    return [{ fact: card, score: r?.score ?? 0, date: fact.date }];
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
    ...(article?.mine ? { mine: true as const } : {}),
    ...(article?.mine && article.url ? { url: article.url } : {}),
  };
}
