/**
 * `npm run bench:library [-- --articles 1000,10000] [-- --runs 3]`: what the reader's archive costs the
 * background at scale, in Node running the service worker's own code (src/library/merge.ts, src/matching).
 * A synthetic archive of N articles (scripts/bench-library/corpus.ts: invented names recurring as in a real
 * archive) is analysed once (the language analysis the background keeps per article in IndexedDB; cached
 * in artifacts/ between runs, since it is paid once per article when it is saved, not per build), then:
 *
 * - restart: a background that starts with N kept extractions builds the merged archive and its matcher;
 * - snapshot: the same background reading the snapshot the last build kept (fact base + compiled matcher,
 *   structured-cloned as IndexedDB does) and preparing the matcher's tables: what a cold start pays;
 * - add: a 1,500-word article added to the N (its analysis included) up to the matcher pages use;
 * - page match: the same page texts matched with the seed's matcher and with the merged one (ratio);
 * - memory per 1,000 saved articles (heap the background keeps) and storage per article (bytes stored).
 *
 * Each figure is the median and the worst of --runs runs. Budgets (issue 13): add ≤ 1 s to marks; page
 * matching ≤ 1.5× the seed's; cold start to the first answer ≤ 300 ms.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { extractArticle } from '../src/archive/extract';
import type { ArticleExtraction } from '../src/archive/local';
import { parseArticle } from '../src/archive/parse';
import type { ParsedArticle } from '../src/archive/types';
import { contentKey, createArchiveBuilder, type KeptExtraction } from '../src/library/merge';
import { compileMatcher, findMentions, prepareMatcher } from '../src/matching';
import { syntheticArchive } from './bench-library/corpus';
import { articlePage, readFactBase } from './bench/pages';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3' } } });
const SIZES = values.articles.split(',').map(Number);
const RUNS = Math.max(1, Number(values.runs));
const CACHE = 'artifacts/bench-library';
const CORPUS_VERSION = 1;

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const enc = new TextEncoder();
const timed = <T>(run: () => T): [T, number] => {
  const t = performance.now();
  const out = run();
  return [out, performance.now() - t];
};
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, worst: s[s.length - 1]! };
};
const f = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

const seeds = await Promise.all((await readdir('seeds')).filter((x) => x.endsWith('.txt')).sort().map(async (x) => parseArticle(x, await readFile(path.join('seeds', x)))));

/** The extractions of a synthetic archive of n articles, computed once and kept in artifacts/. */
async function analysed(n: number): Promise<{ articles: ParsedArticle[]; kept: Map<string, KeptExtraction>; extractMsPerArticle: number }> {
  const articles = syntheticArchive(n).map((a) => parseArticle(a.file, enc.encode(a.text)));
  const file = path.join(CACHE, `extractions-${n}-v${CORPUS_VERSION}.bin`);
  let extractions: ArticleExtraction[];
  let perArticle: number;
  if (existsSync(file)) {
    ({ extractions, perArticle } = deserialize(await readFile(file)) as { extractions: ArticleExtraction[]; perArticle: number });
  } else {
    console.log(`analysing ${f(n)} synthetic articles once (kept in ${file})…`);
    const t = performance.now();
    extractions = articles.map((a) => extractArticle(a));
    perArticle = (performance.now() - t) / n;
    await mkdir(CACHE, { recursive: true });
    await writeFile(file, serialize({ extractions, perArticle }));
  }
  const kept = new Map(articles.map((a, i) => [a.id, { key: contentKey(a), extraction: extractions[i]! }]));
  return { articles, kept, extractMsPerArticle: perArticle };
}

// a 1,500-word article in the corpus's shapes, with names of its own and names the archive knows
const addedText = syntheticArchive(7, 99)
  .map((a, i) => (i ? a.text.replace(/^date \S+ /, '') : a.text))
  .join('\n\n');
const added = parseArticle('2026-01-05-added-1500.txt', enc.encode(addedText));

const { date, entities } = await readFactBase();
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, '\n').replace(/\n\s*\n+/g, '\n\n');
const pageTexts = [
  { label: 'bench article, 1,500 words (seed names)', text: textOf(articlePage(entities, date, 1_500, 'Talks go on')) },
  { label: 'synthetic article (archive names)', text: syntheticArchive(3, 5)[0]!.text },
];

const seedMatcher = prepareMatcher(compileMatcher(createArchiveBuilder().build(seeds, []).factBase));

const report: Record<string, unknown>[] = [];
for (const n of SIZES) {
  const { articles, kept, extractMsPerArticle } = await analysed(n);
  const restart: number[] = [];
  const snapshot: number[] = [];
  const add: number[] = [];
  const match: number[][] = pageTexts.map(() => []);
  let entityCount = 0;
  let heapPerThousand = 0;
  let snapshotBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const h0 = heap();
    const builder = createArchiveBuilder();
    builder.preload(new Map([...kept].map(([id, x]) => [id, { key: x.key, extraction: structuredClone(x.extraction) }])));
    const [[merged, loaded], restartMs] = timed(() => {
      const m = builder.build(seeds, articles);
      return [m, prepareMatcher(compileMatcher(m.factBase))] as const;
    });
    restart.push(restartMs);
    entityCount = merged.factBase.entities.length;
    heapPerThousand = ((heap() - h0) / n) * 1000;
    void loaded;
    // a cold start that reads what the last build kept: the fact base and the compiled matcher
    const kept2 = serialize({ fb: merged.factBase, compiled: loaded.compiled });
    snapshotBytes = kept2.byteLength;
    const [, snapMs] = timed(() => {
      const back = deserialize(kept2) as { compiled: Parameters<typeof prepareMatcher>[0] };
      return prepareMatcher(back.compiled);
    });
    snapshot.push(snapMs);
    const [, addMs] = timed(() => {
      const m = builder.build(seeds, [...articles, added]);
      return prepareMatcher(compileMatcher(m.factBase));
    });
    add.push(addMs);
    pageTexts.forEach(({ text }, i) => {
      for (let k = 0; k < 5; k++) findMentions(loaded, text, { pageDate: date });
      const ours = stats(Array.from({ length: 15 }, () => timed(() => findMentions(loaded, text, { pageDate: date }))[1])).median;
      for (let k = 0; k < 5; k++) findMentions(seedMatcher, text, { pageDate: date });
      const peer = stats(Array.from({ length: 15 }, () => timed(() => findMentions(seedMatcher, text, { pageDate: date }))[1])).median;
      match[i]!.push(ours / peer);
    });
  }
  const saved = articles.slice(0, 200).map((a, i) => serialize({ id: a.id, file: a.file, text: syntheticArchive(200)[i]!.text, savedAt: Date.now(), url: 'https://news.example/x' }).byteLength);
  const extr = [...kept.values()].slice(0, 200).map((x) => serialize(x).byteLength);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const row = {
    articles: n,
    entities: entityCount,
    extractMsPerArticle: Math.round(extractMsPerArticle),
    restartBuildMs: stats(restart),
    snapshotColdStartMs: stats(snapshot),
    addMs: stats(add),
    pageMatchRatio: pageTexts.map((p, i) => ({ page: p.label, ...stats(match[i]!) })),
    heapPerThousandArticlesMB: heapPerThousand / 2 ** 20,
    storedBytesPerArticle: { article: Math.round(avg(saved)), extraction: Math.round(avg(extr)), snapshot: Math.round(snapshotBytes / n) },
  };
  report.push(row);
  const ms = (s: { median: number; worst: number }, budget?: number) =>
    `${f(s.median)} ms (worst ${f(s.worst)})${budget === undefined ? '' : s.worst <= budget ? ` ≤ ${budget}: met` : ` > ${budget}: NOT met`}`;
  console.log(`\n${f(n)} reader articles (+ ${seeds.length} seed), ${f(entityCount)} entities, ${RUNS} runs`);
  console.log(`  analysis when saved (once per article)   ${f(extractMsPerArticle)} ms per article`);
  console.log(`  restart: build + matcher from kept       ${ms(row.restartBuildMs)}`);
  console.log(`  cold start from the kept snapshot        ${ms(row.snapshotColdStartMs, 300)}`);
  console.log(`  add a 1,500-word article, to matcher     ${ms(row.addMs, 1000)}`);
  for (const p of row.pageMatchRatio) console.log(`  page match vs seed, ${p.page.padEnd(40)} ${f(p.median, 2)}× (worst ${f(p.worst, 2)}×)${p.worst <= 1.5 ? ' ≤ 1.5×: met' : ' > 1.5×: NOT met'}`);
  console.log(`  background heap per 1,000 articles       ${f(row.heapPerThousandArticlesMB, 1)} MB${gc ? '' : ' (no --expose-gc: rough)'}`);
  console.log(`  stored per article                       article ${f(row.storedBytesPerArticle.article)} B, analysis ${f(row.storedBytesPerArticle.extraction)} B, snapshot ${f(row.storedBytesPerArticle.snapshot)} B`);
}
await mkdir('artifacts', { recursive: true });
await writeFile('artifacts/bench-library.json', `${JSON.stringify(report, null, 1)}\n`);
console.log('\nwritten to artifacts/bench-library.json');
