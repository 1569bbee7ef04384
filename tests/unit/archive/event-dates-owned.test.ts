// @vitest-environment node
// Events told in ordinary words and whose date is theirs, in our own words (invented people, cups and bodies, real
// places): a contest written with a hyphen ("a run-off"), a numbered round, a stage in the plural ("the finals"),
// a quake, a tour; a date belongs to the event told next to it, not to one told farther off, to a contest a
// later clause only sets up, to an incident another noun is "of", to an event in a "that" clause, or to one a
// count of time away ("four days after"); "the hurricane" after "Hurricane Velma" is that storm; and across
// articles one event under its names with and without the year, a stage under its tournament's short name, a
// round and an election of the same day, a gathering under its body's full name and acronym.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { bodyArticle } from '../../helpers/body-articles';
import type { Entity } from '../../../src/factbase/schema';

const build = (date: string, ...paragraphs: string[]) => buildFactBase([bodyArticle('n1.txt', date, paragraphs)]);

const eventsOf = (fb: { entities: Entity[] }) => fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date]);

describe('a contest written with a hyphen', () => {
  it('"a run-off on June 9" is the run-off, named as written', () => {
    const events = eventsOf(build('2031-05-26', 'Neither Ana Velk nor Piet Olsen won a majority. The vote will go to a run-off on June 9, officials said.'));
    expect(events).toEqual([['run-off', '2031-06-09']]);
  });

  it('a sentence whose only event word is "run-off" is read for its date', () => {
    expect(eventsOf(build('2031-05-26', 'Supporters of Ana Velk expect a run-off on June 9.'))).toEqual([['run-off', '2031-06-09']]);
  });

  it('a hyphenated word that is no event noun ("a kick-off on June 9") makes none', () => {
    expect(eventsOf(build('2031-05-26', 'The fans waited for a kick-off on June 9, the club said.'))).toEqual([]);
  });
});

describe('a date belongs to the event told next to it', () => {
  it('"the election will go to a run-off on June 9": the date is the run-off\'s, and no bare election is made of it', () => {
    const events = eventsOf(
      build('2031-05-26', 'Ana Velk led the count. If no candidate wins a majority, the election will go to a run-off on June 9.'),
    );
    expect(events).toEqual([['run-off', '2031-06-09']]);
  });

  it('"Sunday presidential election appeared headed for a run-off": Sunday is the election\'s, not the run-off\'s', () => {
    const events = eventsOf(build('2031-05-25', 'Norway\'s Sunday presidential election appeared headed for a run-off as Ana Velk led the count.'));
    expect(events.filter((e) => /run-off/.test(e[0]!))).toEqual([]);
    expect(events).toContainEqual(['Norway presidential election', '2031-05-25']);
  });

  it('"won the first round on Sunday, setting the stage for a run-off": the clause only sets the run-off up', () => {
    const events = eventsOf(build('2031-05-25', 'Ana Velk won the first round of the presidential election on Sunday, setting the stage for a run-off.'));
    expect(events.filter((e) => /run-off/.test(e[0]!))).toEqual([]);
  });

  it('a bare word for an event between ("shadowed by war") is no event told there: the date stays the contest\'s', () => {
    const events = eventsOf(build('2031-05-26', 'Voters chose a new parliament in an election shadowed by war on Sunday, officials said.'));
    expect(events).toContainEqual(['election', '2031-05-25']);
  });

  it('"X told supporters early Monday that they led in the elections": the date is the telling\'s, not the elections\'', () => {
    const events = eventsOf(build('2031-05-26', 'Ana Velk told her supporters in Tavira early Monday that they were leading in the parliamentary and presidential elections.'));
    expect(events).toEqual([]);
    const predicted = eventsOf(build('2031-05-26', 'Cheers rang out Sunday night, since the polls had predicted that Ana Velk would repeat her win in the primary elections.'));
    expect(predicted).toEqual([]);
    const own = eventsOf(build('2031-05-26', 'Officials said the presidential election that Ana Velk won was held on Sunday.'));
    expect(own).toEqual([['presidential election', '2031-05-25']]);
  });

  it('"relief took shape Saturday, four days after the town was slammed by Hurricane Velma": the storm is four days before Saturday', () => {
    const events = eventsOf(build('2031-10-18', 'Relief took shape Saturday in Tavira, four days after the town was slammed by Hurricane Velma.'));
    expect(events).toEqual([['Hurricane Velma', '2031-10-14']]);
    // a few days: how many is not said
    expect(eventsOf(build('2031-10-18', 'Relief took shape Saturday in Tavira, a few days after the town was slammed by Hurricane Velma.'))).toEqual([['Hurricane Velma', undefined]]);
    const own = eventsOf(build('2031-10-18', 'Four days after the count, Hurricane Velma hit Tavira on Saturday.'));
    expect(own).toEqual([['Hurricane Velma', '2031-10-18']]);
  });

  it('"the final of the Harbour Cup on Sunday": the cup the final belongs to does not take its date away', () => {
    const events = eventsOf(build('2031-05-26', 'Lisbon won the Harbour Cup in April. Porto will play the final of the Harbour Cup on Sunday, the club said.'));
    expect(events).toContainEqual(['Harbour Cup final', '2031-06-01']);
  });
});

describe('an incident and the dates around it', () => {
  it('"The magnitude-7.1 quake … late Friday": a quake, described by a measure with a hyphen, dated by its sentence', () => {
    const events = eventsOf(build('2031-03-15', 'The magnitude-7.1 quake, the strongest the region has known, sent people into the streets of Tavira late Friday.'));
    expect(events).toEqual([['2031 quake', '2031-03-14']]);
  });

  it('"Friday\'s 7.1-magnitude quake struck": the weekday before the measure dates it', () => {
    const events = eventsOf(build('2031-03-16', 'Friday\'s 7.1-magnitude quake struck 40 miles south of Tavira, officials said.'));
    expect(events).toEqual([['2031 quake', '2031-03-14']]);
  });

  it('"Crowds on Sunday mourned the victims of the earthquake": Sunday is the mourning\'s, not the earthquake\'s', () => {
    const events = eventsOf(build('2031-03-16', 'Crowds on Sunday mourned the victims of the devastating earthquake in Tavira.'));
    expect(events).toEqual([]);
  });

  it('"the victims of the attack on Friday": a date after the incident is still its own', () => {
    const events = eventsOf(build('2031-03-16', 'Officials named the victims of the attack on Friday in Tavira.'));
    expect(events.map((e) => e[1])).toEqual(['2031-03-14']);
  });

  it('"kicked off their four-day nationwide tour of the country on Thursday": a tour, like a trip or a visit, dated', () => {
    const events = eventsOf(build('2031-11-07', 'The champions kicked off their four-day nationwide tour of the country on Thursday, with fans cheering in Tavira.'));
    expect(events).toEqual([['2031 tour', '2031-11-06']]);
  });

  it('"the hurricane" after "Hurricane Velma" is that storm, even dated otherwise in its sentence', () => {
    const events = eventsOf(
      build('2031-10-16', 'Hurricane Velma made landfall in Tavira early Wednesday.', 'The hurricane, which had been a tropical storm as of Tuesday morning, grew within a day.'),
    );
    // (and its landfall, an event of its own: general-shapes-d.test.ts)
    expect(events).toEqual([
      ['Hurricane Velma', '2031-10-15'],
      ['Hurricane Velma landfall', '2031-10-15'],
    ]);
  });

  it('"the earthquake that killed 900 people": the deaths are the earthquake\'s, no killing of their own', () => {
    const events = eventsOf(build('2031-03-16', 'Crowds on Sunday mourned the victims of the earthquake that killed 900 people in Tavira.'));
    expect(events).toEqual([]);
  });
});

describe('a recurring event named with and without its year, across articles', () => {
  const article = (file: string, date: string, text: string) => bodyArticle(file, date, [text]);
  const cups = (fb: { entities: Entity[] }) => fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date, e.articles.length]);

  it('"the Harbour Rowing Cup" of 2031, "the 2031 Rowing Cup", "the 2031 Harbour Rowing Cup" are one event', () => {
    const fb = buildFactBase([
      article('a.txt', '2031-10-20', 'Lisbon kept its title alive at the Harbour Rowing Cup on Saturday, the club said. Lisbon hopes to win the Rowing Cup again.'),
      article('b.txt', '2031-10-27', 'Saturday night brought Lisbon the 2031 Rowing Cup, the club said.'),
      article('c.txt', '2031-11-02', 'The winners of the 2031 Harbour Rowing Cup toured Porto on Thursday.'),
    ]);
    expect(cups(fb)).toEqual([['Harbour Rowing Cup', '2031', 3]]);
  });

  it('another year\'s event of that name stays its own, and so does a short name two events of the year share', () => {
    const years = buildFactBase([
      article('a.txt', '2031-10-20', 'Lisbon kept its title alive at the Harbour Rowing Cup on Saturday, the club said.'),
      article('b.txt', '2032-10-27', 'Saturday night brought Porto the 2031 Harbour Rowing Cup title back, fans recalled.'),
      article('c.txt', '2032-10-28', 'Porto won the 2032 Harbour Rowing Cup, the club said.'),
    ]);
    expect(years.entities.filter((e) => e.type === 'event' && /2032/.test(e.date ?? '')).map((e) => e.articles)).toEqual([['c']]);
    const two = buildFactBase([
      article('a.txt', '2031-10-20', 'Lisbon played at the Harbour Rowing Cup on Saturday, the club said. It was the Rowing Cup of the year.'),
      article('b.txt', '2031-10-21', 'Porto played at the Atlantic Rowing Cup on Sunday, the club said. It was the Rowing Cup of the year.'),
      article('c.txt', '2031-10-27', 'Saturday night brought Lisbon the 2031 Rowing Cup, the club said.'),
    ]);
    expect(two.entities.filter((e) => e.type === 'event' && e.articles.includes('c')).map((e) => e.articles)).toEqual([['c']]);
  });

  it('"last month\'s Rowing Cup final" is the "Harbour Rowing Cup final" when the cup is also called the Rowing Cup, in either order', () => {
    const early = article('a.txt', '2031-08-20', "Lisbon won the Harbour Rowing Cup for the first time, beating Porto in the final on Sunday. Fans said the Rowing Cup was theirs.");
    const late = article('b.txt', '2031-09-10', "The coach left after Lisbon's victory in last month's Rowing Cup final.");
    for (const order of [[early, late], [late, early]]) {
      const finals = buildFactBase(order).entities.filter((e) => e.type === 'event' && /final/.test(e.name));
      expect(finals.map((e) => [...e.articles].sort())).toEqual([['a', 'b']]);
    }
  });

  it('a stage whose short tournament name fits two known tournaments stays its own', () => {
    const fb = buildFactBase([
      article('a.txt', '2031-08-20', 'Lisbon won the Harbour Rowing Cup final on Sunday. Fans said the Rowing Cup was theirs.'),
      article('b.txt', '2031-08-21', 'Porto won the Atlantic Rowing Cup final on Monday. Fans said the Rowing Cup was theirs.'),
      article('c.txt', '2031-09-10', "The coach left after Lisbon's victory in last month's Rowing Cup final."),
    ]);
    expect(fb.entities.filter((e) => e.type === 'event' && e.articles.includes('c')).map((e) => e.articles)).toEqual([['c']]);
  });
});

describe('a numbered round', () => {
  it('"in the first round on May 11" is a contest of its own; "the first round of the election", "a second round of talks" are not', () => {
    expect(eventsOf(build('2031-05-25', 'Ana Velk failed to beat Piet Olsen in the first round on May 11.'))).toEqual([['first round', '2031-05-11']]);
    expect(eventsOf(build('2031-05-25', 'Ana Velk won the first round of the presidential election on May 11.')).map((e) => e[0])).toEqual(['presidential election']);
    expect(eventsOf(build('2031-05-25', 'The envoys began a second round of talks on May 11.')).filter((e) => /round/.test(e[0]!))).toEqual([]);
  });

  it('a round and an election held the same day, in two articles, are one vote, in either order; two elections that day keep it apart', () => {
    const a = bodyArticle('a.txt', '2031-05-11', ["Tavira's Sunday presidential election appeared headed for a run-off, officials said."]);
    const b = bodyArticle('b.txt', '2031-05-25', ['Ana Velk failed to beat Piet Olsen in the first round on May 11.']);
    for (const order of [[a, b], [b, a]]) {
      const votes = buildFactBase(order).entities.filter((e) => e.type === 'event' && e.date === '2031-05-11');
      expect(votes.map((e) => [...e.articles].sort())).toEqual([['a', 'b']]);
    }
    const c = bodyArticle('c.txt', '2031-05-11', ["Norway's Sunday parliamentary election was calm, officials said."]);
    const three = buildFactBase([a, c, b]).entities.filter((e) => e.type === 'event' && e.articles.includes('b'));
    expect(three.map((e) => e.articles)).toEqual([['b']]);
  });
});

describe('stages told in the plural', () => {
  it('"during the finals in Tavira on October 28" is the tournament\'s final, dated and placed', () => {
    const fb = build('2031-11-02', 'Lisbon won the 2031 Harbour Rowing Cup after beating Porto during the finals in Tavira on October 28.');
    const final = fb.entities.find((e) => e.type === 'event' && /final/.test(e.name));
    expect([final?.name, final?.date, fb.entities.find((e) => e.id === final?.place)?.name]).toEqual(['2031 Harbour Rowing Cup final', '2031-10-28', 'Tavira']);
  });

  it('"in the quarter-finals" is no quarter of the year: no date, so no event', () => {
    expect(eventsOf(build('2031-10-21', 'Lisbon beat Porto in the quarter-finals, the club said.'))).toEqual([]);
  });
});

describe('a gathering told by its body\'s full name and by its acronym', () => {
  it('"the Northern Sea Alliance summit" and, later, "the NSA … its summit" are one summit', () => {
    const events = eventsOf(
      build('2031-07-12', 'Leaders of the Northern Sea Alliance (NSA) arrived in Tavira. The Northern Sea Alliance summit opened on Monday.', 'On Tuesday, the NSA wrapped up its summit in Tavira.'),
    );
    expect(events.map((e) => e[0])).toEqual(['Northern Sea Alliance summit']);
  });
});

