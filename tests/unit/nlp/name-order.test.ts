import { describe, expect, it } from 'vitest';
import { surnameOf } from '../../../src/nlp/name-order';
import { parse, tokenize } from '../../../src/nlp/tokens';

/** The surname of a two-or-more-word name as the extractor would guess it without seeing it alone. */
function surname(name: string): string {
  const text = `Officials met ${name} on Monday.`;
  const tokens = tokenize(parse(text), text)[0]!.tokens.filter((t) => t.start >= 14 && t.end <= 14 + name.length);
  return surnameOf(tokens);
}

describe('surname of a personal name', () => {
  it.each([
    ['Angela Merkel', 'Merkel'],
    ['Wang Yiming', 'Wang'], // pinyin: one-syllable surname first
    ['Li Qiang', 'Li'],
    ['Park Ji-hoon', 'Park'], // Korean: hyphenated given name
    ['Moon Jae-in', 'Moon'],
    ['Orbán Viktor', 'Orbán'], // Hungarian order: the given name is known to be a first name
    ['Carlos Alcaraz', 'Alcaraz'],
    ['Amina Mohammed', 'Mohammed'],
    ['Peder Morgan', 'Morgan'], // a word that is a first name or a surname: the usual order
    ['Brannock Doyle', 'Doyle'], // a surname compromise also knows as a man's name, after a given name it does not know
    ['Roddo Wayne', 'Wayne'],
    ['Haakon VII', 'Haakon'], // a regnal number is no surname
    ['Tomas Brel Jr.', 'Brel'],
  ])('%s → %s', (name, expected) => {
    expect(surname(name)).toBe(expected);
  });
});
