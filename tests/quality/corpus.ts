/**
 * A real article of a local corpus (seeds/*.txt in the seed format). Real articles often have no dateline
 * ("date 2024-05-02 The council voted ..."), which the seed format requires: such a file is read as
 * paragraphs without one, as the reader's own archive reads a saved page, so that it can still be measured.
 */
import { articleFromParagraphs, parseArticle } from '../../src/archive/parse';
import { SeedError, type ParsedArticle } from '../../src/archive/types';

export function corpusArticle(file: string, bytes: Uint8Array): ParsedArticle {
  try {
    return parseArticle(file, bytes);
  } catch (error) {
    if (!(error instanceof SeedError) || !error.reason.startsWith('no dateline')) throw error;
    const text = new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n');
    const head = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*/.exec(text);
    if (!head) throw error;
    const paragraphs = text
      .slice(head[0].length)
      .split(/\n[ \t]*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean);
    return articleFromParagraphs({ file, date: head[1]!, dateline: '', paragraphs });
  }
}
