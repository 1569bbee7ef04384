// @vitest-environment node
// General shapes of real wire copy (round G), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
/** An article filed from a city the dictionary knows, naming no other place. */
const cityArticle = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} GENEVA: ${body}`));
const build = (body: string) => buildFactBase([article('shape.txt', '2025-04-02', body)]);
type Fb = ReturnType<typeof build>;
const names = (fb: Fb, type: string) => fb.entities.filter((e) => e.type === type).map((e) => e.name).sort();
const people = (fb: Fb) => fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description ?? '']).sort();
const all = (fb: Fb) => fb.entities.map((e) => `${e.type}:${e.name}`).sort();

describe('general shapes (round G)', () => {
  it('a stock\'s exchange code after a company ("Velkor Games VLK.O", "(TSK.PA)") is no part of its name, and makes it a company', () => {
    const fb = build(
      "Regulators on Friday cleared Korrin's acquisition of game maker Velkor Games VLK.O after the deal was restructured. Velkor had agreed to sell rights to Tesk Entertainment TSK.PA last year. Shares of Ostrel (OST.N) rose while Zembla Motors (7203.T) fell.",
    );
    expect(names(fb, 'organization')).toEqual(expect.arrayContaining(['Ostrel', 'Tesk Entertainment', 'Velkor Games', 'Zembla Motors']));
    expect(fb.entities.flatMap((e) => [e.name, ...e.aliases]).filter((n) => /\.[A-Z]|OSTN|TSKPA/.test(n))).toEqual([]);
    expect(names(fb, 'event')).toEqual([]);
  });

  it('after a dateline\'s dash, "The" opens the sentence and is no part of the body\'s name', () => {
    const fb = build('Portmere, Zembla - The Harbour Health Organization on Wednesday declared an emergency. Officials of the Harbour Health Organization met later.');
    expect(names(fb, 'organization')).toEqual(['Harbour Health Organization']);
  });

  it('"the Democratic Republic of Congo": a country\'s name goes on through "of"', () => {
    const fb = build('The virus spread through the Democratic Republic of Congo, where it was first found in 1970.');
    expect(names(fb, 'place')).toContain('DR Congo');
    expect(names(fb, 'place')).not.toContain('Republic of the Congo');
  });

  it('"the Electoral Commission of Malawi", then "the EC" and "the Commission": one body, by its country, its initials and its head word', () => {
    const fb = build(
      'The Electoral Commission of Malawi declared the results on Friday. These results, according to the EC, exclude four districts. Staff of the Commission halted the count.',
    );
    expect(names(fb, 'organization')).toEqual(['Electoral Commission of Malawi']);
    expect(fb.entities.find((e) => e.name === 'Electoral Commission of Malawi')!.aliases).toEqual(expect.arrayContaining(['EC']));
  });

  it('across articles, "the Electoral Commission" of an article naming no country is the one another article named with its country', () => {
    const fb = buildFactBase([
      article('a.txt', '2025-04-02', 'The Electoral Commission of Malawi declared Ana Lind the winner on Friday.'),
      cityArticle('b.txt', '2025-04-05', 'Drama unfolded in the offices of the Electoral Commission last Friday, when Oru Tesk conceded.'),
    ]);
    expect(names(fb, 'organization')).toEqual(['Electoral Commission of Malawi']);
    // an article naming another country, or a place that may be one, keeps its own commission
    const two = buildFactBase([
      article('a.txt', '2025-04-02', 'The Electoral Commission of Malawi declared Ana Lind the winner on Friday.'),
      article('c.txt', '2025-04-05', 'In Zambia, the Electoral Commission said the vote would be held again.'),
    ]);
    const three = buildFactBase([
      article('a.txt', '2025-04-02', 'The Electoral Commission of Malawi declared Ana Lind the winner on Friday.'),
      article('c.txt', '2025-04-05', 'In Ruritania, the Electoral Commission said the vote would be held again.'),
    ]);
    expect(names(three, 'organization')).toEqual(['Electoral Commission', 'Electoral Commission of Malawi']);
    expect(names(two, 'organization')).toEqual(['Electoral Commission', 'Electoral Commission of Malawi']);
  });

  it('the same person with and without a middle name across articles ("Kofi Ama Mensah", "Kofi Mensah")', () => {
    const fb = buildFactBase([
      article('a.txt', '2025-04-02', 'Incumbent President Kofi Mensah conceded defeat to Ana Lind on Friday.'),
      article('b.txt', '2025-04-05', 'President Kofi Ama Mensah called Ana Lind on Friday to concede.'),
    ]);
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Kofi Ama Mensah']);
    // two people of one given name and surname but two different middle names stay two
    const two = buildFactBase([
      article('a.txt', '2025-04-02', 'Kofi Ama Mensah, a farmer, said on Friday that he would vote.'),
      article('b.txt', '2025-04-03', 'Kofi Ebo Mensah, a teacher, said on Saturday that he would not.'),
      article('c.txt', '2025-04-05', 'Kofi Mensah, a trader, said on Monday that he had voted.'),
    ]);
    expect(names(two, 'person')).toEqual(['Kofi Ama Mensah', 'Kofi Ebo Mensah', 'Kofi Mensah']);
  });

  it('the maker of goods before a name is a company ("video game-maker X", "Toymaker Y" opening a sentence); a lawmaker is a person', () => {
    expect(all(build('Korrin has completed its acquisition of video game-maker Velkor Games for $69 billion.'))).toContain('organization:Velkor Games');
    const fb = build('Toymaker Ostrel rose on Monday. Carmaker Zembla will recall 20,000 vehicles, the company said.');
    expect(names(fb, 'organization')).toEqual(['Ostrel', 'Zembla']);
    expect(names(fb, 'person')).toEqual([]);
    expect(people(build('Lawmaker Ana Lind said so, and policy-maker Oru Tesk agreed.'))).toEqual([['Ana Lind', 'Lawmaker'], ['Oru Tesk', 'Policy-maker']]);
  });

  it('positions in cricket and football are people\'s trades ("Paceman X", "spinner Y")', () => {
    // ("Paceman" opening a sentence is no place's first word)
    expect(people(build('Paceman Ivo Marsh bowled fast, and spinner Ana Lind took two wickets.'))).toEqual([['Ana Lind', 'Spinner'], ['Ivo Marsh', 'Paceman']]);
    expect(people(build('Striker Tom Varo scored twice, while goalkeeper Jon Korrin saved a penalty.'))).toEqual([['Jon Korrin', 'Goalkeeper'], ['Tom Varo', 'Striker']]);
  });

  it('"X Gill, who fell": a surname that is also a common noun, after a given name the dictionary does not know, is a person\'s', () => {
    expect(people(build('Ana Lind joined Oruvan Gill, who fell cheaply in the fifth over.'))).toContainEqual(['Oruvan Gill', '']);
    // a team's or a place's words are still not a person's
    expect(names(build('The fans cheered Velkor City, who won the cup.'), 'person')).toEqual([]);
  });

  it('a name of several words with no evidence in its article is the entity of that name another article told what it is', () => {
    const fb = buildFactBase([
      article('a.txt', '2025-04-02', 'Paceman Oruvan Tesk took three wickets on Sunday.'),
      article('b.txt', '2025-04-03', 'Inspired by the dangerous Oruvan Tesk, the home side claimed three early wickets.'),
    ]);
    expect(fb.entities.filter((e) => e.name === 'Oruvan Tesk').map((e) => [e.type, e.articles])).toEqual([['person', ['a', 'b']]]);
  });

  it('"informed WHO Director-General X": a question word written in capitals inside a sentence is a body\'s initials, and its office\'s', () => {
    expect(people(build('The committee informed WHO Director-General Oruvan Tesk that it considered the outbreak an emergency.'))).toEqual([['Oruvan Tesk', 'WHO Director-General']]);
  });

  it('"Vice Chair and President X": two offices joined by "and" before one name are both hers', () => {
    expect(people(build('"We have crossed the final hurdle," Vice Chair and President Ana Lind said on Friday.'))).toEqual([['Ana Lind', 'Vice Chair and President']]);
    // two people, each with an office, stay apart
    expect(people(build('Chair Ana Lind and President Ivo Marsh said on Friday that the deal was done.'))).toEqual([['Ana Lind', 'Chair'], ['Ivo Marsh', 'President']]);
  });

  it('"the National Democratic Congress (NDC)": a congress or convention with its initials in brackets is a party, and the names "of" it are its members', () => {
    const fb = build('Ana Lind of the New Patriotic Party (NPP) defeated Ivo Marsh of the Harbour Democratic Congress (HDC). The Velkor National Convention (VNC) agreed.');
    expect(names(fb, 'organization')).toEqual(['Harbour Democratic Congress', 'New Patriotic Party', 'Velkor National Convention']);
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Ivo Marsh']);
    expect(names(fb, 'event')).toEqual([]);
    // a party's congress told as a meeting is still an event
    expect(names(build('The Velkor Party Congress opened on Monday in Portmere.'), 'event')).toEqual(['Velkor Party Congress']);
  });

  it('a body with and without one more word after its name, both with the same initials, is one body across articles', () => {
    const fb = buildFactBase([
      article('a.txt', '2025-04-02', 'Ivo Marsh of the Harbour Democratic Congress (HDC) conceded on Friday.'),
      article('b.txt', '2025-04-05', 'The Harbour Democratic Congress Party (HDC) and the Velkor Party (VP) met on Monday.'),
    ]);
    expect(fb.entities.filter((e) => /Harbour Democratic/.test(e.name)).map((e) => e.articles)).toEqual([['a', 'b']]);
  });

  it('"the International Health Regulations": regulations are an agreement', () => {
    expect(names(build('The Harbour Health Regulations bind 196 countries, Ana Lind said.'), 'agreement')).toEqual(['Harbour Health Regulations']);
  });

  it('\'the musical "Oklahoma!"\': a place\'s one word alone between quotation marks is a work\'s title; a quoted building stays a place', () => {
    expect(names(build('He played a song from the musical "Paris!" on Friday, Ana Lind said.'), 'place')).not.toContain('Paris');
    expect(names(build('Ana Lind and her husband are under house arrest at Lind’s "Blue House" in Portmere, officials said.'), 'place')).toContain('Blue House');
  });

  it('"their sixth title against hosts Zambia": no office runs back over "against"', () => {
    const fb = build('Kestrels won their sixth Harbour Cup title against hosts Zambia on Sunday, with Ana Lind scoring.');
    expect(fb.entities.filter((e) => e.name === 'Zambia').map((e) => e.type)).toEqual(['place']);
  });

  it('"game developer Tesko": a trade of firms and people alike before one word that is no known name is a company\'s', () => {
    const fb = build('He reported the bug to game developer Tesko two years ago. Tesko has not fixed it, the blogger said. Software developer Ana Lind agreed.');
    expect(names(fb, 'organization')).toContain('Tesko');
    expect(people(fb)).toEqual([['Ana Lind', 'Software developer']]);
  });

  it('"from Ana Dell\'s office": a given name and a surname the dictionary knows as a company\'s is a person', () => {
    const fb = build('The plan, from Ana Dell’s office, is evidence that the government was alarmed. Later, Dell said so.');
    expect(people(fb)).toEqual([['Ana Dell', '']]);
    expect(names(fb, 'organization')).toEqual([]);
  });

  it('"the Portmere-based artist X", "a Velkor-backed group": a word that describes by a name is no name, and no body\'s', () => {
    const fb = build('Bars hire firms such as Neon Lights, or the L.A.-based master neon artist Ana Lind, to make signs. A Velkor-backed group agreed.');
    expect(fb.entities.map((e) => e.name).filter((n) => /based|backed/.test(n))).toEqual([]);
    expect(people(fb)).toEqual([['Ana Lind', 'L.A.-based master neon artist']]);
  });

  it('"the prosecution in the Ana Lind trial", "Lind\'s trial": a trial named by its defendant is an event, undated when the text does not date it', () => {
    const events = (fb: Fb) => fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date ?? '', e.participants ?? []]);
    expect(events(build('The prosecution in the Ana Lind trial will spend the weekend deciding. Lind said she was innocent.'))).toEqual([['Lind trial', '', ['ana-lind']]]);
    expect(events(build("Ana Lind said she was innocent. Lind's trial resumed."))).toEqual([['Lind trial', '', ['ana-lind']]]);
    // "a trial" of nobody named, or a drug trial, is none
    expect(events(build('Ana Lind said a trial of the vaccine would start.'))).toEqual([]);
  });

  it('"Marsh, the Virginia Democrat," and "a Virginia Democrat": a party\'s member names the place she is from, even one the dictionary knows as a given name', () => {
    const fb = build('Said Senator Ivo Marsh, a Virginia Democrat. Marsh, the Virginia Democrat, called the bill the worst.');
    expect(names(fb, 'place')).toContain('Virginia');
    expect(names(fb, 'person')).toEqual(['Ivo Marsh']);
  });

  it('\'"How crazy is that? The Harbour Union must stop"\': "The" after a sentence\'s end the tagger did not split at opens a sentence', () => {
    expect(names(build('"How crazy is that? The Harbour Union must stop this, IMMEDIATELY!," Ana Lind wrote.'), 'organization')).toEqual(['Harbour Union']);
  });

  it('"Before Norway\'s King X presented …": a capitalised word that joins clauses is no owner of the office', () => {
    expect(names(build('Before Norway’s King Oru Tesk presented Ana Lind with the medal, author Ivo Marsh spoke.'), 'organization')).toEqual([]);
  });

  it('"the Zembla Prize in literature": a prize\'s field in lower case is still its name', () => {
    const fb = build('Ana Lind won the Zembla Prize in literature on Thursday. Oru Tesk won the Zembla Prize in economic sciences.');
    expect(names(fb, 'award')).toEqual(['Zembla Prize in economic sciences', 'Zembla Prize in literature']);
  });

  it('"the Velkor region", "Tesk province": the place with its kind after it in lower case is another form of its name', () => {
    const fb = build('The quake struck near the city of Portmere in the Velkor region on Friday, Ana Lind said.');
    expect(fb.entities.find((e) => e.name === 'Velkor')?.aliases).toContain('Velkor region');
  });

  it('"an earthquake that has killed over 1,000 people": the deaths are the incident\'s, no killing of their own', () => {
    const fb = build('Rescue teams began arriving in Portmere on Saturday after a devastating earthquake that has killed over 1,000 people, officials said.');
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => e.name).filter((n) => /killing/.test(n))).toEqual([]);
  });

  it('a story of an incident\'s aftermath ("the death toll from the earthquake that struck X has risen") dates it to the week before, and it is the one told on its day', () => {
    const fb = buildFactBase([
      article('a.txt', '2025-03-28', 'A powerful earthquake struck Zambia on Friday, killing at least 144 people, officials said.'),
      article('b.txt', '2025-03-31', 'The death toll from the powerful earthquake that struck Zambia has risen to 2,056, officials said.'),
    ]);
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date, e.articles])).toEqual([['Zambia earthquake', '2025-03-28', ['a', 'b']]]);
  });

  it('"rescue teams began arriving on Saturday following a devastating 7.7-magnitude earthquake": the opening incident of an aftermath\'s story, before the aftermath\'s day', () => {
    const fb = build('Foreign rescue teams began arriving in Zambia on Saturday to aid the search for survivors following a devastating 7.7-magnitude earthquake that has killed over 1,000 people.');
    const quake = fb.entities.filter((e) => e.type === 'event');
    expect(quake.map((e) => e.name)).toEqual(['Zambia earthquake']);
    // the week up to Saturday 2025-03-29, never after it
    expect(quake[0]!.date! <= '2025-03-29').toBe(true);
    // a day told for the incident itself is still not the story's opening incident
    expect(build('A devastating earthquake struck Zambia on Friday, officials said.').entities.filter((e) => e.type === 'event').map((e) => e.date)).toEqual(['2025-03-28']);
  });

  it('"formed in May last year following the Dutch elections in late 2023": a year written right after the vote is its own, and names it', () => {
    const events = build('The coalition was formed in May last year following the Dutch elections in late 2023, Ana Lind said.').entities.filter((e) => e.type === 'event');
    expect(events.map((e) => [e.name, e.date])).toEqual([['2023 Dutch elections', '2023']]);
  });

  it('"under the previous Tesk administration": the name before an administration or a presidency is its leader, a person', () => {
    const fb = build('He served as foreign minister under the previous Tesk administration, Ana Lind said. The Varo presidency ended in 2019.');
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Tesk', 'Varo']);
    // a place's or a people's administration is no one's
    expect(names(build('The city administration and the Kenyan administration agreed, Ana Lind said.'), 'person')).toEqual(['Ana Lind']);
  });

  it('"the $19 billion acquisition of Tesko", "a stake in Varo", "its merger with Korrin": what is bought, merged or held a stake in is a company', () => {
    const fb = build('He is the man behind the $19 billion acquisition of Tesko, and he brokered its $1 billion buyout of Velkor. Ostrel bought a stake in Varo, and Ana Lind saw a stake in Zembla’s future. Its merger with Korrin failed, Ana Lind said.');
    expect(names(fb, 'organization')).toEqual(['Korrin', 'Tesko', 'Varo', 'Velkor']);
    // a quoted title after "acquisition of" is the product, not the company
    expect(names(build('Regulators cleared the acquisition of "Star Saga" maker Velkor Games on Friday, Ana Lind said.'), 'organization')).toEqual(['Velkor Games']);
  });

  it('"West Mercia police said", "taken to Royal Portmere hospital": the body with its kind after it in lower case is another form of its name', () => {
    const fb = build('West Mercia police said the tablets were toxic. Ana Lind was taken to Royal Portmere hospital on 12 April.');
    expect(fb.entities.find((e) => e.name === 'West Mercia')?.aliases).toContain('West Mercia police');
    expect(fb.entities.find((e) => e.name === 'Royal Portmere')?.aliases).toContain('Royal Portmere hospital');
  });
});
