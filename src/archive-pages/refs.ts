/** How the archive pages name an entity or an article in a link. Pure. */
import { formatDate, trimText } from '../card/format';
import type { Article, EntityType, FactBase } from '../factbase/schema';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface ArticleRef {
  id: string;
  /** The headline, else the lead trimmed, else the dateline and date. */
  title: string;
  dateline: string;
  /** "9 November 2023"; `iso` keeps the sortable form. */
  date: string;
  iso: string;
}

/** Characters of the lead that stand for an article without a headline (as the card cites it). */
export const TITLE_CHARS = 120;

export function articleRef(a: Pick<Article, 'id' | 'date' | 'dateline' | 'headline' | 'lead'>): ArticleRef {
  const date = formatDate(a.date);
  const title = a.headline?.trim() || (a.lead ? trimText(a.lead, TITLE_CHARS) : '') || `${a.dateline.trim()} ${date}`.trim();
  return { id: a.id, title, dateline: a.dateline.trim(), date, iso: a.date };
}

/** Lookups over a fact base, built once per fact base. */
export interface Index {
  fb: FactBase;
  entity(id: string | undefined): EntityRef | undefined;
  article(id: string): ArticleRef | undefined;
}

const cache = new WeakMap<FactBase, Index>();

export function indexOf(fb: FactBase): Index {
  let index = cache.get(fb);
  if (index) return index;
  const entities = new Map(fb.entities.map((e) => [e.id, { id: e.id, name: e.name, type: e.type }]));
  const articles = new Map(fb.articles.map((a) => [a.id, articleRef(a)]));
  index = { fb, entity: (id) => (id === undefined ? undefined : entities.get(id)), article: (id) => articles.get(id) };
  cache.set(fb, index);
  return index;
}
