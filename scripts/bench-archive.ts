/**
 * `npm run bench:archive [-- --articles N]`: how fast the archive builder runs and how big its output is,
 * (a) on seeds/ and (b) on a synthetic archive of N articles (default 1,000) made from the fixture articles
 * (tests/fixtures/articles/*.txt, or seeds/ while there are none). Everything runs in memory:
 * parseArticle and buildFactBase are timed separately. Prints a table and writes artifacts/bench-archive.json.
 *
 * `--huge MB` also builds one article of MB megabytes in each shape that once broke the builder (many
 * paragraphs, one paragraph, one-line paragraphs, no spaces), each `--runs` times (default 3) in its own
 * process, and prints the median and the worst time and peak memory against the budget (30 s, 500 MB at
 * 5 MB): a budget is met only if the worst run meets it. Builds run as the archive command runs them: on one
 * analysis thread per core (`--threads N` to change it; 1 builds on the main thread alone).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildFactBase } from '../src/archive/build';
import { parseArticle } from '../src/archive/parse';
import { buildArchiveInParallel, defaultThreads, leanHeap } from '../src/cli/analyse-pool';
import { benchHuge } from './bench-archive/huge';
import type { ParsedArticle } from '../src/archive/types';
import { validateFactBase } from '../src/factbase/validate';

const SEEDS = 'seeds';
const FIXTURES = 'tests/fixtures/articles';
const REPORT = 'artifacts/bench-archive.json';
/** Synthetic copies get consecutive days from here, so each is a distinct article with its own date. */
const FIRST_DAY = Date.UTC(2015, 0, 1);

interface Input {
  name: string;
  bytes: Uint8Array;
}

interface Result {
  corpus: string;
  articles: number;
  words: number;
  parseMs: number;
  buildMs: number;
  wordsPerSecond: number;
  articlesPerMinute: number;
  entities: number;
  bytes: number;
  bytesPerEntity: number;
  heapUsedMB: number;
  rssPeakMB: number;
}

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, huge: { type: 'string' }, runs: { type: 'string', default: '3' }, threads: { type: 'string' } },
});
const copies = Number(values.articles);
const threads = values.threads === undefined ? defaultThreads() : Number(values.threads);
leanHeap();
if (!Number.isInteger(copies) || copies < 1) {
  console.error('usage: npm run bench:archive [-- --articles N] [--threads N] [--huge MB [--runs N]]   (N a positive integer)');
  process.exit(2);
}

const seeds = await readFolder(SEEDS);
// A fixture that does not parse (one written to test an error, say) cannot be a template.
const fixtures = (existsSync(FIXTURES) ? await readFolder(FIXTURES) : []).filter((f) => {
  try {
    return parseArticle(f.name, f.bytes) !== undefined;
  } catch (err) {
    console.warn(`skipping ${FIXTURES}/${f.name}: ${(err as Error).message}`);
    return false;
  }
});
const templates = fixtures.length ? fixtures : seeds;
const templateSource = fixtures.length ? FIXTURES : `${SEEDS} (no ${FIXTURES} yet)`;

// compromise builds its tables on first use: warm up so neither row pays for it.
buildFactBase([parseArticle(seeds[0]!.name, seeds[0]!.bytes)]);

const results = [await measure(`${SEEDS}/`, seeds), await measure(`synthetic ×${copies}`, synthetic(templates, copies))];
printTable(results);
await mkdir(path.dirname(REPORT), { recursive: true });
const report = { when: new Date().toISOString(), node: process.version, cpus: os.cpus().length, threads, templates: templateSource, results };
await writeFile(REPORT, `${JSON.stringify(report, null, 1)}\n`);
console.log(`\ntemplates for the synthetic archive: ${templates.length} from ${templateSource}; ${threads} analysis threads (the archive command's default: one per core); written to ${REPORT}`);
if (values.huge !== undefined) benchHuge(Number(values.huge), Number(values.runs), threads);

async function measure(corpus: string, inputs: Input[]): Promise<Result> {
  const t0 = performance.now();
  const articles: ParsedArticle[] = inputs.map((f) => parseArticle(f.name, f.bytes));
  const t1 = performance.now();
  // as the archive command builds: on `threads` threads when there is enough text
  const fb = (await buildArchiveInParallel(articles, { threads })).factBase;
  const t2 = performance.now();
  const heapUsed = process.memoryUsage().heapUsed;
  // Same formatting as the archive CLI, so the size is the size that ships.
  const bytes = Buffer.byteLength(`${JSON.stringify(validateFactBase(fb), null, 1)}\n`);
  const words = articles.reduce((n, a) => n + a.words, 0);
  const seconds = (t2 - t0) / 1000;
  return {
    corpus,
    articles: articles.length,
    words,
    parseMs: round(t1 - t0, 1),
    buildMs: round(t2 - t1, 1),
    wordsPerSecond: Math.round(words / seconds),
    articlesPerMinute: Math.round((articles.length / seconds) * 60),
    entities: fb.entities.length,
    bytes,
    bytesPerEntity: fb.entities.length ? Math.round(bytes / fb.entities.length) : 0,
    heapUsedMB: round(heapUsed / 2 ** 20, 1),
    // maxRSS is the process's peak so far, in KiB: the peak of this row or of an earlier one.
    rssPeakMB: round(process.resourceUsage().maxRSS / 1024, 1),
  };
}

/** `count` distinct articles: each copy of a template gets its own date, file name and closing sentence. */
function synthetic(from: Input[], count: number): Input[] {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  return Array.from({ length: count }, (_, i) => {
    const template = from[i % from.length]!;
    const day = new Date(FIRST_DAY + i * 86_400_000).toISOString().slice(0, 10);
    const text = decoder
      .decode(template.bytes)
      .replace(/^\s*(date[ \t]+)\S+/, `$1${day}`)
      .trimEnd();
    const name = `bench-${String(i).padStart(6, '0')}-${template.name}`;
    return { name, bytes: encoder.encode(`${text}\n\nThis is archive copy number ${i + 1}.\n`) };
  });
}

async function readFolder(dir: string): Promise<Input[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(path.join(dir, name)) })));
}

function printTable(rows: Result[]): void {
  const lines: [string, (r: Result) => string][] = [
    ['articles', (r) => fmt(r.articles)],
    ['words', (r) => fmt(r.words)],
    ['parse (ms)', (r) => fmt(r.parseMs, 1)],
    ['build (ms)', (r) => fmt(r.buildMs, 1)],
    ['words/s', (r) => fmt(r.wordsPerSecond)],
    ['articles/min', (r) => fmt(r.articlesPerMinute)],
    ['entities', (r) => fmt(r.entities)],
    ['fact base (bytes)', (r) => fmt(r.bytes)],
    ['bytes/entity', (r) => fmt(r.bytesPerEntity)],
    ['heap used (MB)', (r) => fmt(r.heapUsedMB, 1)],
    ['rss peak (MB)', (r) => fmt(r.rssPeakMB, 1)],
  ];
  const cells = [['', ...rows.map((r) => r.corpus)], ...lines.map(([label, get]) => [label, ...rows.map(get)])];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  for (const row of cells) console.log(row.map((cell, c) => (c ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('   '));
}

function round(n: number, digits: number): number {
  return Math.round(n * 10 ** digits) / 10 ** digits;
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
