/**
 * Lookups over an entity's mentions that stay cheap when an entity is mentioned thousands of times (a huge
 * article): scanning every mention for every token or sentence made extraction grow with the square of the
 * text. Each index is built on first use and again only when the entity's mentions have changed in number
 * (mentions are only ever added).
 */
import type { LocalEntity } from './local';

interface Index {
  count: number;
  starts: Set<number>;
  /** Mention ends in ascending order, and for each the latest start among the mentions ending there or before. */
  ends: number[];
  latestStart: number[];
}

const INDEXES = new WeakMap<LocalEntity, Index>();

function indexOf(e: LocalEntity): Index {
  const known = INDEXES.get(e);
  if (known && known.count === e.mentions.length) return known;
  const byEnd = [...e.mentions].sort((a, b) => a.end - b.end);
  const latestStart: number[] = [];
  let latest = -Infinity;
  for (const m of byEnd) {
    latest = Math.max(latest, m.start);
    latestStart.push(latest);
  }
  const index: Index = { count: e.mentions.length, starts: new Set(e.mentions.map((m) => m.start)), ends: byEnd.map((m) => m.end), latestStart };
  INDEXES.set(e, index);
  return index;
}

/** Whether one of the entity's mentions starts at this offset. */
export const mentionStartsAt = (e: LocalEntity, offset: number): boolean => indexOf(e).starts.has(offset);

/** The latest start of a mention that ends at or before `offset`, or -Infinity if none does. */
export function lastMentionBefore(e: LocalEntity, offset: number): number {
  const { ends, latestStart } = indexOf(e);
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo ? latestStart[lo - 1]! : -Infinity;
}
