/**
 * One run of the huge-article benchmark, in its own process so its peak memory is its own:
 * `tsx scripts/bench-archive/huge-one.ts <shape> <kB>` builds a fact base from one article of that size
 * and shape and prints one JSON line: { shape, kB, words, ms, rssPeakMB, entities }.
 */
import { buildFactBase } from '../../src/archive/build';
import { parseArticle } from '../../src/archive/parse';
import { hugeArticle, type HugeShape } from './huge-text';

const [shape, kB] = [process.argv[2] as HugeShape, Number(process.argv[3])];
const text = hugeArticle(shape, kB * 1024);
const t0 = performance.now();
const article = parseArticle(`huge-${shape}.txt`, new TextEncoder().encode(text));
const fb = buildFactBase([article]);
const ms = performance.now() - t0;
console.log(
  JSON.stringify({ shape, kB, words: article.words, ms: Math.round(ms), rssPeakMB: Math.round(process.resourceUsage().maxRSS / 1024), entities: fb.entities.length }),
);
