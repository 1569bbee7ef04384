/**
 * A stopped service worker (Chromium stops it after 30 s idle) starts again for the next page's message, and
 * evaluates its whole bundle before it can answer. compromise is evaluated only where text is analysed
 * (src/nlp/compromise-lazy.cjs): unpacking its lexicon took most of a cold start's 380 ms on this machine,
 * for a page that needs only the matcher. The Public Suffix List (tldts) is evaluated only when a site rule
 * could decide the page (src/settings/tldts-lazy.cjs). This checks, in the built extension, that the first page
 * after a stop is painted without either being evaluated, and that each is evaluated when something needs it.
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../src/settings/schema';
import { launchWithExtensionRetrying, markCount, openExtensionPage, sendFromExtensionPage, serveFixtures, stopServiceWorker, type ExtensionSession, type FixtureServer } from './browser';

declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2023-11-10"></head><body><article id="story">
<p>US climate envoy John Kerry met his Chinese counterpart Xie Zhenhua in Beijing before COP28.</p>
</article></body></html>`;

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

/** The extension's running service worker (a new one after a stop). */
const worker = async (): Promise<Worker> => {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`);
  return browser.context.serviceWorkers().find(ours) ?? browser.context.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 });
};
const loaded = async (what: 'compromise' | 'tldts') => (await worker()).evaluate((name) => performance.getEntriesByName(name).length, `news-context:${what}-loaded`);
const compromiseLoaded = () => loaded('compromise');

describe('a stopped service worker', () => {
  it('answers the next page without evaluating compromise, and evaluates it when text must be analysed', async () => {
    await stopServiceWorker(browser);
    const page = await browser.context.newPage();
    await page.goto(server.url('/story.html'));
    await expect.poll(() => markCount(page, 'painted'), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await compromiseLoaded()).toBe(0);

    // The popup's list of names the archive does not know is the builder's work: compromise is needed now.
    const options = await openExtensionPage(browser, 'options.html');
    const answer = (await sendFromExtensionPage(options, { type: 'detect', text: 'Ana Lindqvist of the Harbour Union spoke in Portmere on Tuesday.' })) as { names?: unknown[] };
    expect(Array.isArray(answer.names)).toBe(true);
    expect(await compromiseLoaded()).toBe(1);
    await options.close();
    await page.close();
  });

  it('answers a page of a site with no rule without the Public Suffix List, and reads it when a rule may decide', async () => {
    // (a host name, not an IP address: an address is its own domain)
    const url = server.url('/story.html').replace('127.0.0.1', 'localhost');
    await stopServiceWorker(browser);
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => markCount(page, 'painted'), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await loaded('tldts')).toBe(0);

    // a rule for the page's own host: the popup's words for it ("this site" or "this subdomain") need the domain
    const host = new URL(url).hostname;
    await (await worker()).evaluate(
      async ({ host, version }) => {
        const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as { sites?: object };
        await chrome.storage.sync.set({ settings: { ...current, version, sites: { ...current.sites, [host]: { on: true, scope: 'host', updated: 1 } } } });
      },
      { host, version: SETTINGS_VERSION },
    );
    await page.reload();
    await expect.poll(() => loaded('tldts'), { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});
