/**
 * `npx tsx scripts/measure-reader-add.ts [--reader N]`: what adding one article of about 1,500 words to the
 * reader's archive costs the background, in Node (the service worker runs the same code, src/library/merge.ts):
 * a warm builder already holding the seeds and N reader articles (default 20; the fixture articles of
 * tests/fixtures/reader repeated under other file names) adds one article, and the merged fact base is
 * compiled into a matcher and its lookup tables prepared. Also the same build from scratch (no kept
 * extractions), the cold start that analyses everything, and the cold start with the extractions kept. The 1,500-word article is assembled from the
 * fixture articles' own paragraphs (our own words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle } from '../src/archive/parse';
import type { ParsedArticle } from '../src/archive/types';
import { createArchiveBuilder } from '../src/library/merge';
import { compileMatcher, prepareMatcher } from '../src/matching';

const { values } = parseArgs({ options: { reader: { type: 'string', default: '20' } } });
const READER = Number(values.reader);
const dir = path.resolve('tests/fixtures/reader');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => parseArticle(f, readFileSync(path.join('seeds', f))));
const enc = new TextEncoder();

const reader: ParsedArticle[] = Array.from({ length: READER }, (_, i) => parseArticle(`reader-${i}.txt`, enc.encode(texts[i % texts.length]!.replace(/^date \d{4}-\d{2}/, `date 2024-0${1 + (i % 9)}`))));
// about 1,500 words: the fixtures' paragraphs, in turn, until the count is reached
const paragraphs = texts.flatMap((t) => t.replace(/^date \S+ [A-Z]+: /, '').split(/\n\s*\n/)).map((p) => p.trim()).filter(Boolean);
const body: string[] = [];
for (let words = 0, i = 0; words < 1500; i++) {
  const p = paragraphs[i % paragraphs.length]!;
  body.push(p);
  words += p.split(/\s+/).length;
}
const big = parseArticle('added-1500.txt', enc.encode(`date 2024-06-01 PORTMERE: ${body.join('\n\n')}\n`));

const time = <T>(run: () => T): [T, number] => {
  const t = performance.now();
  const out = run();
  return [out, performance.now() - t];
};

const builder = createArchiveBuilder();
const [, cold] = time(() => builder.build(seeds, reader));
// a restarted background with the extractions kept in IndexedDB (read back as structured clones)
const restarted = createArchiveBuilder();
restarted.preload(new Map([...builder.fresh].map(([id, x]) => [id, structuredClone(x)])));
const [, coldKept] = time(() => restarted.build(seeds, reader));
const [merged, add] = time(() => builder.build(seeds, [...reader, big]));
const [, compile] = time(() => prepareMatcher(compileMatcher(merged.factBase)));
const [, scratch] = time(() => createArchiveBuilder().build(seeds, [...reader, big]));
const [, remove] = time(() => builder.build(seeds, reader));
console.log(
  JSON.stringify(
    {
      readerArticles: READER,
      addedWords: big.words,
      coldBuildMs: Math.round(cold),
      coldBuildWithKeptExtractionsMs: Math.round(coldKept),
      addBuildMs: Math.round(add),
      compileMatcherMs: Math.round(compile),
      addToMatcherMs: Math.round(add + compile),
      sameBuildFromScratchMs: Math.round(scratch),
      deleteBuildMs: Math.round(remove),
      entities: merged.factBase.entities.length,
    },
    null,
    1,
  ),
);
