/**
 * Node only: reads a seeds folder into parsed articles, collecting every problem before giving up,
 * so one run of the builder lists all the files to fix.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { MAX_SEED_BYTES, parseArticle } from './parse';
import { SeedError, type ParsedArticle } from './types';

/** Bad input in a seeds folder: every problem found, sorted by file and line. */
export class ArchiveInputError extends Error {
  override name = 'ArchiveInputError';
  constructor(readonly problems: SeedError[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}

/**
 * Parses every `*.txt` file in `dir` (sorted by name; other files such as README.md are ignored).
 * Problems name the file as `dir/name`; articles keep the bare name, so the output does not depend on where `dir` is.
 * @throws ArchiveInputError listing every problem, when there is at least one.
 */
export async function loadSeeds(dir: string): Promise<ParsedArticle[]> {
  const names = await listArticles(dir);
  const problems: SeedError[] = [];
  const articles: ParsedArticle[] = [];
  for (const name of names) {
    const where = path.join(dir, name);
    try {
      articles.push(parseArticle(name, await readSeed(where)));
    } catch (err) {
      if (err instanceof SeedError) problems.push(new SeedError(where, err.line, err.reason));
      else problems.push(new SeedError(where, undefined, `cannot read: ${(err as Error).message}`));
    }
  }
  problems.push(...clashes(dir, articles));
  if (problems.length) throw new ArchiveInputError(problems.sort(byPlace));
  return articles;
}

async function listArticles(dir: string): Promise<string[]> {
  const folderError = (reason: string) => new ArchiveInputError([new SeedError(dir, undefined, reason)]);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw folderError(code === 'ENOENT' ? 'folder not found' : code === 'ENOTDIR' ? 'not a folder' : `cannot read the folder: ${(err as Error).message}`);
  }
  const names = entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.txt$/i.test(e.name))
    .map((e) => e.name)
    // Code-unit order, not localeCompare: the article order must not depend on the machine's locale.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!names.length) throw folderError(`no articles in ${dir} (expected *.txt files)`);
  return names;
}

/** Checks the size first, so a huge file is never read into memory. */
async function readSeed(file: string): Promise<Uint8Array> {
  const { size } = await stat(file);
  if (size > MAX_SEED_BYTES) {
    throw new SeedError(file, undefined, `file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SEED_BYTES / 1024 / 1024} MB`);
  }
  return readFile(file);
}

/** The same story in two files, and two file names that give one id. */
function clashes(dir: string, articles: ParsedArticle[]): SeedError[] {
  const problems: SeedError[] = [];
  const byId = new Map<string, string>();
  const byText = new Map<string, string>();
  for (const a of articles) {
    const where = path.join(dir, a.file);
    const sameId = byId.get(a.id);
    if (sameId) problems.push(new SeedError(where, undefined, `gives the same article id "${a.id}" as ${sameId}: rename one of them`));
    else byId.set(a.id, a.file);
    const key = bodyKey(a);
    const sameText = byText.get(key);
    if (sameText) problems.push(new SeedError(where, a.paragraphs[0]?.line, `same article as ${sameText}: identical body text`));
    else byText.set(key, a.file);
  }
  return problems;
}

/** Body text with case, quote style and spacing normalised: a re-saved copy is still the same article. */
const bodyKey = (a: ParsedArticle): string =>
  a.paragraphs
    .filter((p) => p.kind === 'body')
    .map((p) => p.text)
    .join('\n')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ');

const byPlace = (a: SeedError, b: SeedError): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
