// @vitest-environment node
// Quotes in the shapes real wire copy has (issue 9), in our own words with invented people: who said the
// quoted words, and which words they are.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/archive/extract';
import { parseArticle } from '../../../src/archive/parse';

/** One seed-format article from its paragraphs (the first is the lead). */
function quotesOf(...paragraphs: string[]) {
  const seed = `date 2024-03-05 TROMSO: ${paragraphs.join('\n\n')}\n`;
  const extraction = extractArticle(parseArticle('quotes.txt', new TextEncoder().encode(seed)));
  return extraction.quotes.map((q) => ({ quote: q.quote, speaker: q.speaker?.name, sentence: extraction.sentences[q.sentence]!.text }));
}

const speakerOf = (start: string, quotes: ReturnType<typeof quotesOf>) => {
  const q = quotes.find((x) => x.quote.startsWith(start));
  expect(q, `a quote starting "${start}"`).toBeDefined();
  return q!.speaker;
};

const LEAD = 'Harbour director Mara Quell and fisheries adviser Erik Landvik met port workers in Tromso on Monday.';

describe('the speaker of a quote', () => {
  it.each([
    [
      'named after the quote, with the one who was told after the verb',
      ['“The harbour will reopen next month,” Quell told Radio Nordkyst.'],
      'The harbour will reopen',
      'Mara Quell',
    ],
    ['named after "said", before an apposition', ['“We have waited long enough,” said Mara Quell, the harbour director.'], 'We have waited', 'Mara Quell'],
    [
      'named before an apposition and "said", the quote a few words of the sentence',
      ['Erik Landvik, a senior fellow at the Institute of Tides in Bodo, said he was “dismayed” by the ruling.'],
      'dismayed',
      'Erik Landvik',
    ],
    [
      'a name inside the quoted words is not the speaker',
      ['“Erik Landvik told us the harbour would close,” Quell said on Tuesday.'],
      'Erik Landvik told us',
      'Mara Quell',
    ],
    ['"X said:" before the quote, after a clause with another verb of saying', ['Asked about the repairs as she left, Quell said: "We are making progress."'], 'We are making progress', 'Mara Quell'],
    ['"according to X"', ['Repairs will take “at least three winters of work,” according to the Coastal Authority.'], 'at least three winters', 'Coastal Authority'],
    ['"X …, saying “…”"', ['Landvik rejected the offer on Tuesday, saying the numbers “do not add up for the boats.”'], 'do not add up', 'Erik Landvik'],
    [
      'a pronoun: the one person the previous paragraph names',
      ['Quell spoke to reporters after the vote on Tuesday.', '“We lost this one, but not the next,” she said.'],
      'We lost this one',
      'Mara Quell',
    ],
    [
      'a quote of several paragraphs',
      ['“We have waited long enough,” said Quell.', '“The fishermen deserve an answer, and they deserve it this spring.”'],
      'The fishermen deserve',
      'Mara Quell',
    ],
    [
      'a second quote after the attributed one, in the same paragraph',
      ['“It has been a long winter,” Landvik said. “The boats have not moved since November.”'],
      'The boats have not moved',
      'Erik Landvik',
    ],
    ['a quote of several sentences in straight and curly marks mixed', ['"It was a hard winter. It will be a harder spring,” Landvik said.'], 'It was a hard winter', 'Erik Landvik'],
  ])('%s', (_, paragraphs, start, speaker) => {
    expect(speakerOf(start, quotesOf(LEAD, ...paragraphs))).toBe(speaker);
  });

  it('names nobody when the pronoun could be either of two people', () => {
    const quotes = quotesOf('Mara Quell met Ingrid Solberg in Tromso on Monday to discuss the harbour.', '“It went well,” she said.');
    expect(speakerOf('It went well', quotes)).toBeUndefined();
  });

  it('tells "he" from "she" by a first name compromise knows', () => {
    const quotes = quotesOf('Mara Quell met Erik Landvik in Tromso on Monday to discuss the harbour.', '“It went well,” he said.');
    expect(speakerOf('It went well', quotes)).toBe('Erik Landvik');
  });

  it('names nobody for an unnamed source', () => {
    const quotes = quotesOf(LEAD, 'An unnamed port official wrote that the plan was “reckless and badly costed.”');
    expect(speakerOf('reckless and badly costed', quotes)).toBeUndefined();
  });

  it('gives a title in quotation marks no speaker', () => {
    const quotes = quotesOf(LEAD, 'Quell and Landvik released “The Harbour Statement on Shared Waters” after the meeting.');
    expect(speakerOf('The Harbour Statement', quotes)).toBeUndefined();
  });
});

describe('the quoted words', () => {
  it('are split from the next sentence', () => {
    const quotes = quotesOf(LEAD, 'Quell called the plan “a gift to the shipping lines.” She will appeal the decision in April.');
    const q = quotes.find((x) => x.quote.startsWith('a gift'))!;
    expect(q.sentence).toBe('Quell called the plan “a gift to the shipping lines.”');
    expect(q.speaker).toBe('Mara Quell');
  });

  it('are every quoted sentence of a long quote, each with its speaker', () => {
    const quotes = quotesOf(
      LEAD,
      '“The ice came early this year, and it came hard. Three boats were lost in the first week alone, and the crews were lucky to get home. Nobody here has seen a season like it, not even the oldest skippers on the quay,” Landvik said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(quotes.map(() => 'Erik Landvik'));
    expect(quotes.map((q) => q.quote).join(' ')).toContain('Three boats were lost');
  });
});
