/**
 * Addresses of the archive pages, for the card ("Open in archive", a fact's sentence), the popup and the
 * pages themselves. The pages are one extension page, archive.html, with the view in its hash (routes.ts).
 */
import { browser } from 'wxt/browser';
import type { CardLinks } from '../card/links';
import { sentenceKey } from '../factbase/sentence-key';
import { routeHash } from './routes';

/** The extension page that shows the archive (entrypoints/archive/). */
export const ARCHIVE_PAGE = '/archive.html';

/** The archive page's own address, without a hash. */
export const archivePageUrl = (): string => (browser.runtime.getURL as (path: string) => string)(ARCHIVE_PAGE);

/** The archive's front page. */
export const archiveHomeUrl = (): string => `${archivePageUrl()}${routeHash({ page: 'home' })}`;

/** The page of entity `id`. */
export const entityUrl = (id: string): string => `${archivePageUrl()}${routeHash({ page: 'entity', id })}`;

/** The page of archive article `articleId`, at `sentence` (the sentence's text, as a fact keeps it) when given. */
export const articleUrl = (articleId: string, sentence?: string): string =>
  `${archivePageUrl()}${routeHash({ page: 'article', id: articleId, ...(sentence ? { sentence: sentenceKey(sentence) } : {}) })}`;

/** Search results for `query`. */
export const searchUrl = (query: string): string => `${archivePageUrl()}${routeHash({ page: 'search', query })}`;

/** The card's links into the archive pages; `open`, `newTab` as {@link CardLinks} says. */
export function archiveLinks(opts: Pick<CardLinks, 'open' | 'newTab'> = {}): CardLinks {
  return { entity: entityUrl, article: articleUrl, ...opts };
}

/** The route (hash) of an archive address, for asking the background to open it. */
export const routeOf = (url: string): string => {
  const at = url.indexOf('#');
  return at < 0 ? '#/' : url.slice(at);
};
