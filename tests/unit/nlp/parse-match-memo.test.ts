import { describe, expect, it } from 'vitest';
import { engine } from '../../../src/nlp/engine';

type ParseMatch = (input: unknown, opts?: object, world?: unknown) => unknown;
const one = () => (engine().world() as unknown as { methods: { one: { parseMatch: ParseMatch } } }).methods.one;

describe('string patterns parsed once (engine)', () => {
  it('gives the same parse for the same pattern and options', () => {
    const parse = one().parseMatch;
    const world = engine().world();
    const a = parse('the [#Noun+] (said|told)', {}, world);
    expect(parse('the [#Noun+] (said|told)', {}, world)).toBe(a);
    expect(parse('the [#Noun+] (said|told)', undefined, world)).toBe(a);
  });

  it('keeps patterns with other options apart', () => {
    const parse = one().parseMatch;
    const world = engine().world();
    const plain = parse('Portmere ~harbour~', {}, world);
    const exact = parse('Portmere ~harbour~', { caseSensitive: true }, world);
    const loose = parse('Portmere ~harbour~', { fuzzy: 0.7 }, world);
    expect(JSON.stringify(plain)).toBe('[{"word":"portmere"},{"fuzzy":true,"min":0.85,"word":"harbour"}]');
    expect(JSON.stringify(exact)).toContain('"word":"Portmere"');
    expect(JSON.stringify(loose)).toContain('"min":0.7');
  });

  it('matches as before when a pattern is used again on other text', () => {
    const nlp = engine();
    const pattern = '#Person (said|told) #Noun?';
    const first = nlp('Ada Varga said yesterday that the port would close.').match(pattern).out('array');
    const again = nlp('Later, Tomas Ruud told reporters nothing.').match(pattern).out('array');
    const third = nlp('Ada Varga said yesterday that the port would close.').match(pattern).out('array');
    expect(first).toEqual(third);
    expect(again.join(' ')).toMatch(/told/);
  });
});
