// @vitest-environment node
// Ids are stable: adding articles one at a time never makes an existing id name another thing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignIds, buildFactBase } from '../../../src/archive/build';
import type { GlobalEntity } from '../../../src/archive/link';
import type { DateMention } from '../../../src/nlp/dates';
import { parseArticle } from '../../../src/archive/parse';
import type { Entity } from '../../../src/factbase/schema';

const ROOT = join(__dirname, '../../..');
const DIRS = ['seeds', 'tests/fixtures/articles', 'tests/fixtures/heldout/articles', 'tests/fixtures/ids'].map((d) => join(ROOT, d));
const files = DIRS.flatMap((d) => {
  try {
    return readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f));
  } catch {
    return [];
  }
});
const articles = files.map((f) => parseArticle(f.split('/').pop()!, readFileSync(f)));

/** What an id names: its kind, and its name or one of its aliases; events also their year. */
const sameThing = (before: Entity, after: Entity | undefined): boolean =>
  !!after &&
  after.type === before.type &&
  (after.name === before.name || after.aliases.includes(before.name)) &&
  (before.type !== 'event' || (before.date ?? '').slice(0, 4) === (after.date ?? '').slice(0, 4));

describe('entity ids', () => {
  it('has articles that share names, so growth is tested', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['oldest first', [...articles].sort((a, b) => a.date.localeCompare(b.date))],
    ['newest first', [...articles].sort((a, b) => b.date.localeCompare(a.date))],
  ])('keep naming the same thing as articles are added, %s', (_order, ordered) => {
    const problems: string[] = [];
    let before = new Map<string, Entity>();
    for (let k = 1; k <= ordered.length; k++) {
      const fb = buildFactBase(ordered.slice(0, k));
      const now = new Map(fb.entities.map((e) => [e.id, e]));
      for (const [id, e] of before) {
        if (!now.has(id)) continue; // an entity may go (a surname that turned out to be a full name's)
        if (!sameThing(e, now.get(id))) problems.push(`after ${ordered[k - 1]!.file}: ${id} was ${e.type} "${e.name}", now ${now.get(id)!.type} "${now.get(id)!.name}"`);
      }
      before = now;
    }
    expect(problems).toEqual([]);
  });

  it('do not depend on the order articles are given in', () => {
    const a = buildFactBase(articles).entities.map((e) => `${e.id} ${e.type} ${e.name}`);
    const b = buildFactBase([...articles].reverse()).entities.map((e) => `${e.id} ${e.type} ${e.name}`);
    expect(b).toEqual(a);
  });
});

describe('assignIds', () => {
  const dated = (day: string): DateMention => ({ text: day, start: 0, end: 0, from: day, to: day, precision: 'day' });
  const monthOf = (month: string): DateMention => ({ text: month, start: 0, end: 0, from: `${month}-01`, to: `${month}-28`, precision: 'month' });
  const event = (name: string, date?: DateMention): GlobalEntity => ({
    type: 'event',
    name,
    aliases: new Set(),
    roles: [],
    articles: new Set(['a']),
    locals: new Map(),
    ...(date ? { date } : {}),
  });

  it('gives every entity its own id, even when names and dates repeat and a name spells another’s id', () => {
    // a thousand-article archive once had three "Doe-Roe talks" in one month beside a name whose slug
    // was the second one's numbered id: two entities got the same id and the build failed
    const entities = [
      event('Doe-Roe talks', monthOf('2015-10')),
      event('Doe-Roe talks', monthOf('2015-10')),
      event('Doe-Roe talks', monthOf('2015-10')),
      event('Doe-Roe talks 2015 10 2', dated('2015-10-20')),
      event('Doe-Roe talks', dated('2015-11-03')),
    ];
    const ids = [...assignIds(entities).values()];
    expect(new Set(ids).size).toBe(entities.length);
    // the one whose own name gives that id keeps it
    expect(assignIds(entities).get(entities[3]!)).toBe('doe-roe-talks-2015-10-2');
  });
});
