/**
 * A query → the archive's names (by name and alias), articles (by title, dateline and site) and facts that
 * match it, for the search page. Pure.
 */
import { searchFacts } from '../factbase/fact-search';
import { fold, searchArchive } from '../factbase/search';
import type { FactBase } from '../factbase/schema';
import { indexOf, NO_READER, type ArticleRef, type EntityRef, type ReaderArticles } from './refs';

/** Most names, articles and facts the search page lists. */
export const MAX_NAMES = 20;
export const MAX_ARTICLES = 20;
export const MAX_FACTS = 30;

export interface SearchView {
  query: string;
  names: (EntityRef & { description?: string })[];
  /** Articles whose title, dateline or site has every word of the query, newest first. */
  articles: ArticleRef[];
  facts: { text: string; article: ArticleRef; entities: EntityRef[] }[];
}

/** `reader`: the reader's articles in `fb` (found and marked as theirs like any other). */
export function searchView(fb: FactBase, query: string, reader: ReaderArticles = NO_READER): SearchView {
  const index = indexOf(fb, reader);
  const byId = new Map(fb.entities.map((e) => [e.id, e]));
  const names = searchArchive(fb, query, MAX_NAMES).map((r) => {
    const description = byId.get(r.id)?.description?.trim();
    return { ...r, ...(description ? { description } : {}) };
  });
  const facts = searchFacts(fb, query, MAX_FACTS).flatMap((hit) => {
    const article = index.article(hit.article);
    return article ? [{ text: hit.text, article, entities: hit.entities }] : [];
  });
  return { query, names, articles: searchArticles(fb, index.article, query), facts };
}

/** Words of a query that count, as the fact search reads them (two characters or more, case and accents aside). */
const wordsOf = (query: string): string[] => fold(query).split(/[^\p{L}\p{N}']+/u).filter((w) => w.length >= 2);

function searchArticles(fb: FactBase, ref: (id: string) => ArticleRef | undefined, query: string): ArticleRef[] {
  const words = wordsOf(query);
  if (!words.length) return [];
  return fb.articles
    .flatMap((a) => ref(a.id) ?? [])
    .filter((a) => {
      const text = fold(`${a.title} ${a.dateline} ${a.site ?? ''}`);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => b.iso.localeCompare(a.iso) || a.id.localeCompare(b.id))
    .slice(0, MAX_ARTICLES);
}
