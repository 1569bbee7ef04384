/**
 * Opens an archive page for a card on a web page: a page may not navigate to an extension page, so the
 * content script asks, and the background opens it in a new tab next to the page's own.
 */
import { browser, type Browser } from 'wxt/browser';
import { archivePageUrl } from '../archive-pages/links';
import { isOpenableRoute } from '../archive-pages/routes';

/** Opens `route` (an entity's or article's hash) beside the sender's tab; false for any other route. */
export async function openArchivePage(route: string, sender: Browser.runtime.MessageSender): Promise<{ ok: boolean }> {
  if (!isOpenableRoute(route)) return { ok: false };
  const tab = sender.tab;
  await browser.tabs.create({
    url: `${archivePageUrl()}${route}`,
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
  });
  return { ok: true };
}
