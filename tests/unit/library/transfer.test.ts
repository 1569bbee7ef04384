import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build';
import { articleId } from '../../../src/archive/parse';
import { archive } from '../../../src/cli/archive-command';
import { parseSaved, type SavedArticle } from '../../../src/library/record';
import { EXPORT_FOLDER, exportArchive, planImport } from '../../../src/library/transfer';
import { readerFiles } from './reader-fixtures';

const saved: SavedArticle[] = readerFiles().map(({ name, text }, i) => ({
  id: articleId(name),
  file: name,
  text,
  savedAt: 1_700_000_000_000 + i,
  ...(i !== 1 ? { url: `https://news.example/story-${i}` } : {}),
  ...(i === 0 ? { headline: 'Dockworkers walk out', byline: 'A. Writer' } : {}),
}));
const enc = (s: string) => strToU8(s);
const NOW = 1_800_000_000_000;

describe('export and import', () => {
  it('round-trips: the export imports as the same articles, and exports again to the same bytes', () => {
    const zip = exportArchive(saved);
    const plan = planImport([{ path: 'mine.zip', bytes: zip }], new Set(), NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.articles).toEqual(saved);
    expect(exportArchive(plan.articles)).toEqual(zip);
  });

  it('imports the unzipped folder as well', () => {
    const files = Object.entries(unzipSync(exportArchive(saved))).map(([p, bytes]) => ({ path: p, bytes }));
    expect(planImport(files, new Set(), NOW).articles).toEqual(saved);
  });

  it('exports a folder that `npm run archive -- build` builds into the fact base the browser builds', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'reader-export-'));
    try {
      for (const [name, bytes] of Object.entries(unzipSync(exportArchive(saved)))) {
        await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await writeFile(path.join(dir, name), bytes);
      }
      const out = path.join(dir, 'fb.json');
      const lines: string[] = [];
      const code = await archive(['build', path.join(dir, EXPORT_FOLDER), '--out', out], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
      expect(lines.join('\n')).toMatch(/3 articles/);
      expect(code).toBe(0);
      expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(buildArchive(saved.map(parseSaved)).factBase);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a bad date', 'folder/bad-date.txt', 'date 2024-02-30 PORTMERE: A story.\n', 'folder/bad-date.txt:1: invalid date 2024-02-30: 2024-02 has 29 days'],
    ['no dateline', 'folder/no-dateline.txt', '\n\ndate 2024-02-03 the story starts here.\n', 'folder/no-dateline.txt:3: no dateline'],
    ['a second article', 'folder/two.txt', 'date 2024-02-03 PORTMERE: One story.\n\ndate 2024-02-04 KALVIK: Another.\n', 'folder/two.txt:3: a second "date" line'],
    ['not UTF-8', 'folder/latin1.txt', 'date 2024-02-03 PORTMERE: One.\n\nCaf\u00e9 \xff.\n', 'folder/latin1.txt:3: not valid UTF-8'],
  ])('names the file and line of %s, and imports the good files only', (_what, file, text, message) => {
    const bytes = /latin1/.test(file) ? Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff)) : enc(text);
    const good = { path: `folder/${saved[0]!.file}`, bytes: enc(saved[0]!.text) };
    const plan = planImport([good, { path: file, bytes }], new Set(), NOW);
    expect(plan.problems.map((p) => p.message)).toEqual([expect.stringContaining(message)]);
    expect(plan.articles.map((a) => a.file)).toEqual([saved[0]!.file]);
  });

  it('refuses ids already in use or given twice, ignores other files, and says what is wrong with a metadata file', () => {
    const [a, b] = saved as [SavedArticle, SavedArticle];
    const plan = planImport(
      [
        { path: 'f/README.md', bytes: enc('# notes') },
        { path: 'f/archive.json', bytes: enc('{"format":"something else"}') },
        { path: `f/${a.file}`, bytes: enc(a.text) },
        { path: `g/${b.file}`, bytes: enc(b.text) },
        { path: `h/${b.file.toUpperCase().replace('.TXT', '.txt')}`, bytes: enc(b.text) },
        { path: 'broken.zip', bytes: enc('not a zip') },
      ],
      new Set([a.id]),
      NOW,
    );
    expect(plan.ignored).toEqual(['f/README.md']);
    expect(plan.articles.map((x) => x.file)).toEqual([b.file]);
    expect(plan.articles[0]!.savedAt).toBe(NOW);
    expect(plan.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^broken\.zip: not a zip file/),
      expect.stringMatching(new RegExp(`^f/${a.file}: article id "${a.id}" is already in your archive`)),
      expect.stringMatching(/^f\/archive\.json: not this extension's export/),
      expect.stringMatching(/^h\/.*gives the same article id as g\//),
    ]);
  });

  it('keeps only http(s) addresses from a metadata file', () => {
    const [a] = saved as [SavedArticle];
    const meta = { format: 'news-context-archive', version: 1, articles: [{ file: a.file, url: 'javascript:alert(1)', savedAt: 5 }] };
    const zip = zipSync({ [`x/${a.file}`]: enc(a.text), 'x/archive.json': enc(JSON.stringify(meta)) });
    const [article] = planImport([{ path: 'x.zip', bytes: zip }], new Set(), NOW).articles;
    expect(article).toEqual({ id: a.id, file: a.file, text: a.text, savedAt: 5 });
  });
});
