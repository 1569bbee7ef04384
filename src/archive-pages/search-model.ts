/** A query → the archive's names (by name and alias) and facts that match it, for the search page. Pure. */
import { searchFacts } from '../factbase/fact-search';
import { searchArchive } from '../factbase/search';
import type { FactBase } from '../factbase/schema';
import { indexOf, type ArticleRef, type EntityRef } from './refs';

/** Most names and facts the search page lists. */
export const MAX_NAMES = 20;
export const MAX_FACTS = 30;

export interface SearchView {
  query: string;
  names: (EntityRef & { description?: string })[];
  facts: { text: string; article: ArticleRef; entities: EntityRef[] }[];
}

export function searchView(fb: FactBase, query: string): SearchView {
  const index = indexOf(fb);
  const byId = new Map(fb.entities.map((e) => [e.id, e]));
  const names = searchArchive(fb, query, MAX_NAMES).map((r) => {
    const description = byId.get(r.id)?.description?.trim();
    return { ...r, ...(description ? { description } : {}) };
  });
  const facts = searchFacts(fb, query, MAX_FACTS).flatMap((hit) => {
    const article = index.article(hit.article);
    return article ? [{ text: hit.text, article, entities: hit.entities }] : [];
  });
  return { query, names, facts };
}
