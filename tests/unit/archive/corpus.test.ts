import { describe, expect, it } from 'vitest';
import { corpusArticle } from '../../quality/corpus';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('corpusArticle (a local corpus of real articles)', () => {
  it('reads a seed with a dateline as the seed format does', () => {
    const a = corpusArticle('001_a.txt', bytes('date 2024-05-02 PORTMERE: The council voted on Tuesday.\n\nIt was a long day.\n'));
    expect([a.dateline, a.paragraphs.map((p) => p.text)]).toEqual(['PORTMERE', ['The council voted on Tuesday.', 'It was a long day.']]);
  });

  it('reads an article without a dateline as paragraphs, joining a paragraph\'s lines', () => {
    const a = corpusArticle('002_b.txt', bytes('date 2024-05-02 The council of Velkor voted\non Tuesday.\r\n\r\nIt was a long day for Ana Lind.\n'));
    expect([a.date, a.dateline, a.paragraphs.map((p) => p.text)]).toEqual(['2024-05-02', '', ['The council of Velkor voted on Tuesday.', 'It was a long day for Ana Lind.']]);
  });

  it('still refuses what is not an article', () => {
    expect(() => corpusArticle('003_c.txt', bytes('The council voted.'))).toThrow(/003_c\.txt:1/);
  });
});
