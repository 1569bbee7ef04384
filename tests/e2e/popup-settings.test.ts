/**
 * The real popup over real chrome.storage.sync: settings corrupted from the service worker are shown as reset
 * and the popup still works; a write the browser refuses (sync storage full) is an alert and the switch keeps
 * the stored value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../src/settings/schema';
import { fillSyncStorage, launchWithExtension, openPopupFor, serveFixtures, waitForContentScript, type ExtensionSession, type FixtureServer } from './browser';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2023-11-10"></head>
<body><article><p>US climate envoy John Kerry met Xie Zhenhua before COP28.</p></article></body></html>`;

declare const chrome: {
  storage: { sync: { set(items: object): Promise<void>; get(key: string | null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void>; clear(): Promise<void> } };
};

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/a.html': PAGE } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const paintedCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) if (name.startsWith('news-context-')) n += h.size;
    return n;
  });
/** The text of what the locator finds now ('' when nothing): `textContent()` would wait for an element. */
const textNow = async (locator: ReturnType<Page['getByTestId']>) => (await locator.allTextContents()).join(' | ');
const storedSettings = () => browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

async function openNewsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/a.html'));
  await waitForContentScript(browser, page.url());
  await expect.poll(() => paintedCount(page), { timeout: 5000 }).toBeGreaterThan(0);
  return page;
}

describe('popup and stored settings', () => {
  it('corrupt stored settings: a notice, the defaults, and the switch still works', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    const news = await openNewsPage();
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: 'garbage' }));

    const popup = await openPopupFor(browser, news.url());
    const notice = popup.getByTestId('settings-problems');
    await expect.poll(() => textNow(notice), { timeout: 3000 }).toBe('The stored settings were not valid, so all were reset to the defaults.');
    expect(await notice.getAttribute('role')).toBe('status');
    const button = popup.getByTestId('site-switch');
    expect(await textNow(button)).toBe('On for 127.0.0.1');
    await expect.poll(() => textNow(popup.getByTestId('found-person')), { timeout: 5000 }).toContain('John Kerry');

    await button.click();
    await expect.poll(() => textNow(button), { timeout: 3000 }).toBe('Off for 127.0.0.1');
    await expect.poll(storedSettings, { timeout: 3000 }).toMatchObject({ version: SETTINGS_VERSION, enabled: true, sites: { '127.0.0.1': { on: false, scope: 'host' } } });
    await expect.poll(() => paintedCount(news), { timeout: 2000 }).toBe(0);
    expect(await popup.getByRole('alert').count()).toBe(0);
    await popup.close();
    await news.close();
  });

  it('a write the browser refuses (sync storage full): an alert, and the switch shows what is stored', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    const news = await openNewsPage();
    const popup = await openPopupFor(browser, news.url());
    const button = popup.getByTestId('site-switch');
    await expect.poll(() => textNow(button), { timeout: 3000 }).toBe('On for 127.0.0.1');

    // Fill storage.sync (QUOTA_BYTES: 102,400) with someone else's data, so the next write of the settings fails.
    const filled = await fillSyncStorage(browser);
    expect(filled).toBeGreaterThan(5);

    await button.click();
    const alert = popup.getByRole('alert');
    await expect.poll(() => textNow(alert), { timeout: 5000 }).toMatch(/^Settings not saved: the browser's sync storage is full\. Your previous settings are kept\./);
    await expect.poll(() => textNow(button), { timeout: 3000 }).toBe('On for 127.0.0.1');
    expect(await button.getAttribute('aria-checked')).toBe('true');
    expect(await storedSettings()).toBeUndefined();
    expect(await paintedCount(news)).toBeGreaterThan(0);

    // room again: the same click is saved, and the alert goes
    await browser.worker.evaluate(async (n) => chrome.storage.sync.remove(Array.from({ length: n }, (_, i) => `filler${i}`)), filled);
    // within the store's least interval between writes (2 s) of the refused one: the click waits for it, then is saved
    await button.click();
    await expect.poll(() => textNow(button), { timeout: 8000 }).toBe('Off for 127.0.0.1');
    expect(await alert.count()).toBe(0);
    await expect.poll(() => paintedCount(news), { timeout: 2000 }).toBe(0);
    await popup.close();
    await news.close();
  });
});
