/**
 * compromise set up once, with compromise-dates. Build-time (Node) and background-context only:
 * never import this from the content script (150 kB gzip, 40-100 ms per article).
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

let ready = false;

/** compromise with our plugins registered (idempotent). */
export function engine(): typeof nlp {
  if (!ready) {
    nlp.plugin(datesPlugin);
    ready = true;
  }
  return nlp;
}
