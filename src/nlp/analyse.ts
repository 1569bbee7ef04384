/**
 * A text of any length → sentences of tagged tokens and resolved dates, in time and memory that grow
 * linearly with the text. compromise is given one bounded piece at a time (a paragraph, or a few sentences
 * of a long one), and each piece's document is dropped before the next is read: one 250 kB paragraph
 * given whole took minutes and gigabytes, because compromise's work grows faster than its input.
 */
import { findDates, type DateMention } from './dates';
import { parse, tokenize, type Sentence } from './tokens';

/** The most characters compromise reads at once: several long sentences, far above a news paragraph. */
export const MAX_PIECE_CHARS = 2_000;
/** A run of characters without a space longer than this is not a word ("a sentence without spaces"): cut. */
export const MAX_WORD_CHARS = 100;

export interface Analysis {
  /** Sentences of the whole text, in order; offsets index into the text. */
  sentences: Sentence[];
  /** Dates found in the sentences `needsDates` chose, resolved against the article's date. */
  dates: DateMention[];
}

/**
 * Analyses `text` piece by piece. `needsDates(sentence)` decides which sentences compromise-dates reads
 * (the slowest step: only sentences that may date an event need it).
 */
export function analyse(text: string, articleDate: string, needsDates: (s: Sentence) => boolean = () => true): Analysis {
  return analysePieces(pieces(text), articleDate, needsDates);
}

/** `pieces` of a text (all of them, or a run of them), analysed one by one, offsets shifted to the text's. */
export function analysePieces(list: Iterable<[number, string]>, articleDate: string, needsDates: (s: Sentence) => boolean): Analysis {
  const sentences: Sentence[] = [];
  const dates: DateMention[] = [];
  for (const [base, raw] of list) {
    const local = analysePiece(raw, articleDate, needsDates);
    for (const d of local.dates) dates.push(shiftDate(d, base));
    for (const s of local.sentences) sentences.push(shift(s, base));
  }
  return { sentences, dates };
}

/**
 * One piece of `pieces(text)`, its offsets its own (shift them by the piece's base). Pieces are independent:
 * the same text gives the same analysis wherever and in whatever order it is analysed (src/cli/analyse-pool.ts
 * analyses them on several threads).
 */
export function analysePiece(raw: string, articleDate: string, needsDates: (s: Sentence) => boolean): Analysis {
  const piece = apostrophes(raw);
  const doc = parse(piece);
  const sentences = tokenize(doc, piece);
  const only = new Set<number>();
  sentences.forEach((s, k) => {
    if (needsDates(s)) only.add(k);
  });
  return { sentences, dates: findDates(doc, sentences, articleDate, only) };
}

/**
 * "Ana Lind´s", "O´Dea": an acute accent or a modifier letter typed for the apostrophe between two letters is
 * the apostrophe (one character for one, so offsets stay), and the possessive and the name read as usual.
 */
const APOSTROPHE_LOOKALIKE = /(?<=\p{L})[´ʼ′](?=\p{L})/gu;
export function apostrophes(piece: string): string {
  return piece.replace(APOSTROPHE_LOOKALIKE, '’');
}

const shiftDate = (d: DateMention, base: number): DateMention => (base ? { ...d, start: d.start + base, end: d.end + base } : d);

function shift(s: Sentence, base: number): Sentence {
  if (!base) return s;
  return { ...s, start: s.start + base, end: s.end + base, tokens: s.tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base })) };
}

/**
 * [offset, piece] pairs covering the text: runs of whole paragraphs (split at blank lines) of up to
 * MAX_PIECE_CHARS together (compromise ends a sentence at a blank line, and one call per one-line paragraph
 * cost twice the time of the same text in paragraphs), and a paragraph longer than MAX_PIECE_CHARS cut after
 * a sentence end, else at a space, else (no spaces at all) anywhere. Words longer than MAX_WORD_CHARS are
 * cut too, by replacing nothing: the piece keeps its offsets, so a cut word reads as two. Pieces never
 * overlap and never move characters.
 */
export function* pieces(text: string): Generator<[number, string]> {
  const paragraph = /\n[ \t]*\n/g;
  let at = 0;
  /** Start of the run of short paragraphs not yet given out, and the end of its last paragraph. */
  let runStart = -1;
  let runEnd = 0;
  for (;;) {
    const m = paragraph.exec(text);
    const end = m ? m.index : text.length;
    if (runStart >= 0 && end - runStart > MAX_PIECE_CHARS) {
      yield [runStart, breakLongWords(text.slice(runStart, runEnd))];
      runStart = -1;
    }
    if (end - at > MAX_PIECE_CHARS) yield* cut(text, at, end);
    else if (end > at) {
      if (runStart < 0) runStart = at;
      runEnd = end;
    }
    if (!m) break;
    at = m.index + m[0].length;
  }
  if (runStart >= 0) yield [runStart, breakLongWords(text.slice(runStart, runEnd))];
}

const SENTENCE_END = /[.!?…]["'”’)\]]*\s+/g;

function* cut(text: string, from: number, to: number): Generator<[number, string]> {
  let at = from;
  while (to - at > MAX_PIECE_CHARS) {
    const limit = at + MAX_PIECE_CHARS;
    let end = lastMatchEnd(SENTENCE_END, text, at + MAX_PIECE_CHARS / 2, limit);
    if (end < 0) {
      const space = text.lastIndexOf(' ', limit);
      end = space > at ? space + 1 : limit;
    }
    yield [at, breakLongWords(text.slice(at, end))];
    at = end;
  }
  if (to > at) yield [at, breakLongWords(text.slice(at, to))];
}

function lastMatchEnd(re: RegExp, text: string, from: number, to: number): number {
  let end = -1;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text)) end = m.index + m[0].length;
  return end;
}

const LONG_WORD = new RegExp(`\\S{${MAX_WORD_CHARS + 1}}`);

/** A run of more than MAX_WORD_CHARS non-space characters gets a space every MAX_WORD_CHARS (same length). */
function breakLongWords(piece: string): string {
  if (!LONG_WORD.test(piece)) return piece;
  return piece.replace(new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, 'g'), (w) =>
    w.replace(new RegExp(`(.{${MAX_WORD_CHARS - 1}}).`, 'g'), '$1 '),
  );
}
