// @vitest-environment node
// Events as real news tells them, in our own words (tests/fixtures/events/README.md): by a noun and a date
// the text gives, by a name ending in an incident's noun, and by words that refer back to one.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const DIR = join(__dirname, '../../fixtures/events');
const fb = buildFactBase(readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => parseArticle(f, readFileSync(join(DIR, f)))));
const events = fb.entities.filter((e) => e.type === 'event');
const named = (word: RegExp, article?: string) =>
  events.filter((e) => [e.name, ...e.aliases].some((n) => word.test(n)) && (!article || e.articles.includes(article)));
const byId = new Map(fb.entities.map((e) => [e.id, e]));

describe('incidents told by their noun', () => {
  it('"a popular uprising … four years ago": the year four years before the article', () => {
    const [uprising, ...more] = named(/uprising/);
    expect(more).toEqual([]);
    expect(uprising!.date).toBe('2017');
  });

  it('"the … Cedar Spring protests": a season inside a name is no date', () => {
    expect(named(/uprising/)[0]!.date).not.toBe('2021');
  });

  it('"the last major attack … in 2009, when … in a truck bombing": one incident, with both words', () => {
    const found = named(/attack|bombing/, '301-incidents');
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2009');
    expect([found[0]!.name, ...found[0]!.aliases].join(' ')).toMatch(/truck bombing/);
  });

  it('"the killing of three reporters in 2016"', () => {
    expect(named(/killing/).map((e) => e.date)).toEqual(['2016']);
  });

  it('"Belkadi\'s removal two weeks ago": hers, in the month it happened', () => {
    const [removal, ...more] = named(/removal/);
    expect(more).toEqual([]);
    expect(removal!.date).toBe('2021-05');
    expect(removal!.participants?.map((p) => byId.get(p)?.name)).toEqual(['Amira Belkadi']);
  });

  it('"in Tuesday night\'s coup": the Tuesday before the article', () => {
    expect(named(/coup/).map((e) => e.date)).toEqual(['2022-03-08']);
  });

  it('"a missile strike against a factory": a factory is no date (nor a time zone), so no dated strike', () => {
    expect(named(/strike/)).toEqual([]);
  });
});

describe('named incidents', () => {
  it('"the so-called Ridge Fire … as of Sunday" is an event, dated', () => {
    const [fire, ...more] = named(/^Ridge Fire$/);
    expect(more).toEqual([]);
    expect(fire!.date).toBe('2023-08-13');
    expect(fb.entities.filter((e) => e.name === 'Ridge')).toEqual([]);
  });

  it('"the 2015 Lantern Fire" keeps its year', () => {
    expect(named(/Lantern Fire/).map((e) => e.date)).toEqual(['2015']);
  });

  it('"the blaze" refers back to the fire: no event of its own', () => {
    expect(named(/blaze/)).toEqual([]);
    expect(events.filter((e) => e.articles.includes('302-fire'))).toHaveLength(2);
  });

  it('"Redwood Fire operations chief X": a body whose name ends in "Fire" is no event', () => {
    expect(named(/Redwood/)).toEqual([]);
  });
});

describe('named events the text dates loosely', () => {
  it('"GENEVA: … at the Global Water Forum in Geneva", undated: going on as the story is filed, its month', () => {
    expect(named(/Global Water Forum/).map((e) => e.date)).toEqual(['2024-01']);
  });

  it('"at the next Ocean Rights Conference this fall in Chile": a season is a date', () => {
    expect(named(/Ocean Rights Conference/).map((e) => e.date)).toEqual(['2024']);
  });
});

describe('what happened to a person, told by a passive verb', () => {
  it('"X was sentenced on Friday": X\'s sentencing, the Friday before the article, with X taking part', () => {
    const [sentencing, ...more] = named(/sentencing/);
    expect(more).toEqual([]);
    expect(sentencing!.name).toBe('Wanyoike sentencing');
    expect(sentencing!.date).toBe('2023-05-12');
    expect(sentencing!.participants?.map((p) => byId.get(p)?.name)).toEqual(['Joseph Wanyoike']);
  });

  it('"his conviction", undated and tied to no name, is no event', () => {
    expect(named(/conviction/)).toEqual([]);
  });
});

describe('violence done to a named place, told by an active verb', () => {
  const here = events.filter((e) => e.articles.includes('306-assault'));

  it('"gunmen stormed the X Museum on Tuesday" and "the attack Tuesday": one attack on the museum, that Tuesday', () => {
    const museum = here.filter((e) => /Museum/.test(e.name) || e.date === '2020-10-06');
    expect(museum.map((e) => [e.name, e.date])).toEqual([['Coraline National Museum attack', '2020-10-06']]);
    expect(byId.get(museum[0]!.place!)?.name).toBe('Coraline National Museum');
  });

  it('"In 2016, protesters assaulted the U.S. Embassy in Quito"', () => {
    expect(here.filter((e) => /Embassy/.test(e.name)).map((e) => e.date)).toEqual(['2016']);
  });

  it('"minister A attacked opposition leader B on Monday": words, not an event', () => {
    expect(here).toHaveLength(2);
  });
});
