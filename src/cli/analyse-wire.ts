/** What the analysis pool and its threads send each other (analyse-pool.ts, analyse-worker.ts). */
import type { DateMention } from '../nlp/dates';
import type { Sentence, Token } from '../nlp/tokens';

export interface Job {
  id: number;
  articleDate: string;
  bodyLength: number;
  /** [offset in the article's text, piece] pairs, from `pieces`. */
  pieces: [number, string][];
}

/** The analysis as JSON (`Analysed`), or what went wrong. */
export type Reply = { id: number; json: string; error?: undefined } | { id: number; error: string };

/** A token's tags travel as their names joined by spaces. */
export type WireToken = Omit<Token, 'tags'> & { tags: string };
export interface Analysed {
  sentences: (Omit<Sentence, 'tokens'> & { tokens: WireToken[] })[];
  dates: DateMention[];
}
