// @vitest-environment node
// Events real news names in passing, in our own words (invented craft, people and cups, real places): a named
// craft lost, told by its verb ("a Kestrel cargo ship plunged into the Atlantic Ocean in June 2017"), dated and
// placed, while an unnamed craft or a band that "broke up" is no event; a show named with "Show" after a place;
// "the 1962 Builder’s Fair"; "the Lyon siege", named by its place though undated; "a Kestrana Motors exhibition"
// is the company's; "the Sailing Cup" after "the Atlantic Sailing Cup" is that one; "last month’s Harbour Cup
// final" names the final, not the cup; "80 dolphins beaching on Cape Cod" in March is the Cape Cod
// stranding.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { bodyArticle } from '../../helpers/body-articles';
import type { Entity } from '../../../src/factbase/schema';

const build = (date: string, ...paragraphs: string[]) => buildFactBase([bodyArticle('n1.txt', date, paragraphs)]);

const eventsOf = (fb: { entities: Entity[] }) => {
  const byId = new Map(fb.entities.map((e) => [e.id, e]));
  return fb.entities.filter((e) => e.type === 'event').map((e) => [e.name, e.date, e.place && byId.get(e.place)?.name]);
};

describe('a named craft lost, told by its verb', () => {
  it('"a Kestrel cargo ship plunged into the Atlantic Ocean in June 2017, and a Tarvo-2 rocket carrying a probe broke up …": two crashes, each of its own date', () => {
    const events = eventsOf(
      build(
        '2019-04-02',
        'This is the third failure in two years. A Kestrel cargo ship plunged into the Atlantic Ocean in June 2017, and a Tarvo-2 rocket carrying a weather probe broke up in the atmosphere in May 2016.',
      ),
    );
    expect(events).toEqual([
      ['Kestrel cargo ship crash', '2017-06', 'Atlantic Ocean'],
      ['Tarvo-2 rocket crash', '2016-05', undefined],
    ]);
  });

  it('"the supply ship Marlo exploded over Norway on Monday": the craft named after its noun', () => {
    const events = eventsOf(build('2019-04-03', 'The unmanned supply ship Marlo exploded over Norway on Monday, the agency said.'));
    expect(events).toEqual([['Marlo explosion', '2019-04-01', 'Norway']]);
  });

  it('an unnamed craft, an undated loss and a band that broke up are no events', () => {
    const events = eventsOf(
      build(
        '2019-04-03',
        'An unmanned cargo ship heading to the station broke up over Norway on Monday.',
        'The Kestrel cargo ship later sank in the Baltic Sea.',
        'The Velvet Lanterns broke up in 2010, and shares plunged on Monday.',
      ),
    );
    expect(events).toEqual([]);
  });
});

describe('a named show', () => {
  it('"at the Lisbon Motor Show in October 2018": a show named with "Show" is an event, dated, at its city', () => {
    const events = eventsOf(build('2019-04-02', 'Amid the boom, Dana Kessler unveiled her electric car at the Lisbon Motor Show in October 2018, drawing crowds.'));
    expect(events).toEqual([['Lisbon Motor Show', '2018-10', 'Lisbon']]);
  });

  it('"on The Evening Show on Monday": a broadcast, no place opening its name, is no event', () => {
    const events = eventsOf(build('2019-04-02', 'Dana Kessler told the story on Monday on The Evening Show in New York.'));
    expect(events).toEqual([]);
  });
});

describe("a name with a common noun's possessive before its head", () => {
  it('"at the 1962 Builder’s Fair in Oslo": one event, the possessive inside its name', () => {
    const events = eventsOf(build('2019-04-02', 'The new lamps were shown at the 1962 Builder’s Fair in Oslo, where crowds gathered.'));
    expect(events).toEqual([['1962 Builder’s Fair', '1962', 'Oslo']]);
  });
});

describe('an incident named by its place, undated', () => {
  it('"during the Lyon siege": the siege in Lyon, though the text gives no date', () => {
    const events = eventsOf(build('2019-04-02', 'Police sealed off a bank in central Lyon, France.', 'Shops stayed shut during the Lyon siege, and taxi fares rose.'));
    expect(events).toEqual([['Lyon siege', undefined, 'Lyon']]);
  });

  it('"the housing crisis", "a Lyon crisis": no place opened by "the", no event', () => {
    const events = eventsOf(build('2019-04-02', 'Rents rose in Lyon, France.', 'The housing crisis deepened, and officials feared a Lyon crisis of their own.'));
    expect(events).toEqual([]);
  });
});

describe("a company's exhibition", () => {
  it('"a Kestrana Motors exhibition": the company that puts it on stays an organisation, no show of its own', () => {
    const fb = build('2019-04-30', 'A huge sign lit the way to a Kestrana Motors exhibition that heralded “The World of Tomorrow.”', 'Kestrana Motors said so.');
    expect(fb.entities.map((e) => [e.type, e.name])).toEqual([['organization', 'Kestrana Motors']]);
  });
});

describe('a named event said short', () => {
  it('"won the Atlantic Sailing Cup … the crew that won the Sailing Cup": one event', () => {
    const events = eventsOf(
      build('2019-08-26', 'Lisbon celebrated after its crew won the Atlantic Sailing Cup in June.', 'The crew that won the Sailing Cup will not race again while Dana Kessler leads the club.'),
    );
    expect(events.map((e) => e[0])).toEqual(['Atlantic Sailing Cup']);
  });

  it('the short name of two longer ones stays its own', () => {
    const events = eventsOf(
      build(
        '2019-08-26',
        'Lisbon won the Atlantic Sailing Cup in June, and Porto won the Pacific Sailing Cup in July.',
        'The crew that won the Sailing Cup will not race again while Dana Kessler leads the club.',
      ),
    );
    expect(events.map((e) => e[0]).sort()).toEqual(['Atlantic Sailing Cup', 'Pacific Sailing Cup', 'Sailing Cup']);
  });
});

describe('a tournament named only as the owner of its final', () => {
  it('"after Lisbon’s win over Porto in last month’s Harbour Cup final": the final is the event, not the cup', () => {
    const events = eventsOf(build('2019-09-10', 'Dana Kessler lifted the trophy after Lisbon’s win over Porto in last month’s Harbour Cup final, her club said.'));
    expect(events.map((e) => e[0])).toEqual(['Harbour Cup final']);
  });

  it('a cup also named on its own stays an event', () => {
    const events = eventsOf(
      build('2019-09-10', 'Lisbon won the Harbour Cup for the first time.', 'Dana Kessler lifted the trophy after Lisbon’s win over Porto in last month’s Harbour Cup final, her club said.'),
    );
    expect(events.map((e) => e[0]).sort()).toEqual(['Harbour Cup', 'Harbour Cup final']);
  });
});

describe('a counted group left on a shore the text names', () => {
  it('"with 80 dolphins beaching and dying on Cape Cod, 30 stranded on the Canary Islands" in March: one stranding per place', () => {
    const events = eventsOf(
      build(
        '2019-05-02',
        'Rescuers flew in from Boston.',
        'In March the rescuers were busy, with 80 dolphins beaching and dying on Cape Cod, 30 stranded and dead on the Canary Islands and more elsewhere.',
      ),
    );
    expect(events.sort()).toEqual([
      ['Canary Islands stranding', '2019-03', 'Canary Islands'],
      ['Cape Cod stranding', '2019-03', 'Cape Cod'],
    ]);
  });

  it('no count, no place or no date: no stranding', () => {
    const events = eventsOf(
      build('2019-05-02', 'Rescuers flew in from Boston.', 'Dolphins stranded on Cape Cod in March.', 'In March, 80 dolphins stranded along the coast.', '30 dolphins stranded on Cape Cod.'),
    );
    expect(events).toEqual([]);
  });
});
