/**
 * The reader's archive survives a browser restart: articles imported on the options page are there after the
 * browser is closed and started again with the same profile (IndexedDB in the background), the popup still
 * lists the names only they know on a page that mentions them.
 * The articles are tests/fixtures/reader (our own words).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, openPopupFor, serveFixtures, waitForContentScript, type FixtureServer } from './browser';
import { ROOT } from './paths';

const READER = path.join(ROOT, 'tests/fixtures/reader');
const files = () => readdirSync(READER).filter((f) => f.endsWith('.txt'));

/** A page of the first fixture's story (its lead and paragraphs), dated like it. */
function storyPage(): string {
  const text = readFileSync(path.join(READER, files()[0]!), 'utf8');
  const [, date, , story] = /^date (\S+) ([A-Z ]+): ([\s\S]*)$/.exec(text)!;
  const paragraphs = story!.split(/\n\s*\n/).map((p) => `<p>${p.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title>
<meta property="article:published_time" content="${date}T08:00:00Z"></head><body><article><h1>Story</h1>${paragraphs.join('\n')}</article></body></html>`;
}

let profile: string;
let server: FixtureServer;
beforeAll(async () => {
  profile = await mkdtemp(path.join(tmpdir(), 'news-context-restart-'));
  server = await serveFixtures({ pages: { '/story.html': storyPage() } });
});
afterAll(async () => {
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

describe("the reader's archive across a browser restart", () => {
  it('keeps the imported articles and the names they bring', async () => {
    const count = new RegExp(`^${files().length} articles of yours`);
    const first = await launchWithExtension({ profile });
    try {
      const options = await openExtensionPage(first, 'options.html');
      await expect.poll(() => options.getByTestId('archive-count').textContent(), { timeout: 30_000 }).toMatch(/^0 articles of yours/);
      await options.getByTestId('archive-import-files').setInputFiles(files().map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(path.join(READER, name)) })));
      await options.getByTestId('archive-import-confirm').click();
      await expect.poll(() => options.getByTestId('archive-count').textContent(), { timeout: 30_000 }).toMatch(count);
    } finally {
      await first.close();
    }

    const second = await launchWithExtension({ profile });
    try {
      const options = await openExtensionPage(second, 'options.html');
      await expect.poll(() => options.getByTestId('archive-count').textContent(), { timeout: 30_000 }).toMatch(count);
      const page = await second.context.newPage();
      await page.goto(server.url('/story.html'));
      await waitForContentScript(second, server.url('/story.html'));
      const popup = await openPopupFor(second, server.url('/story.html'));
      // names only the reader's articles know, listed (not marked: the default keeps them from page scripts)
      await expect.poll(async () => ((await popup.getByTestId('reader-names').textContent().catch(() => '')) ?? '').length, { timeout: 15_000 }).toBeGreaterThan(0);
      expect(second.externalRequests()).toEqual([]);
    } finally {
      await second.close();
    }
  }, 120_000);

  it('reports a write the browser refuses (quota) with nothing lost, and stores again once there is room', async () => {
    const count = (n: number) => new RegExp(`^${n} articles? of yours`);
    const stored = files().length;
    const file = { name: '2024-05-02-harbour-quota.txt', mimeType: 'text/plain', buffer: Buffer.from('date 2024-05-02 PORTMERE: Harbour officials met again on Thursday.\n') };
    // The browser's quota for the extension, set below what is stored (DevTools protocol) before the
    // background opens its database: Chromium reads the quota when an origin's storage is first opened.
    const full = await launchWithExtension({ profile });
    try {
      const cdp = await full.context.newCDPSession(await full.context.newPage());
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${full.extensionId}`, quotaSize: 1 });
      const options = await openExtensionPage(full, 'options.html');
      await expect.poll(() => options.getByTestId('archive-count').textContent(), { timeout: 30_000 }).toMatch(count(stored));
      const before = await options.getByTestId('archive-articles').textContent();
      await options.getByTestId('archive-import-files').setInputFiles([file]);
      await options.getByTestId('archive-import-confirm').click();
      const notice = options.getByTestId('archive-notice');
      await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toMatch(/quota/i);
      expect(await notice.getAttribute('role')).toBe('alert');
      // nothing lost, nothing half-stored: the page lists the same articles, read again from the store
      await options.reload();
      await expect.poll(() => options.getByTestId('archive-count').textContent(), { timeout: 30_000 }).toMatch(count(stored));
      expect(await options.getByTestId('archive-articles').textContent()).toBe(before);
    } finally {
      await full.close();
    }

    const roomy = await launchWithExtension({ profile });
    try {
      const options = await openExtensionPage(roomy, 'options.html');
      await expect.poll(() => options.getByTestId('archive-count').textContent(), { timeout: 30_000 }).toMatch(count(stored));
      await options.getByTestId('archive-import-files').setInputFiles([file]);
      await options.getByTestId('archive-import-confirm').click();
      await expect.poll(() => options.getByTestId('archive-count').textContent(), { timeout: 30_000 }).toMatch(count(stored + 1));
      expect(roomy.externalRequests()).toEqual([]);
    } finally {
      await roomy.close();
    }
  }, 120_000);
});
