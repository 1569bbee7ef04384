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
import { PLEDGE_WORDS } from '../nlp/lexicon';
import { hasTag, type Sentence, type Token } from '../nlp/tokens';
import type { LocalEntity, LocalQuote } from './local';
import { PARTICIPLES } from '../nlp/lexicon';
import { accordingTo, isSpeechVerb, subjectOf, type Context, type EntityAt, type Mention, type Speaker } from './quote-speakers';
import { paragraphsOf, quotedSpans, type QuoteSpan } from './quote-spans';

/** A quote inside a sentence with no verb of saying is the subject's with at least this many words. */
const PARTIAL_QUOTE_WORDS = 3;
/** A verb this many words after the quote still attributes it (`“…,” the country’s new envoy said`). */
const NEAR_AFTER = 8;
/** A quote of several paragraphs: how many paragraphs back its speaker may be named. */
const CONTINUATION_PARAGRAPHS = 2;
/** Words in a bare attribution sentence after a quote (`Vell said.`, `the minister told reporters.`). */
const BARE_ATTRIBUTION_WORDS = 8;

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

/** Target years of the pledges a sentence states ("has pledged to peak emissions by 2030 and … by 2060"). */
export function pledgeTargets(sentence: string): string[] {
  if (!PLEDGE_WORDS.test(sentence)) return [];
  return [...sentence.matchAll(/\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?((?:19|20|21)\d{2})\b/gi)].map((m) => m[1]!);
}
