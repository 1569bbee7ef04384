/**
 * The choice sticks: a site switched off in the popup is still off after the browser is closed and started
 * again with the same profile (users complain that such choices are lost).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Findings } from '../../src/messaging/protocol';
import { launchWithExtension, openPopupFor, serveFixtures, sendToTab, waitForContentScript, type ExtensionSession, type FixtureServer } from './browser';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2023-11-10"></head>
<body><article><p>US climate envoy John Kerry met Xie Zhenhua before COP28.</p></article></body></html>`;

declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };

let server: FixtureServer;
let profile: string;
let browser: ExtensionSession | undefined;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/a.html': PAGE } });
  profile = await mkdtemp(path.join(tmpdir(), 'news-context-restart-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

const paintedCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) if (name.startsWith('news-context-')) n += h.size;
    return n;
  });
const textNow = async (locator: Locator) => (await locator.allTextContents()).join(' | ');

async function openNewsPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url('/a.html'));
  await waitForContentScript(session, page.url());
  return page;
}

describe('after a browser restart', () => {
  it('a site switched off in the popup is still off: the popup says so and nothing is painted', async () => {
    browser = await launchWithExtension({ profile });
    let news = await openNewsPage(browser);
    await expect.poll(() => paintedCount(news), { timeout: 5000 }).toBeGreaterThan(0);
    let popup = await openPopupFor(browser, news.url());
    const button = () => popup.getByTestId('site-switch');
    await expect.poll(() => textNow(button()), { timeout: 3000 }).toBe('On for 127.0.0.1');
    await button().click();
    await expect.poll(() => textNow(button()), { timeout: 3000 }).toBe('Off for 127.0.0.1');
    const session = browser;
    await expect
      .poll(() => session.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings), { timeout: 3000 })
      .toMatchObject({ sites: { '127.0.0.1': { on: false } } });
    await expect.poll(() => paintedCount(news), { timeout: 2000 }).toBe(0);
    await browser.close();
    browser = undefined;

    browser = await launchWithExtension({ profile });
    news = await openNewsPage(browser);
    const again = browser;
    await expect.poll(async () => ((await sendToTab(again, news.url(), { type: 'findings' })) as Findings).status, { timeout: 5000 }).toBe('off');
    popup = await openPopupFor(browser, news.url());
    await expect.poll(() => textNow(button()), { timeout: 3000 }).toBe('Off for 127.0.0.1');
    expect(await button().getAttribute('aria-checked')).toBe('false');
    expect(await textNow(popup.getByTestId('site-rule'))).toMatch(/^Off for 127\.0\.0\.1/);
    // status 'off' (above) means no session was started, and none starts until the settings change
    expect(await paintedCount(news)).toBe(0);
  });
});
