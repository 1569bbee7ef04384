import { describe, expect, it } from 'vitest';
import { entityOf } from '../../../src/matching/load';
import { scan } from '../../../src/matching/scan';
import { tokenize } from '../../../src/matching/tokenize';
import { compiled, matcher } from './fixture';

/** What the scanner matched, before disambiguation: "surface→id" for each span. */
function scanned(text: string): string[] {
  const tokens = tokenize(text);
  return scan(matcher, tokens).map((c) => `${text.slice(tokens[c.i]!.start, tokens[c.j]!.end)}→${compiled.ids[entityOf(c.refs[0]!)]}`);
}

describe('word boundaries: never inside a word', () => {
  it.each([
    ['Kerry spoke.', ['Kerry→john-kerry']],
    ['Kerrygold butter', []],
    ['the US and China', ['US→united-states', 'China→china']],
    ['a USB cable', []],
    ['Han arrived', ['Han→han-zheng']],
    ['Hanoi and Hanover', []],
    ['Xi arrived', ['Xi→xi-jinping']],
    ["the city of Xi'an", []],
    ['the city of Xi’an', []],
    ['the city of Xian', []],
    ['Xi’an’s walls', []],
    ['Chinas and Beijinger', []],
    ['COP27 and COP280', []],
    ['COP28', ['COP28→cop28']],
  ])('%s', (text, expected) => expect(scanned(text)).toEqual(expected));
});

describe('case rules', () => {
  it.each([
    ['BEIJING: officials said', ['BEIJING→beijing']],
    ['Beijing said', ['Beijing→beijing']],
    ['example.com/beijing-travel', []],
    ['UNITED STATES and United States', ['UNITED STATES→united-states', 'United States→united-states']],
    ['united states', []],
    ['United states', []], // every word the archive capitalises must be capitalised
    ['let us go', []], // the pronoun is not "US"
    ['Us and them', []], // nor at the start of a sentence
    ['US officials', ['US→united-states']],
    ['XI and xi', []], // short forms only exactly as written
    ['han and HAN', []],
    ['apec', []],
    ['Apec', ['Apec→apec']], // an acronym of four letters or more in title case, as some papers write it (linked only with support)
    ['APEC', ['APEC→apec']],
    ['cop28 and cOP28', []],
    ['Cop28 opened', ['Cop28→cop28']], // an acronym with a digit is no word: a capitalised spelling of it is the acronym
    ['KERRY TALKS', ['KERRY→john-kerry']], // longer than three letters: all caps is fine
    ['kerry', []],
    ['Asia-Pacific Economic Cooperation', ['Asia-Pacific Economic Cooperation→apec']],
    ['ASIA-PACIFIC ECONOMIC COOPERATION', ['ASIA-PACIFIC ECONOMIC COOPERATION→apec']],
    ['APEC Summit', ['APEC Summit→apec-summit']], // a word the archive writes in lower case may be capitalised
  ])('%s', (text, expected) => expect(scanned(text)).toEqual(expected));
});

describe('possessives: the mention is the name only', () => {
  it.each([
    ["Kerry's plan", ['Kerry→john-kerry']],
    ['Kerry’s plan', ['Kerry→john-kerry']],
    ['Reuters’ report', ['Reuters→reuters']],
    ["Reuters' report", ['Reuters→reuters']],
    ['John Kerry’s visit', ['John Kerry→john-kerry']],
    ['the U.S.’s position', ['U.S.→united-states']],
    ['John’s Kerry', ['Kerry→john-kerry']], // a possessive ends a name: "John Kerry" cannot continue across it
  ])('%s', (text, expected) => expect(scanned(text)).toEqual(expected));
});

describe('hyphens and dashes', () => {
  it.each([
    ['Biden-Xi talks', ['Biden→joe-biden', 'Xi→xi-jinping']],
    ['Biden–Xi talks', ['Biden→joe-biden', 'Xi→xi-jinping']],
    ['China-U.S. ties', ['China→china', 'U.S.→united-states']],
    ['U.S.-China ties', ['U.S.→united-states', 'China→china']],
    ['Asia-Pacific Economic Cooperation', ['Asia-Pacific Economic Cooperation→apec']],
    ['Asia–Pacific Economic Cooperation', ['Asia–Pacific Economic Cooperation→apec']],
    ['Park Ji-hoon said', ['Park Ji-hoon→park-ji-hoon']],
    ['Park Ji-Hoon said', ['Park Ji-Hoon→park-ji-hoon']],
    ['the Biden-Xi meeting', ['Biden-Xi meeting→biden-xi-meeting']],
    ['Biden—Xi', ['Biden→joe-biden', 'Xi→xi-jinping']], // an em dash separates clauses
  ])('%s', (text, expected) => expect(scanned(text)).toEqual(expected));
});

describe('dotted forms', () => {
  it.each([
    ['the U.S. said', ['U.S.→united-states']],
    ['the U.S said', ['U.S→united-states']],
    ['the US said', ['US→united-states']],
    ['the u.s. said', []],
    ['the U.S.A. said', ['U.S.A.→united-states']], // not in the archive: a well-known form (short-forms.ts)
    ['U. S. officials', []],
  ])('%s', (text, expected) => expect(scanned(text)).toEqual(expected));

  it('invents no expansions beyond the curated table of well-known forms', () => {
    expect(compiled.aliases[compiled.ids.indexOf('united-states')]).toEqual(['United States', 'United States of America', 'USA', 'US']);
  });
});

describe('whitespace, quotes and punctuation', () => {
  it.each([
    ['John\nKerry', ['John\nKerry→john-kerry']],
    ['John   Kerry', ['John   Kerry→john-kerry']],
    ['John\u00a0Kerry', ['John\u00a0Kerry→john-kerry']],
    ['John\r\n  Kerry', ['John\r\n  Kerry→john-kerry']],
    ['John, Kerry', ['Kerry→john-kerry']], // punctuation breaks a name
    ['“Kerry”, he said', ['Kerry→john-kerry']],
    ['"Kerry", he said', ['Kerry→john-kerry']],
    ['(Beijing).', ['Beijing→beijing']],
    ['met in Beijing.', ['Beijing→beijing']],
    ['Beijing?!', ['Beijing→beijing']],
    ['United States:', ['United States→united-states']],
  ])('%j', (text, expected) => expect(scanned(text)).toEqual(expected));
});

describe('longest match, no overlaps', () => {
  it.each([
    ['John Kerry', ['John Kerry→john-kerry']],
    ['Xi Jinping', ['Xi Jinping→xi-jinping']],
    ['APEC summit', ['APEC summit→apec-summit']],
    ['Asia-Pacific Economic Cooperation summit', ['Asia-Pacific Economic Cooperation summit→apec-summit']],
    ['Asia-Pacific Economic', []], // a prefix of a name is not a name
    ['Han Zheng Xi Jinping', ['Han Zheng→han-zheng', 'Xi Jinping→xi-jinping']],
  ])('%s', (text, expected) => expect(scanned(text)).toEqual(expected));
});
