// @vitest-environment node
// General shapes of real news (round L: finals, collapses, takeovers and signings), in invented words: a rule must
// hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const buildAll = (bodies: string[], date = '2024-05-31') => buildFactBase(bodies.map((b, k) => article(`shape-${k}.txt`, date, b)));
const build = (body: string, date = '2024-05-31') => buildAll([body], date);
type Fb = ReturnType<typeof build>;
const names = (fb: Fb, type: string) => fb.entities.filter((e) => e.type === type).map((e) => e.name).sort();
const typeOf = (fb: Fb, name: string) => fb.entities.find((e) => e.name === name)?.type;
const aliasesOf = (fb: Fb, name: string) => [...(fb.entities.find((e) => e.name === name)?.aliases ?? [])].sort();
const events = (fb: Fb) =>
  fb.entities.filter((e) => e.type === 'event').map((e) => ({ name: e.name, date: e.date ?? null, place: fb.entities.find((x) => x.id === e.place)?.name ?? null }));

describe('general shapes (round L)', () => {
  it('"Erling Tesk scored": a capitalised -ing word compromise knows as no verb, before a name, is a given name', () => {
    expect(names(build('Erling Tesk, who joined the club in 2022, said it was a dream.'), 'person')).toEqual(['Erling Tesk']);
    // a verb it knows stays a verb ("Winning Velkor was hard": no person)
    expect(names(build('Winning Velkor was hard for the club.'), 'person')).toEqual([]);
  });

  it('"Ana Lind, who left Tesk Partners, said": the name that closes a relative clause is no speaker', () => {
    const fb = build('Ana Lind, who joined the club from Velkor Rovers, said it was a dream.');
    expect(typeOf(fb, 'Velkor Rovers')).not.toBe('person');
    expect(names(fb, 'person')).toEqual(['Ana Lind']);
  });

  it('"the Premier League": an office\'s word before nothing but a body\'s head names the body', () => {
    expect(names(build('Harlow won the Premier League last month. The Premier League fined them.'), 'organization')).toContain('Premier League');
    // an office before a person's name is still a title
    expect(names(build('Premier Ana Lind of Zembla spoke on Monday.'), 'person')).toEqual(['Ana Lind']);
  });

  it('"Portsmouth Rovers … Rovers", "Manchester Town … Town": a club named by its town and a word is that word alone', () => {
    const fb = build('Manchester Town beat Harlow 2-0 on Saturday. Town have won five in a row, and Town fans sang.');
    expect(aliasesOf(fb, 'Manchester Town')).toContain('Town');
    expect(names(fb, 'organization')).not.toContain('Town');
  });

  it('"the blood-testing startup Tesko": a startup is a body', () => {
    expect(typeOf(build('Ana Lind founded the startup Tesko in 2003 and ran it for years.'), 'Tesko')).toBe('organization');
  });

  it('"Velkor\'s mayor Ana Lind", "Velkor Mayor Ana Lind": a mayor\'s is a town, not a body', () => {
    expect(typeOf(build("Floods hit Velkor on Sunday. Velkor's mayor Ana Lind said the toll would rise."), 'Velkor')).toBe('place');
  });

  it('"The Ostrel Key Bridge collapsed early on Tuesday": a structure that falls is one dated event where it stands', () => {
    const fb = build('The Ostrel Key Bridge in Portmere collapsed early on Tuesday after a ship struck it. The Key Bridge collapse killed six workers.', '2024-03-27');
    expect(events(fb)).toEqual([{ name: 'Ostrel Key Bridge collapse', date: '2024-03-26', place: 'Ostrel Key Bridge' }]);
    expect(aliasesOf(fb, 'Ostrel Key Bridge')).toContain('Key Bridge');
    // one to come is no event
    expect(names(build('Engineers fear the Ostrel Key Bridge will collapse on Tuesday.'), 'event')).toEqual([]);
  });

  it('"the Key Bridge" in one article, "the Ostrel Key Bridge" in another: one site, in either order', () => {
    for (const bodies of [
      ['Divers searched under the Key Bridge on Monday.', 'The Ostrel Key Bridge stood for fifty years.'],
      ['The Ostrel Key Bridge stood for fifty years.', 'Divers searched under the Key Bridge on Monday.'],
    ]) {
      const fb = buildAll(bodies);
      expect(names(fb, 'place').filter((n) => n.endsWith('Bridge'))).toEqual(['Ostrel Key Bridge']);
    }
  });

  it('"Competition & Markets Board" and "Competition and Markets Board": one body', () => {
    const fb = build('The Competition and Markets Board cleared the deal on Friday. The Competition & Markets Board had blocked it in April.');
    expect(names(fb, 'organization')).toEqual(['Competition and Markets Board']);
  });

  it('"Tesko Gaming" is a part of Tesko, not Tesko said in full', () => {
    const fb = build('The software company Tesko completed its takeover of Velkor Interactive on Friday. Tesko Gaming chief executive Ana Lind said gamers would benefit.');
    expect(names(fb, 'organization')).toEqual(expect.arrayContaining(['Tesko', 'Tesko Gaming']));
    expect(aliasesOf(fb, 'Tesko Gaming')).not.toContain('Tesko');
  });

  it('a country\'s side is the country: "England beat West Germany 4-2"', () => {
    const fb = build('England beat West Germany 4-2 in 1966. Scotland drew 1-1 with Wales.');
    expect(names(fb, 'organization')).toEqual([]);
    expect(names(fb, 'place')).toEqual(expect.arrayContaining(['England', 'Scotland', 'Wales', 'West Germany']));
  });

  it('"Brazil, South Africa and Indonesia, the earlier G-20 chair,": a country described as an office is still a country', () => {
    const fb = build('Officials said the help of emerging economies Brazil, South Africa and Indonesia, the earlier G-20 chair, had been crucial.');
    expect(typeOf(fb, 'Indonesia')).toBe('place');
    expect(names(fb, 'person')).toEqual([]);
  });

  it('"in 2014 in Brazil Messi won": a country\'s one word before a known surname is where, not a given name', () => {
    const fb = build('In 2014 in Brazil Smith won the Golden Tesk even though his side lost.');
    expect(names(fb, 'person')).not.toContain('Brazil Smith');
    expect(names(fb, 'place')).toContain('Brazil');
  });

  it('"won the Golden Tesk award for best goalkeeper": one award, said with its kind; what it was for is no award', () => {
    const fb = build('Ana Lind won the Golden Tesk award for best goalkeeper on Sunday.');
    expect(names(fb, 'award')).toEqual(['Golden Tesk']);
    expect(aliasesOf(fb, 'Golden Tesk')).toContain('Golden Tesk award');
  });

  it('"two Gulf Arab states", "Latin American countries": words ending in a people\'s word describe; they name nothing', () => {
    const fb = build('Israel signed pacts with two Gulf Arab states on Tuesday. Latin American countries welcomed them.');
    expect(names(fb, 'place')).toEqual(['Israel', 'Portmere']);
  });

  it('"in a ceremony Tuesday on the Velkor Palace South Lawn": a ceremony at a named venue on a told day is an event', () => {
    const fb = build('President Ana Lind hailed the pacts in a ceremony Tuesday on the Velkor Palace South Lawn. Guests massed on the South Lawn.', '2020-09-15');
    expect(events(fb)).toEqual([{ name: 'Velkor Palace South Lawn ceremony', date: '2020-09-15', place: 'Velkor Palace South Lawn' }]);
    // a ceremony in a town says too little
    expect(names(build('Ana Lind spoke at a ceremony in Portmere on Monday.'), 'event')).toEqual([]);
  });

  it('"the Zembla Cup and Velkor League": two competitions, not one name', () => {
    const fb = build('Harlow won the Zembla Cup and Velkor League this season.');
    expect(fb.entities.map((e) => e.name)).not.toContain('Zembla Cup and Velkor League');
    expect(names(fb, 'organization')).toContain('Velkor League');
  });

  it('"in Argentinian folklore": a country\'s word with "-ian" is a people\'s word, never a place', () => {
    const fb = build('Ana Lind joined the greats in Argentinian football folklore on Sunday.');
    expect(names(fb, 'place')).toEqual(['Portmere']);
  });

  it('"spoke with Zemblan leader Ana Lind and Turkey\'s Tavi Korrin": that country\'s person, not a place in it', () => {
    const fb = build('The president spoke with Zemblan leader Ana Lind and Turkey\'s Tavi Korrin over the phone.');
    expect(typeOf(fb, 'Tavi Korrin')).toBe('person');
    // a province after a country's possessive is still a place
    expect(typeOf(build('Floods hit Portmere and Turkey\'s Velkor Province on Monday.'), 'Velkor Province')).toBe('place');
  });

  it('"the Tesk Forum Summit … the Tesk Forum leaders", "the G9 nations … the G9 Summit": the body that meets is a body', () => {
    const forum = build('Leaders met at the Tesk Forum Summit in Portmere on Monday. The Tesk Forum leaders agreed.');
    expect(typeOf(forum, 'Tesk Forum')).toBe('organization');
    expect(names(forum, 'event')).toEqual(['Tesk Forum Summit']);
    const group = build('The leaders of the G9 nations reached a deal on Saturday at the G9 Summit in Portmere.');
    expect(typeOf(group, 'G9')).toBe('organization');
    // a code names the gathering itself
    expect(names(build('Delegates met at the KLX9 Climate Summit on Monday. KLX9 ended.'), 'organization')).toEqual([]);
  });

  it('"Tayyip Velk" and "Recep Tayyip Velk", "Sergei Velkov" and "Sergey Velkov": one person across the archive', () => {
    for (const bodies of [
      ['President Tayyip Velk spoke on Monday.', 'President Recep Tayyip Velk spoke on Tuesday.'],
      ['President Recep Tayyip Velk spoke on Monday.', 'President Tayyip Velk spoke on Tuesday.'],
    ])
      expect(names(buildAll(bodies), 'person')).toEqual(['Recep Tayyip Velk']);
    expect(names(buildAll(['Foreign Minister Sergei Velkov spoke on Monday.', 'Foreign Minister Sergey Velkov spoke on Tuesday.']), 'person')).toEqual(['Sergei Velkov']);
    // two given names that differ otherwise are two people
    expect(names(buildAll(['Minister Sergei Velkov spoke on Monday.', 'Minister Sergio Velkov spoke on Tuesday.']), 'person')).toHaveLength(2);
  });

  it('"Zembla great Ana Lind", "Velkor legend Tor Velk": a side\'s great or legend is what the person is', () => {
    const fb = build('Ana Lind now has 12 goals, the same as Brazil great Tor Velk. She broke a tie with Velkor legend Oru Tesk.');
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Oru Tesk', 'Tor Velk']);
    // "Great Britain" and "a great deal" stay what they were
    expect(names(build('Great Britain said it was a great deal for Ana Lind.'), 'place')).toContain('United Kingdom');
  });

  it('"Sinan Tesk, a trader in Portmere, told the paper": the speaker before a description set off by commas', () => {
    expect(names(build('“Our houses were destroyed,” Sinan Tesk, a tradesperson in Velkor, told the paper.'), 'person')).toEqual(['Sinan Tesk']);
  });

  it('"Pelé" known, "Pele" alone in another article: the form that article wrote is one of its names', () => {
    const fb = buildAll(['Brazil great Pelé scored twice in the final.', 'Ana Lind joined Pele and Maradona in the pantheon.']);
    expect(aliasesOf(fb, 'Pelé')).toContain('Pele');
    expect(fb.entities.find((e) => e.name === 'Pelé')?.articles).toHaveLength(2);
  });

  it('"Zembla has won the Velkor Cup by beating Tesk 4-2 in the final": a final the story opens with as done is its news', () => {
    const fb = build('Zembla has won the Velkor Cup by beating Ruritania 4-2 in a penalty shootout in the final. The Velkor Cup final went to penalties.', '2022-12-18');
    const final = fb.entities.find((e) => e.type === 'event' && / final$/.test(e.name));
    expect(final?.name).toBe('Velkor Cup final');
    expect(final?.date?.slice(0, 7)).toBe('2022-12');
    // a final the lede looks ahead to is not done
    expect(names(build('Zembla will face Ruritania in the final of the Velkor Cup.', '2022-12-18'), 'event').filter((n) => / final$/.test(n))).toEqual([]);
  });

  it('a final named by nothing else goes by its year: two years\' finals are two events, never one "final"', () => {
    const fb = build('In 2014 Ana Lind ended on the losing side in the final. Tor Velk scored three goals in a final when they beat Ruritania 4-2 in 1966.', '2022-12-18');
    expect(events(fb).map((e) => `${e.name} ${e.date}`).sort()).toEqual(['1966 final 1966', '2014 final 2014']);
  });
});
