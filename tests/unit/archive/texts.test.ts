// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build';
import { parseArticle } from '../../../src/archive/parse';
import { articleText } from '../../../src/archive/texts';
import type { ParsedArticle } from '../../../src/archive/types';
import { sentenceKey } from '../../../src/factbase/sentence-key';
import { parseArticleTexts } from '../../../src/factbase/texts';

// Invented stories, not from any archive.
const article = (paragraphs: ParsedArticle['paragraphs']): ParsedArticle => ({
  id: 'a-1', file: 'a-1.txt', date: '2024-05-02', dateline: 'OSLO', paragraphs, words: 0,
});

/** Sentence spans over the body paragraphs joined by a blank line, as extract.ts counts them. */
const spans = (body: string, sentences: string[]) =>
  sentences.map((s) => {
    const start = body.indexOf(s);
    return { start, end: start + s.length };
  });

describe('articleText', () => {
  it('cuts each body paragraph into its sentences and keeps stray headlines and subheads as they are', () => {
    const a = article([
      { text: 'Norway will build a rail link. Work starts in spring.', line: 1, kind: 'body' },
      { text: 'Ferry crews plan a strike over pay', line: 3, kind: 'headline' },
      { text: 'The line will  carry\nfreight too.', line: 5, kind: 'body' },
    ]);
    const body = 'Norway will build a rail link. Work starts in spring.\n\nThe line will  carry\nfreight too.';
    const text = articleText(a, spans(body, ['Norway will build a rail link.', 'Work starts in spring.', 'The line will  carry\nfreight too.']));
    expect(text).toEqual({
      id: 'a-1',
      blocks: [
        { kind: 'body', sentences: ['Norway will build a rail link.', 'Work starts in spring.'] },
        { kind: 'headline', sentences: ['Ferry crews plan a strike over pay'] },
        { kind: 'body', sentences: ['The line will carry freight too.'] },
      ],
    });
  });

  it('keeps text no sentence covers, and a sentence running over two paragraphs whole in the first', () => {
    const a = article([
      { text: 'Intro words. The plan', line: 1, kind: 'body' },
      { text: 'goes on here. Tail without stop', line: 3, kind: 'body' },
    ]);
    const body = 'Intro words. The plan\n\ngoes on here. Tail without stop';
    const text = articleText(a, spans(body, ['The plan\n\ngoes on here.']));
    expect(text.blocks).toEqual([
      { kind: 'body', sentences: ['Intro words.', 'The plan goes on here.'] },
      { kind: 'body', sentences: ['Tail without stop'] },
    ]);
  });
});

describe('buildArchive texts', () => {
  const seed = [
    'date 2024-05-02 OSLO: Norway said Thursday it would build a new rail link to Bergen, Transport Minister Ola Brekke told reporters.',
    '',
    'Brekke said the line would open in 2029.',
    '',
    'Harbour workers plan strike as ferry season nears',
    '',
    '“It is a long wait,” said Kari Lunde, a mayor in Bergen.',
    '',
  ].join('\n');

  it('writes a valid texts file in which every fact finds its sentence by key', () => {
    const { factBase, texts } = buildArchive([parseArticle('oslo-rail.txt', new TextEncoder().encode(seed))]);
    expect(parseArticleTexts(JSON.parse(JSON.stringify(texts)))).toEqual(texts);
    const keys = new Set(texts.articles.flatMap((a) => a.blocks.flatMap((b) => b.sentences.map(sentenceKey))));
    const facts = factBase.entities.flatMap((e) => e.facts);
    expect(facts.length).toBeGreaterThan(2);
    for (const fact of facts) expect(keys.has(sentenceKey(fact.text)), fact.text).toBe(true);
    expect(texts.articles[0]!.blocks.map((b) => b.kind)).toEqual(['body', 'body', 'headline', 'body']);
  });
});
