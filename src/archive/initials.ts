/**
 * Acronyms and the names they stand for. An acronym is read from the name's capitalised words, one first letter
 * each; one compound word may give a second letter, its second part's ("Union of Southeast Velkor States" is
 * "USEVS": s-e of "Southeast").
 */
import { countryName } from '../nlp/gazetteer';

/** "Harbour Masters Organisation" → "HMO": the first letters of its capitalised words (hyphens split words). */
export const initialsOf = (name: string): string => capitalWords(name).map((w) => w[0]).join('');

const capitalWords = (name: string): string[] => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));

/**
 * Whether `acronym` (capitals, dots left out) stands for `name`: its initials exactly, or its initials with one
 * more letter that opens a later part of a compound word ("USEVS" for "Union of Southeast Velkor States").
 */
export function standsFor(acronym: string, name: string): boolean {
  // ("FTC" for "US Federal Trade Commission": a country's code in capitals before a body's name is often left out
  // of its acronym; a country's name that is part of the body's is not: "Zembla National Oil Corporation")
  const lead = name.split(/\s+/);
  if (lead.length > 2 && /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u.test(lead[0]!) && countryName(lead[0]!) !== undefined && /^\p{Lu}/u.test(lead[1]!) && standsFor(acronym, lead.slice(1).join(' '))) return true;
  const words = capitalWords(name);
  const initials = words.map((w) => w[0]).join('');
  if (initials === acronym) return true;
  if (acronym.length !== initials.length + 1 || words.length < 3) return false;
  // the one extra letter: after word k's first letter, before word k+1's, where word k joins two words
  for (let k = 0; k < words.length; k++) {
    if (acronym.slice(0, k + 1) !== initials.slice(0, k + 1) || acronym.slice(k + 2) !== initials.slice(k + 1)) continue;
    if (compoundParts(words[k]!).includes(acronym[k + 1]!)) return true;
  }
  return false;
}

/**
 * The first letters of the later parts of a compound word, in capitals: "Southeast" → ["E"], "TeskVelkor" → ["V"];
 * none for a plain word (any inner letter would make "Party" stand for "PA").
 */
function compoundParts(word: string): string[] {
  const compass = /^(?:north|south)(east|west)/i.exec(word);
  if (compass) return [compass[1]![0]!.toUpperCase()];
  return [...word.slice(1).matchAll(/(?<=\p{Ll})\p{Lu}/gu)].map((m) => m[0]);
}

/** The initials one letter shorter than `acronym`, under which a name it may stand for is filed by `initialsOf`. */
export const shorterInitials = (acronym: string): string[] => [...new Set([...acronym].slice(1).map((_, k) => acronym.slice(0, k + 1) + acronym.slice(k + 2)))];
