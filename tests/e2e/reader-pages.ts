/**
 * The reader-archive fixtures (tests/fixtures/reader, our own words) as news pages, and which names the saved
 * one brings that the bundled archive does not know: worked out with the same builder, not written into the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/archive/parse';
import { createArchiveBuilder } from '../../src/library/merge';
import { ROOT } from './paths';

export const READER = path.join(ROOT, 'tests/fixtures/reader');
export const SAVED_FILE = '2024-03-04-portmere-dock-strike.txt';
export const OTHER_FILE = '2024-03-11-kalvik-mediator.txt';

/** A seeds-format story as a news page: its lead and paragraphs in an article, its date in the metadata. */
export function storyPage(text: string, headline: string): string {
  const [, date, , story] = /^date (\S+) ([A-Z ]+): ([\s\S]*)$/.exec(text)!;
  const paragraphs = story!.split(/\n\s*\n/).map((p) => `<p>${p.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="og:title" content="${headline}"><meta name="author" content="A. Writer">
<meta property="article:published_time" content="${date}T08:00:00Z"></head>
<body><article><h1>${headline}</h1>${paragraphs.join('\n')}</article></body></html>`;
}

/** A seeds file of tests/fixtures/reader as a news page. */
export const pageOf = (file: string, headline: string): string => storyPage(readFileSync(path.join(READER, file), 'utf8'), headline);

/** Names the saved article brings that the bundled archive does not know and that `otherText` mentions. */
export function readerOnlyNamesOn(otherText: string): string[] {
  const enc = new TextEncoder();
  const seedsDir = path.join(ROOT, 'seeds');
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => parseArticle(f, readFileSync(path.join(seedsDir, f))));
  const saved = parseArticle(SAVED_FILE, enc.encode(readFileSync(path.join(READER, SAVED_FILE), 'utf8')));
  const merged = createArchiveBuilder().build(seeds, [saved]);
  return merged.factBase.entities
    .filter((e) => merged.readerOnly.has(e.id) && e.name.includes(' ') && otherText.includes(e.name))
    .map((e) => e.name);
}
