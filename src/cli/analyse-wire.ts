/**
 * What the analysis pool and its threads send each other (analyse-pool.ts, analyse-worker.ts), and the
 * analysis's compact form for the way back: a 5 MB article is a million tokens, and as plain JSON objects
 * (every field named, every token's tags spelt out) its analysis was about 24 bytes of JSON per byte of text,
 * written by the threads and read by the main thread while the threads need both cores.
 */
import type { Analysis } from '../nlp/analyse';
import type { DateMention } from '../nlp/dates';
import { sharedTags, type Sentence, type Token } from '../nlp/tokens';

export interface Job {
  id: number;
  articleDate: string;
  bodyLength: number;
  /** [offset in the article's text, piece] pairs, from `pieces`. */
  pieces: [number, string][];
}

/** The analysis as JSON (`Wire`, from `encode`), or what went wrong. */
export type Reply = { id: number; json: string; error?: undefined } | { id: number; error: string };

/**
 * A token is [text, pre, post, start, tags, possessive]: its tags an index into the reply's table of tag sets
 * (names joined by spaces), possessive 1 or 0. `lower`, `end` and `i` follow from the rest, as tokenize makes them.
 */
type WireToken = [text: string, pre: string, post: string, start: number, tags: number, possessive: 0 | 1];
interface Wire {
  tags: string[];
  sentences: [text: string, start: number, end: number, tokens: WireToken[]][];
  dates: DateMention[];
}

/** `analysis` as the JSON `decode` reads. */
export function encode(analysis: Analysis): string {
  const tags: string[] = [];
  const tagIndex = new Map<ReadonlySet<string>, number>();
  const indexOf = (set: ReadonlySet<string>): number => {
    let k = tagIndex.get(set);
    if (k === undefined) {
      k = tags.push([...set].join(' ')) - 1;
      tagIndex.set(set, k);
    }
    return k;
  };
  const wire: Wire = {
    tags,
    sentences: analysis.sentences.map((s) => [s.text, s.start, s.end, s.tokens.map((t): WireToken => [t.text, t.pre, t.post, t.start, indexOf(t.tags), t.possessive ? 1 : 0])]),
    dates: analysis.dates,
  };
  return JSON.stringify(wire);
}

/** The analysis `encode` wrote, each token's tags the shared set of those names (tokens.ts `sharedTags`). */
export function decode(json: string): Analysis {
  const wire = JSON.parse(json) as Wire;
  const sets = wire.tags.map(sharedTags);
  const sentences = wire.sentences.map(([text, start, end, tokens]): Sentence => ({
    text,
    start,
    end,
    tokens: tokens.map(([word, pre, post, at, tags, possessive], i): Token => ({
      text: word,
      lower: word.toLowerCase(),
      pre,
      post,
      start: at,
      end: at + word.length,
      tags: sets[tags]!,
      possessive: possessive === 1,
      i,
    })),
  }));
  return { sentences, dates: wire.dates };
}
