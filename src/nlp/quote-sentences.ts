/**
 * A compromise plugin: a sentence that ends inside a quotation ends there.
 * compromise splits only at "./!/? + space", so in `the deal was “done.” He left.` the closing quote sits
 * between the full stop and the space and the two sentences stay one: the quote was joined to the next
 * sentence, and "He" read as a name in mid-sentence. We split after the closing quote when the next word
 * starts a sentence (a capital, or an opening quote); `he said “no.” and left` stays whole. A month written
 * short before its day ("(Jan. 13) Zembla election") is joined back when compromise cut after its dot.
 */
import type nlp from 'compromise';

type Split = (text: string, world: unknown) => string[];
interface World {
  methods: { one: { tokenize: { splitSentences: Split } } };
}

/** "." "!" "?" "…", then closing quotes, then spaces, before a capital or an opening quote. */
const END_IN_QUOTE = /[.!?…]+(["”’']+)\s+(?=[\p{Lu}“"‘])/gu;

/** `text` cut after every quotation that ends a sentence; the pieces join back to `text`. */
export function splitAfterQuotes(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of text.matchAll(END_IN_QUOTE)) {
    const end = m.index + m[0].length;
    // a straight quote closes only when an odd number of straight quotes come before it
    if (m[1]!.startsWith('"') && (text.slice(at, m.index).split('"').length - 1) % 2 === 0) continue;
    out.push(text.slice(at, end));
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function mutate(world: World): void {
  const tokenize = world.methods.one.tokenize;
  const split = tokenize.splitSentences;
  tokenize.splitSentences = (text, w) => joinAfterMonths(split(text, w)).flatMap(splitAfterQuotes);
}

/** A month written short with its dot ("Jan.", "Sept."), right before a day's number, ends no sentence. */
const MONTH_DOT = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;

/** compromise's pieces with "… (Jan." and "13) …" joined back into one sentence. */
export function joinAfterMonths(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && MONTH_DOT.test(last) && /^\d{1,2}\b/.test(piece)) out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

// compromise's types declare `mutate` with the wrong parameter (a function, not the world)
export const quoteSentences = { mutate } as unknown as Parameters<typeof nlp.plugin>[0];
