/**
 * One scan of the page: text out of the DOM, known names found by the matcher, offsets turned into Ranges.
 * The same composition serves the content script and the `annotate` command line.
 */
import { findMentions, type LoadedMatcher, type Mention } from '../matching';
import { TYPE_CODES } from '../matching/compiled';
import type { EntityType } from './theme';
import { extractText, type PageText } from './extract';
import { pageDate } from './page-date';
import { toRange } from './ranges';

const TYPE_OF_CODE = Object.fromEntries(Object.entries(TYPE_CODES).map(([type, code]) => [code, type])) as Record<
  string,
  EntityType
>;

export interface ScannedMention extends Mention {
  type: EntityType;
  name: string;
}

export interface Scan {
  page: PageText;
  date: string | undefined;
  mentions: ScannedMention[];
}

/** Extracts the page's text and finds the archive's names in it. `skip` rejects our own UI. */
export function scanDocument(
  doc: Document,
  url: string,
  matcher: LoadedMatcher,
  opts: { skip?: (el: Element) => boolean; checkVisibility?: boolean } = {},
): Scan {
  const page = extractText(doc, opts);
  const date = pageDate(doc, url, page.root);
  return { page, date, mentions: annotateText(matcher, page.text, date) };
}

/** Known names in a text, with their type, display name and the reason for each link. */
export function annotateText(matcher: LoadedMatcher, text: string, date: string | undefined): ScannedMention[] {
  return withNames(matcher, text, findMentions(matcher, text, date ? { pageDate: date } : {}));
}

/** Mentions (found here or in the background) with their type, display name and reason sentence. */
export function withNames(matcher: LoadedMatcher, text: string, mentions: readonly Mention[]): ScannedMention[] {
  const c = matcher.compiled;
  return mentions.filter((m) => m.entity >= 0 && m.entity < c.ids.length && c.ids[m.entity] === m.id).map((m) => ({
    ...m,
    type: TYPE_OF_CODE[c.types[m.entity]!]!,
    name: c.names[m.entity]!,
  }));
}

/** Ranges for the mentions whose text is still where the scan found it. */
export function rangesOf(scan: Scan): { range: Range; m: ScannedMention }[] {
  const out: { range: Range; m: ScannedMention }[] = [];
  for (const m of scan.mentions) {
    const range = toRange(scan.page, m.start, m.end);
    if (range) out.push({ range, m });
  }
  return out;
}
