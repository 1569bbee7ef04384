// @vitest-environment node
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import trimmed from '../../../src/nlp/countries.json';
import { trimCountries } from '../../../scripts/trim-countries';

describe('src/nlp/countries.json', () => {
  it('is the part of the pinned world-countries data set the gazetteer reads (else: npm run data:countries)', () => {
    expect(trimmed).toEqual(trimCountries(countries));
  });

  it('keeps what the gazetteer needs and nothing it does not', () => {
    const uk = trimmed.find((c) => c.name.common === 'United Kingdom')!;
    expect(uk.altSpellings).toContain('UK');
    expect(uk.demonyms.eng.m).toBe('British');
    expect(Object.keys(uk).sort()).toEqual(['altSpellings', 'area', 'demonyms', 'name']);
  });
});
