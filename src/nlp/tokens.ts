import { engine } from './engine';

/** One word of the text, with compromise's tags and its offsets in the analysed string. */
export interface Token {
  /** The word without a possessive ending ("Lima" for "Lima’s"). */
  text: string;
  lower: string;
  /** Punctuation and spaces around the word, as compromise reports them. */
  pre: string;
  post: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  possessive: boolean;
  /** Position in its sentence. */
  i: number;
}

export interface Sentence {
  /** The sentence's text: `text.slice(start, end)` of the analysed string, so token offsets index into it. */
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const POSSESSIVE = /['’]s$/;

/** A compromise document (typed loosely: compromise's own types do not cover its plugins). */
export type Doc = ReturnType<ReturnType<typeof engine>>;

/** Parses `text` once; pass the result to `tokenize` and `findDates`. */
export function parse(text: string): Doc {
  return engine()(text);
}

/** Tag sets are shared between tokens that have the same tags: a long text has millions of tokens, and a few hundred sets. */
const TAG_SETS = new Map<string, ReadonlySet<string>>();
const tagSet = (tags: string[]): ReadonlySet<string> => sharedTags(tags.join(' '));

/** The shared set of the tags whose names are joined by spaces in `key` ("ProperNoun Singular"). */
export function sharedTags(key: string): ReadonlySet<string> {
  let set = TAG_SETS.get(key);
  if (!set) {
    set = new Set(key ? key.split(' ') : []);
    if (TAG_SETS.size < 100_000) TAG_SETS.set(key, set);
  }
  return set;
}

/** Splits a parsed text into sentences of tagged tokens with offsets into the text. */
export function tokenize(doc: Doc, text: string): Sentence[] {
  const json = doc.json({ offset: true }) as { text: string; terms: CompromiseTerm[] }[];
  const sentences: Sentence[] = [];
  for (const s of json) {
    const tokens: Token[] = [];
    for (const term of s.terms) {
      if (!term.text) continue; // compromise expands contractions into empty terms
      let word = term.text;
      let possessive = false;
      if (POSSESSIVE.test(word)) {
        word = word.slice(0, -2);
        possessive = true;
      } else if (/^['’]/.test(term.post) && /s$/.test(word)) {
        possessive = true; // "Reuters’ report"
      }
      tokens.push({
        text: word,
        lower: word.toLowerCase(),
        pre: term.pre,
        post: term.post,
        start: term.offset.start,
        end: term.offset.start + word.length,
        tags: tagSet(term.tags),
        possessive,
        i: tokens.length,
      });
    }
    if (!tokens.length) continue;
    const start = tokens[0]!.start - tokens[0]!.pre.length;
    const last = tokens[tokens.length - 1]!;
    const end = last.start + (last.text.length + (last.possessive && !/['’]/.test(last.post[0] ?? '') ? 2 : 0)) + last.post.trimEnd().length;
    sentences.push({ text: text.slice(start, end), start, end, tokens });
  }
  return sentences;
}

/** Is the word written with a capital (or is it a code like "COP29")? */
// "80,000-capacity", "3-year-old", "10-day": a number joined to a lower-case word is a modifier, not a name's word
const NUMBER_MODIFIER = /^[\d.,]+[-‐–]\p{Ll}/u;
export function isCapitalised(t: Token): boolean {
  return /^[\p{Lu}\d]/u.test(t.text) && /\p{L}/u.test(t.text) && !NUMBER_MODIFIER.test(t.text);
}

export function hasTag(t: Token | undefined, ...tags: string[]): boolean {
  return !!t && tags.some((tag) => t.tags.has(tag));
}

type LexiconEntry = string | string[] | undefined;
let lexicon: Record<string, LexiconEntry> | undefined;

/**
 * What compromise's dictionary says a word or phrase is, out of context ("india" → Country, "german" →
 * Demonym). Its in-context tags can be led astray ("German government" tags "German" as an organisation).
 */
export function lexiconTags(phrase: string): string[] {
  lexicon ??= (engine() as unknown as { model(): { one: { lexicon: Record<string, LexiconEntry> } } }).model().one.lexicon;
  const entry = lexicon[phrase.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

const PLACE_LEXICON = new Set(['Place', 'Country', 'City', 'Region', 'Address']);
/** compromise's dictionary knows the phrase as a place. */
export const knownPlace = (phrase: string): boolean => lexiconTags(phrase).some((t) => PLACE_LEXICON.has(t));
/** compromise's dictionary knows the phrase as an organisation. */
export const knownOrganization = (phrase: string): boolean => lexiconTags(phrase).includes('Organization');
