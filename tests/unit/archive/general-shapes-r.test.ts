// @vitest-environment node
// General shapes of real news (round R), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date = '2024-05-15') => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const typeOf = (fb: Fb, name: string) => fb.entities.find((e) => e.name === name)?.type;

describe('general shapes (round R)', () => {
  it('a name after "the capital," that is the subject of what follows is no capital ("in the capital, Ana Lind said")', () => {
    expect(typeOf(buildAll(['Troops advanced on the capital, Ana Lind said.']), 'Ana Lind')).toBe('person');
    expect(typeOf(buildAll(['Thousands marched in the capital, Maria Tesk reported on Monday.']), 'Maria Tesk')).toBe('person');
    // the apposition itself still names the capital
    expect(typeOf(buildAll(["Ash covered Tesk's capital, Kirrin, on Sunday."]), 'Kirrin')).toBe('place');
  });

  it('a governor of a body written as its acronym, and an envoy to a body, keep the body ("KRB Governor", "Ambassador to KLMA")', () => {
    expect(typeOf(buildAll(['KRB Governor Ana Lind said rates would rise on Monday.']), 'KRB')).toBe('organization');
    expect(typeOf(buildAll(['Zembla Ambassador to KLMA Ana Lind said the alliance was united.']), 'KLMA')).toBe('organization');
  });

  it('"to" after an office that is no envoy\'s names no place ("Adviser to Velkor Ana Lind")', () => {
    expect(typeOf(buildAll(['Adviser to Velkor Ana Lind resigned on Monday, the company said.']), 'Velkor')).not.toBe('place');
  });

  it('a given name after a one-word domain begins the holder\'s name ("Minister of Health Tovo Maria Lind")', () => {
    const fb = buildAll(['Minister of Health Tovo Maria Lind said cases rose on Monday.']);
    const person = fb.entities.find((e) => e.type === 'person');
    expect(person?.name).toBe('Tovo Maria Lind');
    expect(person?.description).toMatch(/Minister of Health/);
  });
});
