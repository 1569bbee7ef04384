/**
 * Export and import of the reader's archive. An export is a zip of one folder: the articles as seeds files
 * (so `npm run archive -- build <folder>` builds it as it stands) and `archive.json` with what a seeds file
 * cannot hold (the address, headline, byline, when it was saved). An import takes that folder, the zip
 * itself, or any folder of seeds files; every file is checked before anything is stored, and each problem
 * names the file and line as the CLI does.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { articleId, parseArticle } from '../archive/parse';
import { SeedError } from '../archive/types';
import { safeUrl, type SavedArticle } from './record';

export const EXPORT_FOLDER = 'news-context-archive';
export const METADATA_FILE = 'archive.json';
const FORMAT = 'news-context-archive';
const FORMAT_VERSION = 1;
/** A zip's files keep one date, so the same archive exports to the same bytes. */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');
/** Bigger than any folder of news articles a reader imports at once: past this, nothing is read. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

interface Metadata {
  file: string;
  url?: string;
  headline?: string;
  byline?: string;
  savedAt?: number;
}

/** The zip of every article (seeds files) plus archive.json. */
export function exportArchive(articles: readonly SavedArticle[]): Uint8Array {
  const sorted = [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const metadata = {
    format: FORMAT,
    version: FORMAT_VERSION,
    articles: sorted.map(({ file, url, headline, byline, savedAt }): Metadata => ({
      file,
      ...(url ? { url } : {}),
      ...(headline ? { headline } : {}),
      ...(byline ? { byline } : {}),
      savedAt,
    })),
  };
  const files: Zippable = {};
  for (const a of sorted) files[`${EXPORT_FOLDER}/${a.file}`] = [strToU8(a.text), { mtime: ZIP_TIME }];
  files[`${EXPORT_FOLDER}/${METADATA_FILE}`] = [strToU8(`${JSON.stringify(metadata, null, 1)}\n`), { mtime: ZIP_TIME }];
  return zipSync(files, { level: 6 });
}

export interface ImportFile {
  /** The path as the reader chose it ("folder/2024-03-04-strike.txt"): problems name it. */
  path: string;
  bytes: Uint8Array;
}

export interface ImportPlan {
  /** The files that can be imported, ready to store. */
  articles: SavedArticle[];
  /** Every problem, by file and line; those files are left out. */
  problems: SeedError[];
  /** Files that are not articles (README.md, images): not read. */
  ignored: string[];
}

const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** Zips are opened: their files count as if the folder had been chosen. */
function expand(files: readonly ImportFile[], problems: SeedError[]): ImportFile[] {
  return files.flatMap((f) => {
    if (!/\.zip$/i.test(f.path)) return [f];
    try {
      return Object.entries(unzipSync(f.bytes))
        .filter(([name]) => !name.endsWith('/'))
        .map(([name, bytes]) => ({ path: `${f.path}/${name}`, bytes }));
    } catch (e) {
      problems.push(new SeedError(f.path, undefined, `not a zip file that can be read: ${(e as Error).message}`));
      return [];
    }
  });
}

function readMetadata(file: ImportFile, problems: SeedError[]): Map<string, Metadata> {
  const out = new Map<string, Metadata>();
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(file.bytes));
  } catch (e) {
    problems.push(new SeedError(file.path, undefined, `not valid JSON: ${(e as Error).message}`));
    return out;
  }
  const d = data as { format?: unknown; articles?: unknown };
  if (d?.format !== FORMAT || !Array.isArray(d.articles)) {
    problems.push(new SeedError(file.path, undefined, `not this extension's export (expected "format": "${FORMAT}")`));
    return out;
  }
  for (const m of d.articles as Record<string, unknown>[]) {
    if (typeof m?.file !== 'string') continue;
    const text = (v: unknown) => (typeof v === 'string' && v.trim() && v.length <= 1000 ? v.trim() : undefined);
    const url = safeUrl(typeof m.url === 'string' ? m.url : undefined);
    const headline = text(m.headline);
    const byline = text(m.byline);
    const savedAt = typeof m.savedAt === 'number' && Number.isFinite(m.savedAt) && m.savedAt >= 0 ? m.savedAt : undefined;
    out.set(m.file, { file: m.file, ...(url ? { url } : {}), ...(headline ? { headline } : {}), ...(byline ? { byline } : {}), ...(savedAt !== undefined ? { savedAt } : {}) });
  }
  return out;
}

/**
 * Reads chosen files into what would be imported, without storing anything. `taken`: article ids already
 * in use (the reader's and the bundled archive's). Pure: the options page shows the plan, the reader confirms.
 */
export function planImport(chosen: readonly ImportFile[], taken: ReadonlySet<string>, now: number): ImportPlan {
  const problems: SeedError[] = [];
  const ignored: string[] = [];
  const total = chosen.reduce((n, f) => n + f.bytes.byteLength, 0);
  if (total > MAX_IMPORT_BYTES) {
    return { articles: [], problems: [new SeedError('(import)', undefined, `${(total / 1024 / 1024).toFixed(0)} MB chosen; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)], ignored };
  }
  const files = expand(chosen, problems);
  const metadata = new Map<string, Metadata>();
  for (const f of files) {
    if (baseName(f.path) === METADATA_FILE) for (const [k, m] of readMetadata(f, problems)) metadata.set(k, m);
  }
  const byId = new Map<string, string>();
  const articles: SavedArticle[] = [];
  const texts = files
    .filter((f) => {
      if (/\.txt$/i.test(f.path)) return true;
      if (baseName(f.path) !== METADATA_FILE) ignored.push(f.path);
      return false;
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const f of texts) {
    const file = baseName(f.path);
    let text: string;
    try {
      // the parser reads the bytes itself: a bad byte is reported with its line, as the CLI does
      parseArticle(file, f.bytes);
      text = new TextDecoder().decode(f.bytes).replace(/^\uFEFF/, '');
    } catch (e) {
      const err = e instanceof SeedError ? e : undefined;
      problems.push(new SeedError(f.path, err?.line, err?.reason ?? `cannot read: ${(e as Error).message}`));
      continue;
    }
    const id = articleId(file);
    const clash = taken.has(id) ? 'is already in your archive (or the bundled one)' : byId.has(id) ? `gives the same article id as ${byId.get(id)}` : undefined;
    if (clash) {
      problems.push(new SeedError(f.path, undefined, `article id "${id}" ${clash}: rename the file to import it`));
      continue;
    }
    byId.set(id, f.path);
    const m = metadata.get(file);
    articles.push({
      id,
      file,
      text,
      savedAt: m?.savedAt ?? now,
      ...(m?.url ? { url: m.url } : {}),
      ...(m?.headline ? { headline: m.headline } : {}),
      ...(m?.byline ? { byline: m.byline } : {}),
    });
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
  return { articles, problems, ignored };
}
