/**
 * What the archive pages read: the archive as the background holds it (the bundled articles and the reader's
 * own: the `library-pages` request) with the bundled articles' text, a file of the extension; or, while the
 * reader has saved nothing or the background cannot answer, the bundled files alone (fact base, texts,
 * matcher), as before there was a reader's archive.
 */
import { browser } from 'wxt/browser';
import { loadBundledFactBase, loadBundledTexts, MATCHER_PATH, readBundledJson } from '../factbase/load';
import { migrateFactBase } from '../factbase/migrate';
import type { FactBase } from '../factbase/schema';
import { parseArticleTexts, TEXTS_SCHEMA, type ArticleTexts } from '../factbase/texts';
import { safeUrl, siteOf } from '../library/record';
import { loadMatcher, type LoadedMatcher } from '../matching';
import type { Request } from '../messaging/protocol';
import { NO_READER, type ReaderArticle, type ReaderArticles } from './refs';

export type { ReaderArticle, ReaderArticles } from './refs';

export interface ArchiveData {
  fb: FactBase;
  /** Undefined when the build has none: article pages then show the facts only. */
  texts: ArticleTexts | undefined;
  /** Undefined when it cannot be read: article pages then mark no names. */
  matcher: LoadedMatcher | undefined;
  /** The reader's own articles in `fb`, by id: empty when there are none or the background could not say. */
  reader: ReaderArticles;
}

/** Asks the background for the merged archive (answered for the extension's own pages only). */
export async function askBackground(): Promise<unknown> {
  const request: Request = { type: 'library-pages' };
  return browser.runtime.sendMessage(request);
}

/**
 * The archive pages' data: the merged archive when the background answers with one, else the bundled files.
 * `ask` is the background (a test passes its own).
 */
export async function loadArchiveData(ask: () => Promise<unknown> = askBackground): Promise<ArchiveData> {
  const [answer, texts] = await Promise.all([ask().catch(() => undefined), loadBundledTexts()]);
  const merged = mergedData(answer, texts);
  if (merged) return merged;
  const [fb, matcher] = await Promise.all([loadBundledFactBase(), readBundledJson(MATCHER_PATH).then(loadMatcher, () => undefined)]);
  return { fb, texts, matcher, reader: NO_READER };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);

/**
 * The data of a `library-pages` answer with the bundled texts: undefined when it holds no merged archive (the
 * reader has saved nothing, the background answered an error) or any part of it is malformed, so the pages
 * never show half of it. The reader's headlines go into the fact base's articles, so pages and cards cite
 * them by the headline the reader saved, as the card on a web page does.
 */
export function mergedData(answer: unknown, bundledTexts: ArticleTexts | undefined): ArchiveData | undefined {
  if (!isObject(answer) || !isObject(answer.merged) || !Array.isArray(answer.articles)) return undefined;
  let fb: FactBase;
  let matcher: LoadedMatcher;
  try {
    fb = migrateFactBase(answer.merged.fb);
    matcher = loadMatcher(answer.merged.matcher);
  } catch {
    return undefined;
  }
  const readerTexts = parseArticleTexts(answer.merged.texts);
  if (!readerTexts) return undefined;
  const inArchive = new Set(fb.articles.map((a) => a.id));
  const reader = new Map<string, ReaderArticle>();
  for (const x of answer.articles as unknown[]) {
    if (!isObject(x) || typeof x.id !== 'string' || !inArchive.has(x.id)) continue;
    const url = safeUrl(str(x.url));
    const site = siteOf(url) ?? str(x.site);
    const headline = str(x.headline);
    const savedAt = typeof x.savedAt === 'number' ? x.savedAt : 0;
    reader.set(x.id, { id: x.id, savedAt, ...(headline ? { headline } : {}), ...(url ? { url } : {}), ...(site ? { site } : {}) });
  }
  const mine = new Set(readerTexts.articles.map((t) => t.id));
  return {
    fb: {
      ...fb,
      articles: fb.articles.map((a) => {
        const headline = reader.get(a.id)?.headline;
        return headline ? { ...a, headline } : a;
      }),
    },
    texts: {
      schema: TEXTS_SCHEMA,
      // the bundled file's text for the bundled articles, the background's for the reader's
      articles: [...(bundledTexts?.articles ?? []).filter((t) => !mine.has(t.id)), ...readerTexts.articles],
    },
    matcher,
    reader,
  };
}
