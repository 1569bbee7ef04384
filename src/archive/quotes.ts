/**
 * Quotes with their speaker, and pledges with their target years.
 * Quoted words are found per paragraph (quote-spans.ts); the speaker is looked for only in the words
 * around them, never inside them (a name in the quoted words is someone spoken about). In order:
 * - a verb of saying next to the quote: `“…,” said X` / `“…,” X said` / `X said: “…”` / `X, the envoy, said`
 *   / `X condemned the attack, saying “…”`; "according to X";
 * - a quote with no attribution of its own: the next sentence when it is only `X said.`, else the quote
 *   before it in the paragraph, else (a quote of several paragraphs) the last speaker, when no one else
 *   was named since;
 * - "he"/"she" is the one person the sentence, paragraph or previous paragraph names (outside quotes),
 *   else the last speaker; "it" is the last speaker when that was an organisation.
 * Better no speaker than the wrong one: an unresolvable pronoun or an unknown subject ("an unidentified
 * poster wrote") names nobody.
 */
import { PLEDGE_WORDS, SPEECH_VERBS } from '../nlp/lexicon';
import { hasTag, lexiconTags, type Sentence, type Token } from '../nlp/tokens';
import type { LocalEntity, LocalQuote } from './local';
import { paragraphsOf, quotedSpans, type QuoteSpan } from './quote-spans';

/** More verbs of saying, for quotes only (posts and tweets are quoted too). */
const MORE_SPEECH_VERBS = new Set(
  `tweeted tweets posted posts vowed vows recalled recalls continued acknowledged acknowledges conceded
  concedes suggested suggests predicted predicts responded responds answered answers complained complains cautioned
  cautions remarked remarks commented comments maintained maintains testified testifies called calls described
  describes branded brands`.split(/\s+/),
);
/** "said X" as well as "X said" (not "told X": there X is who was told). */
const INVERTED = new Set(
  `said says added adds wrote writes declared noted explained insisted argued stressed replied continued recalled
  acknowledged conceded answered responded remarked commented`.split(/\s+/),
);
/** "X condemned the attack, saying “…”": the speaker is the clause's subject. */
const PARTICIPLES = new Set(
  `saying adding telling noting writing arguing warning insisting stressing explaining declaring asking calling
  describing`.split(/\s+/),
);
/** Words between a subject and its verb of saying: "X also said", "X on Wednesday said", "X had earlier said". */
const BETWEEN = /^(also|later|earlier|then|on|last|this|next|had|has|have|would|will|again|previously|separately|once)$/;
const HONORIFICS = /^(mr|mrs|ms|miss|dr|prof|sir|dame)\.?$/;
/** A quote inside a sentence with no verb of saying is the subject's with at least this many words. */
const PARTIAL_QUOTE_WORDS = 3;
/** Words of a title between "said" and the name: "said forum president Oren Halvard". */
const TITLE_WORDS = 6;
/** A verb this many words after the quote still attributes it (`“…,” the country’s new envoy said`). */
const NEAR_AFTER = 8;
/** A quote of several paragraphs: how many paragraphs back its speaker may be named. */
const CONTINUATION_PARAGRAPHS = 2;
/** Words in a bare attribution sentence after a quote (`Vell said.`, `the minister told reporters.`). */
const BARE_ATTRIBUTION_WORDS = 8;

type EntityAt = (offset: number) => LocalEntity | undefined;
type Speaker = LocalEntity | null | undefined;

interface Mention {
  start: number;
  e: LocalEntity;
}

export function findQuotes(sentences: Sentence[], text: string, entityAt: EntityAt, entities: LocalEntity[]): LocalQuote[] {
  const paragraphs = paragraphsOf(text);
  // each quoted span with the sentences it runs over (both lists are in text order: one walk)
  const placed: Placed[] = [];
  let s = 0;
  for (const span of quotedSpans(text, paragraphs)) {
    while (s < sentences.length && sentences[s]!.end <= span.start) s++;
    if (s === sentences.length) break;
    if (sentences[s]!.start >= span.end) continue; // between sentences (a stray headline)
    let last = s;
    while (last + 1 < sentences.length && sentences[last + 1]!.start < span.end) last++;
    placed.push({ span, first: s, last });
  }
  if (!placed.length) return [];
  const starts = placed.map((p) => p.span.start);
  const inQuote = (offset: number) => {
    const k = upperBound(starts, offset) - 1;
    return k >= 0 && offset < placed[k]!.span.end;
  };
  const paragraphIndex: number[] = [];
  let p = 0;
  for (const sentence of sentences) {
    while (p + 1 < paragraphs.length && paragraphs[p]![1] < sentence.start) p++;
    paragraphIndex.push(p);
  }

  // every mention outside quoted words, per sentence, in text order
  const mentioned: Mention[][] = sentences.map(() => []);
  for (const e of entities)
    for (const m of e.mentions) if (mentioned[m.sentence] && !inQuote(m.start)) mentioned[m.sentence]!.push({ start: m.start, e });
  for (const list of mentioned) list.sort((a, b) => a.start - b.start);

  const ctx: Context = { text, sentences, entityAt, entities, inQuote, mentioned, paragraphOf: paragraphIndex, lastSpeaker: undefined };
  const speakers = new Map<QuoteSpan, Speaker>();
  placed.forEach((at, k) => {
    const speaker = attribute(at, placed[k - 1], placed[k + 1], speakers, ctx);
    speakers.set(at.span, speaker);
    if (!speaker) return;
    ctx.lastSpeaker = speaker;
    // "he said" names its speaker as much as a name does: a later "he" may refer back to it
    const list = mentioned[at.first]!;
    list.splice(upperBound(list.map((m) => m.start), at.span.start), 0, { start: at.span.start, e: speaker });
  });

  // one quote per sentence: the quoted words in it, and the speaker of the first quote that has one
  const bySentence = new Map<number, QuoteSpan[]>();
  for (const { span, first, last } of placed)
    for (let k = first; k <= last; k++) bySentence.set(k, [...(bySentence.get(k) ?? []), span]);
  const quotes: LocalQuote[] = [];
  for (const [k, inside] of bySentence) {
    const sentence = sentences[k]!;
    const parts = inside.map((q) => text.slice(Math.max(q.start, sentence.start), Math.min(q.end, sentence.end)).trim()).filter((x) => x.length > 1);
    if (!parts.length) continue;
    const speaker = inside.map((q) => speakers.get(q)).find((x) => x);
    quotes.push({ sentence: k, quote: parts.join(' … '), ...(speaker ? { speaker } : {}) });
  }
  return quotes;
}

interface Placed {
  span: QuoteSpan;
  /** First and last sentence it runs over. */
  first: number;
  last: number;
}

function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Context {
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

/** The speaker of one quoted span, from its own sentences, then its neighbours. */
function attribute(at: Placed, prev: Placed | undefined, next: Placed | undefined, speakers: Map<QuoteSpan, Speaker>, ctx: Context): Speaker {
  const { sentences } = ctx;
  const { span, first, last } = at;
  const own = aroundQuote(span, first, last, prev?.span, next?.span, ctx);
  if (own !== undefined) return own;

  // “We are close.” Vell said.
  const after = sentences[last + 1];
  if (after && ctx.paragraphOf[last + 1] === span.paragraph && !(next && next.first === last + 1)) {
    const verb = after.tokens.find((t) => isSpeechVerb(t));
    if (verb && after.tokens.length <= BARE_ATTRIBUTION_WORDS) {
      const who = subjectOf(verb, after, last + 1, ctx);
      if (who !== undefined) return who;
    }
  }
  const subject = partialQuoteSubject(at, ctx);
  if (subject) return subject;
  // a second quote in the paragraph: the first one's speaker
  if (prev && prev.span.paragraph === span.paragraph) return speakers.get(prev.span);
  // a quote that opens its paragraph and goes on from an earlier one, with no one else named since
  return continued(at, prev, speakers, ctx);
}

/** A verb of saying or "according to" in the words around the quote (in its own sentences, outside quotes). */
function aroundQuote(span: QuoteSpan, first: number, last: number, prev: QuoteSpan | undefined, next: QuoteSpan | undefined, ctx: Context): Speaker {
  const firstSentence = ctx.sentences[first]!;
  const lastSentence = ctx.sentences[last]!;
  const before = firstSentence.tokens.filter((t) => t.end <= span.start && (!prev || t.start >= prev.end) && !ctx.inQuote(t.start));
  const after = lastSentence.tokens.filter((t) => t.start >= span.end && (!next || t.end <= next.start) && !ctx.inQuote(t.start));
  const according = accordingTo(before, ctx) ?? accordingTo(after, ctx);
  if (according) return according;
  const verbAfter = after.find((t) => isSpeechVerb(t) && !PARTICIPLES.has(t.lower));
  const verbBefore = [...before].reverse().find((t) => isSpeechVerb(t));
  // `“…,” X said` when the quote opens the sentence or ends on a comma; else `X said “…”` first
  // a scare quote (“wins”) is only someone's when a verb of saying introduces it, or when it ends on a comma
  const quoted = ctx.text.slice(span.start, span.end);
  const comma = /[,?!]$/.test(quoted);
  const short = quoted.split(/\s+/).length < PARTIAL_QUOTE_WORDS;
  const tries: [Token | undefined, Sentence, number][] = [];
  const opens = !before.some((t) => /\p{L}/u.test(t.text));
  if (verbAfter && verbAfter.i - (after[0]?.i ?? 0) < NEAR_AFTER && (opens || comma)) tries.push([verbAfter, lastSentence, last]);
  tries.push([verbBefore, firstSentence, first]);
  if (!short || comma) tries.push([verbAfter, lastSentence, last]);
  for (const [verb, sentence, s] of tries) {
    if (!verb) continue;
    const who = subjectOf(verb, sentence, s, ctx);
    if (who !== undefined) return who;
  }
  return undefined;
}

function isSpeechVerb(t: Token): boolean {
  if (t.lower === 'said' || t.lower === 'says') return true;
  if (PARTICIPLES.has(t.lower)) return true;
  return (SPEECH_VERBS.has(t.lower) || MORE_SPEECH_VERBS.has(t.lower)) && hasTag(t, 'Verb');
}

/** "according to X" / "according to the X": X. */
function accordingTo(words: Token[], ctx: Context): LocalEntity | undefined {
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
function subjectOf(verb: Token, sentence: Sentence, s: number, ctx: Context): Speaker {
  const toks = sentence.tokens;
  const outside = (t: Token | undefined) => !!t && !ctx.inQuote(t.start);
  if (PARTICIPLES.has(verb.lower)) return clauseSubject(toks.slice(0, verb.i).filter(outside), sentence, s, ctx);

  // "said Okafor," / "said Mr. Okafor, a senior fellow" / "said the ministry."
  if (INVERTED.has(verb.lower)) {
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
 * A few quoted words, in lower case, inside a sentence with no verb of saying ("X objected to Norway's “reckless and
 * unilateral steps”", "X called the case “a misuse of the courts”"): the sentence's subject,
 * a person named before any verb.
 */
function partialQuoteSubject(at: Placed, ctx: Context): LocalEntity | undefined {
  const quoted = ctx.text.slice(at.span.start, at.span.end);
  // a capital opens a title ("The Salt Road", "The Harbour Statement"), not a few words of speech
  if (quoted.split(/\s+/).length < PARTIAL_QUOTE_WORDS || !/^\p{Ll}/u.test(quoted)) return undefined;
  const before = ctx.sentences[at.first]!.tokens.filter((t) => t.end <= at.span.start && !ctx.inQuote(t.start));
  for (const t of before) {
    const e = ctx.entityAt(t.start);
    if (e?.type === 'person') return e;
    if (!e && hasTag(t, 'Verb')) return undefined;
  }
  return undefined;
}

/**
 * "he"/"she": the one person named (outside quotes) before it in its sentence, else in its paragraph, else
 * in the previous paragraph; with several, the last speaker if among them; with none, the last speaker.
 */
function pronoun(t: Token, sentence: Sentence, s: number, ctx: Context): LocalEntity | null {
  const fits = (e: LocalEntity) => e.type === 'person' && genderFits(e, t.lower);
  const paragraph = ctx.paragraphOf[s]!;
  const scopes: Mention[][] = [ctx.mentioned[s]!.filter((m) => m.start < t.start), [], []];
  for (let k = s - 1; k >= 0; k--) {
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

/**
 * A quote that opens its paragraph with no attribution in it: the words of the last quote's speaker, when
 * that quote is at most two paragraphs back and no other person was named since.
 */
function continued(at: Placed, prev: Placed | undefined, speakers: Map<QuoteSpan, Speaker>, ctx: Context): Speaker {
  const speaker = prev && speakers.get(prev.span);
  if (!prev || !speaker || at.span.paragraph - prev.span.paragraph > CONTINUATION_PARAGRAPHS) return undefined;
  const opening = ctx.sentences[at.first]!.tokens[0];
  if (opening && opening.start < at.span.start) return undefined; // words before the quote
  for (let k = prev.last; k < at.first; k++) {
    if (ctx.mentioned[k]!.some((m) => m.e.type === 'person' && m.e !== speaker && m.start > prev.span.end)) return undefined;
  }
  return speaker;
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
  const fits = entities.filter(
    (e) =>
      e.roles.some((r) => phrase === r.text.toLowerCase() || phrase.endsWith(` ${r.text.toLowerCase()}`)) ||
      (e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(phrase)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** Target years of the pledges a sentence states ("has pledged to peak emissions by 2030 and … by 2060"). */
export function pledgeTargets(sentence: string): string[] {
  if (!PLEDGE_WORDS.test(sentence)) return [];
  return [...sentence.matchAll(/\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?((?:19|20|21)\d{2})\b/gi)].map((m) => m[1]!);
}
