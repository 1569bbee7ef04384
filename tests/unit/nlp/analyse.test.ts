import { describe, expect, it } from 'vitest';
import { MAX_PIECE_CHARS, pieces } from '../../../src/nlp/analyse';

/** Pieces in order, never overlapping, within the limit, each the text at its offset (no long words here). */
const check = (text: string) => {
  const out = [...pieces(text)];
  let at = 0;
  for (const [base, piece] of out) {
    expect(base).toBeGreaterThanOrEqual(at);
    expect(piece.length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    expect(text.slice(base, base + piece.length)).toBe(piece);
    at = base + piece.length;
  }
  return out;
};

describe('pieces', () => {
  it('gives runs of short paragraphs together, never splitting one, up to the limit', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Line ${i} says something short.`);
    const text = paragraphs.join('\n\n');
    const out = check(text);
    expect(out.length).toBeLessThan(20); // 300 one-line paragraphs, not 300 calls
    for (const [, piece] of out) for (const p of piece.split(/\n[ \t]*\n/)) expect(paragraphs).toContain(p);
    expect(out.map(([, p]) => p).join('\n\n')).toBe(text);
  });

  it('cuts a long paragraph after a sentence, and gives the short ones around it on their own', () => {
    const long = 'A sentence of some length goes here. '.repeat(200).trim();
    const text = `Short one.\n\n${long}\n\nShort two.`;
    const out = check(text);
    expect(out[0]).toEqual([0, 'Short one.']);
    expect(out.at(-1)).toEqual([text.length - 'Short two.'.length, 'Short two.']);
    expect(out.length).toBeGreaterThan(3);
    for (const [, piece] of out.slice(1, -1)) expect(piece).toMatch(/\.\s*$|here$/);
  });
});
