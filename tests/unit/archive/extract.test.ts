import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import type { ParsedArticle } from '../../../src/archive/types';
import { validateFactBase } from '../../../src/factbase/validate';
import type { Entity, FactBase } from '../../../src/factbase/schema';

/** An article from paragraphs of invented text (the first is the lead, without its dateline). */
function article(id: string, date: string, dateline: string, ...paragraphs: string[]): ParsedArticle {
  return {
    id,
    file: `${id}.txt`,
    date,
    dateline,
    paragraphs: paragraphs.map((text, k) => ({
      text,
      line: 1 + 2 * k,
      kind: /[.!?”"’]$/.test(text) ? 'body' : text.split(/\s+/).length > 4 ? 'headline' : 'subhead',
    })),
    words: paragraphs.join(' ').split(/\s+/).length,
  };
}

const byName = (fb: FactBase, name: string): Entity | undefined =>
  fb.entities.find((e) => e.name === name || e.aliases.includes(name));
const names = (fb: FactBase, type?: Entity['type']) => fb.entities.filter((e) => !type || e.type === type).map((e) => e.name);

const OSLO = article(
  'a1',
  '2024-06-06', // a Thursday
  'OSLO',
  'Norway said Thursday that fisheries talks with Iceland had ended without agreement.',
  'Norwegian Fisheries Minister Ingrid Halvorsen and her Icelandic counterpart Gunnar Sigurdsson met in Bergen on Tuesday.',
  '“We remain far apart,” Halvorsen said. The Directorate of Fisheries and Coastal Affairs said it would publish quotas next week.',
  'Halvorsen, who took office last year, has pledged to halve bycatch by 2030.',
  'Fish prices climb as talks stall',
  '‘No deal’',
  'The North Atlantic Fisheries Organization (NAFO) will meet in Halifax at the end of the month for the NAFO summit.',
);

const REYKJAVIK = article(
  'a2',
  '2024-07-02',
  'REYKJAVIK',
  'Iceland’s Gunnar Sigurdsson said Tuesday that he would resign. Sigurdsson told reporters that Halvorsen had been a tough negotiator.',
);

describe('extraction from one article', () => {
  const fb = validateFactBase(buildFactBase([OSLO]));

  it('finds people with their roles, including a counterpart', () => {
    expect(byName(fb, 'Ingrid Halvorsen')).toMatchObject({ type: 'person', description: 'Norwegian Fisheries Minister' });
    expect(byName(fb, 'Gunnar Sigurdsson')?.description).toMatch(/^Icelandic Fisheries Minister, counterpart of Ingrid Halvorsen$/);
  });

  it('links a short form to the full name, not to a new entity', () => {
    expect(byName(fb, 'Ingrid Halvorsen')?.aliases).toContain('Halvorsen');
    expect(names(fb)).not.toContain('Halvorsen');
  });

  it('joins organisation names across "of" and "and", and pairs acronyms with their expansion', () => {
    expect(byName(fb, 'Directorate of Fisheries and Coastal Affairs')?.type).toBe('organization');
    expect(byName(fb, 'North Atlantic Fisheries Organization')?.aliases).toContain('NAFO');
  });

  it('finds places, including the dateline and places only introduced by "in"', () => {
    for (const place of ['Oslo', 'Norway', 'Iceland', 'Bergen', 'Halifax']) expect(byName(fb, place)?.type, place).toBe('place');
  });

  it('dates events against the article date, with tense', () => {
    const talks = fb.entities.find((e) => e.type === 'event' && e.participants?.length === 2);
    expect(talks).toMatchObject({ date: '2024-06-04', place: byName(fb, 'Bergen')!.id });
    expect(byName(fb, 'NAFO summit')).toMatchObject({ type: 'event', date: '2024-06', place: byName(fb, 'Halifax')!.id });
  });

  it('keeps quotes with their speaker and pledges with their target year', () => {
    const halvorsen = byName(fb, 'Ingrid Halvorsen')!;
    expect(halvorsen.facts).toContainEqual(expect.objectContaining({ kind: 'quote', quote: 'We remain far apart,', speaker: halvorsen.id }));
    expect(halvorsen.facts).toContainEqual(expect.objectContaining({ kind: 'pledge', targets: ['2030'] }));
  });

  it('makes no entity of titles, demonyms, weekdays, subheads, stray headlines or pronouns', () => {
    const all = names(fb).concat(fb.entities.flatMap((e) => e.aliases));
    for (const junk of ['Minister', 'Fisheries Minister', 'Norwegian', 'Icelandic', 'Thursday', 'Tuesday', 'No deal', 'Fish', 'We', 'The']) {
      expect(all, junk).not.toContain(junk);
    }
    // facts never come from stray headlines
    expect(fb.entities.flatMap((e) => e.facts).map((f) => f.text)).not.toContain('Fish prices climb as talks stall');
  });

  it('relates names that are mentioned together', () => {
    const halvorsen = byName(fb, 'Ingrid Halvorsen')!;
    expect(halvorsen.related.map((r) => r.id)).toContain(byName(fb, 'Gunnar Sigurdsson')!.id);
  });
});

describe('linking across articles', () => {
  it('merges the same person across articles, with facts from each, oldest first', () => {
    const fb = validateFactBase(buildFactBase([REYKJAVIK, OSLO]));
    const gunnar = fb.entities.filter((e) => e.name === 'Gunnar Sigurdsson');
    expect(gunnar).toHaveLength(1);
    expect(gunnar[0]!.articles).toEqual(['a1', 'a2']);
    const dates = gunnar[0]!.facts.map((f) => f.date);
    expect(dates).toEqual([...dates].sort());
    // a surname alone in the later article links to the full name from the earlier one
    expect(fb.entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Halvorsen');
    expect(byName(fb, 'Ingrid Halvorsen')!.articles).toEqual(['a1', 'a2']);
  });

  it('is deterministic: the same articles in any order give the same fact base', () => {
    expect(JSON.stringify(buildFactBase([OSLO, REYKJAVIK]))).toBe(JSON.stringify(buildFactBase([REYKJAVIK, OSLO])));
  });
});
