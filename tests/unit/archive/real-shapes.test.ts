// @vitest-environment node
// The shapes real wire copy has, written in our own words (tests/fixtures/ids/README.md), and what the
// builder must make of them: one entity per real thing, no junk, roles with their endings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';

const DIR = join(__dirname, '../../fixtures/ids');
const fb = buildFactBase(readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => parseArticle(f, readFileSync(join(DIR, f)))));
const byName = (name: string) => fb.entities.filter((e) => e.name === name || e.aliases.includes(name));
const names = fb.entities.map((e) => e.name);

describe('real shapes', () => {
  it('U.S., US, America and United States are one place', () => {
    const us = byName('United States');
    expect(us).toHaveLength(1);
    expect(us[0]!.type).toBe('place');
    expect(us[0]!.aliases).toEqual(expect.arrayContaining(['U.S.', 'US', 'America']));
    expect(fb.entities.filter((e) => e.type === 'organization' && /^(US|U\.S\.)$/.test(e.name))).toEqual([]);
  });

  it('a title with its domain is not part of the name ("Secretary of State X", "Envoy for Climate X")', () => {
    expect(names.filter((n) => /^(State|Climate) /.test(n))).toEqual([]);
    expect(byName('Daniel Mutua')).toHaveLength(1);
  });

  it('accent variants are one person', () => {
    expect(byName('José Ibarra')).toHaveLength(1);
    expect(byName('Jose Ibarra')).toEqual(byName('José Ibarra'));
  });

  it('a misspelt expansion beside the acronym is the same organisation', () => {
    const orgs = fb.entities.filter((e) => e.type === 'organization' && (e.name.includes('Resilience') || e.aliases.includes('OCR') || e.name === 'OCR'));
    expect(orgs).toHaveLength(1);
  });

  it('makes no entities of demonyms, credits, fragments or a weekday glued to a place', () => {
    for (const junk of ['Chinese', 'Indonesian', 'Kenyan', 'American', 'Reuters', 'Lena Marsh', 'Coastal Images', 'Group', 'Paris Thursday'])
      expect(names, junk).not.toContain(junk);
    expect(fb.entities.flatMap((e) => e.aliases)).not.toContain('Reuters');
    expect(byName('Group of 20')[0]?.type).toBe('organization');
  });

  it('ends a role that a later article ends, and gives it to the successor', () => {
    const [ruth] = byName('Ruth Wanjiru-Kamau');
    expect(ruth!.description).toMatch(/former climate envoy/i);
    expect(ruth!.roles).toEqual([expect.objectContaining({ from: '2023-03-02', until: '2024-01-18' })]);
    const [mutua] = byName('Daniel Mutua');
    expect(mutua!.description).toMatch(/climate envoy/i);
    expect(mutua!.description).not.toMatch(/former/i);
    // the sentence about the change is a fact of both
    const change = (e: typeof ruth) => e!.facts.some((f) => /stepped down/.test(f.text));
    expect(change(ruth)).toBe(true);
    expect(change(mutua)).toBe(true);
  });

  it('keeps two meetings of the same two leaders apart, each with its own year', () => {
    const meetings = fb.entities.filter((e) => e.type === 'event' && e.participants?.length === 2 && e.participants.every((p) => /velloso|okonjo/.test(p)));
    const years = meetings.map((m) => m.date?.slice(0, 4));
    // 2022 in Bali, 2023 in San Francisco (and the summit they agreed to hold in 2024): one entity each
    expect(years).toEqual(expect.arrayContaining(['2022', '2023']));
    expect(new Set(years).size).toBe(years.length);
  });
});

describe('long text', () => {
  it('cuts a fact over the limit at a boundary instead of failing the build', () => {
    const long = `${'The delegates from Ruritania discussed the coastal fund at length '.repeat(90)}without a full stop`;
    const fbLong = buildFactBase([parseArticle('long.txt', new TextEncoder().encode(`date 2024-01-02 LIMA: Peru said it would join the Organisation for Coastal Resilience. ${long}.`))]);
    const facts = fbLong.entities.flatMap((e) => e.facts);
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.text.length).toBeLessThanOrEqual(1_000);
  });

  it('builds a sentence without spaces and thousands of one-line paragraphs', () => {
    const noSpaces = `date 2024-01-02 LIMA: Peru said so. ${'x'.repeat(20_000)}.`;
    expect(() => buildFactBase([parseArticle('nospace.txt', new TextEncoder().encode(noSpaces))])).not.toThrow();
    const lines = `date 2024-01-02 LIMA: Peru said so.\n\n${Array.from({ length: 3000 }, (_, k) => `Line ${k} of the Lima statement was read.`).join('\n\n')}`;
    expect(buildFactBase([parseArticle('lines.txt', new TextEncoder().encode(lines))]).articles[0]!.words).toBeGreaterThan(3000);
  });
});
