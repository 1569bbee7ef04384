/**
 * The slice of the fact base one card needs. The background builds it with `cardPayload` and sends it to the
 * content script, so a page never loads the whole fact base; `cardModel` reads either shape.
 */
import type { Article, Entity, FactBase } from '../factbase/schema';
import type { FactRelevance } from '../relevance/relevance';

/** An article as the card cites it: no file name or word count. */
export type CardArticle = Pick<Article, 'id' | 'date' | 'dateline' | 'headline' | 'lead'> & {
  /** An article of the reader's own archive (the background marks them), and where they read it. */
  mine?: true;
  url?: string;
};

/** An entity: id, type and name always; the rest only for the card's own entity. */
export type CardEntity = Pick<Entity, 'id' | 'type' | 'name'> & Partial<Omit<Entity, 'id' | 'type' | 'name'>>;

/** What `cardModel` reads: a whole `FactBase` or a `CardPayload`. */
export interface CardSource {
  readonly articles: readonly CardArticle[];
  readonly entities: readonly CardEntity[];
}

/**
 * The page the card opens on, as the background saw it. Optional: a payload without it (from an older
 * background, or a test) is a card with no "now", its facts in date order.
 */
export interface CardPage {
  /** The card's "now": the page's date (YYYY, YYYY-MM or YYYY-MM-DD), or today's when it gave none. */
  asOf: string;
  /** Whether `asOf` is the page's own date (false: today's). */
  fromPage: boolean;
  /** Facts after `asOf`: behind a closed disclosure, or left out and only counted (the reader's option). */
  later: 'collapsed' | 'hidden';
  /** How each of the entity's facts relates to the page, in the order of its `facts`; absent: unknown. */
  relevance?: FactRelevance[];
}

/** The minimal subset of the fact base for one card; plain JSON, safe to send between contexts. */
export interface CardPayload extends CardSource {
  articles: CardArticle[];
  entities: CardEntity[];
  page?: CardPage;
}

/**
 * The entity `id` with the articles its facts cite, plus id/type/name of every entity the card names
 * (related, participants, place, speakers, the page's names its facts mention), and the page it opens on.
 * Undefined when the fact base has no such entity.
 */
export function cardPayload(fb: FactBase | CardSource, id: string, page?: CardPage): CardPayload | undefined {
  const entity = fb.entities.find((e) => e.id === id);
  if (!entity) return undefined;
  const facts = entity.facts ?? [];
  const named = new Set<string>([
    ...(entity.related ?? []).map((r) => r.id),
    ...(page?.relevance ?? []).flatMap((r) => r.ids),
    ...(entity.participants ?? []),
    ...(entity.place ? [entity.place] : []),
    ...facts.flatMap((f) => (f.speaker ? [f.speaker] : [])),
  ]);
  named.delete(id);
  const cited = new Set(facts.map((f) => f.article));
  const { aliases: _aliases, firstSeen: _first, lastSeen: _last, ...own } = entity;
  return {
    articles: fb.articles
      .filter((a) => cited.has(a.id))
      .map(({ id, date, dateline, headline, lead }) => ({
        id, date, dateline,
        ...(headline !== undefined ? { headline } : {}),
        ...(lead !== undefined ? { lead } : {}),
      })),
    entities: [
      own,
      ...fb.entities.filter((e) => named.has(e.id)).map(({ id, type, name }) => ({ id, type, name })),
    ],
    ...(page ? { page } : {}),
  };
}
