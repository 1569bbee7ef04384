// @vitest-environment node
// General shapes of real news (round K: courts, arrests and failures), in invented words: a rule must hold for
// any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const build = (body: string, date = '2024-05-31') => buildFactBase([article('shape.txt', date, body)]);
type Fb = ReturnType<typeof build>;
const names = (fb: Fb, type: string) => fb.entities.filter((e) => e.type === type).map((e) => e.name).sort();
const events = (fb: Fb) =>
  fb.entities
    .filter((e) => e.type === 'event')
    .map((e) => ({ name: e.name, date: e.date ?? null, with: (e.participants ?? []).map((id) => fb.entities.find((x) => x.id === id)?.name) }));

describe('general shapes (round K)', () => {
  it('"a court on Friday sentenced Tesk Bank Vice Chairman Ana Lind": the body names her office; she is sentenced', () => {
    const fb = build('A district court on Friday sentenced Tesk Bank Vice Chairman Ana Lind to five years in prison.');
    expect(events(fb)).toEqual([{ name: 'Lind sentencing', date: '2024-05-31', with: ['Ana Lind'] }]);
    // a body alone after the verb is no person sentenced
    expect(names(build('A district court on Friday fined Tesk Bank and sentenced its lawyers.'), 'event')).toEqual([]);
  });

  it('"Ana Lind, the heir of Tesk Bank, was convicted on Friday": the subject across a description set off by commas', () => {
    expect(events(build('Ana Lind, the heir apparent of Tesk Bank, was convicted on Friday of bribery.'))).toEqual([
      { name: 'Lind conviction', date: '2024-05-31', with: ['Ana Lind'] },
    ]);
    // a clause between them is not a description of her: "Ana Lind, whose bank failed, said the board was convicted"
    expect(names(build('Ana Lind, whose bank failed, said the board was convicted on Friday.'), 'event')).toEqual([]);
  });

  it('an arrest: "X was arrested on Tuesday", "the arrest of Tesk Party Chairman Ana Lind on Monday" (hers, not the party\'s)', () => {
    expect(events(build('Ana Lind was arrested on Tuesday outside the court.'))).toEqual([{ name: 'Lind arrest', date: '2024-05-28', with: ['Ana Lind'] }]);
    expect(events(build('Police said the arrest of Tesk Party Chairman Ana Lind on Monday was legal.'))).toEqual([
      { name: 'Lind arrest', date: '2024-05-27', with: ['Ana Lind'] },
    ]);
  });

  it('"in the Tesk Trust Case", "the Tesk Trust case": a legal case named by a party is an event, and the party stays itself', () => {
    for (const body of ['Ana Lind was questioned in the Tesk Trust Case by the bureau.', 'Ana Lind appeared in court in the Tesk Trust case.']) {
      const fb = build(body);
      expect(names(fb, 'event')).toEqual(['Tesk Trust case']);
      expect(names(fb, 'organization')).toContain('Tesk Trust');
    }
    // "in Lind's case": her situation, no event
    expect(names(build('In Ana Lind\'s case, the court was lenient.'), 'event')).toEqual([]);
  });

  it('a verdict is someone\'s: of the one person in its sentence, never of an officer of the court, never "the 2024 verdict"', () => {
    const story = 'Ana Lind defrauded her customers, a jury found. Just before 7 p.m., the judge said they had reached a verdict.';
    expect(names(build(story), 'event')).toEqual([]);
    expect(events(build(`${story} Ana Lind returned to the courtroom and the guilty verdict was read out.`))).toEqual([{ name: 'Lind verdict', date: null, with: ['Ana Lind'] }]);
    expect(names(build('Judge Tor Velk said the verdict was read out to the courtroom.'), 'event')).toEqual([]);
  });

  it('"the failure of Tesk Bank … Tesk Bank collapsed into bankruptcy in November 2022": one end of the bank, dated', () => {
    const fb = build('A jury found Ana Lind guilty of charges tied to the failure of Tesk Bank. Tesk Bank collapsed into bankruptcy in November 2022, losing its clients\' money.', '2023-11-03');
    expect(events(fb)).toEqual([
      { name: 'Lind conviction', date: '2023-11', with: ['Ana Lind'] },
      { name: 'Tesk Bank bankruptcy', date: '2022-11', with: ['Tesk Bank'] },
    ].sort((a, b) => a.name.localeCompare(b.name)));
    expect(fb.entities.find((e) => e.name === 'Tesk Bank bankruptcy')?.aliases).toContain('Tesk Bank failure');
  });

  it('"since her ouster in April last year": the one person before it; "X said the arrest was unlawful": the speaker is not the one arrested', () => {
    expect(events(build('Ana Lind has faced a slew of cases since her ouster through a vote in April last year.', '2023-05-09'))).toEqual([
      { name: 'Lind ouster', date: '2022-04', with: ['Ana Lind'] },
    ]);
    expect(names(build('Ana Lind has faced a slew of cases since the ouster in April last year.', '2023-05-09'), 'event')).toEqual([]);
    expect(names(build('Party leader Ana Lind said the arrest was a part of a plan.'), 'event')).toEqual([]);
  });

  it('"the Zembla Tesk-e-Varo (ZTV) party chief": a body whose name opens with its country and is given its initials', () => {
    const fb = build('The Norway Tesk-e-Varo (NTV) party chief was arrested. The chairman of Norway Tesk-e-Varo spoke.');
    expect(names(fb, 'organization')).toEqual(['Norway Tesk-e-Varo']);
    expect(names(fb, 'person')).toEqual([]);
    // a place's own initials stay a place's
    expect(names(build('Rain fell across the United Arab Emirates (UAE) on Monday.'), 'place')).toContain('United Arab Emirates');
  });

  it('"held four days of talks from Monday in Portmere": talks named by the city they were held in, dated; not talks that may come', () => {
    const fb = build('Top officials from Norway and Chile held four days of talks from Monday in Portmere, signing a statement on Friday.', '2023-03-10');
    expect(events(fb)).toEqual([{ name: 'Portmere talks', date: '2023-03-06', with: [] }]);
    expect(fb.entities.find((e) => e.name === 'Portmere talks')?.place).toBe(fb.entities.find((e) => e.name === 'Portmere')?.id);
    expect(names(build('Officials said talks in Portmere are unlikely this year.'), 'event')).toEqual([]);
    // a country is where, not which talks
    expect(names(build('The two sides held talks on Monday in Norway.'), 'event')).not.toContain('Norway talks');
  });

  it('"Housing Minister Dr Ana Lind", "Mr Tor Velk": a courtesy title without its full stop is neither the name nor the office', () => {
    const fb = build('Should they fail, Housing Minister Dr Ana Lind and Mr Tor Velk are likely contenders. Transport Minister Dr. Maria Marsh agreed.');
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Maria Marsh', 'Tor Velk']);
    expect(fb.entities.find((e) => e.name === 'Ana Lind')?.description).toBe('Housing Minister');
    // an acronym in capitals stays itself
    expect(names(build('The MS Society said the trial was a success.'), 'organization')).toEqual(['MS Society']);
  });

  it('"Police Minister Ana Lind", "Police and border troops": the police alone is no named body; "the Nordic country" is no place', () => {
    const fb = build('Should they fail, Police Minister Ana Lind is a likely contender. Police and Frontier Corps troops are deployed. Lawmakers backed the Nordic country\'s bid.');
    expect(names(fb, 'organization')).toEqual(['Frontier Corps']);
    expect(names(fb, 'place')).toEqual(['Portmere']);
  });

  it('"the Zembla Space Research Agency (Zsra)": initials written as a word are the body\'s short name', () => {
    const fb = build('The Zembla Space Research Agency (Zsra) said it was ready. Scientists at Zsra cheered.');
    expect(fb.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.aliases])).toEqual([['Zembla Space Research Agency', ['Zsra']]]);
    // a word in brackets that is not the initials is not a short name
    expect(build('The Zembla Space Research Agency (Velk) said it was ready.').entities.find((e) => e.name === 'Zembla Space Research Agency')?.aliases).toEqual([]);
  });

  it('"Velkor\'s full-scale invasion of Zembla": one country\'s invasion of another, dated where told, once', () => {
    const fb = build('Lawmakers acted following Russia\'s invasion of Ukraine. In the wake of Russia\'s full-scale invasion of Ukraine in February 2022, the country applied.', '2023-03-31');
    expect(events(fb)).toEqual([{ name: 'Russia’s invasion of Ukraine', date: '2022-02', with: ['Russia', 'Ukraine'] }]);
  });

  it('"Ana Lind was sworn in as prime minister on Wednesday": her swearing-in, dated', () => {
    expect(events(build('Labour leader Ana Lind was sworn in as prime minister in a formal ceremony on Wednesday.', '2023-01-25'))).toEqual([
      { name: 'Lind swearing-in', date: '2023-01-25', with: ['Ana Lind'] },
    ]);
  });

  it('"the worst conflict since World War II", with a day in its sentence: a war is not dated by that day', () => {
    const fb = build('Bids were accepted at the June summit, meant to stand up to the worst conflict since World War II. The Ostrel War ended on Monday.', '2023-03-31');
    expect(fb.entities.find((e) => e.name === 'World War II')?.date).toBeUndefined();
    // nor any event a time is measured from ("since", "before")
    const games = build('The biggest crowd since the Portmere Games gathered on Monday.', '2023-03-31');
    expect(games.entities.find((e) => e.name === 'Portmere Games')?.date).toBeUndefined();
    expect(build('The Portmere Games opened on Monday.', '2023-03-31').entities.find((e) => e.name === 'Portmere Games')?.date).toBe('2023');
  });

  it('"a day after the court ruled her arrest unlawful": the day is the ruling\'s, not the arrest\'s', () => {
    const fb = buildFactBase([
      article('a.txt', '2023-05-09', 'Ana Lind was arrested on Tuesday outside the court.'),
      article('b.txt', '2023-05-12', 'Ana Lind appeared before the court today, a day after the Supreme Court ruled her arrest unlawful.'),
    ]);
    expect(events(fb)).toEqual([{ name: 'Lind arrest', date: '2023-05-09', with: ['Ana Lind'] }]);
  });

  it('"the AI Safety Institute … new types of AI": two capitals that open a body\'s name are not its short name; three may be ("UBS" of "UBS Group")', () => {
    const fb = build('Ana Lind announced the AI Safety Institute, which will test new types of AI. AI is changing fast.');
    expect(fb.entities.find((e) => e.name === 'AI Safety Institute')?.aliases).toEqual([]);
    const bank = build('Ana Lind joined Tesk Group AG in May. Later, TKB Group said TKB would grow.');
    expect(bank.entities.find((e) => e.name === 'TKB Group')?.aliases).toContain('TKB');
  });
});
