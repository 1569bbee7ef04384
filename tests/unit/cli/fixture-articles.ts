/** The fixture articles (tests/fixtures/articles), parsed, in name order; fixtures written to test an error are left out. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/archive/parse';
import type { ParsedArticle } from '../../../src/archive/types';

export const FIXTURES = 'tests/fixtures/articles';

export function fixtureArticles(): ParsedArticle[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      try {
        return [parseArticle(f, readFileSync(join(FIXTURES, f)))];
      } catch {
        return [];
      }
    });
}
