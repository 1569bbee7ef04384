/**
 * compromise set up once, with compromise-dates. Build-time (Node) and background-context only:
 * never import this from the content script (150 kB gzip, 40-100 ms per article). compromise itself is evaluated
 * at the first call (compromise-lazy.cjs), not when the background starts.
 */
import type nlp from 'compromise';
import { newsWordsPlugin } from './plugin';
import { quoteSentences } from './quote-sentences';
import { bulkMatch, type BulkMatch } from './sweep';
import compromise from './compromise-lazy.cjs';

let ready = false;
/** compromise's own `bulkMatch`, kept for the test that ours gives the same results (sweep.ts). */
export let compromiseBulkMatch: BulkMatch | undefined;

/**
 * compromise with our plugins registered (idempotent). compromise-dates' tagger is taken out of the hooks
 * every parse runs: it costs a quarter of the parse, and only the sentences that may date an event need it
 * (findDates runs it on those).
 */
export function engine(): typeof nlp {
  const nlp = compromise();
  if (!ready) {
    nlp.plugin(compromise.datesPlugin());
    nlp.plugin(newsWordsPlugin as unknown as Parameters<typeof nlp.plugin>[0]);
    nlp.plugin(quoteSentences);
    const world = nlp.world() as unknown as { hooks: string[]; methods: { one: { parseMatch: ParseMatch; bulkMatch: BulkMatch } } };
    world.hooks = world.hooks.filter((h) => h !== DATES_HOOK && !UNUSED_HOOKS.has(h));
    world.methods.one.parseMatch = remembered(world.methods.one.parseMatch);
    compromiseBulkMatch = world.methods.one.bulkMatch;
    world.methods.one.bulkMatch = bulkMatch;
    ready = true;
  }
  return nlp;
}

type ParseMatch = (input: unknown, opts: object | undefined, world: unknown) => unknown;

/** Patterns kept parsed at most (compromise-dates and compromise's own steps use a few hundred). */
const MAX_PATTERNS = 5_000;

/**
 * compromise parses a string pattern again at every `match('...')` call, and compromise-dates calls it with the
 * same few hundred patterns on every sentence: about a tenth of a big article's build. Parsed patterns are only
 * read by the matcher (compromise itself recommends passing `nlp.parseMatch(...)` results for reuse), so the same
 * string with the same options gets the same parse.
 */
function remembered(parse: ParseMatch): ParseMatch {
  const parsed = new Map<string, unknown>();
  return (input, opts, world) => {
    if (typeof input !== 'string') return parse(input, opts, world);
    const key = opts && Object.keys(opts).length ? `${JSON.stringify(opts)}\u0000${input}` : input;
    let regs = parsed.get(key);
    if (regs === undefined) {
      regs = parse(input, opts, world);
      if (parsed.size >= MAX_PATTERNS) parsed.clear();
      parsed.set(key, regs);
    }
    return regs;
  };
}

/** compromise steps whose results nothing here reads: noun and verb phrase chunks. */
const UNUSED_HOOKS = new Set(['chunks']);

/** The name of compromise-dates' tagger, to run with `doc.compute(DATES_HOOK)`. */
export const DATES_HOOK = 'dates';
