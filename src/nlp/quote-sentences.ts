/**
 * A compromise plugin: a sentence that ends inside a quotation ends there.
 * compromise splits only at "./!/? + space", so in `the deal was “done.” He left.` the closing quote sits
 * between the full stop and the space and the two sentences stay one: the quote was joined to the next
 * sentence, and "He" read as a name in mid-sentence. We split after the closing quote when the next word
 * starts a sentence (a capital, or an opening quote); `he said “no.” and left` stays whole.
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
  tokenize.splitSentences = (text, w) => split(text, w).flatMap(splitAfterQuotes);
}

// compromise's types declare `mutate` with the wrong parameter (a function, not the world)
export const quoteSentences = { mutate } as unknown as Parameters<typeof nlp.plugin>[0];
