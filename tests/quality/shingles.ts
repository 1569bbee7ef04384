/**
 * Word-shingle overlap, the usual measure of article-extraction benchmarks: both texts become lower-case
 * word tokens, then overlapping runs of {@link SHINGLE} words counted as multisets. Precision is the share of
 * the extracted text's shingles found in the reference, recall the share of the reference's found in the
 * extracted text. Texts shorter than a shingle count their words.
 */
export const SHINGLE = 4;

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

export function shingles(text: string, n = SHINGLE): Map<string, number> {
  const w = words(text);
  const out = new Map<string, number>();
  const size = Math.min(n, w.length);
  if (size === 0) return out;
  for (let i = 0; i + size <= w.length; i++) {
    const key = w.slice(i, i + size).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall of `extracted` against `reference` (both empty: 1/1; one empty: 0 for its side). */
export function overlap(extracted: string, reference: string): Overlap {
  const a = shingles(extracted);
  const b = shingles(reference);
  let common = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const [k, n] of a) {
    sizeA += n;
    common += Math.min(n, b.get(k) ?? 0);
  }
  for (const n of b.values()) sizeB += n;
  const precision = sizeA === 0 ? (sizeB === 0 ? 1 : 0) : common / sizeA;
  const recall = sizeB === 0 ? 1 : common / sizeB;
  return { precision, recall, f1: f1(precision, recall) };
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Averages over pages, and the F1 of the averages (the benchmarks' figure). */
export function averageOverlap(scores: readonly Overlap[]): Overlap {
  const n = scores.length || 1;
  const precision = scores.reduce((s, x) => s + x.precision, 0) / n;
  const recall = scores.reduce((s, x) => s + x.recall, 0) / n;
  return { precision, recall, f1: f1(precision, recall) };
}
