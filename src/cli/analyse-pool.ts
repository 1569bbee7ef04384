/**
 * The archive builder on every core, for the command line (Node only; the extension builds a reader's
 * archive one article at a time with `buildArchive`). compromise's tagging and compromise-dates are most of a
 * build and read one piece of text at a time, each piece on its own (nlp/analyse.ts `pieces`): threads analyse
 * pieces, of one huge article or of many articles, while this thread extracts and links what comes back. The
 * result is the same as `buildArchive`'s, byte for byte: pieces do not depend on each other or on the order
 * they are analysed in.
 */
import os from 'node:os';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { buildArchive } from '../archive/build';
import { extractArticle, storyOf } from '../archive/extract';
import type { ArticleExtraction } from '../archive/local';
import type { ParsedArticle } from '../archive/types';
import { pieces, type Analysis } from '../nlp/analyse';
import { decode, type Job, type Reply } from './analyse-wire';

/** Characters of text per message to a thread: large enough that messaging costs little, small enough to spread one article. */
const JOB_CHARS = 32_000;
/** Below this much text in all, starting threads (about half a second each) costs more than it saves. */
const MIN_PARALLEL_CHARS = 300_000;
/** Jobs sent to a thread at once. */
const IN_FLIGHT = 2;
/** How far analysis may run ahead of extraction, in characters: the analyses waiting hold their tokens in memory. */
const AHEAD_CHARS = 2_000_000;

/**
 * A thread's heap: a job's text and its compromise documents need a few tens of megabytes; a small heap is
 * collected sooner. compromise makes short-lived objects by the million, and V8's default young generation let
 * each thread hold tens of megabytes of them: 16 MB took a 5 MB article's peak from 532 MB to 487 MB, no slower
 * (one run each, `.probe`-style phases of `npm run bench:archive -- --huge 5`).
 */
const THREAD_HEAP_MB = 64;
const THREAD_YOUNG_MB = 16;

export const defaultThreads = (): number => os.availableParallelism();

/**
 * V8 lets a busy heap grow to several times what it holds before collecting: a 5 MB article peaked at 714 MB
 * of memory for under 300 MB live. Growing by half at most took it to 471 MB in the same time (`npm run
 * bench:archive -- --huge 5`); by a quarter, after extraction 378 MB instead of 437 MB. Process-wide, so it is for the command-line tools, called at their start.
 */
export function leanHeap(): void {
  v8.setFlagsFromString('--heap-growing-percent=25');
}

export interface ParallelOptions {
  /** Analysis threads (default: one per core); fewer than 2 builds on this thread alone. */
  threads?: number;
  /** Below this much text in all the build stays on this thread (default MIN_PARALLEL_CHARS). */
  minChars?: number;
}

/** `buildArchive`'s result, with the articles analysed on several threads when there is enough text to gain from it. */
export async function buildArchiveInParallel(articles: ParsedArticle[], { threads = defaultThreads(), minChars = MIN_PARALLEL_CHARS }: ParallelOptions = {}): Promise<ReturnType<typeof buildArchive>> {
  const size = (a: ParsedArticle) => a.paragraphs.reduce((n, p) => n + p.text.length, 0);
  const total = articles.reduce((n, a) => n + size(a), 0);
  if (threads < 2 || total < minChars) return buildArchive(articles);
  const pool = new AnalysePool(threads);
  try {
    const extractions = new Map<ParsedArticle, ArticleExtraction>();
    const waiting: { article: ParsedArticle; analysis: Promise<Analysis>; chars: number }[] = [];
    let ahead = 0;
    let next = 0;
    while (next < articles.length || waiting.length) {
      while (next < articles.length && (ahead < AHEAD_CHARS || !waiting.length)) {
        const article = articles[next++]!;
        const chars = size(article);
        waiting.push({ article, analysis: pool.analyse(article), chars });
        ahead += chars;
      }
      const first = waiting.shift()!;
      const analysis = await first.analysis;
      // the last article: its threads' memory goes back before it is extracted
      if (next === articles.length && !waiting.length) await pool.close();
      extractions.set(first.article, extractArticle(first.article, analysis));
      ahead -= first.chars;
    }
    return buildArchive(articles, (a) => extractions.get(a) ?? extractArticle(a));
  } finally {
    await pool.close();
  }
}

interface Task {
  job: Job;
  resolve: (analysis: Analysis) => void;
  reject: (err: Error) => void;
}

/**
 * Threads that analyse pieces of text (about 100 MB each); `analyse` gives what nlp/analyse.ts `analyse` gives
 * for the article's story. This thread only reads their replies: when it analysed too, the threads waited for it
 * to read theirs, and on two cores the build was slower.
 */
export class AnalysePool {
  readonly #workers: Worker[] = [];
  readonly #queue: Task[] = [];
  /** Each thread's jobs sent and not yet answered, oldest first: two each, so a thread never waits for this one to read its reply. */
  readonly #running = new Map<Worker, Task[]>();
  #ids = 0;
  #broken: Error | undefined;

  constructor(size: number) {
    const url = new URL(import.meta.url.endsWith('.ts') ? './analyse-worker.ts' : './analyse-worker.js', import.meta.url);
    // run from TypeScript sources (tsx, vitest): the thread loads tsx before its module
    const source = url.pathname.endsWith('.ts')
      ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`
      : undefined;
    for (let k = 0; k < size; k++) {
      const options = { resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB, maxYoungGenerationSizeMb: THREAD_YOUNG_MB } };
      const worker = source ? new Worker(source, { ...options, eval: true }) : new Worker(url, options);
      worker.on('message', (reply: Reply) => this.#done(worker, reply));
      worker.on('error', (err) => this.#fail(err));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`an analysis thread stopped (exit code ${code})`));
      });
      this.#workers.push(worker);
      this.#running.set(worker, []);
    }
  }

  async analyse(article: ParsedArticle): Promise<Analysis> {
    const { text, bodyLength } = storyOf(article);
    const jobs: Job[] = [];
    let job: Job | undefined;
    let chars = 0;
    for (const piece of pieces(text)) {
      if (!job || chars >= JOB_CHARS) {
        job = { id: this.#ids++, articleDate: article.date, bodyLength, pieces: [] };
        jobs.push(job);
        chars = 0;
      }
      job.pieces.push(piece);
      chars += piece[1].length;
    }
    try {
      const parts = await Promise.all(jobs.map((j) => this.#run(j)));
      return { sentences: parts.flatMap((p) => p.sentences), dates: parts.flatMap((p) => p.dates) };
    } catch (err) {
      throw new Error(`${article.id}: analysing the text failed: ${(err as Error).message}`);
    }
  }

  async close(): Promise<void> {
    this.#broken ??= new Error('the analysis pool is closed');
    for (const task of this.#queue.splice(0)) task.reject(this.#broken);
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #run(job: Job): Promise<Analysis> {
    return new Promise((resolve, reject) => {
      if (this.#broken) return reject(this.#broken);
      this.#queue.push({ job, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    for (const [worker, sent] of this.#running) {
      while (sent.length < IN_FLIGHT && this.#queue.length) {
        const task = this.#queue.shift()!;
        sent.push(task);
        worker.postMessage(task.job);
      }
    }
  }

  #done(worker: Worker, reply: Reply): void {
    const task = this.#running.get(worker)?.shift();
    if (task) {
      if (reply.error !== undefined) task.reject(new Error(reply.error));
      else task.resolve(decode(reply.json));
    }
    this.#dispatch();
  }

  #fail(err: Error): void {
    if (this.#broken) return;
    this.#broken = err;
    for (const task of [...[...this.#running.values()].flatMap((sent) => sent.splice(0)), ...this.#queue.splice(0)]) task.reject(err);
  }
}
