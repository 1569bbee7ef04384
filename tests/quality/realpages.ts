/**
 * Real news articles for measuring the archive builder: Readability's extraction of the real pages in
 * ../shared/realpages (never copied into the repository) turned into parsed articles, the way a reader's
 * saved article would be. Gold labels for them live in tests/quality/real/gold/ (names and dates only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { articleFromParagraphs } from '../../src/archive/parse';
import type { ParsedArticle } from '../../src/archive/types';

export const REALPAGES = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/realpages/readability-test-pages');
export const hasRealPages = (): boolean => existsSync(REALPAGES);

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, dd, dt';

/** The story's paragraphs: text of block elements, in document order, without nesting twice. */
export function paragraphsOf(html: string): (string | { text: string; kind: 'body' })[] {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const out: (string | { text: string; kind: 'body' })[] = [];
  for (const el of doc.querySelectorAll(BLOCKS)) {
    if (el.parentElement?.closest(BLOCKS)) continue; // a <p> inside an <li> is read with the <li>
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // a list item is story text even without a full stop; other blocks are classified like seed paragraphs
    if (text) out.push(el.tagName === 'LI' ? { text, kind: 'body' } : text);
  }
  // Text that sits directly in divs (stories split by <br>) has no block element: read it whole.
  if (!out.length) {
    const text = (doc.body?.textContent ?? '').trim();
    out.push(...text.split(/\n\s*\n/).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  window.close();
  return out;
}

interface Metadata {
  title?: string;
  byline?: string;
  publishedTime?: string;
}

/** One real page's article; `date` overrides the page's metadata (the labeller read it off the page). */
export function realArticle(page: string, date?: string): ParsedArticle {
  const dir = join(REALPAGES, page);
  const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Metadata;
  const day = date ?? meta.publishedTime?.slice(0, 10);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`${page}: no publication date in its metadata; give one in its gold file`);
  const paragraphs = paragraphsOf(readFileSync(join(dir, 'expected.html'), 'utf8'));
  return articleFromParagraphs({ file: `${page}.txt`, date: day, dateline: '', headline: meta.title, paragraphs });
}
