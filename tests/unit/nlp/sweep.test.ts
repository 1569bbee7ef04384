/**
 * Our bulkMatch (src/nlp/sweep.ts) must find what compromise's own finds, in the same order: the tagger's
 * results depend on it. Checked on every fixture article and, where ../shared is present, on the real pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compromiseBulkMatch, DATES_HOOK, engine } from '../../../src/nlp/engine';
import { bulkMatch, type BulkMatch, type Net } from '../../../src/nlp/sweep';
import { hasRealPages, paragraphsOf, REALPAGES } from '../../quality/realpages';

const FIXTURES = 'tests/fixtures/articles';

interface World {
  methods: { one: { bulkMatch: BulkMatch } };
}
const world = () => engine().world() as unknown as World;

/** Every term's tags, with compromise's bulkMatch or ours doing the tagger's sweep. */
function tagsWith(fn: BulkMatch, text: string): string {
  world().methods.one.bulkMatch = fn;
  try {
    const doc = engine()(text);
    return JSON.stringify(doc.json().map((s: { terms: { text: string; tags: string[] }[] }) => s.terms.map((t) => `${t.text}/${t.tags.join(',')}`)));
  } finally {
    world().methods.one.bulkMatch = bulkMatch;
  }
}

const fixtureTexts = () =>
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

describe('the tagger sweep (src/nlp/sweep.ts)', () => {
  it('is ours in the engine, compromise’s kept beside it', () => {
    expect(world().methods.one.bulkMatch).toBe(bulkMatch);
    expect(compromiseBulkMatch).toBeTypeOf('function');
    expect(compromiseBulkMatch).not.toBe(bulkMatch);
  });

  it('finds the same matches, in the same order, as compromise’s, at every sweep of a parse', () => {
    // every sweep compromise runs while parsing (its tagger's net, compromise-dates' nets), both ways at once
    const calls: { nets: number; results: number; differ: string[] } = { nets: 0, results: 0, differ: [] };
    const seen = new Set<Net>();
    world().methods.one.bulkMatch = (docs, net, methods, opts) => {
      const ours = bulkMatch(docs, net, methods, opts);
      const theirs = compromiseBulkMatch!(docs, net, methods, opts);
      const key = (r: { match: string; pointer: number[] }) => `${r.match}@${r.pointer.join(':')}`;
      if (JSON.stringify(ours.map(key)) !== JSON.stringify(theirs.map(key))) calls.differ.push(JSON.stringify(docs).slice(0, 200));
      if (!seen.has(net)) calls.nets++;
      seen.add(net);
      calls.results += ours.length;
      return ours;
    };
    try {
      for (const text of fixtureTexts()) engine()(text).compute(DATES_HOOK).match('#Date+');
      engine()('Ana Lind, the former mayor of Portmere, said on Tuesday she would not run again.').has('#Person');
    } finally {
      world().methods.one.bulkMatch = bulkMatch;
    }
    expect(calls.differ).toEqual([]);
    expect(calls.nets).toBeGreaterThanOrEqual(2);
    expect(calls.results).toBeGreaterThan(300);
  });

  it('tags every fixture article the same', () => {
    for (const text of fixtureTexts()) expect(tagsWith(bulkMatch, text)).toBe(tagsWith(compromiseBulkMatch!, text));
  });

  it.skipIf(!hasRealPages())(`tags the real pages the same (${hasRealPages() ? 'pages found' : `skipped: ${REALPAGES} is absent`})`, () => {
    const pages = readdirSync(REALPAGES).sort().slice(0, 40);
    for (const page of pages) {
      const paragraphs = paragraphsOf(readFileSync(join(REALPAGES, page, 'expected.html'), 'utf8'));
      const text = paragraphs.map((p) => (typeof p === 'string' ? p : p.text)).join('\n\n').slice(0, 20_000);
      expect(tagsWith(bulkMatch, text), page).toBe(tagsWith(compromiseBulkMatch!, text));
    }
  });
});
