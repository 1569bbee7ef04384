// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nlp/analyse';
import { joinAfterMonths, splitAfterQuotes } from '../../../src/nlp/quote-sentences';

const sentences = (text: string) => analyse(text, '2024-03-05', () => false).sentences.map((s) => s.text.trim());

describe('a sentence that ends inside a quotation ends there', () => {
  it.each([
    ['curly, full stop inside', 'Mara Quell called the ruling “a disgrace to the court.” She will appeal.', ['Mara Quell called the ruling “a disgrace to the court.”', 'She will appeal.']],
    ['straight, full stop inside', 'He said the plan was "finished." Then the vote began.', ['He said the plan was "finished."', 'Then the vote began.']],
    ['after "said:"', 'Tobin Vell said: "We are close." Talks resume today.', ['Tobin Vell said: "We are close."', 'Talks resume today.']],
    ['a question', 'She asked “Why now?” Nobody answered.', ['She asked “Why now?”', 'Nobody answered.']],
    ['two quotes in a row', '“We are ready.” “So are we.”', ['“We are ready.”', '“So are we.”']],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['the sentence goes on in lower case', 'He said “no sir.” and walked away.'],
    ['a quote that runs on over sentences', '"It was hard. It was long," said Ada Brisk.'],
  ])('keeps whole: %s', (_, text) => {
    expect(splitAfterQuotes(text).join('')).toBe(text);
  });

  it('never loses or moves characters', () => {
    const text = '“One.” Two. "Three!" Four? ‘Five.’ Six';
    expect(splitAfterQuotes(text).join('')).toBe(text);
  });
});

describe('a month written short before its day', () => {
  it('ends no sentence ("Saturday’s (Jan. 13) Zembla election")', () => {
    const text = "Velkor dismissed Ana Lind's (AL) triumph in Saturday’s (Jan. 13) Zembla presidential election. It changed nothing.";
    expect(analyse(text, '2024-01-14').sentences.map((s) => s.text)).toEqual(["Velkor dismissed Ana Lind's (AL) triumph in Saturday’s (Jan. 13) Zembla presidential election.", 'It changed nothing.']);
  });
  it('still ends one when no day follows ("It was Jan. Then came Feb.")', () => {
    expect(joinAfterMonths(['It was Jan. ', 'Then came Feb.'])).toEqual(['It was Jan. ', 'Then came Feb.']);
    expect(joinAfterMonths(['It opened (Sept. ', '4) in Harlow.'])).toEqual(['It opened (Sept. 4) in Harlow.']);
  });
});
