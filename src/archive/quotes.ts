/**
 * Quotes with their speaker, and pledges with their target years.
 * A speaker is only named when the text makes it clear: the name next to a verb of saying, "it said" right
 * after an organisation spoke, or a description the article gave a person ("the Thai leader").
 * "he said" after an organisation spoke names nobody: better no speaker than the wrong one.
 */
import { PLEDGE_WORDS, SPEECH_VERBS } from '../nlp/lexicon';
import { hasTag, type Sentence, type Token } from '../nlp/tokens';
import type { LocalEntity, LocalQuote } from './local';

const QUOTED = /[“"]([^”"]{2,})[”"]/g;

export function findQuotes(
  sentences: Sentence[],
  text: string,
  entityAt: (offset: number) => LocalEntity | undefined,
  entities: LocalEntity[],
): LocalQuote[] {
  const quotes: LocalQuote[] = [];
  let lastSpeaker: LocalEntity | undefined;
  sentences.forEach((sentence, s) => {
    const raw = text.slice(sentence.start, sentence.end);
    const parts = [...raw.matchAll(QUOTED)].map((m) => m[1]!.trim());
    const speaker = speakerOf(sentence, entityAt, entities, lastSpeaker);
    if (speaker !== undefined) lastSpeaker = speaker ?? undefined;
    if (!parts.length) return;
    quotes.push({ sentence: s, quote: parts.join(' … '), ...(speaker ? { speaker } : {}) });
  });
  return quotes;
}

/**
 * The entity that speaks in this sentence: undefined when no verb of saying, null when someone
 * speaks but we cannot tell who.
 */
function speakerOf(
  sentence: Sentence,
  entityAt: (offset: number) => LocalEntity | undefined,
  entities: LocalEntity[],
  lastSpeaker: LocalEntity | undefined,
): LocalEntity | null | undefined {
  const toks = sentence.tokens;
  const verb = toks.find((t) => SPEECH_VERBS.has(t.lower) && hasTag(t, 'Verb'));
  if (!verb) return undefined;
  // "said Okafor" / "said the ministry"
  const after = toks[verb.i + 1];
  const afterEntity = after && entityAt(after.start);
  if (afterEntity && /[.,]/.test(lastOf(toks, afterEntity, verb.i + 1).post)) return afterEntity;
  // walk left from the verb over dates and adverbs to the subject
  for (let k = verb.i - 1; k >= 0 && k >= verb.i - 6; k--) {
    const t = toks[k]!;
    if (hasTag(t, 'Date', 'Adverb') || /^(last|this|next|on|also|later|earlier)$/.test(t.lower)) continue;
    const e = entityAt(t.start);
    if (e) return e;
    if (/^(it)$/i.test(t.lower)) return lastSpeaker && lastSpeaker.type !== 'person' ? lastSpeaker : null;
    if (/^(he|she)$/i.test(t.lower)) return lastSpeaker?.type === 'person' ? lastSpeaker : null;
    // "the ministry said" / "the Thai leader stressed": a description used earlier for one entity
    return described(toks.slice(Math.max(0, k - 4), k + 1), entities) ?? null;
  }
  return null;
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
      e.roles.some((r) => r.text.toLowerCase() === phrase) ||
      (e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(phrase)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** Target years of the pledges a sentence states ("has pledged to peak emissions by 2030 and … by 2060"). */
export function pledgeTargets(sentence: string): string[] {
  if (!PLEDGE_WORDS.test(sentence)) return [];
  return [...sentence.matchAll(/\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?((?:19|20|21)\d{2})\b/gi)].map((m) => m[1]!);
}
