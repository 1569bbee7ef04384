/**
 * The four keyboard commands in real Chromium. The browser must really assign the suggested keys (it silently
 * drops ones it uses itself), and each command must do its job on the page. Keys pressed through CDP reach the
 * page, not the browser's shortcut handling, so the commands are run the other way the extension offers: a
 * `command` message from an extension page, which calls the same function as `commands.onCommand`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  openExtensionPage,
  paintedRanges,
  pingTabs,
  pollUntil,
  readCard,
  readList,
  sendFromExtensionPage,
  serveFixtures,
  waitForContentScript,
  type ExtensionSession,
  type FixtureServer,
} from './browser';
import { CHROME_EXTENSION_DIR } from './paths';

declare const chrome: {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
};

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<meta property="article:published_time" content="2023-11-10T08:00:00Z"></head>
<body><article><h1>Envoys meet</h1>
<p id="p1">US climate envoy John Kerry met his counterpart Xie Zhenhua in Beijing before the COP28 summit.</p>
<p id="p2">Kerry said both sides wanted progress.</p></article><input id="search" placeholder="page search"></body></html>`;

let server: FixtureServer;
let browser: ExtensionSession;
let page: Page;
let ext: Page;
let tabId: number;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/story.html': PAGE } });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.url('/story.html'));
  await waitForContentScript(browser, page.url());
  const painted = await pollUntil(async () => (await paintedRanges(page)).length, (n) => n > 3);
  if (!painted.ok) throw new Error(`the story was not painted (${painted.value} ranges)`);
  // the extension has no permission to read tab addresses: the content script says which page it is on
  tabId = (await pingTabs(browser)).find((t) => (t.response as { url?: string }).url === page.url())!.tabId;
  ext = await openExtensionPage(browser, 'popup.html');
  await page.bringToFront();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const run = (name: string) => sendFromExtensionPage(ext, { type: 'command', name, tabId }) as Promise<{ ok: boolean }>;

describe('keyboard commands', () => {
  it('are all given their suggested keys by the browser', async () => {
    const manifest = JSON.parse(await readFile(path.join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      commands: Record<string, { suggested_key?: { default: string } }>;
    };
    const assigned = await browser.worker.evaluate(async () =>
      Object.fromEntries(
        (await chrome.commands.getAll()).filter((c) => c.name !== '_execute_action').map((c) => [c.name!, c.shortcut ?? '']),
      ),
    );
    // 'add-article' has no suggested key: Chromium gives an extension at most four
    const suggested = Object.fromEntries(Object.entries(manifest.commands).map(([name, c]) => [name, c.suggested_key?.default ?? '']));
    expect(suggested['add-article']).toBe('');
    delete suggested['add-article'];
    expect(Object.keys(suggested).sort()).toEqual(['mention-list', 'next-mention', 'previous-mention', 'toggle-site']);
    expect(assigned).toEqual({ ...suggested, 'add-article': '' });
    for (const key of Object.values(suggested)) expect(key).toMatch(/^(Alt|Ctrl)\+/);
  });

  it('are listed in the popup with the keys the browser set', async () => {
    const rows = await ext.locator('[data-testid="shortcuts"] dl > div').allTextContents();
    expect(rows).toEqual([
      expect.stringMatching(/^Alt\+Shift\+O.*on or off for this site/),
      expect.stringMatching(/^Alt\+Shift\+J.*next/),
      expect.stringMatching(/^Alt\+Shift\+K.*previous/),
      expect.stringMatching(/^Alt\+Shift\+L.*List/),
      expect.stringMatching(/^not set.*Add this article/),
    ]);
  });

  it('next and previous go through the mentions in page order and open each card', async () => {
    const mentions = await paintedRanges(page);
    const names: string[] = [];
    for (let i = 0; i < mentions.length; i++) {
      expect(await run('next-mention')).toEqual({ ok: true });
      await expect.poll(async () => (await readCard(browser, page)).open, { timeout: 3000 }).toBe(true);
      names.push((await readCard(browser, page)).name);
    }
    // one card per mention, in page order: full names open their own card, the closing "Kerry" John Kerry's
    for (const [i, m] of mentions.entries()) if (['John Kerry', 'Xie Zhenhua', 'Beijing'].includes(m.text)) expect(names[i]).toBe(m.text);
    expect(mentions.at(-1)!.text).toBe('Kerry');
    expect(names.at(-1)).toBe('John Kerry');
    expect(new Set(names).size).toBeGreaterThanOrEqual(4);
    await run('next-mention');
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 3000 }).toBe(names[0]);
    await run('previous-mention');
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 3000 }).toBe(names.at(-1));
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(browser, page)).open, { timeout: 3000 }).toBe(false);
  });

  it("opens the list of the page's names, each reachable by keyboard and opening its card in place", async () => {
    await page.focus('#search');
    expect(await run('mention-list')).toEqual({ ok: true });
    await expect.poll(async () => (await readList(browser, page)).open, { timeout: 3000 }).toBe(true);
    const list = await readList(browser, page);
    expect(list.entries).toEqual(expect.arrayContaining(['John Kerry, person, 2 mentions', 'Xie Zhenhua, person, 1 mention']));
    expect(list.entries.some((e) => e.startsWith('Beijing, place'))).toBe(true);
    expect(list.entries.some((e) => /, event, /.test(e))).toBe(true);
    // focus is on the first name: the second one is one ArrowDown away
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = list.entries[1]!.split(',')[0]!;
    await expect.poll(async () => (await readList(browser, page)).card, { timeout: 3000 }).toBe(second);
    expect((await readCard(browser, page)).open).toBe(false); // in place, not a second card
    // typing in the list never reaches the page's own shortcuts or fields
    expect(await page.inputValue('#search')).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(async () => readList(browser, page), { timeout: 3000 }).toMatchObject({ open: true, card: '' });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readList(browser, page)).open, { timeout: 3000 }).toBe(false);
    // focus went back to where it was
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    // the same command toggles: open, then closed again
    await run('mention-list');
    await expect.poll(async () => (await readList(browser, page)).open, { timeout: 3000 }).toBe(true);
    await run('mention-list');
    await expect.poll(async () => (await readList(browser, page)).open, { timeout: 3000 }).toBe(false);
  });

  it('toggle-site switches the site off and on again, live', async () => {
    expect(await run('toggle-site')).toEqual({ ok: true });
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 2000 }).toBe(0);
    const stored = await browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as { sites: Record<string, { on: boolean }> });
    expect(stored.sites['127.0.0.1']?.on).toBe(false);
    expect(await run('toggle-site')).toEqual({ ok: true });
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 2000 }).toBeGreaterThan(3);
  });
});
