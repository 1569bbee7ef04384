/**
 * "Add this article" from the page's context menu and the keyboard command: both open the popup's preview
 * for that tab in a small window (an extension cannot open its toolbar popup itself), where the reader
 * checks what will be saved and confirms.
 */
import { browser } from 'wxt/browser';

export const ADD_MENU_ID = 'news-context-add-article';

/** The popup page for `tabId`, opened straight at the preview of its article. */
export function openAddArticle(tabId: number): Promise<unknown> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/popup.html?tab=${tabId}&add=1`);
  return browser.windows ? browser.windows.create({ url, type: 'popup', width: 420, height: 640 }) : browser.tabs.create({ url });
}

/** The context-menu item (created at install and update, as MV3 menus persist), and its clicks. */
export function watchAddArticleMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    void menus.removeAll().then(() =>
      menus.create({
        id: ADD_MENU_ID,
        title: 'Add this article to my News Context archive',
        contexts: ['page'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      }),
    );
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_MENU_ID && tab?.id !== undefined) void openAddArticle(tab.id).catch(() => undefined);
  });
}
