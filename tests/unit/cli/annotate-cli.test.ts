// @vitest-environment node
/** `npm run annotate` (design.md contract 3): the command in-process, and the npm entry once. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../../src/cli/annotate-command';
import { archive as archiveCommand } from '../../../src/cli/archive-command';
import { runCommand } from './run';

const ROOT = path.resolve(__dirname, '../../..');
const run = (args: string[]) => runCommand(annotate, args);

const dir = mkdtempSync(path.join(tmpdir(), 'annotate-cli-'));
const archive = path.join(dir, 'fb.json');

beforeAll(async () => {
  const built = await runCommand(archiveCommand, ['build', path.join(ROOT, 'seeds'), '--out', archive]);
  expect(built.code).toBe(0);
}, 60_000);

describe('annotate CLI', () => {
  it('prints the mentions of an HTML page with offsets into its extracted text, and unknown names', async () => {
    const page = path.join(dir, 'page.html');
    writeFileSync(
      page,
      '<!doctype html><html><head><meta property="article:published_time" content="2023-11-10"></head><body>' +
        '<nav>World</nav><article><p>US climate envoy John Kerry met Marta Lindqvist of the Nordic Fisheries Council in Oslo.</p></article></body></html>',
    );
    const r = await run([page, '--archive', archive]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { mentions: { text: string; start: number; end: number; entity: string; name: string; type: string }[]; unknown: { text: string; type: string }[] };
    expect(out.mentions.map((m) => [m.text, m.entity, m.type])).toEqual([
      ['US', 'united-states', 'place'],
      ['John Kerry', 'john-kerry', 'person'],
    ]);
    for (const m of out.mentions) expect(m.end - m.start).toBe(m.text.length);
    expect(out.unknown).toEqual(expect.arrayContaining([{ text: 'Marta Lindqvist', type: 'person' }, { text: 'Oslo', type: 'place' }]));
  }, 60_000);

  it('reads plain text, taking the date from --date', async () => {
    const txt = path.join(dir, 'note.txt');
    writeFileSync(txt, 'Delegates prepared for COP28 while Kerry and John Kerry spoke.');
    const r = await run([txt, '--archive', archive, '--date', '2023-11-20']);
    expect(r.code).toBe(0);
    const names = (JSON.parse(r.stdout) as { mentions: { entity: string }[] }).mentions.map((m) => m.entity);
    expect(names).toEqual(['cop28', 'john-kerry', 'john-kerry']);
  }, 60_000);

  it('reads an archive written under schema 1 (before agreements and awards)', async () => {
    const v1 = path.join(dir, 'fb-v1.json');
    writeFileSync(v1, JSON.stringify({ ...JSON.parse(readFileSync(archive, 'utf8')), schema: 1 }));
    const txt = path.join(dir, 'v1-note.txt');
    writeFileSync(txt, 'John Kerry spoke.');
    const r = await run([txt, '--archive', v1]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { mentions: { entity: string }[] }).mentions.map((m) => m.entity)).toEqual(['john-kerry']);
  }, 60_000);

  it('fails clearly on a missing file, a bad archive and a bad date', async () => {
    const missing = await run([path.join(dir, 'nope.html'), '--archive', archive]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.html/);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"schema": 1, "articles": "no"}');
    const badArchive = await run([path.join(dir, 'note.txt'), '--archive', bad]);
    expect(badArchive.code).toBe(1);
    expect(badArchive.stderr).toMatch(/not a valid fact base/);
    const newer = path.join(dir, 'newer.json');
    writeFileSync(newer, '{"schema": 99, "articles": [], "entities": []}');
    const newerArchive = await run([path.join(dir, 'note.txt'), '--archive', newer]);
    expect(newerArchive.code).toBe(1);
    expect(newerArchive.stderr).toMatch(/fact base schema 99 is newer than this version of News Context reads .*update the extension/);
    const badDate = await run([path.join(dir, 'note.txt'), '--archive', archive, '--date', '2023-02-30']);
    expect(badDate.code).toBe(2);
  }, 60_000);

  it('refuses what it should not read, before reading it, in one line', async () => {
    const big = path.join(dir, 'big.html');
    writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x20));
    const zero = path.join(dir, 'zero.html');
    symlinkSync('/dev/zero', zero);
    const deep = path.join(dir, 'deep.html');
    writeFileSync(deep, `<!doctype html><html><body><article>${'<div>'.repeat(50_000)}<p>John Kerry spoke.</p>${'</div>'.repeat(50_000)}</article></body></html>`);
    const cases: [string, RegExp][] = [
      [big, /^annotate: .*big\.html is 21 MB; the limit is 20 MB\n$/],
      [zero, /^annotate: .*zero\.html is not a regular file \(a folder, device or pipe\)\n$/],
      [dir, /^annotate: .* is not a regular file/],
      [deep, /^annotate: .*deep\.html nests its elements 50,00\d deep; the limit is 2,000\n$/],
    ];
    for (const [file, message] of cases) {
      const r = await run([file, '--archive', archive]);
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
      expect(r.stderr).toMatch(message);
    }
  }, 60_000);

  it('reads HTML nested as deep as its limit', async () => {
    const page = path.join(dir, 'nested.html');
    writeFileSync(page, `<!doctype html><html><body><article>${'<div>'.repeat(1_990)}<p>John Kerry spoke.</p>${'</div>'.repeat(1_990)}</article></body></html>`);
    const r = await run([page, '--archive', archive]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { mentions: { entity: string }[] }).mentions.map((m) => m.entity)).toEqual(['john-kerry']);
  }, 60_000);

  it('runs as npm runs it', async () => {
    const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/annotate.ts', '--help'], { cwd: ROOT });
    expect(r.stdout).toContain('usage: npm run annotate');
  }, 60_000);
});
