import { describe, expect, it } from 'vitest';
import { compileMatcher, isShortForm, normaliseAlias } from '../../../src/matching/compile';
import { MATCHER_VERSION } from '../../../src/matching/compiled';
import { findMentions, loadMatcher, MatcherError } from '../../../src/matching/index';
import { compiled, factBase } from './fixture';

describe('alias normalisation', () => {
  it.each([
    ['U.S.', 'US'],
    ['U.S', 'US'],
    ['Asia-Pacific Economic Cooperation', 'Asia - Pacific Economic Cooperation'],
    ['Park  Ji–hoon', 'Park Ji - hoon'],
    ['O’Brien', "O'Brien"],
    ['Procter & Gamble', 'Procter & Gamble'],
    ['Macy’s', 'Macy'],
    ['Women’s Open', "Women's Open"], // a possessive inside a name stays, so the page's "Women's Open" matches it whole
  ])('%s → %s', (alias, form) => expect(normaliseAlias(alias)).toBe(form));

  it.each([
    ['Kerry', true],
    ['US', true],
    ['APEC', true],
    ['John Kerry', false],
    ['APEC summit', false],
    ['Asia - Pacific Economic Cooperation', false],
  ])('short form %s → %s', (form, short) => expect(isShortForm(form)).toBe(short));
});

describe('compileMatcher', () => {
  const at = (id: string) => compiled.ids.indexOf(id);

  it('keeps what matching needs, columnar, with a version', () => {
    expect(compiled.version).toBe(MATCHER_VERSION);
    const k = at('john-kerry');
    expect(compiled.names[k]).toBe('John Kerry');
    expect(compiled.types[k]).toBe('p');
    expect(compiled.aliases[k]).toEqual(['John Kerry', 'Kerry']);
    expect(compiled.firstShort[k]).toBe(1);
    expect(compiled.context[k]).toEqual(['climate', 'envoy']);
    expect(compiled.related[k]).toEqual([at('xie-zhenhua'), at('united-states'), at('cop28')]);
    expect(compiled.dates[at('cop28')]).toBe('2023-11');
    expect(compiled.dates[k]).toBe('');
    expect(compiled.types[at('apec-summit')]).toBe('e');
  });

  it('puts longer aliases before short forms and drops duplicates of "US" / "U.S."', () => {
    const us = at('united-states');
    // "United States of America" and "USA" come from the curated table of well-known forms (short-forms.ts)
    expect(compiled.aliases[us]).toEqual(['United States', 'United States of America', 'USA', 'US']);
    expect(compiled.firstShort[us]).toBe(3);
    const summit = at('apec-summit');
    expect(compiled.aliases[summit]).toEqual(['Asia - Pacific Economic Cooperation summit', 'APEC summit']);
    expect(compiled.firstShort[summit]).toBe(2);
  });

  it('copies no facts and is plain JSON', () => {
    const json = JSON.stringify(compiled);
    expect(JSON.parse(json)).toEqual(compiled);
    expect(json).not.toContain('facts');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compileMatcher(factBase))).toBe(JSON.stringify(compiled));
  });

  it('drops related ids it does not know and caps aliases per entity', () => {
    const many = Array.from({ length: 300 }, (_, i) => `Alias Number ${i}`);
    const fb = { ...factBase, entities: [{ ...factBase.entities[0]!, aliases: many, related: [{ id: 'nobody', count: 1 }] }] };
    const m = compileMatcher(fb);
    expect(m.related[0]).toEqual([]);
    expect(m.aliases[0]).toHaveLength(256);
  });
});

describe('loadMatcher', () => {
  it('loads a JSON round trip and finds the same mentions', () => {
    const text = 'US climate envoy John Kerry met Xie Zhenhua in Beijing.';
    expect(findMentions(loadMatcher(JSON.parse(JSON.stringify(compiled))), text)).toEqual(findMentions(compiled, text));
  });

  const corrupt: [string, unknown][] = [
    ['not an object', 'hello'],
    ['another version', { ...compiled, version: 99 }],
    ['a missing column', { ...compiled, dates: undefined }],
    ['columns of different lengths', { ...compiled, names: compiled.names.slice(1) }],
    ['an unknown type letter', { ...compiled, types: 'x'.repeat(compiled.ids.length) }],
    ['related index out of range', { ...compiled, related: compiled.related.map(() => [9999]) }],
    ['firstShort past the aliases', { ...compiled, firstShort: compiled.firstShort.map(() => 7) }],
    ['an entity with no forms', { ...compiled, aliases: compiled.aliases.map(() => []) }],
    ['a bad date', { ...compiled, dates: compiled.dates.map(() => 'Nov 2023') }],
    ['an extra key', { ...compiled, facts: [] }],
  ];
  it.each(corrupt)('rejects %s with a clear error', (_, json) => {
    expect(() => loadMatcher(json)).toThrow(MatcherError);
    expect(() => loadMatcher(json)).toThrow(/^corrupt matcher: /);
  });
});
