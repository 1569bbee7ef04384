/**
 * Where the quoted words are: spans between quotation marks, found per paragraph (a quotation never runs
 * over a paragraph break without reopening, the news convention for a quote of several paragraphs).
 * Curly and straight marks mix in real copy (`"It was done,” he said`), so any double mark opens and closes.
 */

export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Index of the paragraph it is in. */
  paragraph: number;
  /** The paragraph ends before the quote closes: it goes on in the next paragraph. */
  runsOn: boolean;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
const MARKS = /["“”„]/g;
/** Fewer characters than this between marks is not a quote (`""`, a stray pair). */
const MIN_QUOTE_CHARS = 2;

/** [start, end] of each paragraph of `text` (split at blank lines, as the analyser does). */
export function paragraphsOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  out.push([at, text.length]);
  return out;
}

/** The quoted spans of `text`, in order. */
export function quotedSpans(text: string, paragraphs = paragraphsOf(text)): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphs.forEach(([from, to], paragraph) => {
    const add = (start: number, end: number, runsOn: boolean) => {
      const inner = text.slice(start, end);
      const lead = inner.length - inner.trimStart().length;
      const trail = inner.length - inner.trimEnd().length;
      if (end - start - lead - trail >= MIN_QUOTE_CHARS) spans.push({ start: start + lead, end: end - trail, paragraph, runsOn });
    };
    let open = -1;
    MARKS.lastIndex = from;
    for (let m = MARKS.exec(text); m && m.index < to; m = MARKS.exec(text)) {
      const mark = m[0];
      if (mark === '”' && open < 0) continue; // a closing mark with nothing open: a stray
      if (open < 0 || mark === '“' || mark === '„') {
        // a second opening mark restarts: the first was never closed
        open = m.index + 1;
        continue;
      }
      add(open, m.index, false);
      open = -1;
    }
    if (open >= 0) add(open, to, true);
  });
  return spans;
}
