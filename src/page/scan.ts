/**
 * One scan of a document where the matcher is at hand: text out of the DOM, known names found by the
 * matcher. The `annotate` command line and the tests use it; the content script runs the same steps with
 * the matching done in the background (session.ts).
 */
import { findMentions, nameMentions, type LoadedMatcher } from '../matching';
import { extractText } from './extract';
import { pageDate } from './page-date';
import type { Scan, ScannedMention } from './ranges';

export { rangesOf, type Scan, type ScannedMention } from './ranges';

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
  return nameMentions(matcher, findMentions(matcher, text, date ? { pageDate: date } : {}));
}
