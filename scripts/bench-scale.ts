/**
 * `npm run bench:scale [-- --archive 1000,10000] [-- --max-minutes 15] [-- --no-archive]`: does the matcher scale to a big archive?
 * A synthetic fact base of 100,000 invented people (300,000 aliases; tests/unit/matching/synthetic.ts) plus the
 * seed's own entities is compiled with the project's matcher compiler (src/matching) and compared with the
 * seed's fact base on the same page texts (the bench's generated articles): compiled size, load (JSON.parse +
 * validate + lookup tables, which the background pays once per start), retained heap, page match time and the
 * heap a match allocates. Goal: match time and match memory within 1.5× of the seed's; loading must not dominate.
 * Then the archive builder (scripts/bench-archive.ts) on synthetic archives of 1,000 and 10,000 articles: the
 * 10,000 run is replaced by a clearly labelled linear extrapolation when it would take over --max-minutes
 * (default 15) at the rate of the 1,000 run. Run with --expose-gc (the npm script does). Writes artifacts/bench-scale.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { FactBase } from '../src/factbase/schema';
import { compileMatcher, findMentions, loadMatcher, type LoadedMatcher } from '../src/matching/index';
import { FACT_BASE_FILE, ROOT } from '../tests/e2e/paths';
import { syntheticFactBase } from '../tests/unit/matching/synthetic';
import { articlePage, readFactBase } from './bench/pages';

const OUT = path.join(ROOT, 'artifacts/bench-scale.json');
const { values } = parseArgs({ options: { archive: { type: 'string', default: '1000,10000' }, 'max-minutes': { type: 'string', default: '15' }, 'no-archive': { type: 'boolean', default: false } } });

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('bench:scale: no global gc (run with node --expose-gc): heap figures are rough');
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => void, runs: number) =>
  median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      fn();
      return performance.now() - t0;
    }),
  );

const started = performance.now();
const seedFb = JSON.parse(await readFile(FACT_BASE_FILE, 'utf8')) as FactBase;
const synthetic = syntheticFactBase(100_000);
const bigFb: FactBase = { ...seedFb, entities: [...seedFb.entities, ...synthetic.entities] };

const { date, entities } = await readFactBase();
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, '\n').replace(/\n\s*\n+/g, '\n\n');
const texts = [
  { label: '1,500 words', text: textOf(articlePage(entities, date, 1_500, 'Talks go on')) },
  { label: '14,000 words', text: textOf(articlePage(entities, date, 14_000, 'The long read')) },
];

interface Measured {
  label: string;
  entities: number;
  aliases: number;
  aliasesOnly: number;
  compileMs: number;
  jsonBytes: number;
  gzipBytes: number;
  loadMs: number;
  retainedHeapMB: number;
  pages: { label: string; mentions: number; matchMs: number; matchHeapKB: number }[];
}

function measure(label: string, fb: FactBase): Measured {
  let t0 = performance.now();
  const compiled = compileMatcher(fb);
  const compileMs = performance.now() - t0;
  const json = JSON.stringify(compiled);
  const runs = fb.entities.length > 1000 ? 5 : 50;
  const loadMs = time(() => loadMatcher(JSON.parse(json)), runs);
  const h0 = heap();
  const kept: LoadedMatcher[] = [loadMatcher(JSON.parse(json))];
  const retained = heap() - h0;
  const m = kept[0]!;
  const pages = texts.map(({ label: l, text }) => {
    for (let k = 0; k < 10; k++) findMentions(m, text, { pageDate: date }); // warm-up: the first fact base measured would pay for the JIT
    const matchMs = time(() => findMentions(m, text, { pageDate: date }), 15);
    // what one match allocates and keeps until it returns: no GC in between for a text this size, mostly
    const before = heap();
    const out = findMentions(m, text, { pageDate: date });
    const after = process.memoryUsage().heapUsed;
    return { label: l, mentions: out.length, matchMs, matchHeapKB: Math.max(0, after - before) / 1024 };
  });
  t0 = performance.now();
  return {
    label,
    entities: fb.entities.length,
    aliases: fb.entities.reduce((n, e) => n + 1 + e.aliases.length, 0),
    aliasesOnly: fb.entities.reduce((n, e) => n + e.aliases.length, 0),
    compileMs,
    jsonBytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json).length,
    loadMs,
    retainedHeapMB: Math.max(0, retained) / 2 ** 20,
    pages,
  };
}

const seed = measure("seed's fact base", seedFb);
const big = measure('synthetic 100k + seed', bigFb);
const f = (n: number, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const ratio = (a: number, b: number) => (b > 0 ? `${f(a / b, 2)}×` : '–');

const lines: string[] = [];
const log = (s = '') => {
  lines.push(s);
  console.log(s);
};
const row = (name: string, a: string, b: string, r: string, note = '') => log(`${name.padEnd(38)}${a.padStart(18)}${b.padStart(24)}${r.padStart(13)}  ${note}`);
log(`matcher at scale (Node ${process.version}; medians; ratio = synthetic / seed; goal for page match time and memory ≤ 1.5×)`);
row('', seed.label, big.label, 'ratio');
row('aliases (besides the names)', f(seed.aliasesOnly, 0), f(big.aliasesOnly, 0), ratio(big.aliasesOnly, seed.aliasesOnly));
row('entities', f(seed.entities, 0), f(big.entities, 0), ratio(big.entities, seed.entities));
row('names + aliases', f(seed.aliases, 0), f(big.aliases, 0), ratio(big.aliases, seed.aliases));
row('compile (build time, ms)', f(seed.compileMs), f(big.compileMs), ratio(big.compileMs, seed.compileMs));
row('compiled matcher JSON (kB)', f(seed.jsonBytes / 1000), f(big.jsonBytes / 1000), ratio(big.jsonBytes, seed.jsonBytes), `gzip ${f(seed.gzipBytes / 1000)} / ${f(big.gzipBytes / 1000)} kB`);
row('load: parse + validate + tables (ms)', f(seed.loadMs, 2), f(big.loadMs, 1), ratio(big.loadMs, seed.loadMs), 'once per background start (the pages never load it)');
row('retained heap of the matcher (MB)', f(seed.retainedHeapMB, 2), f(big.retainedHeapMB, 1), ratio(big.retainedHeapMB, seed.retainedHeapMB), seed.retainedHeapMB < 0.05 ? '(seed: below what heapUsed resolves)' : '');
const verdicts: string[] = [];
seed.pages.forEach((p, i) => {
  const q = big.pages[i]!;
  const r = q.matchMs / p.matchMs;
  row(`match ${p.label} (ms)`, f(p.matchMs, 2), f(q.matchMs, 2), ratio(q.matchMs, p.matchMs), `${p.mentions} / ${q.mentions} mentions${r <= 1.5 ? '  met' : `  NOT met (by ${f(r - 1.5, 2)}×)`}`);
  verdicts.push(`match time ${p.label}: ${f(r, 2)}× ${r <= 1.5 ? 'met' : 'NOT met'}`);
  const hr = p.matchHeapKB > 0 ? q.matchHeapKB / p.matchHeapKB : NaN;
  row(`  heap allocated by the match (kB)`, f(p.matchHeapKB, 0), f(q.matchHeapKB, 0), ratio(q.matchHeapKB, p.matchHeapKB), Number.isNaN(hr) ? '' : hr <= 1.5 ? 'met' : `NOT met (by ${f(hr - 1.5, 2)}×)`);
  verdicts.push(`match memory ${p.label}: ${f(hr, 2)}× ${hr <= 1.5 ? 'met' : 'NOT met'}`);
});
const loadShare = big.loadMs / (big.loadMs + big.pages[0]!.matchMs);
log(
  `loading the 100k matcher is ${f(loadShare * 100, 0)} % of load + match for the first 1,500-word page after the background starts ` +
    `(Chrome stops an idle extension service worker after 30 s, so a reader's first page after a pause waits for it): ` +
    `${loadShare > 0.5 ? 'loading DOMINATES that page (NOT met)' : 'does not dominate (met)'}; later pages do not load it`,
);
verdicts.push(`loading ${loadShare > 0.5 ? 'dominates: NOT met' : 'does not dominate: met'}`);

interface ArchiveRow {
  articles: number;
  articlesPerMinute: number;
  rssPeakMB: number;
  heapUsedMB: number;
  seconds: number;
  extrapolated: boolean;
}
const archive: ArchiveRow[] = [];
if (!values['no-archive']) {
  const counts = values.archive.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  log();
  log('archive builder on synthetic archives (scripts/bench-archive.ts, one child process each)');
  for (const n of counts) {
    const prev = archive.at(-1);
    if (prev && !prev.extrapolated && (prev.seconds / prev.articles) * n > Number(values['max-minutes']) * 60) {
      const seconds = (prev.seconds / prev.articles) * n;
      archive.push({ articles: n, articlesPerMinute: prev.articlesPerMinute, rssPeakMB: NaN, heapUsedMB: NaN, seconds, extrapolated: true });
      log(`  ${f(n, 0).padStart(7)} articles: EXTRAPOLATION, linear from ${f(prev.articles, 0)} (not run: projected over ${values['max-minutes']} min): ~${f(seconds / 60)} min at ${f(prev.articlesPerMinute, 0)} articles/min; memory not measured`);
      continue;
    }
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['scripts/run-compiled.mjs', 'scripts/bench-archive.ts', '--articles', String(n)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) {
      log(`  ${n} articles: bench-archive failed (${r.status}): ${(r.stderr || r.stdout).slice(-400)}`);
      continue;
    }
    const rep = JSON.parse(await readFile(path.join(ROOT, 'artifacts/bench-archive.json'), 'utf8')) as { results: { corpus: string; articles: number; articlesPerMinute: number; rssPeakMB: number; heapUsedMB: number }[] };
    const s = rep.results.at(-1)!;
    archive.push({ articles: s.articles, articlesPerMinute: s.articlesPerMinute, rssPeakMB: s.rssPeakMB, heapUsedMB: s.heapUsedMB, seconds, extrapolated: false });
    log(`  ${f(s.articles, 0).padStart(7)} articles: ${f(s.articlesPerMinute, 0)} articles/min, peak RSS ${f(s.rssPeakMB)} MB, heap after build ${f(s.heapUsedMB)} MB (whole child run ${f(seconds)} s)`);
  }
}
log();
log(`verdicts: ${verdicts.join('; ')}`);
log(`bench:scale took ${f((performance.now() - started) / 1000, 0)} s`);
await mkdir(path.dirname(OUT), { recursive: true });
await writeFile(OUT, `${JSON.stringify({ when: new Date().toISOString(), node: process.version, seed, big, archive, verdicts, table: lines.join('\n') }, null, 1)}\n`);
console.log(`written to ${path.relative(process.cwd(), OUT)}`);
