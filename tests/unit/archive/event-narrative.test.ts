// @vitest-environment node
// Events that real news tells in passing, as it narrates the past, written in our own words (invented people
// and bodies, real countries): an incident noun a tagger reads as a verb ("staged an uprising in 2008"), deaths
// of a counted group told by a verb, an election told by its voters, a bombing told by "blew up", a body's
// annual meeting, a speech to a body, a year carried from the sentence before, a war named by its place and a
// wave of unrest named after a season ("the Cedar Spring protests").
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { bodyArticle } from '../../helpers/body-articles';
import type { Entity } from '../../../src/factbase/schema';

const build = (date: string, ...paragraphs: string[]) => buildFactBase([bodyArticle('n1.txt', date, paragraphs)]);

const eventsOf = (fb: { entities: Entity[] }) => {
  const byId = new Map(fb.entities.map((e) => [e.id, e]));
  return fb.entities
    .filter((e) => e.type === 'event')
    .map((e) => ({ name: e.name, aliases: e.aliases, date: e.date, place: e.place && byId.get(e.place)?.name, participants: e.participants?.map((p) => byId.get(p)?.name) }));
};

describe('incidents told as the story narrates the past', () => {
  it('"rebels in Chad staged an uprising in 2008": an -ing noun after an article is the incident, dated', () => {
    const events = eventsOf(
      build('2019-04-02', 'Relations soured over the years. After rebels in Chad staged an uprising in 2008, the army of Lorvan Teske answered with force.'),
    );
    expect(events.map((e) => [e.date, e.place])).toEqual([['2008', 'Chad']]);
    expect(events[0]!.name).toMatch(/uprising/);
  });
});

describe('an -ing incident noun after a describing word', () => {
  it('"Earlier this year in Chile, a mass stranding of dolphins …" in a story of January 3rd: the stranding of the year before, in Chile', () => {
    const events = eventsOf(build('2019-01-03', 'Earlier this year in Chile, a mass stranding of dolphins left volunteers scrambling.'));
    expect(events.map((e) => [e.name, e.date, e.place])).toEqual([['2018 mass stranding', '2018', 'Chile']]);
  });
});

describe('deaths of a counted group, told by a verb and dated', () => {
  it('"militants … beheaded 12 hostages" in a dated sentence: the beheading of 12 hostages, that year', () => {
    const events = eventsOf(build('2019-04-02', 'In 2016, militants loyal to the Sable Front beheaded 12 hostages along the coast of Libya.'));
    expect(events.map((e) => [e.name, e.date])).toEqual([['beheading of 12 hostages', '2016']]);
  });

  it('"In January, Sable Front militants beheaded …": a month the tagger took for a name still dates it', () => {
    const events = eventsOf(build('2019-04-02', 'In January, Sable Front militants beheaded 12 hostages along the coast of Libya.'));
    expect(events.map((e) => [e.name, e.date])).toEqual([['beheading of 12 hostages', '2019-01']]);
  });

  it('"seven worshippers were killed in Ohio in June": the killing, that month, in Ohio', () => {
    const events = eventsOf(build('2019-08-01', 'After seven worshippers were killed in Ohio in June, the governor of the state called for new laws.'));
    expect(events.map((e) => [e.name, e.date, e.place])).toEqual([['killing of seven worshippers', '2019-06', 'Ohio']]);
  });

  it('the deaths of an incident told in the same sentence are that incident; undated deaths, or jobs, are no event', () => {
    const events = eventsOf(
      build(
        '2019-04-02',
        'The last major attack in Peru was in 2009, when gunmen killed 14 people in a truck bombing outside a hotel.',
        'Farmers say wolves killed 30 sheep on the hills above the town.',
        'In 2012, the carmaker killed 200 jobs at its plant in Ohio.',
      ),
    );
    expect(events.map((e) => e.date)).toEqual(['2009']);
    expect(events[0]!.name).not.toMatch(/killing/);
  });
});

describe('elections told by what the voters did', () => {
  it('"Last fall, Kenyans elected a new parliament": the Kenyan election of that year, in Kenya', () => {
    const events = eventsOf(build('2019-03-10', 'Kenya has changed since the unrest. Last fall, Kenyans elected a new parliament after years of turmoil.'));
    expect(events.map((e) => [e.name, e.date, e.place])).toEqual([['2018 Kenyan election', '2018', 'Kenya']]);
  });

  it('"In 2011, voters had elected …": the country the story is about, not one named after the verb', () => {
    const events = eventsOf(
      build(
        '2019-03-10',
        'Peru faces a hard year. Officials in Peru fear unrest.',
        'In 2011, voters had elected a government led by the Sable Front, a movement similar to Egypt’s ruling party.',
      ),
    );
    expect(events.map((e) => [e.name, e.date, e.place])).toEqual([['2011 Peru election', '2011', 'Peru']]);
  });

  it('"Chileans voted in a referendum on Sunday": the referendum, no election besides', () => {
    const events = eventsOf(build('2022-11-10', 'Chileans voted in a referendum on Sunday to reject the draft charter.'));
    expect(events.map((e) => [e.name, e.date])).toEqual([['referendum', '2022-11-06']]);
  });

  it('"lawmakers voted on Tuesday": no election', () => {
    expect(eventsOf(build('2019-03-10', 'In Peru, lawmakers voted on Tuesday to raise the minimum wage.'))).toEqual([]);
  });
});

describe('violence done to a site, told by a phrasal verb', () => {
  it('"agents blew up the Sable Coast Embassy": a bombing of the embassy, that year', () => {
    const events = eventsOf(build('2019-03-10', 'In 2004, rebel agents blew up the Sable Coast Embassy in Kenya, killing 30 people.'));
    expect(events.map((e) => [e.name, e.date])).toEqual([['Sable Coast Embassy bombing', '2004']]);
  });

  it('"… blew up the United States Embassies in Kenya and Uganda": a site no entity stands for, named as written, placed by the sentence', () => {
    const events = eventsOf(build('2019-03-10', 'In 2004, rebel agents blew up the United States Embassies in Kenya and Uganda, killing 30 people.'));
    expect(events.map((e) => [e.name, e.date, e.place])).toEqual([['United States Embassies bombing', '2004', 'Kenya']]);
  });

  it('"the storm blew up the coast" is no bombing', () => {
    expect(eventsOf(build('2019-03-10', 'In 2004, a storm blew up the coast of Kenya.'))).toEqual([]);
  });
});

describe('a body\'s gathering named after it', () => {
  it('"presented at the annual meeting of the Northern Society of Glassmakers in Denver": this year\'s, in Denver, held by the body', () => {
    const events = eventsOf(build('2020-02-10', 'The study was presented at the annual meeting of the Northern Society of Glassmakers in Denver.'));
    expect(events.map((e) => [e.name, e.date, e.place, e.participants])).toEqual([
      ['Northern Society of Glassmakers annual meeting', '2020', 'Denver', ['Northern Society of Glassmakers']],
    ]);
  });

  it('"a meeting of the Northern Society of Glassmakers", neither annual nor dated: no event', () => {
    expect(eventsOf(build('2020-02-10', 'The idea came up at a meeting of the Northern Society of Glassmakers in Denver.'))).toEqual([]);
  });
});

describe('a speech to a body', () => {
  it('"Marta Kovac is due to address the Pacific Union during her stop in Fiji on Sunday"', () => {
    const events = eventsOf(build('2021-06-10', 'Prime Minister Marta Kovac is due to address the Pacific Union during her stop in Fiji on Sunday.'));
    expect(events.map((e) => [e.name, e.date, e.place, e.participants])).toEqual([
      ['Kovac address to Pacific Union', '2021-06-13', 'Fiji', ['Marta Kovac', 'Pacific Union']],
    ]);
  });

  it('"her address to the Pacific Union in May" (the noun)', () => {
    const events = eventsOf(build('2021-06-10', 'Prime Minister Marta Kovac was praised for her address to the Pacific Union in May.'));
    expect(events.map((e) => [e.name, e.date])).toEqual([['Kovac address to Pacific Union', '2021-05']]);
  });

  it('"to address the Pacific Union\'s concerns", or an undated address: no event', () => {
    const events = eventsOf(
      build(
        '2021-06-10',
        'Prime Minister Marta Kovac promised on Monday to address the Pacific Union’s concerns.',
        'Prime Minister Marta Kovac hopes to address the Pacific Union one day.',
      ),
    );
    expect(events).toEqual([]);
  });
});

describe('a year carried over from the sentence before', () => {
  const strike = 'In retaliation, President Ana Ruiz ordered a missile strike against a warehouse in Kampala.';

  it('"In 2004, …. In retaliation, … ordered a missile strike …": the strike of that year', () => {
    const events = eventsOf(build('2019-03-10', `In 2004, rebel agents blew up the Sable Coast Embassy in Kenya. ${strike}`));
    expect(events.filter((e) => /strike/.test(e.name)).map((e) => [e.name, e.date, e.place])).toEqual([['2004 missile strike', '2004', 'Kampala']]);
  });

  it('not from another paragraph, nor from a sentence that does not open with the year', () => {
    const apart = eventsOf(build('2019-03-10', 'In 2004, rebel agents blew up the Sable Coast Embassy in Kenya.', strike));
    const inside = eventsOf(build('2019-03-10', `Rebel agents blew up the Sable Coast Embassy in Kenya in 2004. ${strike}`));
    expect([...apart, ...inside].filter((e) => /strike/.test(e.name))).toEqual([]);
  });

  it('not for an incident the sentence does not tell as past ("officials fear a new attack could come")', () => {
    const events = eventsOf(build('2019-03-10', 'In 2004, rebel agents blew up the Sable Coast Embassy in Kenya. Officials now fear a new attack could come.'));
    expect(events.map((e) => e.name)).toEqual(['Sable Coast Embassy bombing']);
  });
});

describe('a war, named by where it is', () => {
  it('"a civil war in recently independent Eritrea", undated: the Eritrea civil war, in Eritrea, without a date', () => {
    const events = eventsOf(build('2019-03-10', 'Aid groups fear the fighting could feed a civil war in recently independent Eritrea.'));
    expect(events.map((e) => [e.name, e.date, e.place])).toEqual([['Eritrea civil war', undefined, 'Eritrea']]);
  });

  it('"a trade war in Europe" is words', () => {
    expect(eventsOf(build('2019-03-10', 'Exporters fear a trade war in Europe.'))).toEqual([]);
  });
});

describe('a wave of unrest named after a season', () => {
  it('"the Cedar Spring protests … four years ago": an event of that year, not dated by another sentence that names it', () => {
    const events = eventsOf(
      build(
        '2021-06-10',
        'Gunmen attacked a hotel in Tunis on Wednesday, shaking a country long held up as the model of the Cedar Spring.',
        'A popular revolt toppled the ruler four years ago, opening the way for the Cedar Spring protests across the region.',
      ),
    );
    expect(events.filter((e) => /Spring/.test(e.name)).map((e) => [e.name, e.date])).toEqual([['Cedar Spring', '2017']]);
  });

  it('"the Cedar Spring" never followed by unrest is no event', () => {
    const events = eventsOf(build('2021-06-10', 'Tourists flock to the Cedar Spring hotel in Tunis on Wednesday.'));
    expect(events.filter((e) => /Spring/.test(e.name))).toEqual([]);
  });
});

describe('a shooting told by "opened fire"', () => {
  it('"Hours after the debate, a gunman opened fire at a cinema in the Indian state of Kerala": a shooting in Kerala, the day before the article or on it', () => {
    const events = eventsOf(build('2019-03-10', 'Hours after the debate, a gunman opened fire at a cinema in the Indian state of Kerala, killing two people.'));
    expect(events.map((e) => [e.name, e.date, e.place])).toEqual([['Kerala shooting', '2019-03', 'Kerala']]);
  });

  it('the gunfire of an attack told that day is the attack', () => {
    const events = eventsOf(
      build(
        '2020-10-08',
        'Gunmen opened fire on visitors at the Coraline National Museum on Tuesday, killing four guards.',
        'The attackers stormed the Coraline National Museum on Tuesday afternoon before police ended the siege.',
      ),
    );
    expect(events.map((e) => [e.name, e.date])).toEqual([['Coraline National Museum attack', '2020-10-06']]);
  });

  it('undated gunfire is no event', () => {
    expect(eventsOf(build('2020-10-08', 'Soldiers opened fire on the crowd, witnesses said.'))).toEqual([]);
  });
});
