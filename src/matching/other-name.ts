/**
 * Is this single word part of a longer name that is not the entity's? "Per Lindqvist", "County Okafor",
 * "Steve Okafor", "Dong Hae", "Victoria State" all contain a form of the archive but name someone or
 * somewhere else. Returns that longer name as written, or undefined.
 */
import { formOf, isPlace, isShortRef, nameWords } from './entity';
import { entityOf, type LoadedMatcher } from './load';
import type { Candidate } from './scan';
import { isAcronym, type Token } from './tokenize';
import { NEUTRAL_NEIGHBOURS, PLACE_SUFFIXES, STATE_ADJECTIVE_OF } from './words';

export function otherName(m: LoadedMatcher, text: string, tokens: Token[], span: Candidate, ref: number): string | undefined {
  // multi-word forms are specific enough; acronyms sit next to capitalised words all the time without
  // changing meaning ("US Navy", "US State Department", "OECS CEO Summit"), and so does the capitalised
  // spelling of its own acronym some papers use ("Oecs" beside "OECS"): it is the acronym, not a surname
  const entity = entityOf(ref);
  const within = institutionOf(m, text, tokens, span, entity);
  if (within) return within;
  if (span.i !== span.j) return undefined;
  const form = formOf(m, ref);
  if (isAcronym(form) || m.compiled.aliases[entity]!.some((f) => f !== form && isAcronym(f) && f.toLowerCase() === form.toLowerCase())) return undefined;
  const token = tokens[span.i]!;
  const prev = token.joined && !token.brk ? tokens[span.i - 1] : undefined;
  const nextRaw = tokens[span.j + 1];
  const next = nextRaw?.joined && !nextRaw.brk ? nextRaw : undefined;
  if (next && isPlace(m.compiled, entity) && PLACE_SUFFIXES.has(next.lower) && (next.upper || (next.lower === 'state' && !stateAsAdjective(tokens, span.j + 2)))) {
    return text.slice(token.start, next.end);
  }
  const foreign = (t: Token | undefined) =>
    !!t?.upper &&
    !NEUTRAL_NEIGHBOURS.has(t.lower) &&
    !nameWords(m.compiled, entity).includes(t.lower) &&
    !m.compiled.context[entity]!.includes(t.lower);
  // "Victoria Wizards", "Lima Post": a one-word place followed by a capitalised word names a team, a paper,
  // a company; an acronym after it ("Victoria DC") or a neutral word does not
  if (isPlace(m.compiled, entity) && foreign(next) && !isAcronym(next!.text)) return text.slice(token.start, next!.end);
  if (!isShortRef(m, ref)) return undefined;
  if (foreign(prev)) return text.slice(prev!.start, token.end);
  if (foreign(next)) return text.slice(token.start, next!.end);
  return undefined;
}

/** Words before "of <place>" that leave the place itself meant: "the Republic of Lima", "the Government of Lima". */
const OF_THE_PLACE = new Set(['republic', 'kingdom', 'commonwealth', 'federation', 'state', 'states', 'government', 'people', 'citizens', 'capital']);

/**
 * A place's name after "of" and a capitalised word inside a sentence ("the Northern Circuit of Lima", "the Bank of
 * Lima", "University of Lima"): the place is part of the longer name of something else, which the archive does
 * not hold. Titles ("President of Lima", "Mayor of Lima") and the state's own words ("Republic of Lima") leave the
 * place meant; so does a capitalised word opening the sentence ("Most of Lima").
 */
function institutionOf(m: LoadedMatcher, text: string, tokens: Token[], span: Candidate, entity: number): string | undefined {
  if (!isPlace(m.compiled, entity) || span.i < 2) return undefined;
  const of = tokens[span.i - 1]!;
  const head = tokens[span.i - 2]!;
  if (of.lower !== 'of' || !tokens[span.i]!.joined || !of.joined || tokens[span.i]!.brk || of.brk) return undefined;
  if (!head.upper || head.brk || span.i - 2 === 0 || head.possessive || NEUTRAL_NEIGHBOURS.has(head.lower) || OF_THE_PLACE.has(head.lower)) return undefined;
  let k = span.i - 2;
  while (k > 0 && tokens[k]!.joined && !tokens[k]!.brk && tokens[k - 1]!.upper && !NEUTRAL_NEIGHBOURS.has(tokens[k - 1]!.lower)) k--;
  return text.slice(tokens[k]!.start, tokens[span.j]!.end);
}

/** "Lima state media", "Lima's state-run ...": lower-case "state" describing the place's own state. */
function stateAsAdjective(tokens: Token[], k: number): boolean {
  let after = tokens[k];
  if (after?.text === '-') after = tokens[k + 1];
  return after !== undefined && STATE_ADJECTIVE_OF.has(after.lower);
}
