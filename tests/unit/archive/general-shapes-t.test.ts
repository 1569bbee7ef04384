// @vitest-environment node
// General shapes of real news (round T), in invented words where a rule must hold for any name in that shape
// (real country names where the rule reads the gazetteer).
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} HARLOW: ${body}`));
const buildAll = (bodies: string[], date = '2024-05-15') => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
type Fb = ReturnType<typeof buildAll>;
const typeOf = (fb: Fb, name: string) => fb.entities.find((e) => e.name === name)?.type;
const names = (fb: Fb) => fb.entities.map((e) => e.name);

describe('general shapes (round T)', () => {
  it('the body whose initials open an event\'s name runs it and is a body of its own ("the 2031 TESK Harbour Cup")', () => {
    const fb = buildAll([
      'Zembla won the 2031 TESK Harbour Cup on Sunday after beating Velkor by six wickets.',
      'Ivo Marr spoke after the closing of the VU Extraordinary Summit in Harlow on Monday.',
      'Ana Lind attended the 15th ZOC Summit in Portmere on Tuesday.',
    ]);
    expect(typeOf(fb, 'TESK')).toBe('organization');
    expect(typeOf(fb, 'VU')).toBe('organization');
    expect(typeOf(fb, 'ZOC')).toBe('organization');
  });

  it('a country\'s code or a place opening an event\'s name is no body ("the US Open", "the Harlow Summit")', () => {
    const fb = buildAll(['Ana Lind won the US Open on Sunday.', 'Ivo Marr hosted the Harlow Summit on Monday.', 'The GDP Forum met on Tuesday.']);
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual([]);
    expect(names(fb)).not.toContain('GDP');
  });

  it('a body named as a part of another body names that body too, and the part goes by its own name ("the Harbour Affairs Office of the Velkor State Council")', () => {
    const fb = buildAll(['Ivo Marr, spokesman for the Harbour Affairs Office of the Velkor State Council, said on Saturday the vote changed nothing.', 'The Harbour Affairs Office said on Monday it would answer.']);
    expect(typeOf(fb, 'Velkor State Council')).toBe('organization');
    expect(fb.entities.filter((e) => /Harbour Affairs Office/.test(e.name))).toHaveLength(1);
    // a part of a country, or an office's holder, is no body of its own
    const other = buildAll(['The Ministry of Foreign Affairs of the Zembla Republic said so.', 'Ana Lind met the Office of the High Commissioner on Monday.']);
    expect(names(other)).not.toContain('Zembla Republic');
    expect(names(other)).not.toContain('High Commissioner');
  });

  it('a name of two words with a hyphen before its party is a person\'s ("Su Tai-po of the Tesk People\'s Party")', () => {
    const fb = buildAll(["Su Tai-po of the Tesk People's Party received 3.6 million votes.", 'Ma Ven-ji of the Tesk Union Party received 3.68 million votes.']);
    expect(typeOf(fb, 'Su Tai-po')).toBe('person');
    expect(typeOf(fb, 'Ma Ven-ji')).toBe('person');
  });

  it('what the opposition fields is a party ("the main opposition Velkormintang candidate")', () => {
    const fb = buildAll(['Ivo Marr, the main opposition Velkormintang candidate, received 4.6 million votes.']);
    expect(typeOf(fb, 'Velkormintang')).toBe('organization');
    // a person's name after the word is a person's
    expect(typeOf(buildAll(['The opposition Ana Lind led said on Monday it would boycott the vote.']), 'Ana Lind')).not.toBe('organization');
  });

  it('one long word with its own letters in brackets is a body shortened ("of the Velkormintang (VMT)")', () => {
    const fb = buildAll(['Ivo Marr of the Velkormintang (VMT) conceded on Sunday.']);
    expect(typeOf(fb, 'Velkormintang')).toBe('organization');
    expect(fb.entities.find((e) => e.name === 'Velkormintang')?.aliases).toContain('VMT');
    // letters not its own, or a surname after a title, are not
    expect(typeOf(buildAll(['Ivo Marr of the Velkormintang (ZQX) conceded on Sunday.']), 'Velkormintang')).not.toBe('organization');
  });

  it('a common noun before a country\'s name and nothing more is a body named after it ("Air Zembla", "Bank Zembla")', () => {
    // (real country names: the rule reads the gazetteer)
    const fb = buildAll(['Tesk Sons won the bid to acquire Air India on Friday.', 'He has been an Air India fan all his life.', 'Rates were held by Bank Indonesia on Tuesday.']);
    expect(typeOf(fb, 'Air India')).toBe('organization');
    expect(typeOf(fb, 'Bank Indonesia')).toBe('organization');
    // a direction or a kind of place before it is a place
    const places = buildAll(['Floods hit Northern India and South Korea on Friday.']);
    expect(names(places).filter((n) => /India|Korea/.test(n)).every((n) => typeOf(places, n) === 'place')).toBe(true);
  });

  it('a company\'s legal form written short or in full is one company ("Tesk Pvt Limited", "Tesk Private Limited")', () => {
    const fb = buildAll(['The bid of Velkor Pvt Limited, a unit of Tesk Sons, won on Friday.', 'Velkor Private Limited paid Rs 18,000 crore for the airline on Friday.']);
    expect(fb.entities.filter((e) => /^Velkor P/.test(e.name))).toHaveLength(1);
  });

  it('a place written with and without an "h" after a consonant is one place ("Velkhamandu", "Velkamandu")', () => {
    const fb = buildAll(['Rescuers worked in Velkhamandu on Sunday after the quake.', 'Aid flights landed in Velkamandu on Monday.']);
    expect(fb.entities.filter((e) => e.type === 'place' && /^Velk/.test(e.name))).toHaveLength(1);
    // another consonant is another place
    const two = buildAll(['Rescuers worked in Velkhamandu on Sunday after the quake.', 'Aid flights landed in Velkramandu on Monday.']);
    expect(two.entities.filter((e) => e.type === 'place' && /^Velk/.test(e.name))).toHaveLength(2);
  });

  it('a currency\'s letters with an amount before a magnitude are money, no event ("over ZM42 million")', () => {
    const fb = buildAll(['Ivo Marr was found guilty on Tuesday of misappropriating over ZM42 million from the fund.', 'He was fined ZM210 million and must pay ZM1 million in bail.']);
    expect(names(fb).filter((n) => /^ZM\d/.test(n))).toEqual([]);
    // a code of letters and a number that is no amount still names a gathering
    expect(typeOf(buildAll(['Leaders met at ZM42 in Harlow on Tuesday.', 'The ZM42 summit ended on Wednesday.']), 'ZM42')).toBe('event');
  });

  it('"CMD" (chairman and managing director) is an office before a name ("Velkojet CMD Ana Lind")', () => {
    const fb = buildAll(['The process was transparent, Velkojet CMD Ana Lind said on Friday.']);
    expect(names(fb)).toContain('Ana Lind');
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toMatch(/CMD/);
  });

  it('a name with "who" and a verb of speech right after it is a person\'s ("welcomed by Ivo Tesk who said")', () => {
    const fb = buildAll(['The announcement was welcomed by Ivo Tesk who said the airline had a strong future.']);
    expect(typeOf(fb, 'Ivo Tesk')).toBe('person');
  });

  it('an office left with honour is still the office before a name ("chairman emeritus Ivo Tesk")', () => {
    const fb = buildAll(['Velkor Sons chairman emeritus Ivo Tesk also shared an emotional note on Monday.']);
    expect(fb.entities.find((e) => e.name === 'Ivo Tesk')?.description).toBe('Velkor Sons chairman emeritus');
  });

  it('a city named after its word and a comma, a quake\'s epicentre, a name among countries are places', () => {
    const fb = buildAll([
      "The quake's epicentre lay 80 kilometres east of Zembla's second largest city, Velkorra.",
      "Hospitals filled around the quake's epicenter of Tesklung, about 40 miles from the capital.",
      // (real country names: the rule reads the gazetteer)
      'The earthquake was felt across the northern part of neighbouring India, Bangladesh, Velkibet and Pakistan.',
    ]);
    expect(typeOf(fb, 'Velkorra')).toBe('place');
    expect(typeOf(fb, 'Tesklung')).toBe('place');
    expect(typeOf(fb, 'Velkibet')).toBe('place');
    // a person after the word and a comma is not ("in the city, Ana Lind said")
    expect(typeOf(buildAll(['Crowds gathered in the city, Ana Lind said on Monday.']), 'Ana Lind')).toBe('person');
  });

  it('a surname told as a person\'s, shared by two people and the family\'s company, is the first one introduced', () => {
    const fb = buildAll(['Velkor Sons chairman emeritus Ivo Tesk shared a note on Monday. Under the late Mr Ana Tesk, the Tesk Group once led the field. "We are proud," Mr Tesk said.']);
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Ana Tesk', 'Ivo Tesk']);
  });

  it('a plural\'s possessive before a place ends the name ("Harbour Brothers\' Asia operations")', () => {
    const fb = buildAll(["Ivo Marr was the lead liquidator of Harbour Brothers' Asia operations, the court said on Monday.", "The Workers' Party said so on Tuesday."]);
    expect(typeOf(fb, 'Harbour Brothers')).toBe('organization');
    expect(typeOf(fb, 'Asia')).toBe('place');
    expect(typeOf(fb, "Workers' Party")).toBe('organization');
  });

  it('a number in words opening a sentence is no word of the name ("Ten Velkor Union countries refused")', () => {
    const fb = buildAll(['Ten Velkor Union countries refused to sign the deal on Wednesday.']);
    expect(names(fb)).toContain('Velkor Union');
    expect(names(fb).filter((n) => /^Ten /.test(n))).toEqual([]);
  });

  it('a free-trade area is the agreement that makes it ("the Velkor Continental Free Trade Area")', () => {
    const fb = buildAll(['Leaders signed the Velkor Continental Free Trade Area in Harlow on Wednesday.']);
    expect(typeOf(fb, 'Velkor Continental Free Trade Area')).toBe('agreement');
    // (a zone is a place: see round D) and one letter more or less in another article is the same pact
    const two = buildAll(['Leaders signed the Velkoria Continental Free Trade Area in Harlow on Wednesday.', 'The Velkorian Continental Free Trade Area took effect on Friday.']);
    expect(two.entities.filter((e) => e.type === 'agreement')).toHaveLength(1);
  });

  it('a country\'s code alone is the country, not a body\'s initials ("US" beside "an Urvel Studios theme park")', () => {
    const fb = buildAll(['The summit was held on Harlow island, home to an Urvel Studios theme park. US officials said talks went well.']);
    expect(fb.entities.find((e) => e.name === 'Urvel Studios')?.aliases ?? []).not.toContain('US');
  });

  // Ordinary sentences a reviewing helper found the first versions of this round's rules misread.
  it('(review) a place word and a comma before a clause\'s subject; a figurative epicentre; a person or a team among countries', () => {
    const fb = buildAll([
      'In the city, Ivo Marr and his supporters rallied on Monday.',
      'Across the county, Harlow Water customers were told to boil water.',
      "The town became the epicentre of Tesk Pharma's opioid crisis, Ana Lind said.",
      'Leaders of France, Germany, Italy and Velkor Tesk met on Monday.',
      'Teams from India, Pakistan, Bangladesh and Velkor Strikers will play in the tournament.',
    ]);
    for (const name of ['Ivo Marr', 'Harlow Water', 'Tesk Pharma', 'Velkor Tesk', 'Velkor Strikers']) expect(typeOf(fb, name)).not.toBe('place');
  });

  it('(review) a coin or a drug with its letters in brackets is no body; nor is a cause or a person opening an event\'s name', () => {
    const fb = buildAll([
      'Velkorcoin (VKC) fell 20% on Monday.',
      'The drug Velkoprazole (VPZ) was approved on Monday.',
      'Ana Lind spoke at the 2024 AIDS Conference in Harlow on Monday.',
      'Ivo Marr ran the 2024 JFK Memorial Race on Sunday.',
      'Delegates met at the 2024 LGBTQ Games in Harlow on Sunday.',
    ]);
    for (const name of ['Velkorcoin', 'Velkoprazole', 'AIDS', 'JFK', 'LGBTQ']) expect(typeOf(fb, name)).not.toBe('organization');
  });

  it('(review) two parts of two bodies with one generic name stay two; a state is no parent body', () => {
    const fb = buildAll(['The Press Office of the Velkor Foreign Ministry said on Monday the talks were over.', 'The Press Office of the Zembla Defence Ministry said on Tuesday troops would stay.']);
    expect(fb.entities.filter((e) => /^Press Office/.test(e.name))).toHaveLength(2);
    const states = buildAll(['Ivo Marr joined the Communist Party of the Velkor Union in 1970.', 'The Supreme Court of the Zembla Federation ruled on Monday.']);
    expect(names(states)).not.toContain('Velkor Union');
    expect(names(states)).not.toContain('Zembla Federation');
  });

  it('(review) a surname that only speaks may be the company\'s; "opposition" before a person; a club "who said"', () => {
    const fb = buildAll(['Ana Tesk founded the Tesk Group in 1990. Her son Ivo Tesk now runs it. Tesk said on Monday its quarterly profit rose 5%.']);
    expect(fb.entities.find((e) => e.name === 'Ana Tesk')?.facts.some((f) => /quarterly profit/.test(f.text))).toBe(false);
    expect(typeOf(buildAll(['Once in opposition Ivo Marr softened his tone on Zembla.']), 'Ivo Marr')).not.toBe('organization');
    expect(typeOf(buildAll(['The fine was imposed on Velkor Rovers who said they would appeal.']), 'Velkor Rovers')).not.toBe('person');
  });
});
