import { SCHEMA_VERSION, type FactBase } from '../factbase/schema';
import type { ParsedArticle } from './types';

/**
 * Parsed articles → fact base. Pure and deterministic: the same articles in any order give the same output.
 * (Extraction and cross-article linking arrive in extract.ts / link.ts.)
 */
export function buildFactBase(articles: ParsedArticle[]): FactBase {
  const sorted = [...articles].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    schema: SCHEMA_VERSION,
    articles: sorted.map((a) => ({ id: a.id, file: a.file, date: a.date, dateline: a.dateline, words: a.words })),
    entities: [],
  };
}
