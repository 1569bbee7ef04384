/**
 * Huge articles for the builder's linearity benchmark, in the shapes that broke it: many paragraphs, one
 * paragraph, thousands of one-sentence paragraphs, and characters without a space. The text is the fixture
 * articles (tests/fixtures/articles) over and over, each copy numbered so that no two paragraphs are equal
 * (the builder caches nothing by text, but a benchmark should not be able to profit if it did).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const HUGE_SHAPES = ['paragraphs', 'one-paragraph', 'one-line-paragraphs', 'no-spaces'] as const;
export type HugeShape = (typeof HUGE_SHAPES)[number];

const FIXTURES = 'tests/fixtures/articles';

/** A seeds-format article of about `bytes` characters of body in the given shape. */
export function hugeArticle(shape: HugeShape, bytes: number): string {
  const head = 'date 2024-05-01 LONDON: ';
  if (shape === 'no-spaces') return head + 'x'.repeat(bytes);
  const bodies = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(path.join(FIXTURES, n), 'utf8').split('\n').slice(1).join('\n').trim())
    .filter((b) => b.length > 200);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = `${bodies[i % bodies.length]!}\nThis is copy number ${i + 1}.`;
    const paragraphs = body.split(/\n\s*\n|\n/).filter(Boolean);
    const piece =
      shape === 'one-paragraph'
        ? paragraphs.join(' ')
        : shape === 'one-line-paragraphs'
          ? paragraphs.flatMap((p) => p.split(/(?<=[.!?]) (?=[A-Z“"])/)).join('\n\n')
          : paragraphs.join('\n\n');
    parts.push(piece);
    size += piece.length + 2;
  }
  return head + parts.join(shape === 'one-paragraph' ? ' ' : '\n\n');
}
