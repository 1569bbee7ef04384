/** The toolbar badge counts the archive's names on the page in each tab; pages without any show nothing. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/archive/load';
import { newsPage } from '../helpers/news-page';
import { launchWithExtension, pingTabs, serveFixtures, waitForFindings, type ExtensionSession, type FixtureServer } from './browser';
import { ROOT } from './paths';

declare const chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  const [seed] = await loadSeeds(path.join(ROOT, 'seeds'));
  server = await serveFixtures({
    pages: {
      '/seed.html': newsPage(seed!),
      '/nothing.html': '<!doctype html><html lang="en"><body><article><p>A quiet day at the harbour; nothing to report.</p></article></body></html>',
    },
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function badgeOf(url: string): Promise<string> {
  const tab = (await pingTabs(browser)).find((a) => (a.response as { url?: string }).url === url);
  if (!tab) throw new Error(`no content script for ${url}`);
  return browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tab.tabId);
}

describe('badge', () => {
  it('shows the number of archive names found on the page, per tab', async () => {
    const a = await browser.context.newPage();
    const b = await browser.context.newPage();
    await a.goto(server.url('/seed.html'));
    await b.goto(server.url('/nothing.html'));
    const found = await waitForFindings(browser, a.url());
    expect(found.entities.length).toBeGreaterThan(5);
    await expect.poll(() => badgeOf(a.url()), { timeout: 5000 }).toBe(String(found.entities.length));
    await waitForFindings(browser, b.url());
    await expect.poll(() => badgeOf(b.url()), { timeout: 5000 }).toBe('');
    await a.close();
    await b.close();
  });
});
