/**
 * A thread of the analysis pool (analyse-pool.ts): jobs in, their analysis out as JSON (one string crosses
 * between threads much faster than the objects would), each token's tags as their joined names.
 */
import { parentPort } from 'node:worker_threads';
import { datesNeeded } from '../archive/extract';
import { analysePieces } from '../nlp/analyse';
import type { Job, Reply } from './analyse-wire';

parentPort!.on('message', (job: Job) => {
  let reply: Reply;
  try {
    reply = { id: job.id, json: JSON.stringify(analysePieces(job.pieces, job.articleDate, datesNeeded(job.bodyLength)), (key, value: unknown) => (key === 'tags' ? [...(value as Set<string>)].join(' ') : value)) };
  } catch (err) {
    reply = { id: job.id, error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
