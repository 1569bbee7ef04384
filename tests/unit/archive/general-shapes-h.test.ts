// @vitest-environment node
// General shapes of real wire copy (round H), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { articleFromParagraphs, parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const build = (body: string) => buildFactBase([article('shape.txt', '2025-04-02', body)]);
type Fb = ReturnType<typeof build>;
const names = (fb: Fb, type: string) => fb.entities.filter((e) => e.type === type).map((e) => e.name).sort();

describe('general shapes (round H)', () => {
  it('"President Ana Lindqvar\'s economic adviser Tavo Brenn": the owner is the titled person, not a body', () => {
    const fb = build("President Ana Lindqvar's economic adviser Tavo Brenn on Monday rebuked the central bank.");
    expect(names(fb, 'organization')).toEqual([]);
    expect(names(fb, 'person')).toEqual(['Ana Lindqvar', 'Tavo Brenn']);
  });

  it('"Tavo Brenn, Oru Tesk and other leading officials": every name of a list ending in "and other" officers is a person', () => {
    const fb = build('Kai Lo, Tavo Brenn, Oru Tesk and other leading officials of the government are accompanying the delegation.');
    expect(names(fb, 'person')).toEqual(['Kai Lo', 'Oru Tesk', 'Tavo Brenn']);
  });

  it('"the central Party", "the Bank said": a kind of body alone is no entity', () => {
    const fb = build('Officials of the central Party and government departments met. The Bank said on Monday it would act. Later the Bank repeated that.');
    expect(names(fb, 'organization')).toEqual([]);
  });

  it('"Zembla\'s Helen Court", "Helen Court\'s mark": a given name and a head word that is also a surname is a person', () => {
    const fb = build("The record of 24 titles is held by Zembla's Helen Court. Lindqvar failed to match Helen Court's all-time mark. The ruling came from the Portmere Court.");
    expect(names(fb, 'person')).toContain('Helen Court');
    expect(names(fb, 'organization')).not.toContain('Helen Court');
  });

  it('an unnamed plane that "collided" at a named airport is that airport\'s collision, dated where told, the lede\'s fire part of it', () => {
    const lede = article('a.txt', '2024-01-02', "Five people have died after a coast guard plane collided with a passenger aircraft at Norway's Velkor Airport, leading to a major fire.\n\nThe pilot escaped.");
    const told = article('b.txt', '2024-01-03', "A controller gave no clearance to the coast guard aircraft before it collided with a Tesk Air passenger jet on a runway at Norway's Velkor Airport on Tuesday, records released by the ministry Wednesday show.");
    const recalled = article('c.txt', '2024-01-07', "The captain of a coast guard aircraft that collided with a jet at Norway's Velkor Airport has told investigators he had permission.");
    const fb = buildFactBase([lede, told, recalled]);
    const events = fb.entities.filter((e) => e.type === 'event');
    expect(events.map((e) => [e.name, e.date])).toEqual([['Velkor Airport collision', '2024-01-02']]);
    expect(events[0]!.articles.length).toBe(3);
    // alone, the lede's collision is the news of the article's day or the two before it
    const alone = buildFactBase([lede]).entities.filter((e) => e.type === 'event');
    expect(alone.map((e) => [e.name, e.date])).toEqual([['Velkor Airport collision', '2024-01']]);
  });
  it('initials before "countries", "union" or after "<Person> of the …" name a body', () => {
    const fb = build('Ana Varl of the hard-left KLMA said the plan failed. Trade among VSLA countries fell. The BRT union called a strike on Monday.');
    expect(names(fb, 'organization')).toEqual(['BRT', 'KLMA', 'VSLA']);
    expect(names(fb, 'person')).toEqual(['Ana Varl']);
  });

  it('"the General Confederation of Workers (GCW)": a confederation is a body, with its initials as another name', () => {
    const fb = build('The General Confederation of Workers (GCW) called a strike. The GCW said it would march on Monday.');
    const body = fb.entities.find((e) => e.name === 'General Confederation of Workers');
    expect(body?.type).toBe('organization');
    expect(body?.aliases).toContain('GCW');
    expect(names(fb, 'organization')).toEqual(['General Confederation of Workers']);
  });

  it('a state visit "of" one person names one visitor, not a meeting with whoever the sentence names after; the next sentence\'s "The trip" dates it', () => {
    const fb = build('Velkor Palace announced the first state visit of King Tavo Brenn to France since the death of Queen Ana Lind. The trip will take place from March 26-29, the palace said.');
    const events = fb.entities.filter((e) => e.type === 'event');
    expect(events.map((e) => [e.name, e.date, e.participants])).toEqual([['Brenn state visit', '2026-03', ['tavo-brenn']]]);
  });

  it('"the France king\'s visit": an office holder\'s visit, not one named by the place', () => {
    const fb = build("Tavo Brenn is King of France. Crowds gathered in Portmere on Monday for the France king's visit.");
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => e.name).join()).not.toMatch(/king/i);
  });
  it('"the Velkorat said", "according to Tesknews,": one unknown word that speaks after "the" or is a source is a body; "Lind told Brenn" is no body', () => {
    const fb = build('The Velkorat said the plan was dead. According to Tesknews, the talks failed. Lind told Brenn, the prize secretary, she was happy.');
    expect(names(fb, 'organization')).toEqual(['Tesknews', 'Velkorat']);
  });
  it('"at Kitty Vale, North Carolina": after "at", a name with a given name before ", <region of two words>" is a town', () => {
    const fb = build('The first flight was made at Kitty Vale, North Carolina, in 1903.');
    expect(names(fb, 'place')).toContain('Kitty Vale');
    expect(names(fb, 'person')).toEqual([]);
  });

  it('"opens at Portmere\'s Velkor Gallery Nov. 16", "the 12th-century Gothic cathedral": a month before a day, and an age, are no part of a name', () => {
    const fb = build("His exhibit opens at Portmere's Velkor Gallery Nov. 16. Ana Lind spoke at the smoldering 12th-century Gothic cathedral.");
    expect(names(fb, 'place')).toEqual(['Portmere', 'Velkor Gallery']);
  });

  it('a foundation, a bank or a party named in French, Spanish or Portuguese is a body', () => {
    const fb = build('The Fondation du Patrimoine expects costs to rise. Ana Lind of the Partido Verde spoke. The Banco de Portmere cut rates.');
    expect(names(fb, 'organization')).toEqual(['Banco de Portmere', 'Fondation du Patrimoine', 'Partido Verde']);
  });

  it('"brands including A, B, and Ana Vell", "Velkor owns C, D, and Tavo Brenn": what a group holds or owns are bodies, given names or not', () => {
    const fb = build('Velkor houses fashion brands including Tesko, Varnath, and Ana Vell. The group Ostrel owns Marlo, Quenby, and Tavo Brenn. Velkor owns Sera Dane.');
    expect(names(fb, 'person')).toEqual([]);
    expect(names(fb, 'organization')).toEqual(expect.arrayContaining(['Ana Vell', 'Marlo', 'Quenby', 'Sera Dane', 'Tavo Brenn', 'Tesko', 'Varnath']));
  });
  it('"her rival Tarsa Le Tesk": a name with a capitalised particle inside is a person\'s; "Banco de Portmere" is not', () => {
    const fb = build('Ana Lind beat her rival Tarsa Le Tesk in a runoff vote. The Banco de Portmere said nothing.');
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Tarsa Le Tesk']);
    expect(names(fb, 'organization')).toEqual(['Banco de Portmere']);
  });

  it('"to St. Velkor Hotel … at St. Velkor": a saint\'s abbreviation is inside the name, and a hotel\'s name without "Hotel" is the hotel', () => {
    const fb = build('A motorcade drove to St. Velkor Hotel, a 5-star property. Onlookers waited at St. Velkor, where the leader will stay.');
    expect(names(fb, 'place')).toEqual(['Portmere', 'St. Velkor Hotel']);
  });

  it('"joint US-South Africa exercises": two places joined by a hyphen are both places; "Guinea-Bissau" is one', () => {
    const fb = build('Zembla secured a suspension of joint US-South Africa military exercises. Guinea-Bissau said nothing.');
    expect(names(fb, 'place')).toEqual(['Guinea-Bissau', 'Portmere', 'South Africa', 'United States']);
  });
  it('"took its first flight on Mars", "the surface of Venus": a planet after a word of where is a place', () => {
    const fb = build('The Velkor copter took its first flight on Mars today. The surface of Venus is hot.');
    expect(names(fb, 'place')).toEqual(['Mars', 'Portmere', 'Venus']);
  });

  it('"X has announced she will resign … on 7th June", "X has formally resigned" opening a story: X\'s resignation, dated', () => {
    const will = build('Ana Lind has announced she will resign as Prime Minister on 7th June. Lind spoke outside her office.');
    expect(will.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Lind resignation', '2025-06-07']]);
    const done = buildFactBase([article('d.txt', '2025-06-07', 'Ana Lind has formally resigned as leader of the Velkor party, triggering a race to succeed her.')]);
    expect(done.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Lind resignation', '2025-06']]);
  });
  it('a dateline\'s country after the city is a place of the story; a dateline with a dash and no credit is a dateline', () => {
    const wire = buildFactBase([parseArticle('w.txt', Buffer.from('date 2024-03-02 PORTMERE, Norway (AP) — Ana Lind won the final on Sunday.'))]);
    expect(names(wire, 'place')).toEqual(['Norway', 'Portmere']);
    const dashed = articleFromParagraphs({ file: 'd.txt', date: '2024-03-02', dateline: '', paragraphs: ['CAPE VELKOR, Fla. — The copter rose into the thin air Monday.', 'Engineers cheered.'] });
    expect(dashed.dateline).toBe('CAPE VELKOR, Fla.');
    expect(dashed.paragraphs[0]!.text).toBe('The copter rose into the thin air Monday.');
    expect(names(buildFactBase([dashed]), 'place')).toEqual(['Cape Velkor']);
  });
  it('"Tesk, Lind\'s Portmere Saint-Velkor teammate,": the body is Portmere Saint-Velkor, not the possessive person before it', () => {
    const fb = build("Oru Tesk, Lind's Portmere Saint-Velkor teammate, scored twice.");
    expect(names(fb, 'organization')).toEqual(['Portmere Saint-Velkor']);
  });

  it('"the Golden Velk, the award given to …", "the Silver Oar -- the league\'s top award", "the Velkor Prize for literature": awards', () => {
    const fb = build("Oru Tesk claimed the Golden Velk, the award given to the top scorer. Ana Lind was given the Silver Oar -- the league's top award. Tavo Brenn won the Velkor Prize for literature.");
    expect(names(fb, 'award')).toEqual(['Golden Velk', 'Silver Oar', 'Velkor Prize for literature']);
  });

  it('"reports the Velkorat", "told the Tesknews", "writing for the Marlow of Portmere", "the Archdiocese of Portmere": bodies', () => {
    const fb = build('Ana Lind said so, reports the Velkorat. Lind told the Tesknews she was happy. Oru Tesk, writing for the Marlow of Portmere, agreed. They met at the Archdiocese of Portmere on Tuesday.');
    expect(names(fb, 'organization')).toEqual(['Archdiocese of Portmere', 'Marlow', 'Tesknews', 'Velkorat']);
  });
  it('a lede\'s "fire that tore through the iconic Velkor Cathedral" is that site\'s fire, the day it was said no date of it', () => {
    const said = buildFactBase([article('s.txt', '2025-04-16', 'The fire that tore through the Velkor Cathedral in Portmere was probably caused by accident, prosecutors said on Tuesday.')]);
    expect(said.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Velkor Cathedral fire', '2025-04']]);
    const told = buildFactBase([article('t.txt', '2025-04-17', 'A prosecutor has set out a timeline of the catastrophic fire that tore through the iconic Velkor Cathedral, toppling its spire.')]);
    expect(told.entities.filter((e) => e.type === 'event').map((e) => e.name)).toEqual(['Velkor Cathedral fire']);
  });
  it('"the Velkor-run Congress": what runs or leads a body is no part of its name', () => {
    const fb = build('The deal faces a review by the Velkor-run Congress, which has 60 days. Congress said no.');
    expect(names(fb, 'organization')).toEqual(['Congress']);
    expect(names(fb, 'event')).toEqual([]);
  });

  it('"Portmere Department of Transportation Secretary Ana Lind": the body keeps its domain, though the domain\'s word also qualifies the office', () => {
    const fb = build('Rescue crews searched, said Portmere Department of Transportation Secretary Ana Lind.');
    expect(names(fb, 'organization')).toEqual(['Portmere Department of Transportation']);
  });
  it('"the official Velkorat account", "on Lind\'s Tesknet and Marlow accounts": a platform someone writes on is a body', () => {
    const fb = build("The official Velkorat account of the president confirmed it. The prize was mentioned on Ana Lind's official Tesknet and Marlow accounts.");
    expect(names(fb, 'organization')).toEqual(['Marlow', 'Tesknet', 'Velkorat']);
    expect(names(fb, 'person')).toEqual(['Ana Lind']);
  });

  it('"won the top prize at the Velkors on Sunday night": a capitalised plural after "at the", told with a day, is an event', () => {
    const fb = build('The satire took the top prize at the Velkors on Sunday night.');
    expect(fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Velkors', '2025-03-30']]);
  });

  it('one word with no evidence in its article is the entity another article names with that word alone', () => {
    const fb = buildFactBase([
      article('a.txt', '2025-02-10', 'The satire took Tesmoor\'s top prize on Sunday. The triumph let Tesmoor flip the script.'),
      article('b.txt', '2025-02-10', 'The ceremony was held at the Velkor Theatre in Tesmoor on Sunday.'),
    ]);
    expect(fb.entities.find((e) => e.name === 'Tesmoor')?.articles).toHaveLength(2);
  });
  it('"Leader of the House Andrea Tesk": the holder after an office\'s domain, though the tagger reads the given name as a place', () => {
    const fb = build('Leader of the House Andrea Tesk quit on Wednesday evening. Mrs Tesk will stand.');
    expect(names(fb, 'person')).toEqual(['Andrea Tesk']);
    expect(fb.entities.find((e) => e.name === 'Andrea Tesk')?.description).toBe('Leader of the House');
  });

  it('"the 1922 Committee of Tory backbenchers": a year opens the body\'s name; a party\'s word before a plural after "of" is no part of it', () => {
    const fb = build('She met the chairman of the 1922 Committee of Tory backbenchers on Monday. The 1922 Committee said so.');
    expect(names(fb, 'organization')).toEqual(['1922 Committee']);
  });

  it('"a rally outside the Velkor", but "told the Velkor crowd": what a crowd gathers outside is a place; a word describing a noun is no body', () => {
    const fb = build('Ana Lind addressed a rally outside the Velkor later. She told the Velkor crowd so.');
    expect(names(fb, 'place')).toEqual(['Portmere', 'Velkor']);
    expect(names(fb, 'organization')).toEqual([]);
  });
  it('"Jurors convicted former Portmere police officer Ana Lind on Tuesday", "Ana Lind was found guilty of murder": her conviction, dated', () => {
    const jurors = buildFactBase([article('j.txt', '2021-04-21', 'Jurors convicted former Portmere police officer Ana Lind on Tuesday of all the counts filed against her.')]);
    expect(jurors.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Lind conviction', '2021-04-20']]);
    const found = buildFactBase([article('f.txt', '2021-04-20', 'Ana Lind was found guilty of second-degree murder and manslaughter. The verdict was read by the judge.')]);
    expect(found.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date])).toEqual([['Lind conviction', '2021-04']]);
  });
  it('"at Velkor Foods, a convenience store", "the state prison at Tesk Heights": a business by what it is said to be, a place by the building there', () => {
    const fb = build('Ana Lind bought cigarettes at Velkor Foods, a convenience store on the corner. The agency said Lind was booked into the state prison at Tesk Heights on Monday.');
    expect(names(fb, 'organization')).toEqual(['Velkor Foods']);
    expect(names(fb, 'place')).toEqual(['Portmere', 'Tesk Heights']);
  });
  it('"the Velkor Propulsion Laboratory" and "the Velkor Propulsion Lab" of another article are one body', () => {
    const fb = buildFactBase([
      article('a.txt', '2021-04-19', 'Engineers at the Velkor Propulsion Laboratory cheered on Monday.'),
      article('b.txt', '2021-04-19', 'The Velkor Propulsion Lab said the flight worked.'),
    ]);
    expect(fb.entities.filter((e) => /Propulsion/.test(e.name)).map((e) => [e.name, e.type, e.articles.length])).toEqual([['Velkor Propulsion Laboratory', 'organization', 2]]);
  });
  it('"the Middle East", "East Asia": a compass word before "East", "West" or a known place names a region', () => {
    const fb = build('The deal will reshape the Middle East, the president said. Trade with East Asia grew. Velkor Ham won.');
    expect(names(fb, 'place')).toEqual(['East Asia', 'Middle East', 'Portmere']);
  });
  it('"of Tory backbenchers", "a Democrat said": a party\'s member word alone is no body; "the Tory party" is one', () => {
    const fb = buildFactBase([
      article('a.txt', '2019-05-24', 'Ana Lind met the chairman of the 1922 Committee of Tory backbenchers. A Democrat said so.'),
      article('b.txt', '2019-05-24', 'The Tory party contest starts. Lind leads the Conservative party.'),
    ]);
    // ("the Tory party" of the other article is its own; this article's "Tory" is no mention of it)
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.articles.length]).sort()).toEqual([['1922 Committee', 1], ['Conservative', 1], ['Tory', 1]]);
  });
});
