/**
 * `npm run annotate -- <file.html|file.txt> [--archive file] [--date YYYY-MM-DD] [--text]`: the archive's names
 * and events in a page or text, as JSON; with `--text`, the page's story text as the extension reads it. Runs the content script's own extraction and matching (HTML through
 * happy-dom), and the background's detection of names the archive does not know.
 * Exit 0 with JSON on stdout; 1 on unreadable input or archive; 2 on bad usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { detectUnknownNames, knownNames } from '../archive/detect';
import { migrateFactBase } from '../factbase/migrate';
import { compileMatcher, prepareMatcher } from '../matching';
import { annotateText, scanDocument } from '../page/scan';
import { attempt, consoleIO, type IO } from './io';
import { InputError, nestingDepth, readBoundedFile } from './input';

const DEFAULT_ARCHIVE = 'public/data/factbase.json';
const MAX_BYTES = 20 * 1024 * 1024;
/** A fact base larger than this is refused (the 100,000-entity one of `npm run bench:scale` is about 150 MB). */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
/**
 * Deeper HTML is refused: the DOM library recurses and would overflow the stack (at about 10,000), and
 * Chromium's parser nests elements at most 512 deep anyway, so no page the extension reads is deeper.
 */
const MAX_DEPTH = 2_000;

const USAGE = `usage: npm run annotate -- <file.html|file.txt> [--archive file] [--date YYYY-MM-DD] [--text]

  Prints {"mentions": [...], "unknown": [...]} as JSON: the archive's names and events found in the file
  (offsets into the extracted text), and names the archive does not know.
  --archive file   the fact base to match against (default: ${DEFAULT_ARCHIVE}; npm run archive -- build makes it)
  --date day       the page's date, for events (default: from the page's metadata or URL-like dates)
  --text           print the story's text as the extension reads it (the same extraction code), one block a
                   line, instead of the JSON`;

/** The command: returns the exit code; output goes to `io`. */
export async function annotate(argv: string[], io: IO = consoleIO): Promise<number> {
  const usage = (problem: string): number => {
    io.err(`annotate: ${problem}\n${USAGE}`);
    return 2;
  };
  const args = attempt(() =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: { archive: { type: 'string' }, date: { type: 'string' }, text: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }),
  );
  if (args instanceof Error) return usage(args.message);
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (!file) return usage('missing input file');
  if (extra.length) return usage(`unexpected argument "${extra[0]}"`);
  const date = args.values.date;
  if (date !== undefined && !isRealDay(date)) {
    return usage(`--date must be a real day as YYYY-MM-DD, not "${date}"`);
  }
  const archivePath = args.values.archive ?? DEFAULT_ARCHIVE;

  let fbJson: unknown;
  try {
    fbJson = JSON.parse((await readBoundedFile(archivePath, MAX_ARCHIVE_BYTES)).toString('utf8'));
  } catch (err) {
    const why = err instanceof InputError ? err.message : `${archivePath} is not JSON: ${(err as Error).message}`;
    io.err(`annotate: cannot read the archive: ${why}${args.values.archive ? '' : ' (run npm run archive -- build first)'}`);
    return 1;
  }
  let fb: ReturnType<typeof migrateFactBase>;
  try {
    fb = migrateFactBase(fbJson); // an archive written under an older schema is read too
  } catch (err) {
    io.err(`annotate: ${archivePath} is not a valid fact base: ${(err as Error).message}`);
    return 1;
  }
  let bytes: Buffer;
  try {
    bytes = await readBoundedFile(file, MAX_BYTES);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(`annotate: ${err.message}`);
    return 1;
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    io.err(`annotate: ${file} is not UTF-8 text`);
    return 1;
  }

  const matcher = prepareMatcher(compileMatcher(fb));
  const html = /\.x?html?$/i.test(file) || /^\s*<(!doctype|html)/i.test(content);
  let text: string;
  let mentions: ReturnType<typeof annotateText>;
  if (html) {
    const window = new Window({ url: `file://${path.resolve(file)}` });
    try {
      // parsed, never run: happy-dom's parser builds the tree without executing the page's scripts
      const doc = new window.DOMParser().parseFromString(content, 'text/html');
      const depth = nestingDepth(doc.documentElement as unknown as Element);
      if (depth > MAX_DEPTH) {
        io.err(`annotate: ${file} nests its elements ${depth.toLocaleString('en')} deep; the limit is ${MAX_DEPTH.toLocaleString('en')}`);
        return 1;
      }
      const scan = scanDocument(doc as unknown as Document, window.location.href, matcher, { checkVisibility: false });
      text = scan.page.text;
      mentions = date ? annotateText(matcher, text, date) : scan.mentions;
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      io.err(`annotate: ${file} is too deeply nested or too complex to read (${err.message})`);
      return 1;
    } finally {
      await window.happyDOM.close();
    }
  } else {
    text = content;
    mentions = annotateText(matcher, text, date ?? seedDate(content));
  }
  if (args.values.text) {
    io.out(readableText(text));
    return 0;
  }
  const unknown = detectUnknownNames(text, knownNames(fb.entities.flatMap((e) => [e.name, ...e.aliases])));
  const out = {
    mentions: mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end, entity: m.id, name: m.name, type: m.type, reason: m.reason })),
    unknown: unknown.map(({ text: t, type }) => ({ text: t, type })),
  };
  io.out(JSON.stringify(out, null, 1));
  return 0;
}

/** The extracted text with its block separators (U+2029) as line breaks. */
export function readableText(text: string): string {
  return text.replaceAll('\u2029', '\n');
}

/** "2023-02-30" is not a day (Date.parse would roll it over to March). */
function isRealDay(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** A text in the archive's own format carries its date on the first line. */
function seedDate(text: string): string | undefined {
  return /^\uFEFF?\s*date (\d{4}-\d{2}-\d{2}) /.exec(text)?.[1];
}
