/**
 * One run of the huge-article benchmark, in its own process so its peak memory is its own:
 * `tsx scripts/bench-archive/huge-one.ts <shape> <kB> [threads]` builds a fact base from one article of that
 * size and shape as the archive command does, and prints one JSON line: { shape, kB, words, ms, rssPeakMB, entities }.
 */
import { parseArticle } from '../../src/archive/parse';
import { buildArchiveInParallel, defaultThreads, leanHeap } from '../../src/cli/analyse-pool';
import { hugeArticle, type HugeShape } from './huge-text';

leanHeap();
const [shape, kB, threads] = [process.argv[2] as HugeShape, Number(process.argv[3]), Number(process.argv[4] ?? defaultThreads())];
const text = hugeArticle(shape, kB * 1024);
const t0 = performance.now();
const article = parseArticle(`huge-${shape}.txt`, new TextEncoder().encode(text));
const fb = (await buildArchiveInParallel([article], { threads })).factBase;
const ms = performance.now() - t0;
console.log(
  JSON.stringify({ shape, kB, words: article.words, ms: Math.round(ms), rssPeakMB: Math.round(process.resourceUsage().maxRSS / 1024), entities: fb.entities.length }),
);
