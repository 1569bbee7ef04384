/**
 * A thread of the analysis pool (analyse-pool.ts): jobs in, their analysis out as compact JSON (analyse-wire.ts:
 * one string crosses between threads much faster than the objects would).
 */
import { parentPort } from 'node:worker_threads';
import { datesNeeded } from '../archive/extract';
import { analysePieces } from '../nlp/analyse';
import { encode, type Job, type Reply } from './analyse-wire';

parentPort!.on('message', (job: Job) => {
  let reply: Reply;
  try {
    reply = { id: job.id, json: encode(analysePieces(job.pieces, job.articleDate, datesNeeded(job.bodyLength))) };
  } catch (err) {
    reply = { id: job.id, error: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
