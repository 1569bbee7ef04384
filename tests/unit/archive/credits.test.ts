// Staff credits at the foot of real stories (reporters, contributors, a reporter's biography, a newsletter's
// sign-up line, an author box that is only a name), written in our own words: the builder takes no entities
// from them, and story text of the same look earlier in the article is still read.
import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../../../src/archive/build';
import { creditParagraphs, isCredit } from '../../../src/archive/credits';
import type { ParsedArticle } from '../../../src/archive/types';

describe('isCredit', () => {
  it.each([
    'Maren Oskarsson reported from Tromsø, and Ilja Verhoef from Ghent.',
    'Pieter Lund and Sanne de Wit contributed.',
    'Pieter Lund contributed reporting from Antwerp.',
    'Additional reporting by Tove Aalto in Turku; Editing by Rui Esteves',
    'Reporting by Tove Aalto',
    'Ilja Verhoef covers the city council.',
    'Maren Oskarsson is a freelance producer for the Northern Ledger based in Oslo.',
    'Ilja Verhoef is the Europe Digital Editor for Harbour News, based in Ghent.',
    'Sign up for Tidelines, a weekly newsletter from Ilja Verhoef about ports.',
    'Maren Oskarsson',
  ])('a credit: %s', (text) => expect(isCredit(text)).toBe(true));

  it.each([
    'Maren Oskarsson is a fisheries minister who has led the talks since March.',
    'Ilja Verhoef said the port would reopen on Monday.',
    'The council contributed 3 million euros to the harbour fund.',
    'Harbour workers reported from the quay that the cranes had stopped.',
    'Ghent',
  ])('story text: %s', (text) => expect(isCredit(text)).toBe(false));

  it('looks only at the last paragraphs', () => {
    const story = ['Maren Oskarsson', ...Array.from({ length: 8 }, (_, k) => `Paragraph ${k} of the story goes on.`), 'Pieter Lund contributed.'];
    expect([...creditParagraphs(story)]).toEqual([9]);
  });
});

function article(...paragraphs: string[]): ParsedArticle {
  return {
    id: 'c1',
    file: 'c1.txt',
    date: '2024-03-12',
    dateline: 'GHENT',
    paragraphs: paragraphs.map((text, k) => ({ text, line: 1 + 2 * k, kind: 'body' })),
    words: paragraphs.join(' ').split(/\s+/).length,
  };
}

describe('the builder and credits', () => {
  it('makes no entity of the newsroom’s people, and still reads the story', () => {
    const fb = buildFactBase([
      article(
        'Port director Anouk Claes said on Tuesday that the Ghent harbour would reopen after the strike.',
        'The Harbour Workers Union said its members would return on Monday, Claes told reporters.',
        'Maren Oskarsson reported from Tromsø, and Ilja Verhoef from Ghent.',
        'Pieter Lund and Sanne de Wit contributed.',
        'Ilja Verhoef is the Europe Digital Editor for Harbour News, based in Ghent.',
      ),
    ]);
    const names = fb.entities.map((e) => e.name);
    expect(names).toContain('Anouk Claes');
    for (const credit of ['Maren Oskarsson', 'Ilja Verhoef', 'Pieter Lund', 'Sanne de Wit', 'Harbour News']) expect(names, credit).not.toContain(credit);
  });
});

describe('a story about a journalist', () => {
  it('reads a biography-shaped paragraph as story text when the story names that person elsewhere', () => {
    const story = [
      'The Harbour Prize went on Friday to the reporter Maren Oskarsson, whose paper exposed the port fraud.',
      'Oskarsson thanked her sources in a short speech in Ghent.',
      'Maren Oskarsson is a Norwegian journalist who has been a critic of Mayor Anouk Claes for a decade.',
      'Ilja Verhoef is the Europe Digital Editor for Harbour News, based in Ghent.',
    ];
    expect([...creditParagraphs(story)]).toEqual([3]);
    const names = buildFactBase([article(...story)]).entities.map((e) => e.name);
    expect(names).toContain('Anouk Claes');
    expect(names).not.toContain('Ilja Verhoef');
  });

  it('keeps a writer\'s biography a credit when only a surname the writer shares is in the story', () => {
    const story = ['Leader Kim Dovan met the envoy in Portmere on Monday.', 'Kim said the talks went well.', 'Ana Kim is a freelance producer for Harbour News based in Portmere.'];
    expect([...creditParagraphs(story)]).toEqual([2]);
  });
});

describe('credits and addresses inside the story', () => {
  it('a photo credit with slashes is no one; a site written as its address is an organisation', () => {
    const fb = buildFactBase([
      article(
        'Fans queued outside the Ghent arena on Tuesday, according to the fan site Tidewatchers.net, which first reported the sale.',
        'Anouk Claes, the arena director, said the queue had formed overnight. Maren Oskarsson/Harbour Press/Coastal Images',
        'Tidewatchers.net said the tickets sold out within an hour, Claes told reporters.',
      ),
    ]);
    const names = fb.entities.map((e) => e.name);
    expect(names.filter((n) => n.includes('/'))).toEqual([]);
    expect(names).not.toContain('Maren Oskarsson');
    expect(fb.entities.find((e) => e.name === 'Tidewatchers.net')?.type).toBe('organization');
  });
});
