/**
 * The words that say what a text is about, without compromise: lower-cased content words, a plural's "s"
 * dropped, stop words and numbers left out. Cheap enough to run on a page's text in the background for
 * every card, and the same on both sides of a comparison (a page's terms against a fact's).
 */
import { TERM_STOP_WORDS } from './lexicon';

/** Shorter words are rarely topical ("war" is, but so are "the", "has", "was": three letters cost too much). */
const MIN_TERM_CHARS = 4;
/** A page's key terms: at most this many, the most frequent first. */
export const MAX_PAGE_TERMS = 40;
/** A page's key terms come from its first this many characters: the story's top says what it is about. */
export const PAGE_TERM_CHARS = 30_000;

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** A word as a term: lower case, possessive and plural endings dropped; undefined for a stop word. */
export function termOf(word: string): string | undefined {
  let w = word.toLowerCase().replace(/['’]s?$/, '');
  if (w.length < MIN_TERM_CHARS || TERM_STOP_WORDS.has(w)) return undefined;
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > MIN_TERM_CHARS) w = w.slice(0, -1);
  return TERM_STOP_WORDS.has(w) ? undefined : w;
}

/** Every term of `text`, in order, repeats included. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const term = termOf(word);
    if (term) out.push(term);
  }
  return out;
}

/**
 * A page's key terms: its terms said at least twice, the most frequent first (ties: the first said), at most
 * MAX_PAGE_TERMS, read from the first PAGE_TERM_CHARS characters.
 */
export function keyTerms(text: string): string[] {
  const counts = new Map<string, number>();
  for (const term of termsOf(text.slice(0, PAGE_TERM_CHARS))) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_PAGE_TERMS)
    .map(([term]) => term);
}
