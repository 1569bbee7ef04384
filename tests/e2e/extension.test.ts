/**
 * The built extension in real Chromium: background, content script and popup are alive and wired,
 * nothing goes over the network, and the page's DOM is untouched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  launchWithExtension,
  openExtensionPage,
  pingTabs,
  sendFromExtensionPage,
  serveFixtures,
  waitForContentScript,
  type ExtensionSession,
  type FixtureServer,
} from './browser';
import { FACT_BASE_FILE, ROOT } from './paths';

const ARTICLE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Climate talks</title></head>
<body>
  <article>
    <h1>China says climate talks with US a success</h1>
    <p class="dateline">BEIJING, 9 November 2023</p>
    <p>US climate envoy John Kerry met his Chinese counterpart Xie Zhenhua ahead of the COP28 summit.</p>
  </article>
</body>
</html>`;

const bundled = JSON.parse(readFileSync(FACT_BASE_FILE, 'utf8')) as { articles: unknown[]; entities: unknown[] };
const seedCount = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).length;

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/article.html': ARTICLE_PAGE } });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the extension in Chromium', () => {
  it('runs its service worker, which reports the bundled fact base to extension pages', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await openExtensionPage(browser, 'options.html');
    const stats = await sendFromExtensionPage(page, { type: 'archive-stats' });
    expect(stats).toMatchObject({ articles: seedCount, entities: bundled.entities.length });
    expect(bundled.articles).toHaveLength(seedCount);
    await page.close();
  });

  it('runs its content script on an http page, which answers a ping with the page URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    expect(await waitForContentScript(browser, page.url())).toEqual({ ok: true, url: server.url('/article.html') });
    await page.close();
  });

  it('renders the archive stats in the popup', async () => {
    const page = await openExtensionPage(browser, 'popup.html');
    const stats = page.locator('[data-testid=archive-stats]');
    await stats.waitFor();
    expect(await stats.textContent()).toContain(`Archive: ${seedCount} ${seedCount === 1 ? 'article' : 'articles'}, ${bundled.entities.length} names`);
    await page.close();
  });

  it('leaves the page DOM exactly as it is without the extension', async () => {
    const plain = await launchChromium({ extension: false });
    let without: string;
    try {
      const page = await plain.context.newPage();
      await page.goto(server.url('/article.html'));
      without = await page.evaluate(() => document.documentElement.outerHTML);
    } finally {
      await plain.close();
    }
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForContentScript(browser, page.url());
    const withExtension = await page.evaluate(() => document.documentElement.outerHTML);
    expect(withExtension).toBe(without);
    expect(withExtension).toContain('Xie Zhenhua');
    await page.close();
  });

  // Last: it covers everything the tests above made the extension do.
  it('made no network request except to the local test server', async () => {
    expect(browser.requests.all.some((r) => r.includes(server.origin))).toBe(true);
    expect(browser.externalRequests()).toEqual([]);
  });

  it('would have seen one: a fetch from the service worker reaches both witnesses', async () => {
    const probe = 'http://news-context-probe.invalid/';
    await browser.worker.evaluate((url) => fetch(url).then(() => 'answered', () => 'failed'), probe);
    await expect.poll(() => browser.trap?.attempts ?? []).toContain(`GET ${probe}`);
    expect(browser.requests.external.join('\n')).toContain(probe);
    expect((await pingTabs(browser)).length).toBe(0); // every page we opened is closed again
  });
});
