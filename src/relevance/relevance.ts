/**
 * How much each of an entity's facts has to do with the page being read: the other names and events of the
 * page it mentions (the archive builder filed the same sentence under them, or one of them said it), and
 * the page's key terms it shares. Pure; the background scores a card's facts and the card orders them.
 */
import type { Entity, Fact } from '../factbase/schema';
import { keyTerms, termsOf } from '../nlp/key-terms';
import { splitByDate } from '../time/as-of';
import { MAX_REASONS } from './limits';

/** A mention of another of the page's names counts this much; an event the page mentions, more. */
const NAME_WEIGHT = 3;
const EVENT_WEIGHT = 4;
/** Shared key terms count one each, up to this many (a long sentence shares many words by chance). */
const MAX_TERM_POINTS = 4;
/** A fact that names nothing of the page relates to it only if it shares at least this many key terms. */
const MIN_SHARED_TERMS = 2;

/** What the card knows of the page: the ids of the archive names found on it, and its key terms. */
export interface PageContext {
  ids: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/** Why a fact relates to the page, and how much. `score` 0: it does not. */
export interface FactRelevance {
  score: number;
  /** Other names of the page the fact mentions (or whose words it quotes), events first. */
  ids: string[];
  /** Key terms of the page it shares. */
  terms: string[];
}

type IndexedEntity = Pick<Entity, 'id' | 'type'> & { facts?: readonly Pick<Fact, 'article' | 'text'>[] };

/** Which entities each archive sentence was filed under, to tell which names a fact mentions. */
export interface FactIndex {
  mentioned(fact: Pick<Fact, 'article' | 'text'>): readonly string[];
  isEvent(id: string): boolean;
}

const key = (fact: Pick<Fact, 'article' | 'text'>) => `${fact.article}\u0000${fact.text}`;

export function buildFactIndex(entities: readonly IndexedEntity[]): FactIndex {
  const bySentence = new Map<string, string[]>();
  const events = new Set<string>();
  for (const e of entities) {
    if (e.type === 'event') events.add(e.id);
    for (const fact of e.facts ?? []) {
      const k = key(fact);
      const ids = bySentence.get(k);
      if (!ids) bySentence.set(k, [e.id]);
      else if (!ids.includes(e.id)) ids.push(e.id);
    }
  }
  return { mentioned: (fact) => bySentence.get(key(fact)) ?? [], isEvent: (id) => events.has(id) };
}

/**
 * The relevance of each of `entity`'s facts (in their order) to the page. The entity's own name never counts:
 * every fact mentions it, and a page about a country shares that country's name with all of its facts.
 */
export function scoreFacts(
  entity: Pick<Entity, 'id' | 'name' | 'aliases'> & { facts?: readonly Fact[] },
  page: PageContext,
  index: FactIndex,
): FactRelevance[] {
  const own = new Set(termsOf([entity.name, ...(entity.aliases ?? [])].join(' ')));
  const terms = new Set([...page.terms].filter((t) => !own.has(t)));
  return (entity.facts ?? []).map((fact) => {
    const named = new Set(index.mentioned(fact));
    if (fact.speaker) named.add(fact.speaker);
    named.delete(entity.id);
    const ids = [...named].filter((id) => page.ids.has(id));
    const eventIds = ids.filter((id) => index.isEvent(id));
    const shared = [...new Set(termsOf(fact.text))].filter((t) => terms.has(t));
    const termPoints = ids.length || shared.length >= MIN_SHARED_TERMS ? Math.min(shared.length, MAX_TERM_POINTS) : 0;
    const score = (ids.length - eventIds.length) * NAME_WEIGHT + eventIds.length * EVENT_WEIGHT + termPoints;
    return {
      score,
      ids: [...eventIds, ...ids.filter((id) => !index.isEvent(id))].slice(0, MAX_REASONS),
      terms: termPoints ? shared.slice(0, MAX_REASONS) : [],
    };
  });
}

/** The page's context: the names found on it, and the key terms of its text (`keyTerms`). */
export function pageContext(ids: Iterable<string>, text: string): PageContext {
  return { ids: new Set(ids), terms: new Set(keyTerms(text)) };
}

/**
 * Whether anything the archive held on `entity` by `asOf` (its background on the page's date) relates to the
 * page: the test of the option "Only mark names with background that relates to this page".
 */
export function relatesToPage(
  entity: Pick<Entity, 'id' | 'name' | 'aliases' | 'facts'>,
  page: PageContext,
  index: FactIndex,
  asOf: string,
): boolean {
  const background = splitByDate(entity.facts, asOf).before;
  return scoreFacts({ ...entity, facts: background }, page, index).some((r) => r.score > 0);
}
