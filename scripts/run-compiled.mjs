/**
 * `node scripts/run-compiled.mjs <entry.ts> [args…]`: runs a command-line tool of this repository compiled to
 * plain JavaScript, the archive builder's analysis thread beside it (src/cli/analyse-pool.ts finds it there).
 *
 * Run through tsx, every analysis thread loads tsx's loader and compiles the sources again, and a 5 MB
 * article built about a tenth slower (`npm run bench:archive -- --huge 5`). esbuild bundles the entry and the
 * thread in a fraction of a second (packages stay in node_modules); each compiled copy sits in a folder named
 * by its contents, written under a temporary name and renamed, so commands started together never read a
 * half-written file and an edit to the sources is never run stale. Stack traces point into the sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const CACHE = path.resolve('node_modules/.cache/news-context-cli');
const WORKER = 'src/cli/analyse-worker.ts';
/** Copies not written for this long are removed (one is made per edit of the sources; none is in use that long). */
const STALE_MS = 86_400_000;

const [entry, ...args] = process.argv.slice(2);
if (!entry || !existsSync(entry)) {
  console.error(`usage: node scripts/run-compiled.mjs <entry.ts> [args…]${entry ? `: no file ${entry}` : ''}`);
  process.exit(2);
}
const name = path.basename(entry).replace(/\.ts$/, '');
const { outputFiles } = await build({
  entryPoints: { [name]: entry, 'analyse-worker': WORKER },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: `node${process.versions.node.split('.')[0]}`,
  packages: 'external',
  sourcemap: 'linked',
  outdir: 'out',
  write: false,
  logLevel: 'warning',
});
const hash = createHash('sha256');
for (const file of outputFiles) hash.update(file.path).update(file.contents);
const dir = path.join(CACHE, hash.digest('hex').slice(0, 16));
if (!existsSync(dir)) {
  const temporary = `${dir}.${process.pid}`;
  mkdirSync(temporary, { recursive: true });
  writeFileSync(path.join(temporary, 'package.json'), '{ "type": "module" }\n');
  for (const file of outputFiles) writeFileSync(path.join(temporary, path.basename(file.path)), file.contents);
  try {
    renameSync(temporary, dir);
  } catch (err) {
    // another command wrote the same copy first
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(dir)) throw err;
  }
}
for (const old of readdirSync(CACHE)) {
  const at = path.join(CACHE, old);
  if (at !== dir && Date.now() - statSync(at).mtimeMs > STALE_MS) rmSync(at, { recursive: true, force: true });
}
process.setSourceMapsEnabled(true);
const main = path.join(dir, `${name}.js`);
process.argv = [process.argv[0], main, ...args];
await import(pathToFileURL(main).href);
