import { beforeAll, describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matching/compile';
import type { CompiledMatcher } from '../../../src/matching/compiled';
import { loadMatcher, matchText, type LoadedMatcher } from '../../../src/matching/index';
import { syntheticFactBase, syntheticText } from './synthetic';

const ENTITIES = 100_000;
const ALIASES = 300_000;
/** Bytes of compiled JSON per alias, everything included (ids, names, the name as a form, columns). */
const MAX_BYTES_PER_ALIAS = 40;

describe('a fact base of 100,000 entities and 300,000 aliases', () => {
  let compiled: CompiledMatcher;
  let json: string;
  let loaded: LoadedMatcher;

  beforeAll(() => {
    const fb = syntheticFactBase(ENTITIES);
    expect(fb.entities.reduce((n, e) => n + e.aliases.length, 0)).toBe(ALIASES);
    compiled = compileMatcher(fb);
    json = JSON.stringify(compiled);
    loaded = loadMatcher(JSON.parse(json));
  });

  it('compiles to a compact JSON', () => {
    expect(compiled.ids).toHaveLength(ENTITIES);
    expect(compiled.aliases.reduce((n, a) => n + a.length, 0)).toBe(ENTITIES + ALIASES);
    expect(json.length / ALIASES).toBeLessThan(MAX_BYTES_PER_ALIAS);
  });

  it('finds exactly the expected mentions in a 20,000-word text', () => {
    const { text, expected, unsupported } = syntheticText(ENTITIES, 20_000);
    expect(text.split(/\s+/).length).toBeGreaterThan(20_000);
    const { mentions, rejected } = matchText(loaded, text);
    expect(mentions.map(({ start, end, id, reason }) => ({ start, end, id, reason }))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1_000);
    expect(rejected.filter((r) => r.reason === 'no-support').length).toBe(unsupported);
    expect(unsupported).toBeGreaterThan(100);
  });
});
