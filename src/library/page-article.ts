/**
 * The page the reader is on → a draft seeds article for the popup's preview. Pure: the content script sends
 * the story's text (blocks joined by U+2029, as `read` answers) and the page's metadata; the reader sees the
 * draft, may correct its date and dateline, and confirms.
 */
import { seedText } from './record';

/** What the content script's `read` answer carries. */
export interface PageRead {
  text: string;
  url?: string;
  headline?: string;
  byline?: string;
  /** The page's date (src/page/page-date.ts), YYYY-MM-DD. */
  date?: string;
}

export interface ArticleDraft {
  date: string;
  dateline: string;
  headline?: string;
  byline?: string;
  url?: string;
  /** The story's paragraphs, without its headline and byline. */
  paragraphs: string[];
  words: number;
}

/**
 * A lead's dateline: the place in capitals before a colon or dash, with an optional wire credit
 * ("PORTMERE (Wire) — ", "PORTMERE, Vessel Coast: "). At most 40 characters: a longer capital run is a shout.
 */
const LEAD_DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,39}?(?:,[ \t]*\p{Lu}[\p{L}\p{M} .'’-]{1,30}?)?)[ \t]*(?:\([^()]{1,40}\)[ \t]*)?[:–—-][ \t]+/u;
/** What the seeds format accepts as a dateline (archive/parse.ts: DATELINE). */
const SEEDS_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’-]*$/u;

const clean = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const countWords = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A dateline for a page without one in its lead: its site's name in capitals ("NEWS.EXAMPLE.COM"). */
export function datelineFromUrl(url: string | undefined): string {
  let host = '';
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    // not an address: no site name
  }
  const letters = host.toUpperCase().replace(/[^A-Z.-]+/g, '').replace(/^[^A-Z]+/, '');
  return letters || 'WEB';
}

/** A short line with a year and no sentence in it: the page's date line, not the story. */
const isMetaLine = (b: string): boolean => b.length <= 60 && /\b(?:1[89]|20)\d\d\b/.test(b) && !/[.!?]["”’)]?$/.test(b) && countWords(b) <= 8;

/** The draft of the page's article; `today` (YYYY-MM-DD) when the page gives no date. */
export function draftFromPage(page: PageRead, today: string): ArticleDraft {
  const headline = clean(page.headline);
  const byline = clean(page.byline);
  let blocks = page.text.split('\u2029').map(clean).filter(Boolean);
  // the reader read the headline first when it stands before the story, and a byline may follow it
  if (headline && blocks[0]?.toLowerCase() === headline.toLowerCase()) blocks = blocks.slice(1);
  const isByline = (b: string) => (byline && b.toLowerCase().includes(byline.toLowerCase()) && b.length < byline.length + 20) || /^by\s+\S/i.test(b) && b.length < 80;
  while (blocks.length && isByline(blocks[0]!)) blocks = blocks.slice(1);
  // a line of the page's furniture between headline and story: "· 9 November 2023", "Updated 10:42, 3 May 2024"
  while (blocks.length > 1 && isMetaLine(blocks[0]!)) blocks = blocks.slice(1);
  let dateline = '';
  if (blocks.length) {
    const m = LEAD_DATELINE.exec(blocks[0]!);
    // the seeds format writes the whole dateline in capitals ("KALVIK, VESSEL COAST")
    const found = m?.[1]?.trim().toUpperCase();
    if (m && found && SEEDS_DATELINE.test(found)) {
      dateline = found;
      blocks[0] = blocks[0]!.slice(m[0].length);
    }
  }
  return {
    date: page.date ?? today,
    dateline: dateline || datelineFromUrl(page.url),
    ...(headline ? { headline } : {}),
    ...(byline ? { byline } : {}),
    ...(page.url ? { url: page.url } : {}),
    paragraphs: blocks,
    words: blocks.reduce((n, b) => n + countWords(b), 0),
  };
}

/** The seeds file of a draft as the reader confirmed it. */
export const draftText = (d: Pick<ArticleDraft, 'date' | 'dateline' | 'paragraphs'>): string => seedText(d);
