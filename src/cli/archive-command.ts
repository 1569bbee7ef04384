/**
 * `npm run archive -- build [seedsDir] [--out file]`: seeds/*.txt → the fact base the extension bundles.
 * Exit 0 with one summary line; 1 on bad input (each problem as `file:line: reason`, output untouched); 2 on bad usage.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ArchiveInputError, loadSeeds } from '../archive/load';
import { seedsBundle } from '../archive/seeds-bundle';
import { TYPE_GROUP, TYPE_NOUN, TYPE_ORDER } from '../card/labels';
import type { FactBase } from '../factbase/schema';
import { compileMatcher } from '../matching';
import { FactBaseError, validateFactBase } from '../factbase/validate';
import { SeedError } from '../archive/types';
import { buildArchiveInParallel, defaultThreads } from './analyse-pool';
import { attempt, consoleIO, type IO } from './io';

const DEFAULT_SEEDS = 'seeds';
/** public/ is copied into the extension as is, so this lands at /data/factbase.json (FACT_BASE_PATH). */
const DEFAULT_OUT = 'public/data/factbase.json';
/** The compiled matcher the content script loads (/data/matcher.json), written with the bundled fact base. */
const DEFAULT_MATCHER = 'public/data/matcher.json';
/** The articles' text for the archive pages (/data/texts.json, TEXTS_PATH), written with the bundled fact base. */
const DEFAULT_TEXTS = 'public/data/texts.json';
/** The parsed seed articles (/data/seeds.json, SEEDS_PATH), for building the reader's archive in the browser. */
const DEFAULT_SEEDS_OUT = 'public/data/seeds.json';

const USAGE = `usage: npm run archive -- build [seedsDir] [--out file]

  Builds the fact base from the *.txt articles in seedsDir (default: ${DEFAULT_SEEDS}).
  --out, -o file   where to write it (default: ${DEFAULT_OUT})
  --matcher file   also write the compiled matcher the content script loads
                   (default: ${DEFAULT_MATCHER} when --out is the default, none otherwise)
  --texts file     also write the articles' text, sentence by sentence, for the archive pages
                   (default: ${DEFAULT_TEXTS} when --out is the default, none otherwise)
  --seeds-out file also write the parsed articles, for building the reader's own archive in the browser
                   (default: ${DEFAULT_SEEDS_OUT} when --out is the default, none otherwise)
  --threads N      analyse on N threads (default: one per core, ${defaultThreads()} here; 1: this thread
                   only, slower on a long archive but about 100 MB less memory per thread)
  --help, -h       show this help`;

/** The command: returns the exit code; output goes to `io`. */
export async function archive(argv: string[], io: IO = consoleIO): Promise<number> {
  const usage = (problem: string): number => {
    io.err(`archive: ${problem}\n${USAGE}`);
    return 2;
  };
  const args = attempt(() =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, matcher: { type: 'string' }, texts: { type: 'string' }, 'seeds-out': { type: 'string' }, threads: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }),
  );
  if (args instanceof Error) return usage(args.message);
  if (args.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, seeds = DEFAULT_SEEDS, ...extra] = args.positionals;
  if (command !== 'build') return usage(command ? `unknown command "${command}"` : 'missing command');
  if (extra.length) return usage(`unexpected argument "${extra[0]}"`);
  const threads = args.values.threads === undefined ? defaultThreads() : Number(args.values.threads);
  if (!Number.isInteger(threads) || threads < 1) return usage(`--threads wants a whole number of threads, 1 or more, not "${args.values.threads}"`);
  const out = args.values.out ?? DEFAULT_OUT;
  const matcherOut = args.values.matcher ?? (args.values.out ? undefined : DEFAULT_MATCHER);
  const textsOut = args.values.texts ?? (args.values.out ? undefined : DEFAULT_TEXTS);
  const seedsOut = args.values['seeds-out'] ?? (args.values.out ? undefined : DEFAULT_SEEDS_OUT);

  const started = performance.now();
  try {
    const irregular = await irregularSeeds(seeds);
    if (irregular.length) throw new ArchiveInputError(irregular);
    const articles = await loadSeeds(seeds);
    const built = await buildArchiveInParallel(articles, { threads });
    const fb = validateFactBase(built.factBase);
    const json = `${JSON.stringify(fb, null, 1)}\n`;
    // the matcher and texts first: a fact base on disk always has its matching matcher and texts beside it
    if (matcherOut) await writeAtomically(matcherOut, `${JSON.stringify(compileMatcher(fb))}\n`);
    if (textsOut) await writeAtomically(textsOut, `${JSON.stringify(built.texts)}\n`);
    if (seedsOut) await writeAtomically(seedsOut, `${JSON.stringify(seedsBundle(articles))}\n`);
    await writeAtomically(out, json);
    const seconds = (performance.now() - started) / 1000;
    io.out(`archive: ${summary(fb)} → ${out} (${(Buffer.byteLength(json) / 1000).toFixed(1)} kB) in ${seconds.toFixed(1)} s`);
    return 0;
  } catch (err) {
    if (err instanceof ArchiveInputError) {
      for (const p of err.problems) io.err(p.message);
      io.err(`archive: ${plural(err.problems.length, 'problem')} in ${seeds}; nothing written to ${out}`);
    } else if (err instanceof FactBaseError) {
      io.err(`archive: the builder produced an invalid fact base (a bug, not your seeds): ${err.message}`);
    } else {
      io.err(`archive: ${(err as Error).message}`);
    }
    return 1;
  }
}

/**
 * The *.txt entries of `dir` that are not regular files (a link to /dev/zero, a pipe): the loader checks
 * each file's size before reading it, but a device reports 0 and never ends. (A folder that cannot be read
 * gives nothing here: the loader reports it.)
 */
async function irregularSeeds(dir: string): Promise<SeedError[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const problems: SeedError[] = [];
  for (const e of entries) {
    if (!/\.txt$/i.test(e.name)) continue;
    const where = path.join(dir, e.name);
    const ok = await stat(where).then((s) => s.isFile(), () => true); // a broken link: the loader says so
    if (!ok) problems.push(new SeedError(where, undefined, 'not a regular file (a folder, device or pipe): not read'));
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Write to a temporary file beside the target, then rename: readers (and a build that fails halfway)
 * see the old file or the new one, never part of one. rename is atomic within one file system.
 */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** "1 article, 34 entities (5 people, 6 organisations, 9 places, 4 events, ...)": every kind, in the lists' order. */
function summary(fb: FactBase): string {
  const types = TYPE_ORDER.map((type) =>
    plural(fb.entities.filter((e) => e.type === type).length, TYPE_NOUN[type], TYPE_GROUP[type].toLowerCase()),
  );
  return `${plural(fb.articles.length, 'article')}, ${plural(fb.entities.length, 'entity', 'entities')} (${types.join(', ')})`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
