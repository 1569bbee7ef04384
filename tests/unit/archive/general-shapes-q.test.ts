// @vitest-environment node
// General shapes of real news (round Q), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date = '2024-05-15') => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const named = (fb: Fb, type?: string) => fb.entities.filter((e) => !type || e.type === type).map((e) => e.name);
const typeOf = (fb: Fb, name: string) => fb.entities.find((e) => e.name === name)?.type;

describe('general shapes (round Q)', () => {
  it('names that differ only by where an apostrophe stands are one ("Ha\'apai" and "Haa\'pai")', () => {
    const fb = buildAll(['The eruption of Velo-Tesk-Velo-Ha\'apai was heard in Zembla.', 'The Velo Tesk-Velo Haa\'pai volcano erupted again, Ivo Marr said.', 'The Velo-Tesk-Velo-Ha\'apai volcano erupted, Ivo Marr said.']);
    const volcanoes = fb.entities.filter((e) => /Velo/.test(e.name));
    expect(volcanoes).toHaveLength(1);
    expect(volcanoes[0]!.type).toBe('place');
    expect(volcanoes[0]!.articles).toHaveLength(2);
  });

  it('"the capital Velmaro", "Tesk\'s capital, Kirrin": a capital named after its word is a place (not money: "venture capital")', () => {
    const fb = buildAll(['The blast damaged the ash-covered capital Nuku\'velo and cut a cable.', 'Ash covered Tesk\'s capital, Kirrin, on Sunday.', 'The founders raised venture capital Orvane never repaid.']);
    expect(typeOf(fb, 'Nuku\'velo')).toBe('place');
    expect(typeOf(fb, 'Kirrin')).toBe('place');
    expect(named(fb)).not.toContain('Orvane');
  });

  it('a language ("in Latin") and the followers of a faith ("Roman Catholics", "Shia Muslims") are no place and no person', () => {
    const fb = buildAll(['The pope revealed his decision in Latin at a meeting of cardinals.', 'He led more than a billion Roman Catholics worldwide.', 'Shia Muslims marched in Velkor on Friday.', 'Trade with Latin America grew, Ivo Marr said.']);
    expect(named(fb)).not.toEqual(expect.arrayContaining(['Latin']));
    expect(named(fb).filter((n) => /Catholic|Muslim/.test(n))).toEqual([]);
    // a place whose name opens with the language's word is still a place, and no other place is made of it
    expect(named(fb, 'place')).not.toContain('United States');
  });

  it('a company named by its trade ("… Salvage", "… Shipmanagement") is an organisation; the trade alone is a common noun', () => {
    const fb = buildAll(['Tugs came from Orvane Salvage and Boskel on Sunday.', 'The ship\'s technical manager, Velo Marr Shipmanagement, said the ship was afloat.', 'Salvage teams on Monday freed the ship.']);
    expect(typeOf(fb, 'Orvane Salvage')).toBe('organization');
    expect(typeOf(fb, 'Velo Marr Shipmanagement')).toBe('organization');
    expect(named(fb)).not.toContain('Salvage');
    expect(fb.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('"according to its manager, Velo Marr Shipmanagement … Velo Marr said": the founder\'s name alone is the company\'s there', () => {
    const fb = buildAll(['A tug arrived on Sunday, according to the ship\'s technical management company, Velo Marr Shipmanagement. The dredgers kept working, Velo Marr said.']);
    expect(fb.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(fb.entities.find((e) => e.name === 'Velo Marr Shipmanagement')!.aliases).toContain('Velo Marr');
    // a person of that name whom the article gives an office stays a person
    const founder = buildAll(['Ana Lind, the founder of Ana Lind Logistics, said so.']);
    expect(typeOf(founder, 'Ana Lind')).toBe('person');
  });

  it('"ending a crisis that had clogged the canal", "to end a five-decade war": the day is the end\'s, not the crisis\'s or the war\'s', () => {
    const fb = buildAll(['Salvage teams on Monday freed the ship stuck for a week in the Velkor Canal, ending a crisis that had clogged the waterway.', 'Leaders were due to sign a peace deal yesterday to end a five-decade war.']);
    expect(fb.entities.filter((e) => e.type === 'event')).toEqual([]);
    // a war that begins on the day told is still that day's
    const begun = buildAll(['The war began on Monday when Tesk invaded Zembla.']);
    expect(begun.entities.filter((e) => e.type === 'event').map((e) => e.date)).toEqual(['2024-05-13']);
  });

  it('"Velmaro Gov. Ana Lind": a governor\'s is a province (a body\'s word says otherwise: "Tesk Central Bank Governor")', () => {
    const fb = buildAll(['The divers have left the cave as well, Velmaro Gov. Ana Lind said. People cheered when ambulances arrived at the hospital in Velmaro city.', 'Tesk Central Bank Governor Maria Tesk said rates would rise.']);
    expect(typeOf(fb, 'Velmaro')).toBe('place');
    expect(typeOf(fb, 'Tesk Central Bank')).toBe('organization');
  });

  it('"Amporn Velo, an aunt of the rescued coach,": a relative told after the name is a person, and that is her role', () => {
    const fb = buildAll(['Ambulances came. Amporn Velo, an aunt of the rescued coach, Ekkapol Tesk, said she was happy.']);
    const aunt = fb.entities.find((e) => e.name === 'Amporn Velo');
    expect(aunt?.type).toBe('person');
    expect(aunt?.description).toMatch(/aunt of the rescued coach/i);
  });

  it('"the Pacific island nation" is no "Pacific island"; "the Caribbean coast" is on the Caribbean; "the Zemblan peninsula" stays whole', () => {
    const fb = buildAll(['Zembla was cut off from the world Monday after a blast that crippled communications with the Pacific island nation.', 'The deal was signed in Velkor on the Caribbean coast.', 'Troops massed on the Zemblan peninsula on Monday.']);
    expect(named(fb, 'place')).toEqual(expect.arrayContaining(['Pacific', 'Caribbean', 'Zemblan peninsula']));
    expect(named(fb).filter((n) => /island|coast/.test(n))).toEqual([]);
  });

  it('a people\'s word the country table also lists as the country\'s spelling ("Thai") is the people\'s; before a body\'s name it is no office', () => {
    const fb = buildAll(['The boys were in a cave in northern Thailand.', 'The Thai Navy Seal unit said the rescue operation was successful.']);
    expect(fb.entities.find((e) => e.name === 'Thailand')!.aliases).not.toContain('Thai');
    expect(fb.entities.filter((e) => e.type === 'person')).toEqual([]);
    // a word of the country's own name stays a name ("the Vatican"), and a people's word before a person is still a role
    const other = buildAll(['The Vatican said on Monday that the pope would rest.', 'Brazilian Neymar scored twice.']);
    expect(typeOf(other, 'Vatican City') ?? typeOf(other, 'Vatican')).toBe('place');
    expect(other.entities.find((e) => e.name === 'Neymar')?.description).toMatch(/Brazilian/);
  });

  it('"Timoleon “Timo” Vantek": a nickname in quotes inside a name is the person\'s other name, not a name of its own', () => {
    const fb = buildAll(['The rebel leader, Timoleon “Timo” Vantek, was due to sign the deal. Vantek smiled.']);
    const people = fb.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Timoleon Vantek']);
    expect(people[0]!.aliases).toContain('Timo');
    // a title in quotes after a name is no nickname ("read “Harbour Lights” Lind wrote" makes no "… Lind")
    expect(named(buildAll(['He read “Harbour Lights” Lind wrote.']), 'person')).not.toContain('He Lind');
  });

  it('"Ivo Marr, best known by his alias Velo," and "Velo — the nom de guerre of Ivo Marr": one person, the alias another name', () => {
    for (const body of ['Ivo Marr, best known by his alias Velo, called Ana Lind a partner.', 'The deal was sealed by Ana Lind and by Velo — the nom de guerre of Ivo Marr, chief of the rebels.']) {
      const fb = buildAll([body]);
      const marr = fb.entities.find((e) => e.name === 'Ivo Marr');
      expect(marr?.type).toBe('person');
      expect(marr!.aliases).toContain('Velo');
      expect(named(fb)).not.toContain('Velo');
    }
  });

  it('"the final day of the operation" names no final', () => {
    const fb = buildAll(['The final day of the operation began just after 10 a.m. on Tuesday as the first eight boys, freed in operations on Sunday and Monday, recuperated.']);
    expect(fb.entities.filter((e) => e.type === 'event')).toEqual([]);
  });

  it('"the city of Velkor" beside "the Velkor Canal Authority": the word the text makes a place is the place, not the body\'s first word', () => {
    const fb = buildAll(['Talks with the Velkor Canal Authority went on, Ana Lind said. The tug reached the Red Sea near the city of Velkor early Sunday.']);
    expect(typeOf(fb, 'Velkor')).toBe('place');
    expect(fb.entities.find((e) => e.name === 'Velkor Canal Authority')!.aliases).not.toContain('Velkor');
  });

  it('"Minister of Civil Defense Peeni Marr", "Minister of Foreign Affairs Ana Lind": a portfolio of two words is the office\'s, not the name\'s', () => {
    const fb = buildAll(['Minister of Civil Defense Peeni Marr said the boats were lost.', 'Minister of Foreign Affairs Ana Lind said so.', 'Minister of Finance Ivo Tesk said so.']);
    const people = Object.fromEntries(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description]));
    expect(people).toEqual({ 'Peeni Marr': expect.stringMatching(/Minister of Civil Defense/), 'Ana Lind': expect.stringMatching(/Minister of Foreign Affairs/), 'Ivo Tesk': expect.stringMatching(/Minister of Finance/) });
  });

  it('"while MP for Harlow, Mark Tesk, said": a capitalised office "for" or "to" a place in apposition is the holder\'s role, and the place a place', () => {
    const fb = buildAll(['Talks went on while MP for Harlow, Mark Tesk, said so.', 'He met Ambassador to Zembla, Ana Lind, on Monday.']);
    expect(fb.entities.find((e) => e.name === 'Mark Tesk')?.description).toMatch(/MP for Harlow/);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toMatch(/Ambassador to Zembla/);
    expect(typeOf(fb, 'Zembla')).toBe('place');
  });
});
