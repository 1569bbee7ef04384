/**
 * One article of the reader's own archive, as it is stored and exported. The story itself is kept as a
 * seeds-format file (`date YYYY-MM-DD DATELINE: text`, paragraphs separated by blank lines), so the browser
 * parses it with the very code `npm run archive -- build` uses, and an export is a seeds folder as it stands.
 */
import { articleId, parseArticle } from '../archive/parse';
import type { ParsedArticle } from '../archive/types';

export interface SavedArticle {
  /** The article id the builder gives `file` (archive/parse.ts: articleId). */
  id: string;
  /** The seeds file name, e.g. "2024-03-02-harbour-strike.txt". */
  file: string;
  /** The seeds-format file content. */
  text: string;
  /** Where the reader read it (http or https); absent for an imported file without one. */
  url?: string;
  headline?: string;
  byline?: string;
  /** When it was saved or imported, ms since the epoch. */
  savedAt: number;
}

/** The fields a listing shows without parsing the text again. */
export interface SavedSummary {
  id: string;
  file: string;
  date: string;
  dateline: string;
  headline?: string;
  url?: string;
  site?: string;
  savedAt: number;
  /** Names this article brought that the bundled archive does not know. */
  namesAdded: number;
  /** Bytes of its text as stored (UTF-8). */
  bytes: number;
}

const encoder = new TextEncoder();

/** The article as the builder reads it; throws a SeedError (file:line) when the text is not a seeds file. */
export function parseSaved(a: Pick<SavedArticle, 'file' | 'text'>): ParsedArticle {
  return parseArticle(a.file, encoder.encode(a.text));
}

/** Only http(s) addresses are kept: a card links to it, and a `javascript:` URL must never become a link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 2048) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a saved article's address, for listings ("news.example.com"). */
export function siteOf(url: string | undefined): string | undefined {
  const safe = safeUrl(url);
  return safe ? new URL(safe).hostname : undefined;
}

/**
 * A seeds file from its parts. Paragraphs are trimmed and joined by blank lines; a paragraph's own line
 * breaks become spaces (a blank line inside one would split it).
 */
export function seedText(parts: { date: string; dateline: string; paragraphs: readonly string[] }): string {
  const paragraphs = parts.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return `date ${parts.date} ${parts.dateline}: ${paragraphs.join('\n\n')}\n`;
}

/**
 * A file name for a new article that gives an id none of `taken` has: the date and the headline's first
 * words, then -2, -3... ("2024-03-02-harbour-strike.txt").
 */
export function fileNameFor(date: string, headline: string | undefined, taken: ReadonlySet<string>): string {
  const words = (headline ?? 'article')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, 8)
    .join('-');
  const base = `${date}-${words || 'article'}`;
  for (let n = 1; ; n++) {
    const file = `${base}${n > 1 ? `-${n}` : ''}.txt`;
    if (!taken.has(articleId(file))) return file;
  }
}
