// @vitest-environment node
// General shapes of real wire copy (round I), in invented words: a rule must hold for any name in that shape.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const article = (file: string, date: string, body: string) => parseArticle(file, Buffer.from(`date ${date} PORTMERE: ${body}`));
const build = (body: string, date = '2024-05-30') => buildFactBase([article('shape.txt', date, body)]);
type Fb = ReturnType<typeof build>;
const names = (fb: Fb, type: string) => fb.entities.filter((e) => e.type === type).map((e) => e.name).sort();
const events = (fb: Fb) => fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date]);

describe('general shapes (round I)', () => {
  it('"July 11, four days before the Zembla Party Convention": the convention is four days after the day written', () => {
    const fb = build('Judge Ivo Marsh set the sentencing hearing of Ana Lind for July 11, just four days before the Zembla Party Convention, where she was to speak.');
    expect(events(fb)).toContainEqual(['Zembla Party Convention', '2024-07-15']);
    const after = build('The Zembla Party Convention will close on 20 July, two days after the Velkor Party Convention.', '2024-05-30');
    expect(events(after)).toContainEqual(['Velkor Party Convention', '2024-07-18']);
  });

  it('"a jury on Thursday found former mayor Ana Lind guilty": her conviction, dated', () => {
    const fb = build('A jury of 12 residents on Thursday found former mayor Ana Lind guilty on all 34 counts.');
    expect(events(fb)).toEqual([['Lind conviction', '2024-05-30']]);
    expect(names(fb, 'person')).toEqual(['Ana Lind']);
    // found, but not guilty of anything: no conviction
    expect(events(build('Investigators on Thursday found former mayor Ana Lind at her home.'))).toEqual([]);
  });

  it('the sides of a scored match are clubs: "a 2-2 draw with Chelsea", "were held 2-2 by", "beat … 2-1"; a country and a player keep their kind', () => {
    const fb = build(
      "Second-placed Harrowby Rovers' 2-2 draw with Chelsea on Monday settled it. Tallon were held 2-2 by Velkor after a 3-0 win over Newcastle. Oxmere beat Dunmore 2-1 at home. France's 1-0 win against Brazil was a shock. Ana Lind's 6-4 win over Maria Tesk was her first.",
    );
    expect(names(fb, 'organization')).toEqual(['Chelsea', 'Dunmore', 'Harrowby Rovers', 'Newcastle', 'Oxmere', 'Tallon', 'Velkor']);
    expect(names(fb, 'place')).toEqual(['Brazil', 'France', 'Portmere']);
    expect(names(fb, 'person')).toEqual(['Ana Lind', 'Maria Tesk']);
    // where the match was played is a place, not a side; without a score the town is a town
    const venue = build('The 1-1 draw at Harbour Park meant the party was put on hold. Fans in Newcastle waited.');
    expect(names(venue, 'organization')).toEqual([]);
  });

  it('"The Tesk CEO, the world\'s wealthiest person, said": the company, not a person named "Tesk CEO"', () => {
    const fb = build("The Tesk CEO, the world's wealthiest person, said he wants to buy the platform. Analysts said the Velkor CEO would object.");
    expect(names(fb, 'person')).toEqual([]);
    expect(names(fb, 'organization')).toEqual(['Tesk', 'Velkor']);
    // an office before a name is that person's
    expect(names(build('Tesk CEO Ana Lind said on Monday she would stay.'), 'person')).toEqual(['Ana Lind']);
  });

  it('"the Norwegian Tesk committee", "the state-run Varl agency": a body named with its kind in lower case', () => {
    const fb = build('The Norwegian Tesk committee said the prize went to Oru Dane, according to the state-run Varl agency. A Senate committee met.');
    expect(names(fb, 'organization')).toEqual(['Norwegian Tesk committee', 'Senate', 'Varl agency']);
  });

  it('a prize won, awarded or whose winners were named is announced, dated where told, with its winners; a cup is won in a match', () => {
    const won = build('Two scientists won the Tesk Prize in medicine Monday for their discoveries.', '2023-10-03');
    expect(events(won)).toEqual([['Tesk Prize in medicine announcement', '2023-10-02']]);
    const given = build('The 2016 Tesk Peace Prize has been awarded to Zembla President Ana Lind for her efforts to end the war.', '2016-10-07');
    expect(given.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date, (e as { participants?: string[] }).participants])).toEqual([
      ['Tesk Peace Prize announcement', '2016-10', ['ana-lind', 'tesk-peace-prize']],
    ]);
    const named = build('Oru Dane and Ivo Marsh were named winners of the 2023 Tesk Prize in Physics on Monday.', '2023-10-03');
    expect(events(named)).toEqual([['Tesk Prize in Physics announcement', '2023-10-02']]);
    // a committee that awarded it is not its winner; a cup is won in a match (told as one); an earlier edition keeps its year
    expect(events(build('The committee awarded her the Tesk Prize on Monday.', '2023-10-03'))).toEqual([]);
    expect(events(build('Velkor won the Harbour Cup on Sunday.', '2023-10-03')).map(([n]) => n)).not.toContain('Harbour Cup announcement');
    expect(events(build('Oru Dane, who won the Tesk Prize in 2019, has died.', '2023-10-03'))).toEqual([['Tesk Prize announcement', '2019']]);
  });

  it('a craft that launches, lands or splashes down on a day told is that flight, named by the craft; a launch with an object is none', () => {
    const fb = build("Zemblan space agency's Tesk Space Telescope will finally launch on Christmas Eve from Portmere.", '2024-12-18');
    expect(events(fb)).toEqual([['Tesk Space Telescope launch', '2024-12-24']]);
    const landed = build('The Varl Rover landed on the Martian surface in February this year. The Orla Capsule splashed down on Sunday.', '2024-05-02');
    expect(events(landed)).toEqual([
      ['Orla Capsule splashdown', '2024-04-28'],
      ['Varl Rover landing', '2024-02'],
    ]);
    expect(events(build('Velkor Motors launched an inquiry on Monday. Velkor Motors will launch its new car on Friday.', '2024-05-02'))).toEqual([]);
  });

  it('"the COVID-19 pandemic", "the coronavirus pandemic in 2020", "the Tesk epidemic": a named disease\'s spread is one event', () => {
    const fb = build('Vaccines were critical in slowing the COVID-19 pandemic, the panel said. The COVID-19 pandemic closed schools. During the coronavirus pandemic in 2020, Portmere closed. The Tesk epidemic spread.');
    expect(events(fb).sort()).toEqual([
      ['COVID-19 pandemic', undefined],
      ['Tesk epidemic', undefined],
      ['coronavirus pandemic', '2020'],
    ]);
    // a place's epidemic, or fear of one, names no disease
    expect(events(build('Pandemic fears grew. The Portmere epidemic ended, officials in Portmere said.'))).toEqual([]);
  });

  it('a town listed among clubs, never told as a place the story is in, is a club; a country, or a town a thing is in, stays a place', () => {
    const fb = build('With two games left, Manchester City, Manchester United and Leeds all trail the leaders.');
    expect(names(fb, 'organization')).toEqual(['Leeds', 'Manchester City', 'Manchester United']);
    const places = build('Manchester City, Manchester United and Brazil all sent players. Fans gathered in Leeds, where Manchester City and Leeds met.');
    expect(names(places, 'place')).toEqual(['Brazil', 'Leeds', 'Portmere']);
  });

  it('"a plant in Tesk and Velkor Motors\' plant": a town after "in" ends before "and" when a body\'s name follows; one place of two names stays one', () => {
    const fb = build('Strikes hit a Jeep plant in Tesk and General Motors’ assembly plant in Missouri on Friday.');
    expect(names(fb, 'organization')).toEqual(['General Motors']);
    expect(names(fb, 'place')).toEqual(['Missouri', 'Portmere', 'Tesk']);
    expect(names(build('Students of the University of Tesk and Velkor met.'), 'organization')).toEqual(['University of Tesk and Velkor']);
  });

  it('"set Ana Lind\'s sentencing hearing for July 11": her sentencing, on that day', () => {
    const fb = build('Judge Ivo Marsh set Ana Lind’s sentencing hearing for July 11, the court said.');
    expect(events(fb)).toEqual([['Lind sentencing hearing', '2024-07-11']]);
  });

  it('"Host Ana Lind came forward", "Striker Oru Tesk scored": the trade that opens the sentence is what the person is; a title stays a title', () => {
    const fb = build('Host Ana Lind came forward to explain. Striker Oru Tesk scored twice. Judge Ivo Marsh ruled on Monday.');
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.description])).toEqual([
      ['Ana Lind', 'Host'],
      ['Ivo Marsh', 'Judge'],
      ['Oru Tesk', 'Striker'],
    ]);
  });

  it('"the Tesk Institute of Technology and the Velkor Institute of Technology": two bodies; "the Ministry of Water and the Environment" one', () => {
    const fb = build('Researchers from the Tesk Institute of Technology and the Velkor Institute of Technology spoke. The Ministry of Water and the Environment said it agreed.');
    expect(names(fb, 'organization')).toEqual(['Ministry of Water and the Environment', 'Tesk Institute of Technology', 'Velkor Institute of Technology']);
  });

  it('"the result of the EU referendum": a referendum named by who held it is that vote, undated; "a referendum" is none', () => {
    const fb = build('Ana Lind will step down as leader. She said she had tried to honour the result of the EU referendum.');
    expect(events(fb)).toEqual([['EU referendum', undefined]]);
    expect(events(build('Ana Lind will step down as leader. A referendum may come, and she backed the referendum.'))).toEqual([]);
  });

  it('"the Southeast Asian city", "European leaders": a continent\'s or a region\'s people word is no place', () => {
    const fb = build('The Southeast Asian city hosted Ana Lind. South-East Asian and European leaders met in Portmere. Arab states agreed.');
    expect(names(fb, 'place')).toEqual(['Portmere']);
  });

  it('"independence from the Soviet Union", "Yugoslavia broke up": a country that was is a place, not a body', () => {
    const fb = build('Zembla declared independence from the Soviet Union in 1991. Yugoslavia broke up later.');
    expect(names(fb, 'organization')).toEqual([]);
    expect(names(fb, 'place')).toEqual(expect.arrayContaining(['Soviet Union', 'Yugoslavia']));
  });
});
