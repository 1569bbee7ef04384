/** The huge-article rows of `npm run bench:archive -- --huge MB`: each shape `runs` times, each in its own process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { HUGE_SHAPES } from './huge-text';

/** The budget for a 5 MB article, scaled to the size asked for. */
const SECONDS_PER_MB = 6;
const MAX_RSS_MB = 500;
/** Run from the repository's root (npm runs scripts there), compiled as `npm run archive` runs. */
const RUNNER = path.resolve('scripts/run-compiled.mjs');
const ONE = 'scripts/bench-archive/huge-one.ts';

interface Run {
  shape: string;
  words: number;
  ms: number;
  rssPeakMB: number;
}

export function benchHuge(mb: number, runs: number, threads: number): void {
  if (!(mb > 0) || !Number.isInteger(runs) || runs < 1) throw new Error('usage: --huge MB (a positive number) [--runs N]');
  const budgetMs = SECONDS_PER_MB * mb * 1000;
  console.log(`\nOne article of ${mb} MB per shape, ${runs} runs each, ${threads} analysis threads (budget: ${budgetMs / 1000} s and ${MAX_RSS_MB} MB in the worst run)`);
  console.log(['shape', 'words', 'median s', 'worst s', 'median MB', 'worst MB', 'budget'].join('\t'));
  for (const shape of HUGE_SHAPES) {
    const results: Run[] = [];
    for (let r = 0; r < runs; r++) {
      const child = spawnSync(process.execPath, [RUNNER, ONE, shape, String(Math.round(mb * 1024)), String(threads)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(`${shape}: the build failed\n${child.stderr}`);
      results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as Run);
    }
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const rss = results.map((r) => r.rssPeakMB).sort((a, b) => a - b);
    const worst = (xs: number[]) => xs[xs.length - 1]!;
    const median = (xs: number[]) => xs[(xs.length - 1) >> 1]!;
    const met = worst(ms) <= budgetMs && worst(rss) <= MAX_RSS_MB;
    console.log(
      [shape, results[0]!.words, (median(ms) / 1000).toFixed(1), (worst(ms) / 1000).toFixed(1), median(rss), worst(rss), met ? 'met' : 'NOT met'].join('\t'),
    );
  }
}
