/**
 * Names on a page that the archive does not know: the builder's own candidate and typing rules, run on the
 * page's text in the background context (compromise is far too slow for the page's main thread).
 */
import type { EntityType } from '../factbase/schema';
import { parse, tokenize } from '../nlp/tokens';
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

/**
 * People, organisations, places and named events in `text` whose names `isKnown` does not recognise,
 * most mentioned first.
 */
export function detectUnknownNames(text: string, isKnown: (name: string) => boolean): DetectedName[] {
  const sample = text.slice(0, MAX_DETECT_CHARS);
  const sentences = tokenize(parse(sample), sample);
  const { entities } = resolveEntities(findCandidates(sentences, ''));
  return entities
    // only the full name decides: "Hunter Lindqvist" is not known just because "Lindqvist" is
    .filter((e) => e.mentions.length > 0 && !isKnown(e.name))
    .map((e) => ({ text: e.name, type: e.type, count: e.mentions.length }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** A name lookup over the archive's names and aliases, case- and punctuation-insensitive. */
export function knownNames(names: Iterable<string>): (name: string) => boolean {
  const set = new Set<string>();
  for (const n of names) set.add(normalizeName(n));
  return (name) => set.has(normalizeName(name));
}
