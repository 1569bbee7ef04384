/** A new article in seeds/ adds its entities and merges the ones the archive already has. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';
import { validateFactBase } from '../../../src/factbase/validate';

const SEED = '000_eb919bbc4fd26729.txt';
const seed = parseArticle(SEED, readFileSync(path.resolve(__dirname, '../../../seeds', SEED)));
// Invented follow-up, a week later: short forms, an acronym alone before a title, a weekday, a duration.
const FOLLOW_UP = parseArticle(
  '001_followup.txt',
  new TextEncoder().encode(
    'date 2023-11-16 SAN FRANCISCO: US President Joe Biden and Chinese leader Xi Jinping met on Wednesday on the sidelines of ' +
      'the Asia-Pacific Economic Cooperation summit, their first talks in a year.\n\n' +
      'Kerry, who joined the meeting, said the two sides had agreed to restart climate working groups before COP28.\n\n' +
      'Ramon Ortega, a trade lawyer in Manila, said the talks were overdue.\n',
  ),
);

describe('adding an article to the archive', () => {
  const before = validateFactBase(buildFactBase([seed]));
  const after = validateFactBase(buildFactBase([seed, FOLLOW_UP]));
  const named = (name: string) => after.entities.filter((e) => e.name === name);

  it('merges the entities both articles mention, with facts from each, oldest first', () => {
    for (const name of ['Joe Biden', 'Xi Jinping', 'John Kerry', 'COP28', 'San Francisco', 'Asia-Pacific Economic Cooperation']) {
      const found = named(name);
      expect(found, name).toHaveLength(1);
      expect(found[0]!.articles, name).toEqual([seed.id, FOLLOW_UP.id]);
      const dates = found[0]!.facts.map((f) => f.date);
      expect(dates, name).toEqual([...dates].sort());
    }
    // "US" before a title in the new article is the archive's United States, not a new organisation
    expect(after.entities.filter((e) => e.name === 'US' || e.aliases.includes('US')).map((e) => e.name)).toEqual(['United States']);
    expect(named('United States')[0]!.articles).toEqual([seed.id, FOLLOW_UP.id]);
  });

  it('links the meeting of the new article to the archive’s meeting of the same date', () => {
    const meetings = after.entities.filter((e) => e.type === 'event' && e.participants?.length === 2 && e.participants.includes('joe-biden'));
    const dated = meetings.find((e) => e.date === '2023-11-15');
    expect(dated?.articles).toEqual([seed.id, FOLLOW_UP.id]);
    // and the 2022 meeting stays its own event ("their first talks in a year" is a duration, not a date)
    expect(meetings.map((e) => e.date).sort()).toEqual(['2022', '2023-11-15']);
  });

  it('adds the new article’s own names', () => {
    expect(before.entities.map((e) => e.name)).not.toContain('Ramon Ortega');
    expect(named('Ramon Ortega')[0]).toMatchObject({ type: 'person', description: 'Trade lawyer in Manila', articles: [FOLLOW_UP.id] });
    expect(after.entities.length).toBeGreaterThan(before.entities.length);
  });
});
