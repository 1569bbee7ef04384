/**
 * Reloading the extension (as an update or a developer's reload does) with a news page open (issue 10,
 * item 2): the old content script is orphaned, and must take every trace of itself off the page (highlights,
 * registry names, its ::highlight stylesheet, the card host) within a second and stop.
 *
 * Chromium does not bring back an extension loaded with --load-extension after chrome.runtime.reload() (its
 * pages then fail with ERR_BLOCKED_BY_CLIENT), so here the reload is in effect a disable or an uninstall:
 * the same orphaning. A new copy is only injected by a navigation, and starts from a clean page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firstPainted,
  launchWithExtensionRetrying,
  paintedRanges,
  pollUntil,
  readCard,
  serveFixtures,
  stopServiceWorker,
  waitForFindings,
  type ExtensionSession,
  type FixtureServer,
} from './browser';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2023-11-10"></head><body><article id="story">
<p>US climate envoy John Kerry met his Chinese counterpart Xie Zhenhua in Beijing before COP28.</p>
</article></body></html>`;

declare const chrome: { runtime: { reload(): void } };

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/story.html': PAGE } });
  browser = await launchWithExtensionRetrying();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Everything of ours the page can see: registry names, painted ranges, our stylesheet, the card host. */
const traces = (page: Page) =>
  page.evaluate(() => {
    const names = [...(CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.keys()].filter((n) => n.startsWith('news-context-'));
    const sheets = [...document.adoptedStyleSheets, ...document.styleSheets].filter((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('::highlight(news-context-')),
    ).length;
    const host = [...document.documentElement.children].some((e) => e.localName.startsWith('news-context-card'));
    return { names: names.length, sheets, host };
  });

// In this order: the second test unloads the extension for good.
describe('the content script when its extension goes away', () => {
  it('is not fooled by a service worker stopped for being idle: the page keeps its marks and card', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/story.html'));
    await waitForFindings(browser, page.url());
    const before = await traces(page);
    expect(before.names).toBeGreaterThan(0);

    // The port the content script holds is dropped with the worker; the extension is still there.
    await stopServiceWorker(browser);
    const lost = await pollUntil(() => traces(page), (t) => t.names < before.names || t.sheets === 0, 1000);
    expect(lost.ok).toBe(false);
    const at = await firstPainted(page, 'person');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 10_000 }).toBe('John Kerry');
    await page.close();
  });

  it('is taken off the page within a second of a reload, and stays off', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/story.html'));
    await waitForFindings(browser, page.url());
    const at = await firstPainted(page, 'person');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await readCard(browser, page)).open, { timeout: 5000 }).toBe(true);
    expect(await traces(page)).toMatchObject({ sheets: 1, host: true });
    expect((await traces(page)).names).toBeGreaterThan(0);

    // Called after evaluate has answered: the reload ends the worker that runs it.
    await browser.worker.evaluate(() => void setTimeout(() => chrome.runtime.reload(), 0));
    const reloadedAt = Date.now();
    await expect.poll(() => traces(page), { timeout: 5000, interval: 50 }).toEqual({ names: 0, sheets: 0, host: false });
    const took = Date.now() - reloadedAt;
    expect(await paintedRanges(page)).toEqual([]);
    // The budget is one second; the poll's own round trips are included in `took`.
    expect(took).toBeLessThan(1500);

    // Stopped: a change to the page is not painted by the orphan.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'John Kerry spoke again.';
      document.getElementById('story')!.append(p);
    });
    // (a rescan follows a change within 300 ms: nothing may come back in twice that)
    const repainted = await pollUntil(() => traces(page), (t) => t.names > 0 || t.sheets > 0, 600);
    expect(repainted.ok).toBe(false);

    await page.close();
  });
});
