/**
 * compromise set up once, with compromise-dates. Build-time (Node) and background-context only:
 * never import this from the content script (150 kB gzip, 40-100 ms per article).
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import { newsWordsPlugin } from './plugin';
import { quoteSentences } from './quote-sentences';

let ready = false;

/**
 * compromise with our plugins registered (idempotent). compromise-dates' tagger is taken out of the hooks
 * every parse runs: it costs a quarter of the parse, and only the sentences that may date an event need it
 * (findDates runs it on those).
 */
export function engine(): typeof nlp {
  if (!ready) {
    nlp.plugin(datesPlugin);
    nlp.plugin(newsWordsPlugin as unknown as Parameters<typeof nlp.plugin>[0]);
    nlp.plugin(quoteSentences);
    const world = nlp.world() as unknown as { hooks: string[] };
    world.hooks = world.hooks.filter((h) => h !== DATES_HOOK && !UNUSED_HOOKS.has(h));
    ready = true;
  }
  return nlp;
}

/** compromise steps whose results nothing here reads: noun and verb phrase chunks. */
const UNUSED_HOOKS = new Set(['chunks']);

/** The name of compromise-dates' tagger, to run with `doc.compute(DATES_HOOK)`. */
export const DATES_HOOK = 'dates';
