// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveInputError, loadSeeds } from '../../../src/archive/load';

// Invented stories, not from any archive.
const OSLO = 'date 2024-05-02 OSLO: Norway said Thursday it would build a new rail link to Bergen.\n\nWork starts next spring.\n';
const RIGA = 'date 2024-05-03 RIGA: Latvia said Friday that port traffic rose by a tenth last year.\n\nThe port authority gave no reasons.\n';
const TALLINN = 'date 2024-05-04 TALLINN: Estonia opened a new data centre on Saturday.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seeds-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = (files: Record<string, string | Uint8Array>) =>
  Promise.all(Object.entries(files).map(([name, text]) => writeFile(path.join(dir, name), text)));

/** The problems loadSeeds reports, as `file:line: reason` with the temp folder shown as `seeds`. */
async function problems(folder = dir): Promise<string[]> {
  const err = await loadSeeds(folder).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArchiveInputError);
  return (err as ArchiveInputError).problems.map((p) => p.message.replaceAll(dir, 'seeds'));
}

describe('loadSeeds', () => {
  it('reads the .txt files sorted by name and ignores everything else', async () => {
    await put({ 'b_riga.txt': RIGA, 'a_oslo.txt': OSLO, 'README.md': '# not an article', 'notes.json': '{}', 'c.txt.bak': 'x' });
    await mkdir(path.join(dir, 'drafts.d'));
    const articles = await loadSeeds(dir);
    expect(articles.map((a) => [a.id, a.file, a.date, a.dateline])).toEqual([
      ['a-oslo', 'a_oslo.txt', '2024-05-02', 'OSLO'],
      ['b-riga', 'b_riga.txt', '2024-05-03', 'RIGA'],
    ]);
  });

  it('keeps the bare file name in articles, wherever the folder is', async () => {
    await put({ 'a_oslo.txt': OSLO });
    const [article] = await loadSeeds(dir);
    expect(article!.file).toBe('a_oslo.txt');
  });

  it('collects every problem in every file, sorted by file', async () => {
    await put({
      'c_bad_date.txt': 'date 2024-02-30 OSLO: Text here.\n',
      'a_ok.txt': OSLO,
      'b_no_dateline.txt': 'date 2024-05-02 Norway said things.\n',
      'd_empty.txt': '',
      'e_latin1.txt': Uint8Array.from([...new TextEncoder().encode('date 2024-05-02 OSLO: Caf'), 0xe9, 0x2e]),
    });
    expect(await problems()).toEqual([
      expect.stringMatching(/^seeds\/b_no_dateline\.txt:1: no dateline/),
      'seeds/c_bad_date.txt:1: invalid date 2024-02-30: 2024-02 has 29 days',
      'seeds/d_empty.txt:1: empty file',
      expect.stringMatching(/^seeds\/e_latin1\.txt:1: not valid UTF-8/),
    ]);
  });

  it('names both files when the same article is there twice', async () => {
    // A re-saved copy: other date and spacing, same story.
    const copy = OSLO.replace('2024-05-02', '2024-05-09').replace('Work starts', 'Work  starts');
    await put({ 'a_oslo.txt': OSLO, 'b_riga.txt': RIGA, 'z_oslo_copy.txt': copy });
    expect(await problems()).toEqual(['seeds/z_oslo_copy.txt:1: same article as a_oslo.txt: identical body text']);
  });

  it('does not take two stories that share a paragraph for the same article', async () => {
    await put({ 'a.txt': OSLO, 'b.txt': OSLO.replace('Work starts next spring.', 'Work starts in the autumn.') });
    expect(await loadSeeds(dir)).toHaveLength(2);
  });

  it('names both files when two names give the same id', async () => {
    await put({ 'Oslo Rail.txt': OSLO, 'oslo_rail.txt': RIGA });
    expect(await problems()).toEqual(['seeds/oslo_rail.txt: gives the same article id "oslo-rail" as Oslo Rail.txt: rename one of them']);
  });

  it('refuses a file over 10 MB without reading it', async () => {
    await put({ 'a.txt': OSLO, 'huge.txt': new Uint8Array(10 * 1024 * 1024 + 1) });
    expect(await problems()).toEqual(['seeds/huge.txt: file is 10.0 MB; the limit is 10 MB']);
  });

  it.each([
    ['a missing folder', async () => path.join(dir, 'nope'), 'seeds/nope: folder not found'],
    ['a file instead of a folder', async () => {
      await put({ 'x.txt': OSLO });
      return path.join(dir, 'x.txt');
    }, 'seeds/x.txt: not a folder'],
    ['an empty folder', async () => dir, 'seeds: no articles in seeds (expected *.txt files)'],
    ['a folder with no .txt files', async () => {
      await put({ 'README.md': '# hi', 'a.md': TALLINN });
      return dir;
    }, 'seeds: no articles in seeds (expected *.txt files)'],
  ])('reports %s', async (_, folder, message) => {
    expect(await problems(await folder())).toEqual([message]);
  });
});
