/**
 * Names on a page that the archive does not know: the builder's own candidate and typing rules, run on the
 * page's text in the background context (compromise is far too slow for the page's main thread).
 */
import type { EntityType } from '../factbase/schema';
import { parse, tokenize, type Sentence } from '../nlp/tokens';
import { findCandidates } from './candidates';
import { normalizeName } from './local';
import { resolveEntities } from './resolve';

/** Pages can be huge: look at this much of the article's text, which holds the names that matter. */
export const MAX_DETECT_CHARS = 60_000;

export interface DetectedName {
  text: string;
  type: EntityType;
  count: number;
}

/** compromise reads the text this much at a time (cut at a paragraph or sentence end): ~20-40 ms of work each. */
export const SLICE_CHARS = 4_000;

/**
 * People, organisations, places and named events in `text` whose names `isKnown` does not recognise,
 * most mentioned first.
 */
export function detectUnknownNames(text: string, isKnown: (name: string) => boolean): DetectedName[] {
  const sentences: Sentence[] = [];
  for (const [base, slice] of slices(text.slice(0, MAX_DETECT_CHARS))) sentences.push(...sentencesOf(slice, base));
  return unknownIn(sentences, isKnown);
}

/**
 * The same, a slice at a time with `pause()` between slices: in the background, where one long page must
 * not hold up every other tab's requests (settings, matching) for the second compromise takes over it.
 */
export async function detectUnknownNamesInSlices(text: string, isKnown: (name: string) => boolean, pause: () => Promise<void>): Promise<DetectedName[]> {
  const sentences: Sentence[] = [];
  for (const [base, slice] of slices(text.slice(0, MAX_DETECT_CHARS))) {
    sentences.push(...sentencesOf(slice, base));
    await pause();
  }
  return unknownIn(sentences, isKnown);
}

function unknownIn(sentences: Sentence[], isKnown: (name: string) => boolean): DetectedName[] {
  const { entities } = resolveEntities(findCandidates(sentences, ''));
  return entities
    // only the full name decides: "Hunter Lindqvist" is not known just because "Lindqvist" is
    .filter((e) => e.mentions.length > 0 && !isKnown(e.name))
    .map((e) => ({ text: e.name, type: e.type, count: e.mentions.length }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** Sentences of one slice, with offsets moved to the whole text's. */
function sentencesOf(slice: string, base: number): Sentence[] {
  return tokenize(parse(slice), slice).map((s) => ({
    ...s,
    start: s.start + base,
    end: s.end + base,
    tokens: s.tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base })),
  }));
}

/** [offset, slice] pairs of at most SLICE_CHARS, cut after a paragraph break, a line break or a sentence end. */
function* slices(text: string): Generator<[number, string]> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + SLICE_CHARS);
    if (end < text.length) {
      const window = text.slice(at + SLICE_CHARS / 2, end);
      const cut = Math.max(window.lastIndexOf('\u2029'), window.lastIndexOf('\n'), window.lastIndexOf('. '));
      if (cut >= 0) end = at + SLICE_CHARS / 2 + cut + 1;
    }
    yield [at, text.slice(at, end)];
    at = end;
  }
}

/** A name lookup over the archive's names and aliases, case- and punctuation-insensitive. */
export function knownNames(names: Iterable<string>): (name: string) => boolean {
  const set = new Set<string>();
  for (const n of names) set.add(normalizeName(n));
  return (name) => set.has(normalizeName(name));
}
