/** One job of the analysis pool: pieces of an article's text → their sentences and dates, at the article's offsets. */
import { datesNeeded } from '../archive/extract';
import { analysePiece, shift, shiftDate, type Analysis } from '../nlp/analyse';
import type { Job } from './analyse-wire';

export function analyseJob(job: Job): Analysis {
  const needs = datesNeeded(job.bodyLength);
  const out: Analysis = { sentences: [], dates: [] };
  for (const [base, raw] of job.pieces) {
    const local = analysePiece(raw, job.articleDate, needs);
    for (const d of local.dates) out.dates.push(shiftDate(d, base));
    for (const s of local.sentences) out.sentences.push(shift(s, base));
  }
  return out;
}
