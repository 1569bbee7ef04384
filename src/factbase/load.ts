import { browser } from 'wxt/browser';
import { migrateFactBase } from './migrate';
import type { FactBase } from './schema';
import { parseArticleTexts, type ArticleTexts } from './texts';

/** Where the build puts the fact base inside the extension (public/data/factbase.json). */
export const FACT_BASE_PATH = '/data/factbase.json';
/** The compiled matcher the build writes beside it (public/data/matcher.json). */
export const MATCHER_PATH = '/data/matcher.json';
/** The articles' text, sentence by sentence (public/data/texts.json), for the archive pages only. */
export const TEXTS_PATH = '/data/texts.json';
/** The parsed seed articles (public/data/seeds.json), for building the reader's own archive with them. */
export const SEEDS_PATH = '/data/seeds.json';

/**
 * Reads a JSON file the build put inside the extension (`path` from the constants above): a local file read
 * through the extension's own URL, never a network request. The one place the extension reads its data files.
 */
export async function readBundledJson(path: string): Promise<unknown> {
  // generated at build time, so WXT's typed list of public paths does not know them
  const response = await fetch((browser.runtime.getURL as (path: string) => string)(path));
  return response.json() as Promise<unknown>;
}

/** Loads the bundled fact base from the extension's own files (a local file read, not a network request), of any schema it reads. */
export async function loadBundledFactBase(): Promise<FactBase> {
  return migrateFactBase(await readBundledJson(FACT_BASE_PATH));
}

/** Loads the bundled articles' text; undefined when the file is missing or malformed (an older build). */
export async function loadBundledTexts(): Promise<ArticleTexts | undefined> {
  try {
    return parseArticleTexts(await readBundledJson(TEXTS_PATH));
  } catch {
    return undefined;
  }
}
