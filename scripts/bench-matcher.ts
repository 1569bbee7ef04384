/**
 * Matcher micro-benchmark: throughput on a 1,500-word and a 100,000-word text against one big regex
 * alternation of the same aliases with \b boundaries (what a naive highlighter does), plus compile time
 * and compiled size for a small and a 100,000-entity fact base. Figures only, no pass/fail.
 *   npm run bench:matcher
 */
import { compileMatcher, findMentions, loadMatcher } from '../src/matching/index';
import { scan } from '../src/matching/scan';
import { tokenize } from '../src/matching/tokenize';
import type { FactBase } from '../src/factbase/schema';
import { syntheticFactBase, syntheticText } from '../tests/unit/matching/synthetic';

/** Repeat a measurement for at least this long so short texts are not lost in timer noise. */
const MIN_MS = 300;

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function throughput(fn: () => unknown, bytes: number): number {
  fn(); // warm up
  let runs = 0;
  const t0 = performance.now();
  do {
    fn();
    runs++;
  } while (performance.now() - t0 < MIN_MS);
  return (bytes * runs) / 1e6 / ((performance.now() - t0) / 1000);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The baseline: every name and alias, longest first, in one regex. */
function baseline(fb: FactBase): (text: string) => number {
  const all = fb.entities.flatMap((e) => [e.name, ...e.aliases]).sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${all.map(escapeRegExp).join('|')})\\b`, 'g');
  return (text) => text.match(re)?.length ?? 0;
}

function row(label: string, fb: FactBase, entities: number): void {
  const aliases = fb.entities.reduce((n, e) => n + e.aliases.length, 0);
  const compile = time(() => compileMatcher(fb));
  const json = JSON.stringify(compile.value);
  const load = time(() => loadMatcher(JSON.parse(json)));
  console.log(`\n${label}: ${entities.toLocaleString('en')} entities, ${aliases.toLocaleString('en')} aliases`);
  console.log(`  compile ${compile.ms.toFixed(0)} ms, JSON ${(json.length / 1024).toFixed(0)} kB (${(json.length / Math.max(aliases, 1)).toFixed(1)} B/alias), parse+validate+index ${load.ms.toFixed(0)} ms`);
  const build = time(() => baseline(fb));
  console.log(`  baseline regex built in ${build.ms.toFixed(0)} ms`);
  for (const words of [1_500, 100_000]) {
    const { text } = syntheticText(entities, words, 7);
    const bytes = text.length * 2; // UTF-16
    const mine = throughput(() => findMentions(load.value, text), bytes);
    const scanOnly = throughput(() => scan(load.value, tokenize(text)), bytes);
    const first = time(() => findMentions(load.value, text));
    const regexMs = time(() => build.value(text)).ms;
    const regex = regexMs > 5_000 ? bytes / 1e6 / (regexMs / 1000) : throughput(() => build.value(text), bytes);
    console.log(
      `  ${words.toLocaleString('en').padStart(7)} words (${(bytes / 1e6).toFixed(2)} MB UTF-16): matcher ${mine.toFixed(1)} MB/s ` +
        `(tokenise+scan only ${scanOnly.toFixed(1)} MB/s; one call ${first.ms.toFixed(2)} ms, ${first.value.length} mentions), ` +
        `regex ${regex.toFixed(1)} MB/s (matches only: no case rules, no disambiguation), matcher/regex ${(mine / regex).toFixed(2)}`,
    );
  }
}

row('small fact base', syntheticFactBase(20), 20);
row('large fact base', syntheticFactBase(100_000), 100_000);
