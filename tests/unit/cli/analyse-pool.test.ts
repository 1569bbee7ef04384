/**
 * The archive command's build on several threads (src/cli/analyse-pool.ts) gives the fact base and texts the
 * one-thread build gives, byte for byte, and fails clearly.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/archive/build';
import { AnalysePool, buildArchiveInParallel } from '../../../src/cli/analyse-pool';
import { analyse } from '../../../src/nlp/analyse';
import { datesNeeded, storyOf } from '../../../src/archive/extract';
import { fixtureArticles } from './fixture-articles';

const articles = fixtureArticles;

describe('the build on several threads', () => {
  it('gives the same fact base and texts as the build on one thread', async () => {
    const all = articles();
    expect(all.length).toBeGreaterThanOrEqual(4);
    const parallel = await buildArchiveInParallel(all, { threads: 2, minChars: 0 });
    const serial = buildArchive(all);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    expect(parallel.factBase.entities.length).toBeGreaterThan(20);
  }, 60_000);

  it('analyses one long article in pieces spread over the threads, as one analysis', async () => {
    const one = articles().find((a) => a.paragraphs.length > 8)!;
    // the same story twenty times over: about twenty jobs
    const long = { ...one, paragraphs: Array.from({ length: 20 }, () => one.paragraphs).flat() };
    const pool = new AnalysePool(2);
    try {
      const got = await pool.analyse(long);
      const { text, bodyLength } = storyOf(long);
      const want = analyse(text, long.date, datesNeeded(bodyLength));
      expect(got.sentences.length).toBe(want.sentences.length);
      expect(JSON.stringify(got, (k, v: unknown) => (k === 'tags' ? [...(v as Set<string>)] : v))).toBe(
        JSON.stringify(want, (k, v: unknown) => (k === 'tags' ? [...(v as Set<string>)] : v)),
      );
      // tokens with the same tags share one set, as they do on one thread
      const sets = new Set(got.sentences.flatMap((s) => s.tokens.map((t) => t.tags)));
      expect(sets.size).toBeLessThan(got.sentences.reduce((n, s) => n + s.tokens.length, 0) / 10);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('stays on this thread for little text', async () => {
    const all = articles().slice(0, 2);
    const built = await buildArchiveInParallel(all, { threads: 2 });
    expect(JSON.stringify(built)).toBe(JSON.stringify(buildArchive(all)));
  });

  it('refuses work once closed, naming the article', async () => {
    const pool = new AnalysePool(1);
    await pool.close();
    const one = articles()[0]!;
    await expect(pool.analyse(one)).rejects.toThrow(`${one.id}: analysing the text failed: the analysis pool is closed`);
  });
});
