import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/matching/tokenize';
import { findMentions } from '../../../src/matching/index';
import { compiled } from './fixture';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ["Xi'an Xi’an O’Brien", ["Xi'an", "Xi'an", "O'Brien"]],
    ['Kerry’s Reuters’ it’s', ['Kerry', 'Reuters', 'it']],
    ['U.S. U.S U.N.-led e.g.', ['US', 'US', 'UN', '-', 'led', 'eg']],
    ['U.S.said', ['US', 'said']],
    ['Mr.X news.com', ['Mr', 'X', 'news', 'com']],
    ['Biden-Xi Biden–Xi Biden—Xi', ['Biden', '-', 'Xi', 'Biden', '-', 'Xi', 'Biden', 'Xi']],
    ['AT&T COP28 2023', ['AT', '&', 'T', 'COP28', '2023']],
    // accents are dropped from the spelling that is matched (offsets stay the page's)
    ['Zürich São Paulo İstanbul Erdoğan', ['Zurich', 'Sao', 'Paulo', 'Istanbul', 'Erdogan']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  it('marks which gaps a name may continue across', () => {
    const t = tokenize('John\u00a0 Kerry, Xi’s Beijing.\nChina');
    expect(t.map((x) => [x.text, x.joined, x.brk, x.possessive])).toEqual([
      ['John', false, false, false],
      ['Kerry', true, false, false],
      ['Xi', false, false, true],
      ['Beijing', false, false, false], // after a possessive: not joined
      ['China', false, true, false],
    ]);
    // after an acronym's final dot: may continue a name ("U.S. Navy"), but may also start a sentence
    expect(tokenize('U.S. Kerry').map((x) => [x.text, x.joined, x.brk])).toEqual([
      ['US', false, false],
      ['Kerry', true, true],
    ]);
  });
});

describe('offsets are UTF-16 indices into the original text', () => {
  it.each([
    ['🙂🙂 Kerry met John Kerry', 'John Kerry'],
    ['𝒳 — John Kerry', 'John Kerry'],
    ['e\u0301 John Kerry', 'John Kerry'],
  ])('%s', (text, name) => {
    const m = findMentions(compiled, text).find((x) => x.reason === 'full-name');
    expect(m && text.slice(m.start, m.end)).toBe(name);
    expect(m?.start).toBe(text.lastIndexOf(name));
  });
});
