/** The reader-archive fixtures (tests/fixtures/reader, written for these tests) and the bundled seeds, parsed. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../../src/archive/parse';
import type { ParsedArticle } from '../../../src/archive/types';

export const READER_DIR = path.resolve('tests/fixtures/reader');

const parseDir = (dir: string): ParsedArticle[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseArticle(f, readFileSync(path.join(dir, f))));

export const readerArticles = (): ParsedArticle[] => parseDir(READER_DIR);
export const seedArticles = (): ParsedArticle[] => parseDir(path.resolve('seeds'));
export const readerFiles = (): { name: string; text: string }[] =>
  readdirSync(READER_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(READER_DIR, name), 'utf8') }));
