/**
 * npm run quality [-- --split dev|heldout|all] [--pages a,b,...] [--corpus <dir>] [--files <regex>] [--brief]
 *
 * The archive builder measured on real news: builds one fact base from the real articles that have gold
 * labels and prints precision and recall per kind, event dates, roles, splits and conflations.
 * - default corpus: the real pages in ../shared/realpages (Readability's extraction of each), labelled in
 *   tests/quality/real/gold/ (split "dev": tuned on; "heldout": never looked at while tuning);
 * - --corpus <dir>: a folder with seeds/ (seed-format .txt files) and gold/ (one JSON per seed), e.g. a
 *   local, uncommitted folder of real wire articles.
 * - --pages: score only these pages (gold `page` or file name without .txt), e.g. a batch labelled later.
 * - --files <regex>: score only the gold files whose name matches (a corpus without splits, split by story).
 * The whole archive is built at once (articles link across each other); only the chosen split is scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFactBase } from '../src/archive/build';
import { corpusArticle } from '../tests/quality/corpus';
import type { ParsedArticle } from '../src/archive/types';
import { formatScore } from '../tests/quality/report';
import { hasRealPages, REALPAGES, realArticle } from '../tests/quality/realpages';
import { scoreAll, type GoldArticle } from '../tests/quality/score';

interface LabelledGold extends GoldArticle {
  page?: string;
  split?: 'dev' | 'heldout';
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const split = opt('--split') ?? 'all';
const corpus = opt('--corpus');
const brief = args.includes('--brief');
const pages = opt('--pages')?.split(',');

const readGolds = (dir: string): LabelledGold[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'roles.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledGold);

let golds: LabelledGold[];
let articles: ParsedArticle[];
if (corpus) {
  const dir = resolve(corpus);
  golds = readGolds(join(dir, 'gold'));
  articles = readdirSync(join(dir, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => corpusArticle(f, readFileSync(join(dir, 'seeds', f))));
} else {
  if (!hasRealPages()) {
    console.log(`quality: ${REALPAGES} is absent; nothing to measure (it comes with ../shared)`);
    process.exit(0);
  }
  golds = readGolds(join(import.meta.dirname, '../tests/quality/real/gold'));
  articles = golds.map((g) => realArticle(g.page ?? g.file.replace(/\.txt$/, ''), g.date));
}

const started = performance.now();
const factBase = buildFactBase(articles);
const ms = performance.now() - started;
const files = opt('--files');
const chosen = golds
  .filter((g) => split === 'all' || (g.split ?? 'dev') === split)
  .filter((g) => !pages || pages.includes(g.page ?? g.file.replace(/\.txt$/, '')))
  .filter((g) => !files || new RegExp(files).test(g.file));
const score = scoreAll(chosen, factBase);
const words = articles.reduce((n, a) => n + a.words, 0);
console.log(`${corpus ?? 'realpages'}, split ${split}${files ? `, files /${files}/` : ''}: ${chosen.length} labelled articles of ${articles.length} built (${words} words, ${factBase.entities.length} entities, ${(ms / 1000).toFixed(1)} s)`);
console.log(formatScore(score, { details: !brief }));
