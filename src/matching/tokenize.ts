/**
 * One tokenisation shared by the compiler (aliases) and the scanner (page text), so that an alias and
 * the page agree on what a word is. Offsets are UTF-16 indices into the original string.
 */

/** A word (or a joining hyphen / ampersand) of the text. */
export interface Token {
  start: number;
  end: number;
  /** Normalised spelling: dots of "U.S." dropped, ’ → ', dashes → "-", accents dropped ("Erdoğan" → "Erdogan"). Case kept. */
  text: string;
  lower: string;
  /** Starts with an upper-case letter: only such a token can begin a capitalised name. */
  upper: boolean;
  /** Only whitespace (any amount, line breaks, NBSP) separates it from the previous token: a name may continue across. */
  joined: boolean;
  /**
   * Only whitespace separates it from a previous possessive ("People’s Party"): not `joined`, since a bare name
   * ends at its ’s, but a form of the archive with a possessive inside ("People's Party") continues across.
   */
  afterPossessive: boolean;
  /** A sentence or line break lies between it and the previous token: context windows stop here. */
  brk: boolean;
  /** It ended in ’s / 's, which is left out of the token (and of any mention). */
  possessive: boolean;
}

/**
 * Order matters: dotted initials first ("U.S.", "U.S" → "US", only single letters between dots, so
 * "Mr.X" or "news.com" are not acronyms; the last dot is kept unless a word follows it); then words, where an apostrophe followed by a letter stays
 * inside ("Wu'an", "Wu’an", "O’Brien" are one word, so "Wu" never matches inside them); then hyphen-like
 * dashes and "&" as tokens of their own, so "Lindqvist-Wu" is two names but "Asia-Pacific ..." can still be
 * one alias. The em dash is left out: it separates clauses, never joins a name.
 */
const TOKEN = /(?:\p{L}\.)+\p{L}(?![\p{L}\p{M}\p{N}])(?:\.(?![\p{L}\p{M}\p{N}]))?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[-‐‑‒–&]/gu;
const POSSESSIVE = /['’][sS]$/;
const AFTER_APOSTROPHE = /^['’]([\p{L}\p{M}\p{N}]+)/u;
// U+2029 (paragraph separator) is what the page layer puts between blocks: a hard break, never inside a name.
const NON_SPACE = /[\S\u2029]/;
const BREAK = /[.!?\n\u2029]/;
const DASHES = '-‐‑‒–';
const NON_ASCII = /[^ -~\s]/;
const MARKS = /\p{M}/gu;

/** Splits text into tokens; see `Token`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevPossessive = false;
  let prevDotted = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let raw = m[0];
    const start = m.index;
    let end = start + raw.length;
    let possessive = false;
    const last = raw.charCodeAt(raw.length - 1);
    const tail = raw.length > 2 && raw.charCodeAt(1) === 46 ? AFTER_APOSTROPHE.exec(text.slice(end, end + 64)) : null;
    if (tail) {
      // "U.S.’s" is a possessive; "U.S.’x…" is one odd word, never the initials inside it
      const taken = tail[0].length;
      if (tail[1]!.toLowerCase() === 's') possessive = true;
      else raw = text.slice(start, end + taken);
      TOKEN.lastIndex = end + taken;
      if (!possessive) end += taken;
    } else if ((last === 115 || last === 83) && raw.length > 2 && POSSESSIVE.test(raw)) {
      raw = raw.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    let norm = raw;
    if (raw.length === 1 && DASHES.includes(raw)) norm = '-';
    else if (raw.length > 2 && raw.charCodeAt(1) === 46 && !/['’]/.test(raw)) norm = raw.replace(/\./g, '');
    else if (raw.includes('’')) norm = raw.replace(/’/g, "'");
    // "Erdoğan" and "Erdogan", "José" and "Jose": a letter's accents are not what tells names apart
    if (NON_ASCII.test(norm)) norm = norm.normalize('NFD').replace(MARKS, '');
    let gap = gapKind(text, prevEnd, start);
    // "Tesk v. Varo", "Tesk vs. Varo": the dot of "v." between a case's parties ends no sentence
    if (gap && isVersusDot(tokens, text, prevEnd, start) && startsUpper(norm)) gap = 0;
    tokens.push({
      start,
      end,
      text: norm,
      lower: norm.toLowerCase(),
      upper: startsUpper(norm),
      joined: tokens.length > 0 && !prevPossessive && !(gap & DIRTY),
      afterPossessive: prevPossessive && !(gap & DIRTY),
      // "the U.K. Okafor said": the acronym's dot may also end the sentence
      brk: (gap & BREAK_IN) !== 0 || prevDotted,
      possessive,
    });
    const consumed = m.index + m[0].length;
    prevEnd = Math.max(consumed, TOKEN.lastIndex);
    prevPossessive = possessive;
    prevDotted = prevEnd === consumed && m[0].endsWith('.');
  }
  return tokens;
}

/** The gap after "v" or "vs" that follows a capitalised word is its abbreviation's dot and a space. */
function isVersusDot(tokens: readonly Token[], text: string, from: number, to: number): boolean {
  const v = tokens[tokens.length - 1];
  return !!v && (v.text === 'v' || v.text === 'vs') && !!tokens[tokens.length - 2]?.upper && text.charCodeAt(from) === 46 && to - from === 2 && text.charCodeAt(from + 1) === 32;
}

/** Gap flags: something other than whitespace lies in it; a sentence or line break lies in it. */
const DIRTY = 1;
const BREAK_IN = 2;

function gapKind(text: string, from: number, to: number): number {
  // the common gap is one ASCII space: decide it without slicing
  if (to - from === 1 && text.charCodeAt(from) === 32) return 0;
  const gap = text.slice(from, to);
  return (NON_SPACE.test(gap) ? DIRTY : 0) | (BREAK.test(gap) ? BREAK_IN : 0);
}

/** True when the first character is an upper-case (or title-case) letter. */
export const startsUpper = (s: string): boolean => {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90; // ASCII fast path: most words of most pages
  const c = s.charAt(0);
  return c !== c.toLowerCase();
};

/** All letters upper-case, at least two of them ("US", "OECS", "COP29"). */
export const isAcronym = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase() && /\p{L}.*\p{L}/u.test(s);

/**
 * An official name of three words or more with a lower-case joining word ("Ministry of Finance", "Department
 * of Energy and Climate"): pages write it in lower case too ("the ministry of finance"), and in that shape it
 * cannot be an ordinary phrase by chance, so it matches in any case.
 */
export const isAnyCaseForm = (form: string): boolean => {
  const words = form.split(' ');
  return words.length >= 3 && words.some((w) => w === 'of' || w === 'and' || w === 'for') && words.filter(startsUpper).length >= 2;
};
