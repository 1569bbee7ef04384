/**
 * The real pages of ../shared/realpages (Mozilla Readability's test pages: real news sites as browsers received
 * them), read at run time and never copied into the repository: the list of news pages among them, each
 * page's reference article text (Readability's extraction, `expected.html`) and how a painted mark is told to
 * be inside or outside the story.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { REALPAGES } from './realpages';
import { similarity } from '../../src/page/article';
import { overlap, words } from './shingles';

export { REALPAGES };

/** The 44 news pages among the 130 (newspapers, news sites and their magazines; not blogs, docs or tests). */
export const NEWS_PAGES = [
  'aclu', 'aktualne', 'ars-1', 'bbc-1', 'breitbart', 'bug-1255978', 'buzzfeed-1', 'citylab-1', 'cnet',
  'cnet-svg-classes', 'cnn', 'engadget', 'folha', 'gmw', 'guardian-1', 'heise', 'herald-sun-1', 'la-nacion',
  'lemonde-1', 'liberation-1', 'medicalnewstoday', 'msn', 'nytimes-1', 'nytimes-2', 'nytimes-3', 'nytimes-4',
  'nytimes-5', 'qq', 'quanta-1', 'salon-1', 'schema-org-context-object', 'seattletimes-1', 'telegraph',
  'theverge', 'tmz-1', 'wapo-1', 'wapo-2', 'webmd-1', 'webmd-2', 'wikia', 'yahoo-1', 'yahoo-2', 'yahoo-3',
  'yahoo-4',
] as const;

export function hasRealPages(): boolean {
  return existsSync(REALPAGES);
}

/** Every page folder, sorted. */
export function allPages(): string[] {
  return readdirSync(REALPAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(REALPAGES, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export interface Reference {
  /**
   * Readability's article text, blocks separated by newlines, with the page's title first when Readability
   * left it out (it shows the title apart from the text; the extension reads the headline as part of the story).
   */
  text: string;
  /** The page's title from Readability's metadata (the headline, which Readability leaves out of the text). */
  title: string;
}

const BLOCK_TAGS = /^(p|div|li|h[1-6]|td|th|dd|dt|blockquote|figcaption|pre|section|article|tr|br)$/i;

export function reference(page: string): Reference {
  const dir = join(REALPAGES, page);
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(readFileSync(join(dir, 'expected.html'), 'utf8'), 'text/html');
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (/^(script|style)$/i.test(tag)) continue;
        const block = BLOCK_TAGS.test(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(doc.body as unknown as Node);
  window.close();
  let title = '';
  try {
    title = (JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string }).title ?? '';
  } catch {
    // no metadata: no headline to allow
  }
  const text = parts.join('').replace(/[ \t]+/g, ' ').replace(/\n\s*/g, '\n').trim();
  const titleWords = words(title).join(' ');
  const inText = titleWords !== '' && ` ${words(text).slice(0, 200).join(' ')} `.includes(` ${titleWords} `);
  const headline = inText ? undefined : pageHeadline(readFileSync(join(dir, 'source.html'), 'utf8'), title);
  return { text: headline ? `${headline}\n${text}` : text, title };
}

/** The page's h1 or h2 whose words are mostly the title's (Readability's test, as src/page/article.ts uses it). */
function pageHeadline(html: string, title: string): string | undefined {
  for (const m of html.matchAll(/<h([12])\b[^>]*>([\s\S]*?)<\/h\1>/gi)) {
    const text = m[2]!.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
    if (text && similarity(title, text) > 0.75) return text;
  }
  return undefined;
}

export type MarkPlace = 'story' | 'headline' | 'outside';

/**
 * Where a mark is: `block` is the text of the block it sits in (its paragraph, list item, heading, cell).
 * In the story when most of the block's word shingles are in the reference (a short block: its words appear
 * there in that order); the headline when the block is the page's title; else outside.
 */
export function markPlace(block: string, ref: Reference, refWords: string = words(ref.text).join(' ')): MarkPlace {
  const w = words(block);
  if (w.length === 0) return 'outside';
  const title = words(ref.title).join(' ');
  const joined = w.join(' ');
  if (title && (title.includes(joined) || joined.includes(title)) && w.length <= words(ref.title).length + 3) return 'headline';
  if (w.length < 8) return ` ${refWords} `.includes(` ${joined} `) ? 'story' : 'outside';
  return overlap(block, ref.text).precision >= 0.5 ? 'story' : 'outside';
}
