/**
 * Switching a site off removes every highlight in all its tabs within a second, without a reload, and leaves
 * other sites alone; switching it back on restores them. The settings are changed the way the popup does,
 * through storage.sync, from an extension page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../src/settings/schema';
import { launchWithExtension, openExtensionPage, serveFixtures, waitForContentScript, type ExtensionSession, type FixtureServer } from './browser';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2023-11-10"></head>
<body><article><p>US climate envoy John Kerry met Xie Zhenhua before COP28.</p></article></body></html>`;

declare const chrome: { storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/a.html': PAGE, '/b.html': PAGE } });
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

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForContentScript(browser, url);
  await expect.poll(() => paintedCount(page), { timeout: 5000 }).toBeGreaterThan(0);
  return page;
}

describe('per-site switch', () => {
  it('clears every tab of the site within a second and restores them, leaving another site alone', async () => {
    const a = await open(server.url('/a.html'));
    const b = await open(server.url('/b.html'));
    const other = await open(server.url('/a.html').replace('127.0.0.1', 'localhost'));
    const ext = await openExtensionPage(browser, 'options.html');
    const setRule = (on: boolean) =>
      ext.evaluate(
        async ({ on, version }) => {
          const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
          await chrome.storage.sync.set({
            settings: { ...current, version, sites: { '127.0.0.1': { on, scope: 'host', updated: Date.now() } } },
          });
        },
        { on, version: SETTINGS_VERSION },
      );

    const t0 = Date.now();
    await setRule(false);
    await expect.poll(async () => (await paintedCount(a)) + (await paintedCount(b)), { timeout: 1000, interval: 50 }).toBe(0);
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(await paintedCount(other)).toBeGreaterThan(0);

    await setRule(true);
    await expect.poll(() => paintedCount(a), { timeout: 2000 }).toBeGreaterThan(0);
    await expect.poll(() => paintedCount(b), { timeout: 2000 }).toBeGreaterThan(0);
    for (const p of [a, b, other, ext]) await p.close();
  });
});
