import { describe, expect, it } from 'vitest';
import { countryName, countryOfDemonym, isDemonym } from '../../../src/nlp/gazetteer';

describe('countryName', () => {
  it('gives one name for the ways news writes a country', () => {
    for (const form of ['UK', 'U.K.', 'United Kingdom', 'Britain', 'Great Britain']) expect(countryName(form)).toBe('United Kingdom');
    for (const form of ['US', 'U.S.', 'USA', 'United States of America']) expect(countryName(form)).toBe('United States');
    expect(countryName('Holland')).toBe('Netherlands');
  });
  it('leaves alone what is not a country, and a short form two countries share', () => {
    expect(countryName('IT')).toBeUndefined();
    expect(countryName('Korea')).toBeUndefined();
    expect(countryName('Great')).toBeUndefined();
  });
  it('takes the short form of a state’s official name, not a word after an island’s "of" ("Man’s greed")', () => {
    expect(countryName('Man')).toBeUndefined();
    expect(countryName('Isle of Man')).toBe('Isle of Man');
  });
});

describe('isDemonym', () => {
  it('knows words for a country’s people, singular and plural, but not a country that shares the word', () => {
    expect(isDemonym('Chinese')).toBe(true);
    expect(isDemonym('Indonesians')).toBe(true);
    expect(isDemonym('Monaco')).toBe(false);
  });
});

describe('countryOfDemonym', () => {
  it('gives the country whose people a demonym names, singular or plural', () => {
    expect(countryOfDemonym('Kenyans')).toBe('Kenya');
    expect(countryOfDemonym('Tunisian')).toBe('Tunisia');
    expect(countryOfDemonym('Voters')).toBeUndefined();
    // shared by several countries and territories in the data: the largest one's
    expect(countryOfDemonym('Americans')).toBe('United States');
    expect(countryOfDemonym('French')).toBe('France');
    expect(countryOfDemonym('Dutch')).toBe('Netherlands');
  });
});
