/** Agreements and awards through the matcher: compiled with their own letters, found, named, and sent on the wire. */
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../src/factbase/kinds';
import { SCHEMA_VERSION, type FactBase } from '../../../src/factbase/schema';
import { TYPE_CODES, validateCompiled } from '../../../src/matching/compiled';
import { compileMatcher, decodeMentions, encodeMentions, findMentions, loadMatcher, nameMentions } from '../../../src/matching/index';
import { TYPE_WORDS } from '../../../src/matching/words';

const entity = (id: string, type: FactBase['entities'][number]['type'], name: string, aliases: string[], description: string) => ({
  id, type, name, aliases, description, facts: [], related: [], articles: [], firstSeen: '2024-05-02', lastSeen: '2024-05-02',
});
/** Invented names. */
const fb: FactBase = {
  schema: SCHEMA_VERSION,
  articles: [],
  entities: [
    entity('ilse-brandvold', 'person', 'Ilse Brandvold', ['Brandvold'], 'ferry minister'),
    entity('elsby-harbour-accord', 'agreement', 'Elsby Harbour Accord', ['EHA'], 'pact on harbour dues'),
    entity('tidewater-medal', 'award', 'Tidewater Medal', ['Tidewater'], 'honour for bridge engineers'),
  ],
};
const compiled = compileMatcher(fb);
const matcher = loadMatcher(JSON.parse(JSON.stringify(compiled)));
const found = (text: string) => nameMentions(matcher, findMentions(matcher, text, { pageDate: '2024-05-10' }));

describe('agreements and awards in the matcher', () => {
  it('every kind has its own letter, and words that fit it', () => {
    const codes = ENTITY_TYPES.map((t) => TYPE_CODES[t]);
    expect(new Set(codes).size).toBe(ENTITY_TYPES.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]$/);
    for (const c of codes) expect(TYPE_WORDS[c].size).toBeGreaterThan(0);
  });

  it('compiles them with their letters, and the check accepts them', () => {
    expect(compiled.types).toBe(`${TYPE_CODES.person}${TYPE_CODES.agreement}${TYPE_CODES.award}`);
    expect(() => validateCompiled({ ...compiled, types: 'pax' })).toThrow(/expected one of p, o, g, e, a, w per entity/);
  });

  it('a matcher compiled before them (four letters) still loads', () => {
    const before = compileMatcher({ ...fb, entities: fb.entities.slice(0, 1) });
    expect(before.types).toBe('p');
    expect(() => loadMatcher(before)).not.toThrow();
  });

  it('finds them by name, with their kind', () => {
    const text = 'Ministers signed the Elsby Harbour Accord on Monday. Ilse Brandvold was given the Tidewater Medal.';
    expect(found(text).map((m) => [text.slice(m.start, m.end), m.type, m.reason])).toEqual([
      ['Elsby Harbour Accord', 'agreement', 'full-name'],
      ['Ilse Brandvold', 'person', 'full-name'],
      ['Tidewater Medal', 'award', 'full-name'],
    ]);
  });

  it.each([
    ['Delegates signed the EHA on Monday.', 'EHA', 'signed'],
    ['The Tidewater jury met in May.', 'Tidewater', 'jury'],
  ])('links a short form that words of its kind support: %s', (text, form, word) => {
    const [m] = found(text);
    expect(m).toMatchObject({ start: text.indexOf(form), end: text.indexOf(form) + form.length, reason: 'context', evidence: word });
  });

  it('leaves a short form nothing supports', () => {
    expect(found('The EHA was mentioned. Tidewater is a town.')).toEqual([]);
  });

  it('their kinds survive the wire to the content script', () => {
    const text = 'Ministers praised the Elsby Harbour Accord and the Tidewater Medal.';
    const mentions = found(text);
    const back = decodeMentions(JSON.parse(JSON.stringify(encodeMentions(mentions))), text.length);
    expect(back.map((m) => [m.name, m.type])).toEqual([
      ['Elsby Harbour Accord', 'agreement'],
      ['Tidewater Medal', 'award'],
    ]);
  });
});
