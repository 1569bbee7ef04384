/**
 * `npm run bench:library [-- --articles 1000,10000] [-- --runs 3]`: what the reader's archive costs the
 * background at scale, in Node running the service worker's own code (src/library/merge.ts, src/matching).
 * A synthetic archive of N articles (scripts/bench-library/corpus.ts: invented names recurring as in a real
 * archive) is analysed once (the language analysis the background keeps per article in IndexedDB; cached
 * in artifacts/ between runs, since it is paid once per article when it is saved, not per build), then:
 *
 * - exact build: a background that starts with N kept extractions builds the merged archive and its matcher
 *   (what a card or the popup waits for after a restart, and what follows an add);
 * - cold start: the same background reading the matcher the last build kept (structured-cloned as
 *   IndexedDB does), validating it and preparing its tables: what the first page waits for after a restart;
 * - add: a 1,500-word article added to the N (its analysis included), laid over the archive and the matcher
 *   extended (reader-archive.ts addToLibrary past QUICK_ADD.fromArticles), up to the matcher pages use;
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
import { knownNames } from '../src/archive/detect';
import { contentKey, createArchiveBuilder, namesAdded, withArticle, type KeptExtraction } from '../src/library/merge';
import { compileMatcher, extendMatcher, findMentions, loadMatcher, prepareMatcher } from '../src/matching';
import { syntheticArchive } from './bench-library/corpus';
import { articlePage, readFactBase } from './bench/pages';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3' }, browser: { type: 'boolean', default: false } } });
const SIZES = values.articles.split(',').map(Number);
const RUNS = Math.max(1, Number(values.runs));
const fmtMs = (xs: number[], budget?: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const [median, worst] = [s[Math.floor(s.length / 2)]!, s[s.length - 1]!];
  return `${Math.round(median)} ms (worst ${Math.round(worst)})${budget === undefined ? '' : worst <= budget ? ` ≤ ${budget}: met` : ` > ${budget}: NOT met`}`;
};

if (values.browser) {
  const { benchBrowser } = await import('./bench-library/browser');
  const out: unknown[] = [];
  for (const n of SIZES) {
    console.log(`\nChromium, built extension, ${n.toLocaleString('en-US')} reader articles imported, the reader's names marked on pages:`);
    const fig = await benchBrowser(n, RUNS);
    out.push(fig);
    console.log(`  import (analysis of every article)      ${Math.round(fig.importMs / 1000)} s`);
    console.log(`  add 1,500 words to marks in another tab ${fmtMs(fig.addToMarksMs, 1000)}`);
    console.log(`  cold service worker: first answer        ${fmtMs(fig.coldFirstAnswerMs, 300)} (running worker: ${fmtMs(fig.warmFirstAnswerMs)})`);
    console.log(`  cold service worker: names painted     ${fmtMs(fig.coldFirstPaintMs)} (running worker: ${fmtMs(fig.warmFirstPaintMs)})`);
    console.log(`  storage the browser reports per article  ${Math.round(fig.storageBytesPerArticle).toLocaleString('en-US')} B`);
  }
  await mkdir('artifacts', { recursive: true });
  await writeFile('artifacts/bench-library-browser.json', `${JSON.stringify(out, null, 1)}\n`);
  process.exit(0);
}
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
// Each page is matched with the big archive and with a small peer that knows the names the page mentions:
// the seed archive for the bench's article, the seed plus the page's own story for a story of the corpus.
const story = syntheticArchive(3, 5)[0]!;
const pageTexts = [
  {
    label: 'bench article, 1,500 words (seed names)',
    text: textOf(articlePage(entities, date, 1_500, 'Talks go on')),
    peer: prepareMatcher(compileMatcher(createArchiveBuilder().build(seeds, []).factBase)),
  },
  {
    label: 'a story of the corpus (its names)',
    text: story.text,
    peer: prepareMatcher(compileMatcher(createArchiveBuilder().build([...seeds, parseArticle(story.file, enc.encode(story.text))], []).factBase)),
  },
];

const report: Record<string, unknown>[] = [];
for (const n of SIZES) {
  const { articles, kept, extractMsPerArticle } = await analysed(n);
  const restart: number[] = [];
  const snapshot: number[] = [];
  const add: number[] = [];
  const exactAdd: number[] = [];
  const match: number[][] = pageTexts.map(() => []);
  const found: string[] = [];
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
    // the heap the archive holds: measured in the first run, before earlier runs' garbage muddles it
    if (run === 0) heapPerThousand = ((heap() - h0) / n) * 1000;
    void loaded;
    // a cold start that reads the matcher the last build kept
    const keptBytes = serialize(loaded.compiled);
    snapshotBytes = keptBytes.byteLength;
    snapshot.push(timed(() => loadMatcher(deserialize(keptBytes)))[1]);
    const [, addMs] = timed(() => {
      const alone = createArchiveBuilder().build([], [added]);
      const over = withArticle(merged, alone);
      const m = extendMatcher(loaded, alone.factBase.entities);
      knownNames(over.factBase.entities.flatMap((e) => [e.name, ...e.aliases]));
      namesAdded(over);
      return m;
    });
    add.push(addMs);
    exactAdd.push(timed(() => prepareMatcher(compileMatcher(builder.build(seeds, [...articles, added]).factBase)))[1]);
    pageTexts.forEach(({ text, peer }, i) => {
      for (let k = 0; k < 5; k++) findMentions(loaded, text, { pageDate: date });
      const ours = stats(Array.from({ length: 15 }, () => timed(() => findMentions(loaded, text, { pageDate: date }))[1])).median;
      for (let k = 0; k < 5; k++) findMentions(peer, text, { pageDate: date });
      const theirs = stats(Array.from({ length: 15 }, () => timed(() => findMentions(peer, text, { pageDate: date }))[1])).median;
      match[i]!.push(ours / theirs);
      found[i] = `${findMentions(loaded, text, { pageDate: date }).length} / ${findMentions(peer, text, { pageDate: date }).length} mentions`;
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
    exactBuildAfterAddMs: stats(exactAdd),
    pageMatchRatio: pageTexts.map((p, i) => ({ page: p.label, found: found[i], ...stats(match[i]!) })),
    heapPerThousandArticlesMB: heapPerThousand / 2 ** 20,
    storedBytesPerArticle: { article: Math.round(avg(saved)), extraction: Math.round(avg(extr)), keptMatcher: Math.round(snapshotBytes / n) },
  };
  report.push(row);
  const ms = (s: { median: number; worst: number }, budget?: number) =>
    `${f(s.median)} ms (worst ${f(s.worst)})${budget === undefined ? '' : s.worst <= budget ? ` ≤ ${budget}: met` : ` > ${budget}: NOT met`}`;
  console.log(`\n${f(n)} reader articles (+ ${seeds.length} seed), ${f(entityCount)} entities, ${RUNS} runs`);
  console.log(`  analysis when saved (once per article)   ${f(extractMsPerArticle)} ms per article`);
  console.log(`  exact build + matcher (kept analyses)    ${ms(row.restartBuildMs)}`);
  console.log(`  cold start: the kept matcher, loaded     ${ms(row.snapshotColdStartMs, 300)}`);
  console.log(`  add a 1,500-word article, to matcher     ${ms(row.addMs, 1000)}`);
  console.log(`  the exact build that follows an add      ${ms(row.exactBuildAfterAddMs)}`);
  for (const p of row.pageMatchRatio) {
    console.log(`  page match vs a small archive, ${p.page.padEnd(40)} ${f(p.median, 2)}× (worst ${f(p.worst, 2)}×)${p.worst <= 1.5 ? ' ≤ 1.5×: met' : ' > 1.5×: NOT met'} (${p.found})`);
  }
  console.log(`  background heap per 1,000 articles       ${f(row.heapPerThousandArticlesMB, 1)} MB${gc ? '' : ' (no --expose-gc: rough)'}`);
  console.log(`  stored per article                       article ${f(row.storedBytesPerArticle.article)} B, analysis ${f(row.storedBytesPerArticle.extraction)} B, kept matcher ${f(row.storedBytesPerArticle.keptMatcher)} B`);
}
await mkdir('artifacts', { recursive: true });
await writeFile('artifacts/bench-library.json', `${JSON.stringify(report, null, 1)}\n`);
console.log('\nwritten to artifacts/bench-library.json');
