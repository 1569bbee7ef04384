// A house of a legislature is named on through "of" ("the House of Representatives", "the House of Lords"),
// written in our own words: one organisation, not a "House" and a "Representatives" place.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import type { ParsedArticle } from '../../../src/archive/types';

const article = (...paragraphs: string[]): ParsedArticle => ({
  id: 'h1',
  file: 'h1.txt',
  date: '2024-05-02',
  dateline: 'PORTMERE',
  paragraphs: paragraphs.map((text, k) => ({ text, line: 1 + 2 * k, kind: 'body' })),
  words: paragraphs.join(' ').split(/\s+/).length,
});

describe('a house of a legislature', () => {
  it('is one organisation, named with what follows "of"', () => {
    const fb = buildFactBase([
      article(
        'The harbour bill passed the House of Representatives on Thursday after a long debate, officials said.',
        'It now goes to the House of Delegates, where Speaker Anouk Claes said a vote could come within a week.',
      ),
    ]);
    const names = fb.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('organization:House of Representatives');
    expect(names).toContain('organization:House of Delegates');
    expect(names.filter((n) => /:(House|Representatives|Delegates)$/.test(n))).toEqual([]);
  });
});
