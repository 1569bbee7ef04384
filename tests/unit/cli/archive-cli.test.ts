// @vitest-environment node
/** Runs the real command in-process on temporary folders: exit codes, output file, messages. */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archive } from '../../../src/cli/archive-command';
import { validateFactBase } from '../../../src/factbase/validate';
import { runCommand } from './run';

// Invented stories, not from any archive.
const ARTICLES: Record<string, string> = {
  'a_lisbon.txt': [
    'date 2024-03-14 LISBON: Portugal said Wednesday it would open two new ferry routes to the Azores, Transport Minister Rita Canto told reporters.',
    '',
    'Canto said the routes would start in May and cost 40 million euros.',
    '',
    'Harbour workers plan strike as ferry season nears',
    '',
    'The Azores regional government welcomed the plan.',
  ].join('\n'),
  'b_madrid.txt': [
    '\uFEFFdate 2024-03-20 MADRID: Spain and Portugal agreed on Tuesday to study a fast rail line between Madrid and Lisbon.',
    '',
    '‘A long wait’',
    '',
    'Portuguese Transport Minister Rita Canto said the study would take a year.',
  ].join('\r\n'),
  'c_porto.txt': 'date 2024-04-01 PORTO: Thousands ran the Porto half marathon on Sunday in warm weather.\n',
};

const run = (args: string[], cwd?: string) => runCommand(archive, args, cwd);

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'archive-cli-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A seeds folder with the given files, written in the given order. */
async function seeds(name: string, files: [string, string][]): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of files) await writeFile(path.join(dir, file), text);
  return dir;
}

const SUMMARY =
  /^archive: (\d+) articles?, \d+ entit(?:y|ies) \(\d+ (?:person|people), \d+ organisations?, \d+ places?, \d+ events?, \d+ agreements?, \d+ awards?\) → (.+) \(\d+\.\d kB\) in \d+\.\d s\n$/;

describe('npm run archive -- build', () => {
  it('writes a valid fact base and prints one summary line', async () => {
    const dir = await seeds('seeds', Object.entries(ARTICLES));
    await writeFile(path.join(dir, 'README.md'), '# not an article\n');
    const out = path.join(tmp, 'deep/er/factbase.json');
    const r = await run(['build', dir, '--out', out]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(SUMMARY);
    expect(SUMMARY.exec(r.stdout)!.slice(1)).toEqual(['3', out]);
    const text = await readFile(out, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const fb = validateFactBase(JSON.parse(text));
    expect(fb.articles.map((a) => [a.id, a.file, a.date])).toEqual([
      ['a-lisbon', 'a_lisbon.txt', '2024-03-14'],
      ['b-madrid', 'b_madrid.txt', '2024-03-20'],
      ['c-porto', 'c_porto.txt', '2024-04-01'],
    ]);
    expect(await readdir(path.dirname(out))).toEqual(['factbase.json']);
  });

  it('uses seeds/ and public/data/factbase.json by default', async () => {
    await seeds('seeds', [['c_porto.txt', ARTICLES['c_porto.txt']!]]);
    const r = await run(['build'], tmp);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ → public\/data\/factbase\.json \(/);
    validateFactBase(JSON.parse(await readFile(path.join(tmp, 'public/data/factbase.json'), 'utf8')));
  });

  it('on bad input: exit 1, every problem as file:line, the old output untouched, no temp file', async () => {
    const dir = await seeds('seeds', [
      ...Object.entries(ARTICLES),
      ['d_bad_date.txt', 'date 2024-02-30 PORTO: A story.\n'],
      ['e_no_dateline.txt', '\n\ndate 2024-04-02 Porto: A story.\n'],
    ]);
    const outDir = path.join(tmp, 'out');
    const out = path.join(outDir, 'factbase.json');
    await mkdir(outDir);
    const before = Buffer.from('{"previous": "build"}\n');
    await writeFile(out, before);

    const r = await run(['build', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `${path.join(dir, 'd_bad_date.txt')}:1: invalid date 2024-02-30: 2024-02 has 29 days`,
      expect.stringMatching(new RegExp(`^${escapeRe(path.join(dir, 'e_no_dateline.txt'))}:3: no dateline`)),
      `archive: 2 problems in ${dir}; nothing written to ${out}`,
    ]);
    expect(await readFile(out)).toEqual(before);
    expect(await readdir(outDir)).toEqual(['factbase.json']);
  });

  it('is deterministic: the same bytes twice, and whatever order the files were created in', async () => {
    const files = Object.entries(ARTICLES);
    const forward = await seeds('forward', files);
    const backward = await seeds('backward', [...files].reverse());
    const outs = ['one.json', 'two.json', 'three.json'].map((f) => path.join(tmp, f));
    const runs: [string, string][] = [
      [forward, outs[0]!],
      [forward, outs[1]!],
      [backward, outs[2]!],
    ];
    for (const [dir, out] of runs) {
      expect((await run(['build', dir, '--out', out])).code).toBe(0);
    }
    const [a, b, c] = await Promise.all(outs.map((o) => readFile(o)));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('leaves no temp file when the write itself fails', async () => {
    const dir = await seeds('seeds', [['c_porto.txt', ARTICLES['c_porto.txt']!]]);
    const out = path.join(tmp, 'taken');
    await mkdir(path.join(out, 'inside'), { recursive: true });
    const r = await run(['build', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^archive: .*\n$/);
    expect((await readdir(tmp)).sort()).toEqual(['seeds', 'taken']);
  });

  it('refuses a seed that is not a regular file (a link to /dev/zero) without reading it', async () => {
    const dir = await seeds('seeds', [['c_porto.txt', ARTICLES['c_porto.txt']!]]);
    await symlink('/dev/zero', path.join(dir, 'zero.txt'));
    const out = path.join(tmp, 'fb.json');
    const r = await run(['build', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `${path.join(dir, 'zero.txt')}: not a regular file (a folder, device or pipe): not read`,
      `archive: 1 problem in ${dir}; nothing written to ${out}`,
    ]);
  });

  it('reports an empty folder clearly', async () => {
    const dir = await seeds('empty', []);
    const out = path.join(tmp, 'fb.json');
    const r = await run(['build', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${dir}: no articles in ${dir}`);
    expect(await readdir(tmp)).toEqual(['empty']);
  });

  it('builds the same on one thread as on several', async () => {
    const dir = await seeds('threads', Object.entries(ARTICLES));
    const one = path.join(tmp, 'one.json');
    const two = path.join(tmp, 'two.json');
    expect((await run(['build', dir, '--out', one, '--threads', '1'])).code).toBe(0);
    expect((await run(['build', dir, '--out', two, '--threads', '2'])).code).toBe(0);
    expect(await readFile(two, 'utf8')).toBe(await readFile(one, 'utf8'));
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['frob']],
    ['an unknown flag', ['build', '--frob']],
    ['--out without a file', ['build', '--out']],
    ['two folders', ['build', 'a', 'b']],
    ['no threads', ['build', '--threads', '0']],
    ['threads not a number', ['build', '--threads', 'many']],
  ])('prints usage and exits 2 on %s', async (_, args) => {
    const r = await run(args, tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run archive -- build [seedsDir] [--out file]');
    expect(await readdir(tmp)).toEqual([]);
  });

  it('prints usage on --help', async () => {
    const r = await run(['--help'], tmp);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('usage: npm run archive -- build [seedsDir] [--out file]');
  });
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
