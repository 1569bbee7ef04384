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
  /** One of the reader's own articles ("from your archive"), with the site and address it was read at. */
  mine?: true;
  site?: string;
  url?: string;
}

/** One of the reader's own articles, as the background lists it (library-pages). */
export interface ReaderArticle {
  id: string;
  headline?: string;
  /** Where the reader read it: http(s) only. */
  url?: string;
  site?: string;
  /** When it was saved, ms since the epoch. */
  savedAt: number;
}

/** The reader's articles in a fact base, by id. */
export type ReaderArticles = ReadonlyMap<string, ReaderArticle>;

/** No article is the reader's (the bundled archive alone). */
export const NO_READER: ReaderArticles = new Map();

/** Characters of the lead that stand for an article without a headline (as the card cites it). */
export const TITLE_CHARS = 120;

/** How a link names article `a`; `own` when it is one of the reader's articles. */
export function articleRef(a: Pick<Article, 'id' | 'date' | 'dateline' | 'headline' | 'lead'>, own?: ReaderArticle): ArticleRef {
  const date = formatDate(a.date);
  const title = own?.headline?.trim() || a.headline?.trim() || (a.lead ? trimText(a.lead, TITLE_CHARS) : '') || `${a.dateline.trim()} ${date}`.trim();
  const mine = own ? { mine: true as const, ...(own.site ? { site: own.site } : {}), ...(own.url ? { url: own.url } : {}) } : {};
  return { id: a.id, title, dateline: a.dateline.trim(), date, iso: a.date, ...mine };
}

/** Lookups over a fact base, built once per fact base (and set of the reader's articles). */
export interface Index {
  fb: FactBase;
  reader: ReaderArticles;
  entity(id: string | undefined): EntityRef | undefined;
  article(id: string): ArticleRef | undefined;
}

const cache = new WeakMap<FactBase, Index>();

export function indexOf(fb: FactBase, reader: ReaderArticles = NO_READER): Index {
  let index = cache.get(fb);
  if (index?.reader === reader) return index;
  const entities = new Map(fb.entities.map((e) => [e.id, { id: e.id, name: e.name, type: e.type }]));
  const articles = new Map(fb.articles.map((a) => [a.id, articleRef(a, reader.get(a.id))]));
  index = { fb, reader, entity: (id) => (id === undefined ? undefined : entities.get(id)), article: (id) => articles.get(id) };
  cache.set(fb, index);
  return index;
}
