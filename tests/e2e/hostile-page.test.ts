/**
 * A hostile page against the built extension in Chromium (issue 10, items 1 and 3): it cannot switch the
 * content script off by forging WXT's "a newer copy started" event, it cannot learn from a window message
 * that the extension is installed, and it cannot fetch or import the extension's files by their static path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Findings } from '../../src/messaging/protocol';
import {
  firstPainted,
  launchWithExtensionRetrying,
  paintedRanges,
  readCard,
  sendToTab,
  serveFixtures,
  waitForFindings,
  type ExtensionSession,
  type FixtureServer,
} from './browser';
import { CHROME_EXTENSION_DIR } from './paths';

// The page records every window message it gets from the start (the content script runs before this).
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2023-11-10">
<script>window.__messages = []; addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));</script>
</head><body><article id="story">
<p>US climate envoy John Kerry met his Chinese counterpart Xie Zhenhua in Beijing before COP28.</p>
<p>Kerry said the talks were useful.</p>
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

async function openStory(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/story.html'));
  await waitForFindings(browser, page.url());
  return page;
}

/** How WXT 0.21's ContentScriptContext names its start-up event; an extension's id is public once published. */
const startedEvent = (id: string) => `${id}:content:wxt:content-script-started`;

describe('a hostile page', () => {
  it('cannot switch the content script off with a forged "newer script started" event', async () => {
    const page = await openStory();
    const before = (await paintedRanges(page)).length;
    expect(before).toBeGreaterThan(0);

    await page.evaluate((type) => {
      for (const detail of [{ contentScriptName: 'content', messageId: 'x' }, { contentScriptName: 'content', messageId: String(Math.random()) }]) {
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.dispatchEvent(new CustomEvent(type, { detail }));
      }
      window.postMessage({ type, contentScriptName: 'content', messageId: 'y' }, '*');
    }, startedEvent(browser.extensionId));

    // Still at work: new text is painted (the change observer is alive) and nothing painted was dropped.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'Later, Xie Zhenhua thanked John Kerry.';
      document.getElementById('story')!.append(p);
    });
    await expect.poll(async () => (await paintedRanges(page)).filter((r) => r.block === 'added').map((r) => r.text), { timeout: 5000 })
      .toEqual(['Xie Zhenhua', 'John Kerry']);
    expect((await paintedRanges(page)).length).toBe(before + 2);

    // Still answering the popup and the keyboard commands, and the card still opens on hover.
    const findings = (await sendToTab(browser, page.url(), { type: 'findings' })) as Findings;
    expect(findings.status).toBe('ready');
    expect(findings.entities.map((e) => e.id)).toContain('john-kerry');
    const at = await firstPainted(page, 'person');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 5000 }).not.toBe('');
    await page.close();
  });

  it('gets no window message that names the extension', async () => {
    const page = await openStory();
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes(browser.extensionId) || m.includes('wxt'))).toEqual([]);
    await page.close();
  });

  it('cannot fetch or import the card chunk by its static path, which the content script still loads', async () => {
    const page = await openStory();
    const url = `chrome-extension://${browser.extensionId}/card.js`;
    // (a string, so the test's own bundler leaves the page's import() alone)
    const tried = await page.evaluate(`(async (u) => ({
      fetch: await fetch(u).then((r) => 'status ' + r.status, () => 'failed'),
      import: await import(u).then(() => 'loaded', () => 'failed'),
      registered: Object.getOwnPropertySymbols(globalThis).map(String),
    }))(${JSON.stringify(url)})`);
    expect(tried).toEqual({ fetch: 'failed', import: 'failed', registered: [] });
    const manifest = JSON.parse(readFileSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
    };
    for (const entry of manifest.web_accessible_resources ?? []) expect(entry.use_dynamic_url).toBe(true);

    // The content script loads the same chunk from its per-session dynamic URL at the first hover.
    const at = await firstPainted(page, 'person');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 5000 }).toBe('John Kerry');
    await page.close();
  });
});
