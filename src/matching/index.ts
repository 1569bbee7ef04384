/**
 * Known names and events in a text: fact base → compiled matcher (build time), text → mentions (page).
 * Pure TypeScript, no DOM: the page layer maps the offsets to Ranges.
 */
import type { CompiledMatcher } from './compiled';
import { disambiguate } from './disambiguate';
import { describedEvents } from './event-refs';
import { asLoaded, type LoadedMatcher } from './load';
import type { MatchOptions, MatchResult, Mention } from './mention';
import { scan } from './scan';
import { tokenize } from './tokenize';

export { compileMatcher } from './compile';
export { MATCHER_VERSION, MatcherError, type CompiledMatcher } from './compiled';
export { explainMention } from './explain';
export { nameMentions } from './named';
export { decodeMentions, encodeMentions, type EntityType, type NamedMention, type WireMentions } from './wire';
export { extendMatcher, loadMatcher, prepareMatcher, type LoadedMatcher } from './load';
export type { LinkReason, MatchOptions, MatchResult, Mention, RejectedMention, RejectReason } from './mention';

/**
 * Everything the matcher decided about `text`: linked mentions (left to right, no overlaps) and the
 * matches it refused, each with its reason. Offsets are UTF-16 indices into `text`.
 */
export function matchText(m: CompiledMatcher | LoadedMatcher, text: string, opts: MatchOptions = {}): MatchResult {
  const loaded = asLoaded(m);
  const tokens = tokenize(text);
  const result = disambiguate(loaded, text, tokens, scan(loaded, tokens), opts.pageDate);
  const described = describedEvents(loaded, tokens, result.mentions, opts.pageDate);
  if (described.length) result.mentions = [...result.mentions, ...described].sort((a, b) => a.start - b.start);
  return result;
}

/** The archive's entities that `text` mentions, left to right, with the reason for each link. */
export function findMentions(m: CompiledMatcher | LoadedMatcher, text: string, opts: MatchOptions = {}): Mention[] {
  return matchText(m, text, opts).mentions;
}
