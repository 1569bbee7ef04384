/**
 * The analysis threads send their analysis back in a compact form (src/cli/analyse-wire.ts): what the main
 * thread reads back is the analysis itself, field for field and in the same order, tags shared as tokenize shares them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datesNeeded, storyOf } from '../../../src/archive/extract';
import { parseArticle } from '../../../src/archive/parse';
import { decode, encode } from '../../../src/cli/analyse-wire';
import { analyse } from '../../../src/nlp/analyse';
import { sharedTags } from '../../../src/nlp/tokens';

const article = parseArticle('wire.txt', readFileSync('tests/fixtures/articles/001_election.txt'));

describe('the analysis on the wire', () => {
  const { text, bodyLength } = storyOf(article);
  const analysis = analyse(text, article.date, datesNeeded(bodyLength));

  it('reads back as the analysis it was, in the same field order', () => {
    expect(analysis.sentences.length).toBeGreaterThan(5);
    expect(analysis.dates.length).toBeGreaterThan(0);
    const back = decode(encode(analysis));
    const plain = (a: unknown) => JSON.stringify(a, (key, value: unknown) => (key === 'tags' ? [...(value as Set<string>)].join(' ') : value));
    expect(plain(back)).toBe(plain(analysis));
    expect(back.sentences[0]!.tokens[0]!.tags).toBe(sharedTags([...analysis.sentences[0]!.tokens[0]!.tags].join(' ')));
  });

  it('is much smaller than the analysis as plain JSON', () => {
    const plain = JSON.stringify(analysis, (key, value: unknown) => (key === 'tags' ? [...(value as Set<string>)].join(' ') : value));
    expect(encode(analysis).length).toBeLessThan(plain.length / 3);
  });
});
