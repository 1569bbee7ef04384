/**
 * Reliability row 15 in Chromium with the built extension: a page restored from the back/forward cache keeps
 * its highlights and its card works (the content script's port to the background was closed by the cache);
 * the page stays cache-eligible with us in it; a service worker stopped in the middle of a hover is started
 * again by the card's request.
 */
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

const STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2023-11-10"></head>
<body><article><p>US climate envoy John Kerry met his Chinese counterpart Xie Zhenhua in Beijing before COP28.</p>
<p>Joe Biden spoke later.</p></article><a id="away" href="/other.html">other</a></body></html>`;
const OTHER = '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p>Elsewhere.</p></body></html>';

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  // cacheable responses: a no-store page is never put in the back/forward cache
  server = await serveFixtures({ pages: { '/story.html': { body: STORY, headers: { 'cache-control': 'max-age=60' } }, '/other.html': { body: OTHER, headers: { 'cache-control': 'max-age=60' } } } });
  // Playwright switches the cache off by default
  browser = await launchWithExtensionRetrying({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('back/forward cache and a stopped service worker (row 15)', () => {
  it('a page restored from the cache keeps its highlights, and its card opens, even with the worker stopped mid-hover', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await browser.context.newCDPSession(page);
    const notRestored: string[] = [];
    cdp.on('Page.backForwardCacheNotUsed', (e: { notRestoredExplanations: { reason: string }[] }) => notRestored.push(...e.notRestoredExplanations.map((x) => x.reason)));
    await cdp.send('Page.enable');
    await page.goto(server.url('/story.html'));
    await waitForFindings(browser, page.url());
    const before = (await paintedRanges(page)).map((r) => r.text);
    expect(before).toContain('John Kerry');
    await page.evaluate(() => {
      (window as unknown as { __kept: boolean }).__kept = true;
      addEventListener('pageshow', (e) => ((window as unknown as { __restored: boolean }).__restored = e.persisted));
    });

    await page.click('#away');
    await page.waitForURL(/other\.html/);
    await page.goBack({ waitUntil: 'commit' }); // a page restored from the cache fires no load event
    await page.waitForURL(/story\.html/, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __restored?: boolean }).__restored !== undefined || document.readyState === 'complete');
    expect(notRestored).toEqual([]);
    // restored from the cache, not loaded again: the window (and what the page kept in it) is the same
    expect(await page.evaluate(() => ({ kept: (window as unknown as { __kept?: boolean }).__kept, restored: (window as unknown as { __restored?: boolean }).__restored }))).toEqual({
      kept: true,
      restored: true,
    });
    expect((await paintedRanges(page)).map((r) => r.text)).toEqual(before);

    // hover, and stop the worker while the pointer rests: the card's request starts it again
    const at = await firstPainted(page, 'person');
    await page.mouse.move(at!.x, at!.y);
    await stopServiceWorker(browser);
    const card = await pollUntil(() => readCard(browser, page), (c) => c.open, 10_000);
    expect(card.value).toMatchObject({ open: true, name: 'John Kerry' });
    // and a later page change is still matched by the (restarted) background
    await page.evaluate(() => document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Xi Jinping, later.' })));
    await expect.poll(async () => (await paintedRanges(page)).map((r) => r.text), { timeout: 5_000 }).toContain('Xi Jinping');
    expect(errors).toEqual([]);
    await page.close();
  });
});
