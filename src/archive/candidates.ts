/**
 * Name candidates: capitalised runs with their title split off, their role attached, and the evidence
 * each occurrence gives about what kind of name it is.
 */
import { DEMONYM_SHAPE, EVENT_HEADS, NEVER_ALONE, ORG_HEADS, ROLE_HEADS, SPEECH_VERBS } from '../nlp/lexicon';
import { hasTag, type Sentence, type Token } from '../nlp/tokens';
import { normalizeName, type Role } from './local';
import { roleAfter, roleBefore, roleText, splitTitle } from './roles';
import { findRuns, runText, splitPairs, type Run } from './runs';

export interface Candidate {
  tokens: Token[];
  text: string;
  norm: string;
  sentence: number;
  start: number;
  end: number;
  role?: Role;
  /** The acronym written in brackets right after the name: "European Central Bank (ECB)". */
  acronym?: string;
  pairWith?: Candidate;
  evidence: Evidence;
}

export interface Evidence {
  role: boolean;
  speech: boolean;
  personTag: boolean;
  /** A word compromise reads as a plural common noun ("Affairs"): not a personal name. */
  plural: boolean;
  placeTag: boolean;
  orgTag: boolean;
  eventTag: boolean;
  /** "in Arusha": a preposition of place before a name nobody else explains. */
  placeContext: boolean;
}

const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
/** Codes of numbered events: "COP28", "WWDC24" (one letter and digits, "G20", is a group, not an event). */
export const EVENT_CODE = /^[A-Z]{2,}\d{1,4}$/;
export const isAcronym = (text: string) => /^[A-Z][A-Z.&]*[A-Z]\.?$/.test(text) && text.replace(/\./g, '').length <= 6;

/** All candidates of an article's sentences, in text order. */
export function findCandidates(sentences: Sentence[], dateline: string): Candidate[] {
  const runsPerSentence = sentences.map(findRuns);
  const counts = new Map<string, number>();
  for (const run of runsPerSentence.flat()) for (const t of run.tokens) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  const out: Candidate[] = [];
  runsPerSentence.forEach((runs, s) => {
    const paired = new Map<Run, Candidate>();
    for (const run of splitPairs(runs, (w) => (counts.get(w) ?? 0) > 1)) {
      const c = candidate(run, s, sentences[s]!, dateline);
      if (!c) continue;
      out.push(c);
      paired.set(run, c);
      if (run.pairWith && paired.has(run.pairWith)) {
        const other = paired.get(run.pairWith)!;
        c.pairWith = other;
        other.pairWith = c;
      }
    }
  });
  return out;
}

function candidate(run: Run, s: number, sentence: Sentence, dateline: string): Candidate | undefined {
  const { role: title, name } = splitTitle(run.tokens);
  if (!name.length || isNotAName(name)) return undefined;
  const first = name[0]!;
  const last = name[name.length - 1]!;
  const before = roleBefore(sentence.tokens, first.i, title);
  const after = before.length ? [] : roleAfter(sentence.tokens, last.i + 1);
  const roleTokens = before.length ? before : after;
  const text = runText(name);
  const next = sentence.tokens[last.i + 1];
  const prev = sentence.tokens[first.i - 1];
  const acronym =
    next && /^\(\s*$/.test(last.post + next.pre) && isAcronym(next.text) && /^\s*\)/.test(next.post) ? next.text : undefined;
  const allPlace = name.every((t) => hasTag(t, ...PLACE_TAGS));
  const evidence: Evidence = {
    role: roleTokens.length > 0,
    speech:
      (!!next && SPEECH_VERBS.has(next.lower) && /^\s*$/.test(last.post)) ||
      (!!prev && SPEECH_VERBS.has(prev.lower) && (!next || /[.,;]/.test(last.post))),
    personTag: name.some((t) => hasTag(t, 'Person', 'FirstName', 'LastName')) && !allPlace,
    plural: name.some((t) => hasTag(t, 'Plural') && !hasTag(t, 'ProperNoun')),
    placeTag: allPlace || normalizeName(text) === normalizeName(dateline),
    orgTag: name.some((t) => ORG_HEADS.has(t.lower)) || (name.length > 1 && name.some((t) => hasTag(t, 'Organization'))),
    eventTag: EVENT_HEADS.has(last.lower) || (name.length === 1 && EVENT_CODE.test(text)),
    placeContext: !!prev && /^(in|near|outside)$/.test(prev.lower) && !title.length,
  };
  return {
    tokens: name,
    text,
    norm: normalizeName(text),
    sentence: s,
    start: first.start,
    end: last.end,
    ...(roleTokens.length ? { role: role(roleTokens, s) } : {}),
    ...(acronym ? { acronym: acronym.replace(/\./g, '') } : {}),
    evidence,
  };
}

function role(tokens: Token[], sentence: number): Role {
  const words = tokens.filter((t) => !/^(the|a|an|his|her|their|its)$/i.test(t.lower));
  let k = 0;
  // the side a role belongs to: "US", "Chinese", "Tanzanian" (capitalised words before the office)
  while (k < words.length - 1 && (hasTag(words[k], 'Demonym', 'Place', 'Acronym') || DEMONYM_SHAPE.test(words[k]!.text)) && !ROLE_HEADS.has(words[k]!.lower)) k++;
  return {
    text: roleText(tokens),
    sentence,
    ...(k > 0 ? { nationality: roleText(words.slice(0, k)) } : {}),
    rest: roleText(words.slice(k)),
  };
}

/** Titles alone, demonyms, weekdays and months, pronouns: never entities. */
function isNotAName(name: Token[]): boolean {
  if (name.length > 1) return name.every((t) => ROLE_HEADS.has(t.lower) || hasTag(t, 'Honorific', 'Demonym', 'Date'));
  const t = name[0]!;
  if (t.text.length < 2) return true;
  if (ROLE_HEADS.has(t.lower) || NEVER_ALONE.has(t.lower)) return true;
  return hasTag(t, 'Demonym', 'Date', 'WeekDay', 'Month', 'Pronoun', 'Honorific', 'Value') && !EVENT_CODE.test(t.text);
}
