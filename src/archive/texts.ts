/**
 * One article's text for the archive pages: its blocks in order, each body paragraph cut into the builder's
 * own sentences, so that a fact's text is exactly one of them (factbase/sentence-key.ts).
 */
import type { ArticleText, TextBlock } from '../factbase/texts';
import type { ParsedArticle } from './types';

/** A sentence as the extraction found it: offsets into the body paragraphs joined by a blank line. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Body paragraphs are joined so in extract.ts, and the sentences' offsets count in that text. */
const PARAGRAPH_JOIN = '\n\n';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The article's blocks: body paragraphs as sentences (a sentence running over two paragraphs stays whole in
 * the first; text no sentence covers is kept as a piece of its own, so no words are lost), stray headlines
 * and subheads as one piece each.
 */
export function articleText(article: ParsedArticle, sentences: readonly SentenceSpan[]): ArticleText {
  const body = article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text).join(PARAGRAPH_JOIN);
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  let next = 0; // the first sentence not yet placed
  let covered = 0; // body text before this offset is placed
  let start = 0; // the current body paragraph's offset
  const blocks: TextBlock[] = [];
  for (const p of article.paragraphs) {
    if (p.kind !== 'body') {
      const text = clean(p.text);
      if (text) blocks.push({ kind: p.kind, sentences: [text] });
      continue;
    }
    const end = start + p.text.length;
    const pieces: string[] = [];
    const gap = (to: number) => {
      const text = clean(body.slice(Math.max(covered, start), to));
      if (text) pieces.push(text);
    };
    while (next < sorted.length && sorted[next]!.start < end) {
      const s = sorted[next++]!;
      if (s.end <= covered) continue;
      gap(s.start);
      const text = clean(body.slice(Math.max(s.start, covered), Math.min(s.end, body.length)));
      if (text) pieces.push(text);
      covered = Math.max(covered, s.end);
    }
    if (covered < end) {
      gap(end);
      covered = end;
    }
    if (pieces.length) blocks.push({ kind: 'body', sentences: pieces });
    start = end + PARAGRAPH_JOIN.length;
  }
  return { id: article.id, blocks };
}
