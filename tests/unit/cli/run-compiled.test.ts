/**
 * scripts/run-compiled.mjs, which `npm run archive` and `npm run bench:archive` go through: the tool compiled to
 * JavaScript does what it does from the sources, its analysis threads run the compiled thread beside it, and
 * commands started together share one compiled copy safely.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build';
import { FIXTURES, fixtureArticles } from './fixture-articles';

const RUNNER = 'scripts/run-compiled.mjs';
const CACHE = 'node_modules/.cache/news-context-cli';
const scratch = mkdtempSync(join(tmpdir(), 'run-compiled-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [RUNNER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('node scripts/run-compiled.mjs', () => {
  it('refuses a missing entry with its usage', async () => {
    const r = await run(['src/cli/no-such-tool.ts']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/run-compiled.mjs <entry.ts> [args…]: no file src/cli/no-such-tool.ts');
  });

  it('builds on compiled analysis threads the fact base the sources build on this thread', async () => {
    // a tool of our own that forces the threads on a small archive (the archive command keeps little text on one thread)
    const entry = join(scratch, 'pool-entry.ts');
    writeFileSync(
      entry,
      `import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from ${JSON.stringify(resolve('src/archive/parse.ts'))};
import { buildArchiveInParallel } from ${JSON.stringify(resolve('src/cli/analyse-pool.ts'))};
const dir = process.argv[2];
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => { try { return [parseArticle(f, readFileSync(dir + '/' + f))]; } catch { return []; } });
console.log(import.meta.url.endsWith('.js') ? 'compiled' : 'sources');
console.log(JSON.stringify((await buildArchiveInParallel(articles, { threads: 2, minChars: 0 })).factBase));
`,
    );
    const r = await run([entry, FIXTURES]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [how, json] = r.stdout.trim().split('\n');
    expect(how).toBe('compiled');
    expect(json).toBe(JSON.stringify(buildArchive(fixtureArticles()).factBase));
  }, 60_000);

  it('lets commands started together share one compiled copy, with its thread beside it', async () => {
    // from nothing compiled: all three write the same copy at once
    rmSync(CACHE, { recursive: true, force: true });
    const outs = [0, 1, 2].map((k) => join(scratch, `fb-${k}.json`));
    const runs = await Promise.all(outs.map((out) => run(['src/cli/archive.ts', 'build', 'seeds', '--out', out])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const built = outs.map((out) => readFileSync(out, 'utf8'));
    expect(new Set(built).size).toBe(1);
    expect(JSON.parse(built[0]!).entities.length).toBeGreaterThan(5);
    // one folder per compiled content, no half-written ones left behind
    const folders = readdirSync(CACHE);
    expect(folders.filter((f) => f.includes('.'))).toEqual([]);
    const withArchive = folders.filter((f) => readdirSync(join(CACHE, f)).includes('archive.js'));
    expect(withArchive.length).toBeGreaterThan(0);
    for (const f of withArchive) expect(readdirSync(join(CACHE, f))).toContain('analyse-worker.js');
  }, 60_000);
});
