/**
 * Who speaks, from the words around a verb of saying (quotes.ts finds the quotes and asks): the name before
 * or after the verb, across an apposition or a title; the subject of "…, saying"; "according to X"; a
 * description the article gave one entity ("the ministry", "the Republican leader"); "he"/"she" resolved to
 * the one person named nearby, else the last speaker. Never a word inside quoted words.
 */
import { INVERTED_SPEECH_VERBS, PARTICIPLES, QUOTE_VERBS, SPEECH_VERBS } from '../nlp/lexicon';

import { hasTag, lexiconTags, type Sentence, type Token } from '../nlp/tokens';
import type { LocalEntity } from './local';

/** Words between a subject and its verb of saying: "X also said", "X on Wednesday said", "X had earlier said". */
const BETWEEN = /^(also|later|earlier|then|on|last|this|next|had|has|have|would|will|again|previously|separately|once)$/;
/** Words of a title between "said" and the name: "said forum president Oren Halvard". */
const TITLE_WORDS = 6;
/** How many sentences back "he" may look for its person (a whole paragraph of a one-paragraph story is too far). */
const PRONOUN_SENTENCES = 12;

export type EntityAt = (offset: number) => LocalEntity | undefined;
/** An entity; null when someone speaks but we cannot tell who; undefined when nothing says. */
export type Speaker = LocalEntity | null | undefined;

export interface Mention {
  start: number;
  e: LocalEntity;
}

/** What the speaker rules read: the article's sentences and entities, and what was said so far. */
export interface Context {
  text: string;
  sentences: Sentence[];
  entityAt: EntityAt;
  entities: LocalEntity[];
  inQuote: (offset: number) => boolean;
  mentioned: Mention[][];
  /** Sentence index → paragraph index. */
  paragraphOf: number[];
  lastSpeaker: LocalEntity | undefined;
}

/** A verb of saying, or a participle of one ("saying", "adding"). */
export function isSpeechVerb(t: Token): boolean {
  if (t.lower === 'said' || t.lower === 'says') return true;
  if (PARTICIPLES.has(t.lower)) return true;
  return (SPEECH_VERBS.has(t.lower) || QUOTE_VERBS.has(t.lower)) && hasTag(t, 'Verb');
}

/** "according to X" / "according to the X": X. */
export function accordingTo(words: Token[], ctx: Context): LocalEntity | undefined {
  const k = words.findIndex((t, j) => t.lower === 'according' && words[j + 1]?.lower === 'to');
  if (k < 0) return undefined;
  const after = words.slice(k + 2).filter((t) => !/^(the|a|an)$/.test(t.lower));
  const e = after[0] && ctx.entityAt(after[0].start);
  return e && e.type !== 'event' ? e : undefined;
}

/**
 * Who does the verb of saying: an entity, null when someone speaks but we cannot tell who, undefined
 * when the verb has no subject at all (then the quote's neighbours may tell).
 */
export function subjectOf(verb: Token, sentence: Sentence, s: number, ctx: Context): Speaker {
  const toks = sentence.tokens;
  const outside = (t: Token | undefined) => !!t && !ctx.inQuote(t.start);
  if (PARTICIPLES.has(verb.lower)) return clauseSubject(toks.slice(0, verb.i).filter(outside), sentence, s, ctx);

  // "said Okafor," / "said Mr. Okafor, a senior fellow" / "said the ministry."
  if (INVERTED_SPEECH_VERBS.has(verb.lower)) {
    // over a title: "said forum president Oren Halvard, whose…"
    for (let j = verb.i + 1; j <= verb.i + TITLE_WORDS && outside(toks[j]); j++) {
      const e = ctx.entityAt(toks[j]!.start);
      if (e && (e.type === 'person' || (e.type === 'organization' && j === verb.i + 1))) {
        if (/^[.,;:]|^\s*$/.test(lastOf(toks, e, j).post)) return e;
        break;
      }
      if (/[.,;:]/.test(toks[j]!.post) || hasTag(toks[j], 'Verb')) break;
    }
    const j = verb.i + 1;
    const after = toks[j];
    if (after?.lower === 'the') {
      const phrase: Token[] = [after];
      for (let m = j + 1; toks[m] && outside(toks[m]) && phrase.length < 5; m++) {
        phrase.push(toks[m]!);
        if (/[.,;:]/.test(toks[m]!.post)) break;
      }
      const d = described(phrase, ctx.entities);
      if (d) return d;
    }
  }

  // walk left from the verb over dates and adverbs to the subject
  for (let k = verb.i - 1; k >= 0 && k >= verb.i - 6; k--) {
    const t = toks[k]!;
    if (!outside(t)) return undefined; // the quote itself comes first: `“…,” said X` had no X
    if (hasTag(t, 'Date', 'Adverb') || BETWEEN.test(t.lower)) continue;
    // "Brisk, country director for a rights group, said": the name before the apposition
    if (k === verb.i - 1 && /,\s*$/.test(t.post)) {
      for (let j = k - 1; j >= 0 && j >= k - 14 && outside(toks[j]); j--) {
        if (!/,/.test(toks[j]!.post)) continue;
        const e = ctx.entityAt(toks[j]!.start);
        // an apposition after a name we do not know: not the body it names ("X, a fellow at the Y, said")
        return e && e.type !== 'event' ? e : null;
      }
    }
    const e = ctx.entityAt(t.start);
    if (e && e.type !== 'event') return e;
    if (/^(he|she)$/.test(t.lower)) return pronoun(t, sentence, s, ctx);
    if (t.lower === 'it') return ctx.lastSpeaker && ctx.lastSpeaker.type !== 'person' ? ctx.lastSpeaker : null;
    // "the ministry said" / "the Thai leader stressed": a description used earlier for one entity
    return described(toks.slice(Math.max(0, k - 4), k + 1), ctx.entities) ?? null;
  }
  return null;
}

/** The subject of the clause before a participle: its first person (else organisation), or its pronoun. */
function clauseSubject(words: Token[], sentence: Sentence, s: number, ctx: Context): Speaker {
  const named = words.map((t) => ctx.entityAt(t.start)).filter((e): e is LocalEntity => !!e && e.type !== 'event');
  const person = named.find((e) => e.type === 'person');
  if (person) return person;
  const org = named.find((e) => e.type === 'organization');
  if (org) return org;
  const he = words.find((t) => /^(he|she)$/.test(t.lower));
  return he ? pronoun(he, sentence, s, ctx) : null;
}

/**
 * "he"/"she": the one person named (outside quotes) before it in its sentence, else in its paragraph, else
 * in the previous paragraph; with several, the last speaker if among them; with none, the last speaker.
 */
function pronoun(t: Token, _sentence: Sentence, s: number, ctx: Context): LocalEntity | null {
  const fits = (e: LocalEntity) => e.type === 'person' && genderFits(e, t.lower);
  const paragraph = ctx.paragraphOf[s]!;
  const scopes: Mention[][] = [ctx.mentioned[s]!.filter((m) => m.start < t.start), [], []];
  for (let k = s - 1; k >= 0 && k >= s - PRONOUN_SENTENCES; k--) {
    const p = ctx.paragraphOf[k]!;
    if (p === paragraph) scopes[1]!.push(...ctx.mentioned[k]!);
    else if (p === paragraph - 1) scopes[2]!.push(...ctx.mentioned[k]!);
    else break;
  }
  const last = ctx.lastSpeaker;
  for (const scope of scopes) {
    const people = [...new Set(scope.map((m) => m.e).filter(fits))];
    if (people.length === 1) return people[0]!;
    if (people.length > 1) return last && people.includes(last) ? last : null;
  }
  return last && fits(last) ? last : null;
}

/** "she" is not a person whose first name compromise knows as a man's, nor "he" a woman's. */
function genderFits(e: LocalEntity, pronoun: string): boolean {
  const tags = lexiconTags(e.name.split(/\s+/)[0] ?? '');
  return pronoun === 'she' ? !tags.includes('MaleName') : !tags.includes('FemaleName');
}

function lastOf(toks: Token[], e: LocalEntity, from: number): Token {
  let k = from;
  while (k + 1 < toks.length && e.mentions.some((m) => toks[k + 1]!.start >= m.start && toks[k + 1]!.end <= m.end)) k++;
  return toks[k]!;
}

/** "the ministry", "the Thai leader": the one entity whose name ends with, or whose role is, these words. */
function described(words: Token[], entities: LocalEntity[]): LocalEntity | undefined {
  const the = words.map((t) => t.lower).lastIndexOf('the');
  if (the < 0) return undefined;
  const phrase = words
    .slice(the + 1)
    .map((t) => t.lower)
    .join(' ');
  if (!phrase) return undefined;
  const { byRole, byWord } = descriptions(entities);
  // a role that is the phrase or ends it after a space, or a word of an organisation's name
  const fits = new Set([...(byRole.get(phrase) ?? []), ...(byWord.get(phrase) ?? [])]);
  for (let i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) for (const e of byRole.get(phrase.slice(i + 1)) ?? []) fits.add(e);
  return fits.size === 1 ? [...fits][0] : undefined;
}

interface Descriptions {
  size: number;
  roles: number;
  /** A role's text in lower case → the entities it describes. */
  byRole: Map<string, LocalEntity[]>;
  /** A word of an organisation's name in lower case → the organisations. */
  byWord: Map<string, LocalEntity[]>;
}
const DESCRIPTIONS = new WeakMap<LocalEntity[], Descriptions>();

/** The entities by their roles and organisations by their names' words, built again when either has grown. */
function descriptions(entities: LocalEntity[]): Descriptions {
  const roles = entities.reduce((n, e) => n + e.roles.length, 0);
  const known = DESCRIPTIONS.get(entities);
  if (known && known.size === entities.length && known.roles === roles) return known;
  const byRole = new Map<string, LocalEntity[]>();
  const byWord = new Map<string, LocalEntity[]>();
  const add = (map: Map<string, LocalEntity[]>, key: string, e: LocalEntity) => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (list.at(-1) !== e) list.push(e);
  };
  for (const e of entities) {
    for (const r of e.roles) add(byRole, r.text.toLowerCase(), e);
    if (e.type === 'organization') for (const w of e.name.toLowerCase().split(/\s+/)) add(byWord, w, e);
  }
  const made = { size: entities.length, roles, byRole, byWord };
  DESCRIPTIONS.set(entities, made);
  return made;
}
