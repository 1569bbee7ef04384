/**
 * What the archive pages load: the merged archive from the background (library-pages), or the bundled files
 * alone when the background cannot answer, has nothing of the reader's, or answers something malformed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadArchiveData, mergedData } from '../../../src/archive-pages/data';
import { FACT_BASE_PATH, MATCHER_PATH, TEXTS_PATH } from '../../../src/factbase/load';
import { compileMatcher, findMentions } from '../../../src/matching';
import { ARTICLE, fb, READER, readerAnswer, S, texts } from './fixture';

/** The bundled files, served to the pages' fetch of the extension's own URLs; each read is counted. */
let reads: string[];
beforeEach(() => {
  reads = [];
  const files: Record<string, unknown> = { [FACT_BASE_PATH]: fb, [MATCHER_PATH]: compileMatcher(fb), [TEXTS_PATH]: texts };
  vi.stubGlobal('fetch', async (url: string) => {
    const path = Object.keys(files).find((p) => String(url).endsWith(p));
    if (!path) throw new Error(`not bundled: ${url}`);
    reads.push(path);
    return new Response(JSON.stringify(files[path]));
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

const articleIds = (d: { fb: { articles: { id: string }[] } }) => d.fb.articles.map((a) => a.id).sort();

describe('loadArchiveData', () => {
  it("shows the merged archive the background sends, with the bundled articles' text from the file", async () => {
    const data = await loadArchiveData(async () => readerAnswer());
    expect(articleIds(data)).toEqual([ARTICLE.first, ARTICLE.second, READER.winter, READER.strike].sort());
    expect([...data.reader.keys()].sort()).toEqual([READER.winter, READER.strike].sort());
    expect(data.texts!.articles.map((t) => t.id)).toEqual([ARTICLE.first, ARTICLE.second, READER.strike, READER.winter]);
    // the merged matcher knows the reader's names
    expect(findMentions(data.matcher!, S.strike).map((m) => m.id)).toContain('tova-sund');
    expect(reads).toEqual([TEXTS_PATH]); // neither the bundled fact base nor its matcher: the background's replace them
  });

  it('asks the background with a library-pages request', async () => {
    const asked: unknown[] = [];
    // the fake browser answers through sendResponse only
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      asked.push(message);
      sendResponse(readerAnswer());
      return true;
    });
    const data = await loadArchiveData();
    expect(asked).toEqual([{ type: 'library-pages' }]);
    expect(data.reader.has(READER.strike)).toBe(true);
  });

  it('reads the bundled files alone when no background listens', async () => {
    const data = await loadArchiveData();
    expect(data.fb).toEqual(fb);
    expect(data.reader.size).toBe(0);
  });

  for (const [what, ask] of [
    ['the background cannot be reached', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
    ['the background refuses (not an extension page)', async () => ({ error: 'not allowed here' })],
    ['the reader has saved nothing', async () => ({ articles: [] })],
  ] as const) {
    it(`reads the bundled files alone when ${what}`, async () => {
      const data = await loadArchiveData(ask);
      expect(data.fb).toEqual(fb);
      expect(data.texts).toEqual(texts);
      expect(data.reader.size).toBe(0);
      expect(findMentions(data.matcher!, S.vote).map((m) => m.id)).toContain('ines-vale');
      expect(reads.sort()).toEqual([FACT_BASE_PATH, MATCHER_PATH, TEXTS_PATH].sort());
    });
  }
});

describe('mergedData', () => {
  it("gives the reader's articles their saved headline, address and site", () => {
    const data = mergedData(readerAnswer(), texts)!;
    expect(data.reader.get(READER.strike)).toEqual({ id: READER.strike, headline: READER.headline, url: READER.url, site: 'news.example', savedAt: 1_000 });
    expect(data.fb.articles.find((a) => a.id === READER.strike)!.headline).toBe(READER.headline);
    expect(data.fb.articles.find((a) => a.id === READER.winter)!.headline).toBeUndefined();
  });

  it('never keeps an address that is not http(s)', () => {
    const answer = readerAnswer() as { articles: { id: string; url?: string; site?: string }[] };
    const strike = answer.articles.find((a) => a.id === READER.strike)!;
    strike.url = 'javascript:alert(1)';
    delete strike.site;
    const own = mergedData(answer, texts)!.reader.get(READER.strike)!;
    expect(own.url).toBeUndefined();
    expect(own.site).toBeUndefined();
  });

  it("keeps the reader's texts when the build has no texts file", () => {
    expect(mergedData(readerAnswer(), undefined)!.texts!.articles.map((t) => t.id)).toEqual([READER.strike, READER.winter]);
  });

  it('takes nothing of an answer with a malformed part: the pages fall back to the bundled files', () => {
    const broken = (change: (a: { merged: Record<string, unknown> }) => void) => {
      const answer = readerAnswer() as { merged: Record<string, unknown> };
      change(answer);
      return mergedData(answer, texts);
    };
    expect(broken((a) => ((a.merged.fb as { entities: unknown }).entities = 'none'))).toBeUndefined();
    expect(broken((a) => (a.merged.matcher = { version: -1 }))).toBeUndefined();
    expect(broken((a) => (a.merged.texts = { schema: 99, articles: [] }))).toBeUndefined();
    expect(mergedData({ error: 'not allowed here' }, texts)).toBeUndefined();
    expect(mergedData(undefined, texts)).toBeUndefined();
  });
});
