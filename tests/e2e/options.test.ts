/**
 * The real options page in Chromium over real chrome.storage.sync: settings changed on the page are stored;
 * export downloads a file that, after a reset to defaults, imports them all back; malformed files (not JSON,
 * JSON of the wrong shape, too big) are refused with a visible message and change nothing in storage.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { SETTINGS_VERSION, defaultSettings } from '../../src/settings/schema';
import { fillSyncStorage, launchWithExtension, openExtensionPage, type ExtensionSession } from './browser';

declare const chrome: { storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } } };

let browser: ExtensionSession;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

type Stored = Record<string, unknown> & { sites?: Record<string, { on: boolean; scope: string }> };
const stored = () => browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings) as Promise<Stored | undefined>;
/** Text found now ('' when nothing): `textContent()` would wait for the element to appear. */
const textNow = async (locator: Locator) => (await locator.allTextContents()).join(' | ');

/** What the form shows for each setting this test changes. */
async function form(page: Page) {
  return {
    hoverDelay: await page.getByTestId('hover-delay').inputValue(),
    modifier: await page.getByTestId('modifier').inputValue(),
    density: await page.getByTestId('density').inputValue(),
    place: await page.getByTestId('style-place').inputValue(),
    badge: await page.getByTestId('badge').isChecked(),
    rules: await textNow(page.getByTestId('rules')),
  };
}

const CHANGED = { hoverDelay: '400', modifier: 'alt', density: 'first', place: 'background', badge: false, rules: expect.stringMatching(/^news\.example\.com \(this host only\): off/) };
const DEFAULTS = { hoverDelay: '150', modifier: 'off', density: 'all', place: 'underline', badge: true, rules: '' };

describe('options page', () => {
  it('export, reset to defaults, import: the settings come back, on the page and in storage', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    // a site switched off from the popup, before the options page opens
    await browser.worker.evaluate(
      (version) => chrome.storage.sync.set({ settings: { version, sites: { 'news.example.com': { on: false, scope: 'host', updated: Date.now() } } } }),
      SETTINGS_VERSION,
    );
    const page = await openExtensionPage(browser, 'options.html');
    await page.getByTestId('hover-delay').fill('400');
    await page.getByTestId('hover-delay').press('Enter');
    await page.getByTestId('modifier').selectOption('alt');
    await page.getByTestId('density').selectOption('first');
    await page.getByTestId('style-place').selectOption('background');
    await page.getByTestId('badge').uncheck();
    await expect
      .poll(stored, { timeout: 5000 })
      .toMatchObject({ hoverDelayMs: 400, modifierOnly: 'alt', density: 'first', badge: false, styles: { place: 'background' }, sites: { 'news.example.com': { on: false } } });
    const changed = await stored();
    expect(await form(page)).toEqual(CHANGED);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    expect(download.suggestedFilename()).toBe('news-context-settings.json');
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; settings: unknown };
    expect(exported).toMatchObject({ format: 'news-context-settings', version: SETTINGS_VERSION, settings: changed });

    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('reset').click();
    await expect.poll(() => form(page), { timeout: 5000 }).toEqual(DEFAULTS);
    await expect.poll(stored, { timeout: 5000 }).toMatchObject({ hoverDelayMs: 150, modifierOnly: 'off', density: 'all', badge: true, sites: {} });

    await page.getByTestId('import').setInputFiles(file);
    await expect.poll(() => textNow(page.getByTestId('notice')), { timeout: 5000 }).toBe('Settings imported.');
    expect(await form(page)).toEqual(CHANGED);
    await expect.poll(stored, { timeout: 5000 }).toEqual(changed);

    // and a fresh page reads them from storage
    await page.reload();
    await expect.poll(() => form(page).catch(() => undefined), { timeout: 5000 }).toEqual(CHANGED);
    await page.close();
  });

  it.each([
    ['not JSON', 'settings.json', '{"format": "news-context-settings", version: 2', /not valid JSON/],
    ['JSON of another shape', 'settings.json', JSON.stringify([{ hoverDelayMs: 10 }]), /not a News Context settings file/],
    [
      'invalid settings in our format',
      'settings.json',
      JSON.stringify({ format: 'news-context-settings', version: SETTINGS_VERSION, settings: { ...defaultSettings(), hoverDelayMs: -5, density: 'every' } }),
      /invalid settings \(hoverDelayMs: expected a whole number .*found -5; default 150 used; density: .*\)/,
    ],
    ['too big', 'big.json', JSON.stringify({ format: 'news-context-settings', version: 2, settings: {}, pad: 'x'.repeat(200_000) }), /too large/],
  ])('refuses a file that is %s, says so, and changes nothing', async (_what, name, text, why) => {
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    await browser.worker.evaluate(
      // whole settings: the migrations the options page's first read runs (no version metadata here) change nothing
      (settings) => chrome.storage.sync.set({ settings }),
      { ...defaultSettings(), density: 'first', sites: { 'news.example.com': { on: false, scope: 'host', updated: 1 } } },
    );
    const before = await stored();
    const page = await openExtensionPage(browser, 'options.html');
    await expect.poll(() => page.getByTestId('density').inputValue().catch(() => ''), { timeout: 5000 }).toBe('first');
    const shown = await form(page);

    await page.getByTestId('import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const notice = page.getByTestId('notice');
    await expect.poll(() => textNow(notice), { timeout: 5000 }).toMatch(/^Import refused, nothing changed: /);
    expect(await textNow(notice)).toMatch(why);
    expect(await textNow(notice)).toMatch(/Nothing was changed\.$/);
    expect(await notice.isVisible()).toBe(true);
    expect(await form(page)).toEqual(shown);
    // A write, if one were made, would start on the next task; storage calls are answered in order, so a
    // read made after that task is answered after any such write.
    await page.evaluate('new Promise((r) => setTimeout(r, 0)).then(() => chrome.storage.sync.get(null))');
    expect(await stored()).toEqual(before);
    await page.close();
  });

  it('a change the browser refuses (sync storage full) is shown, and the form keeps the stored value', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    const page = await openExtensionPage(browser, 'options.html');
    await page.getByTestId('density').waitFor();
    // someone else's data fills storage.sync (QUOTA_BYTES: 102,400), so writing the settings fails
    const filled = await fillSyncStorage(browser);
    expect(filled).toBeGreaterThan(5);

    await page.getByTestId('density').selectOption('first');
    await expect.poll(() => textNow(page.getByTestId('notice')), { timeout: 5000 }).toMatch(/^Settings not saved: the browser's sync storage is full\. Your previous settings are kept\./);
    await expect.poll(() => page.getByTestId('density').inputValue(), { timeout: 3000 }).toBe('all');
    expect(await stored()).toBeUndefined();
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });
});
