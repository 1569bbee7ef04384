// @vitest-environment node
// Shapes real news pages have, written in our own words (tests/fixtures/shapes/README.md), and what the
// builder must make of each: one entity of the right kind per real thing, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const DIR = join(__dirname, '../../fixtures/shapes');
const fb = buildFactBase(readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => parseArticle(f, readFileSync(join(DIR, f)))));
const named = (name: string) => fb.entities.filter((e) => e.name === name || e.aliases.includes(name));
const names = fb.entities.map((e) => e.name);

describe('shapes of real news', () => {
  it.each([
    ['a middle initial ("Marlon T. Brisbee")', 'Marlon T. Brisbee', 'person'],
    ['a middle initial, the second person', 'Tova R. Quillen', 'person'],
    ['a museum is a place', 'Velarde National Museum', 'place'],
    ['an embassy is a place', 'U.S. Embassy', 'place'],
    ['a harbour is a place', 'Corvina Harbour', 'place'],
    ['"the X party"', 'Umoja', 'organization'],
    ['"her X political faction"', 'Q12', 'organization'],
    ['a web site', 'Verilens.com', 'organization'],
    ['a web site, without its domain', 'Verilens', 'organization'],
    ['"rights group X"', 'Lantern Watch', 'organization'],
    ['"X magazine"', 'Kestrel', 'organization'],
    ['a magazine named after a place', 'Toronto magazine', 'organization'],
    ['"X, an industry body"', 'Halvardi', 'organization'],
    ['two names joined by "and": the first', 'Quarry News', 'organization'],
    ['two names joined by "and": the second, by its neighbour', 'Factlane', 'organization'],
    ['"and" inside a name that ends in its head', 'Global Ferry and Freight Council', 'organization'],
    ['a body "in" a city: the body', 'Academy of Hoof and Paw Medicine', 'organization'],
    ['a body "in" a city: the city', 'Houston', 'place'],
    ['a body "in" a country: its reach, part of the name', 'Council for Rowing in Kenya', 'organization'],
    ['a body whose name has a particle', 'Jund al-Wadi', 'organization'],
    ['a person whose name has a particle', 'Salim al-Nadiri', 'person'],
    ['a body whose name opens with a particle', 'al-Harra', 'organization'],
    ["a country's congress is its legislature", 'Kenya Congress', 'organization'],
    ["a prize's field belongs to its name", 'Vantari Prize in Fiction', 'award'],
    ['a bill is a law in the making', 'Tidal Records Bill', 'agreement'],
    ["an act's year belongs to its name", 'Pooled Savings Act of 1952', 'agreement'],
  ])('%s', (_shape, name, type) => {
    const found = named(name);
    expect(found, name).toHaveLength(1);
    expect(found[0]!.type).toBe(type);
  });

  it('is one person with and without a middle initial, across articles', () => {
    expect(named('Marlon Brisbee')).toEqual(named('Marlon T. Brisbee'));
    expect(named('Marlon Brisbee')[0]!.articles.length).toBe(2);
  });

  it.each([['Marlon T'], ['Tova R'], ['Calvinists'], ['Anabaptists'], ['Waldensians'], ['Remarkably'], ['Tirawa'], ['Quarry News and Factlane'], ['Freight Council'], ['Harra-linked'], ['Sfax-based'], ['Fiction'], ['Pooled Savings Act']])('makes no entity of %s', (junk) => {
    expect(names).not.toContain(junk);
  });
});
