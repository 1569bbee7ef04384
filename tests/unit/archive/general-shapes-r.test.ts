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

  it('a body\'s kind in lower case before a name makes it a body ("hedge fund Velko Research", "crypto exchange TKX")', () => {
    const fb = buildAll(['He defrauded lenders to the affiliate, hedge fund Velko Research, which held client funds.', 'Ana Lind was found guilty for her role in the collapse of crypto exchange TKX.']);
    expect(typeOf(fb, 'Velko Research')).toBe('organization');
    expect(typeOf(fb, 'TKX')).toBe('organization');
  });

  it('a country\'s code before a body\'s name with "and" keeps the name whole ("the UK Competition and Markets Authority")', () => {
    const fb = buildAll(['The UK Competition and Markets Authority said that it opposed the deal.', 'The U.S. Harbours and Shipping Commission said it would act.']);
    const bodies = fb.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(bodies).toEqual(expect.arrayContaining(['UK Competition and Markets Authority', 'U.S. Harbours and Shipping Commission']));
    expect(bodies).not.toContain('Markets Authority');
    expect(bodies).not.toContain('Shipping Commission');
  });

  it('a given name spelt with another inner vowel, or s for z, is one person ("Damian Tesk", "Damien Tesk"); "Maria" and "Mario" stay two', () => {
    const fb = buildAll(['Damian Tesk, the prosecutor, said the trial would start. Luis Inacio Marr da Silva won the vote.', 'Damien Tesk said he was pleased. Luiz Inacio Marr da Silva celebrated. Maria Velk spoke.', 'Mario Velk, her brother, spoke.']);
    const people = fb.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.filter((n) => /Tesk/.test(n))).toHaveLength(1);
    expect(people.filter((n) => /da Silva/.test(n))).toHaveLength(1);
    expect(people).toEqual(expect.arrayContaining(['Maria Velk', 'Mario Velk']));
  });

  it('a conjunction that opens the sentence is no word of a body or an office ("But Zembla defender Ana Lind")', () => {
    const fb = buildAll(['But Zembla defender Ana Lind hit back with a 67th minute equaliser.']);
    expect(fb.entities.map((e) => e.name).some((n) => /^But\b/.test(n))).toBe(false);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toBe('Zembla defender');
  });

  it('a home nation before a player\'s position is the country, not a club ("the England goalkeeper Ana Lind")', () => {
    const fb = buildAll(['Italy scored after a fine save from the England goalkeeper Ana Lind.', 'England took the lead in Harlow.']);
    expect(fb.entities.filter((e) => e.name === 'England').map((e) => e.type)).toEqual(['place']);
    // a town's club stays a club
    expect(typeOf(buildAll(['Tesk scored after a fine save from the Velkor goalkeeper Ana Lind.']), 'Velkor')).toBe('organization');
  });

  it('a town before a comma and its state joined to "based" is a place ("the Velkor, Texas-based firm")', () => {
    const fb = buildAll(['Executives at the Velkor, Texas-based technology giant believe the deal will help.']);
    expect(typeOf(fb, 'Velkor')).toBe('place');
    // a person before a "-based" office stays a person
    expect(typeOf(buildAll(['Ana Lind, Texas-based lawyer, said no.']), 'Ana Lind')).toBe('person');
  });

  it('(review) a two-word portfolio before a given name stays the office\'s ("Minister of Public Works Ana Lind")', () => {
    const fb = buildAll(['Minister of Public Works Ana Lind said the bridge would reopen.']);
    const person = fb.entities.find((e) => e.type === 'person');
    expect(person?.name).toBe('Ana Lind');
    expect(person?.description).toMatch(/Public Works/);
  });

  it('(review) "fund" and "exchange" as a verb or after a preposition make no body ("to fund Tesk\'s campaign", "in exchange Tesk agreed")', () => {
    const fb = buildAll(['Lawmakers refused to fund Velkora campaigns, Ana Lind said.', 'In exchange Velkora agreed to testify, Ana Lind said.']);
    expect(typeOf(fb, 'Velkora')).not.toBe('organization');
  });

  it('(review) a capital named right after its word, with no comma, is still a place ("the capital Velmaro was silent")', () => {
    expect(typeOf(buildAll(['The ash-covered capital Velmaro was silent on Monday.']), 'Velmaro')).toBe('place');
  });

  it('a name before a natural feature in lower case is a place ("the Velkor rainforest", "the Tesk river")', () => {
    const fb = buildAll(['Fires swept the Velkor rainforest on Monday.', 'Boats sailed up the Tesk river on Monday.']);
    expect(typeOf(fb, 'Velkor')).toBe('place');
    expect(typeOf(fb, 'Tesk')).toBe('place');
    expect(fb.entities.find((e) => e.name === 'Velkor')?.aliases).toContain('Velkor rainforest');
  });
});
