import type { NamedMention } from '../matching/wire';
import { BLOCK_SEPARATOR, type PageText } from './extract';

/** A mention with its entity's name and type (matching/wire.ts). */
export type ScannedMention = NamedMention;

/** One scan of the page: its text, its date, and the archive's names found in the text. */
export interface Scan {
  page: PageText;
  date: string | undefined;
  mentions: ScannedMention[];
}

/**
 * Ranges for the mentions whose text is still where the scan found it. `unchanged`: the caller knows the
 * page's text has not changed since it was read (no mutation since), so it is not read again.
 */
export function rangesOf(scan: Scan, unchanged = false): { range: Range; m: ScannedMention }[] {
  const out: { range: Range; m: ScannedMention }[] = [];
  for (const m of scan.mentions) {
    const range = toRange(scan.page, m.start, m.end, unchanged);
    if (range) out.push({ range, m });
  }
  return out;
}

/**
 * A live Range over `text.slice(start, end)`, or undefined when the span starts or ends on
 * a virtual separator, crosses a block separator, or the page changed since extraction
 * (a node left the document or its characters differ). Live Ranges follow edits around
 * them, and {@link isStale} tells when an edit touched the mention itself.
 */
export function toRange(page: PageText, start: number, end: number, unchanged = false): Range | undefined {
  if (!(start >= 0 && end > start && end <= page.text.length)) return undefined;
  const first = nodeAt(page, start);
  const last = nodeAt(page, end - 1);
  if (first < 0 || last < 0) return undefined;
  for (let i = first; i <= last; i++) {
    const node = page.nodes[i]!;
    const from = Math.max(start, page.starts[i]!);
    const to = Math.min(end, page.ends[i]!);
    // The page may have edited or removed the node since it was read.
    if (!unchanged && (!node.isConnected || node.data.slice(from - page.starts[i]!, to - page.starts[i]!) !== page.text.slice(from, to))) {
      return undefined;
    }
    if (i < last && page.text.slice(page.ends[i]!, page.starts[i + 1]!).includes(BLOCK_SEPARATOR)) return undefined;
  }
  const firstNode = page.nodes[first]!;
  const range = firstNode.ownerDocument.createRange();
  range.setStart(firstNode, start - page.starts[first]!);
  range.setEnd(page.nodes[last]!, end - page.starts[last]!);
  return range;
}

/** Index of the node holding character `offset`, or -1 for a separator. Binary search. */
export function nodeAt(page: PageText, offset: number): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (page.starts[mid]! > offset) hi = mid - 1;
    else if (page.ends[mid]! <= offset) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * True when `range` no longer shows `expectedText`: it collapsed, an end left the document or
 * stopped being a Text node (live Ranges move to the parent when their node is removed), or
 * its text differs. A stale highlight would paint text that is not the mention
 * (reliability row 3 in tests/README.md).
 */
export function isStale(range: Range, expectedText: string): boolean {
  if (range.collapsed) return true;
  const { startContainer: a, endContainer: b } = range;
  if (a.nodeType !== 3 || b.nodeType !== 3 || !a.isConnected || !b.isConnected) return true;
  return range.toString() !== expectedText;
}
