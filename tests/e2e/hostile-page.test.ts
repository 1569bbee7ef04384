/**
 * A hostile page against the built extension in Chromium (issue 10, items 1 and 3): it cannot switch the
 * content script off by forging WXT's "a newer copy started" event, it cannot learn from a window message
 * that the extension is installed, and it cannot fetch or import the extension's files by their static path.
 * Reliability rows 6 (clobbering elements and patched prototypes: the page behaves as a clean one) and 11
 * (junk window messages from the page; malformed, huge, `__proto__` and privileged messages from a tab's
 * content-script world, which only a compromised renderer could send: typed errors, no state change).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Findings } from '../../src/messaging/protocol';
import {
  evaluateInContentScript,
  firstPainted,
  launchWithExtensionRetrying,
  markCount,
  pingTabs,
  pollUntil,
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

/**
 * The same story on a page that clobbers document properties with named elements (in every world: named
 * properties live on the document object), shadows a form's own links to its nodes with named controls
 * before the story's paragraphs, and patches the prototypes and history its own code uses.
 */
const CLOBBERED = PAGE.replace('<article id="story">', `
<form name="body"></form><img name="documentElement"><img name="querySelectorAll"><img name="querySelector">
<img name="createTreeWalker"><img name="createElement"><img name="createRange"><img name="getElementById">
<img name="adoptedStyleSheets"><img name="caretPositionFromPoint"><img name="caretRangeFromPoint"><form name="head"></form>
<script>
  window.__patchErrors = 0;
  const fail = (what) => function () { window.__patchErrors++; throw new Error('page patch: ' + what); };
  Element.prototype.attachShadow = fail('attachShadow');
  Range.prototype.setStart = fail('setStart');
  Range.prototype.setEnd = fail('setEnd');
  Document.prototype.createRange = fail('createRange');
  const add = EventTarget.prototype.addEventListener;
  window.__listeners = 0;
  EventTarget.prototype.addEventListener = function (...args) { window.__listeners++; return add.apply(this, args); };
  const push = history.pushState;
  history.pushState = function (...args) { return push.apply(history, args); };
  CSS.highlights.set = fail('highlights.set');
</script>
<article id="story"><form><input name="firstChild"><input name="nextSibling"><input name="parentNode"><p>Sign up below.</p></form>`).replace('</article>', `</article>
<button id="next" onclick="history.pushState({}, '', '/clobbered-b.html'); window.story.innerHTML = '<p id=b1>Joe Biden called Xi Jinping.</p>'">next</button>`);

declare const chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/story.html': PAGE, '/clobbered.html': CLOBBERED } });
  browser = await launchWithExtensionRetrying();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openStory(file = '/story.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(file));
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

  it('with clobbering elements and patched prototypes: painted, hovered and navigated as a clean page is (row 6)', async () => {
    const clean = await openStory();
    const want = (await paintedRanges(clean)).map((r) => `${r.type}:${r.text}`);
    await clean.close();

    const page = await openStory('/clobbered.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect((await paintedRanges(page)).map((r) => `${r.type}:${r.text}`)).toEqual(want);
    const at = await firstPainted(page, 'person');
    await page.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 5000 }).toBe('John Kerry');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(browser, page)).open, { timeout: 5000 }).toBe(false);

    await page.click('#next');
    await expect.poll(async () => (await paintedRanges(page)).map((r) => r.text), { timeout: 5000 }).toEqual(['Joe Biden', 'Xi Jinping']);
    // the page's patches were never reached from our world, and nothing threw
    expect(await page.evaluate(() => (window as unknown as { __patchErrors: number }).__patchErrors)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('junk window messages from the page change nothing, and the page has no way to message the extension (row 11)', async () => {
    const page = await openStory();
    const before = await paintedRanges(page);
    const scans = await markCount(page, 'scan-start');
    await page.evaluate(() => {
      const huge = 'x'.repeat(10_000_000);
      const junk: unknown[] = [
        { type: 'nope' }, { type: 'match' }, { type: 'ping' }, { type: 'show', id: 'john-kerry' }, { type: 'list' },
        { type: 'command', name: 'toggle-site' }, { type: 'match', text: huge, scan: 1 }, huge, null, 42,
        JSON.parse('{"__proto__": {"polluted": true}, "type": "findings"}'),
      ];
      for (const m of junk) window.postMessage(m, '*');
    });
    // no externally_connectable: a page cannot even name a runtime to send to
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    // the messages have been delivered (they are queued before this one); a page change after them is still followed
    await page.evaluate(() => new Promise((resolve) => { addEventListener('message', resolve, { once: true }); window.postMessage('last', '*'); }));
    await page.evaluate(() => document.getElementById('story')!.append(Object.assign(document.createElement('p'), { id: 'after', textContent: 'Xi Jinping agreed.' })));
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 5000 }).toBe(before.length + 1);
    expect(await markCount(page, 'scan-start')).toBe(scans + 1); // one rescan, for the paragraph, none for the messages
    expect((await readCard(browser, page)).open).toBe(false); // 'show' did nothing
    await page.close();
  });

  it('malformed, huge, __proto__ and privileged messages from a tab get typed errors and change nothing (row 11)', async () => {
    const other = await openStory();
    const page = await browser.context.newPage();
    await page.goto(server.url('/story.html?second'));
    await waitForFindings(browser, page.url());
    const otherTab = (await pingTabs(browser)).find((t) => (t.response as { url: string }).url === other.url())!.tabId;
    const otherPainted = (await paintedRanges(other)).length;
    const stored = () => browser.worker.evaluate(() => chrome.storage.sync.get(null));
    const storedBefore = await stored();

    const answers = await evaluateInContentScript<unknown[]>(browser, page, `(async () => {
      const send = (m) => chrome.runtime.sendMessage(m).then((a) => a === undefined ? 'no answer' : a, (e) => 'rejected: ' + e.message);
      return [
        await send({ type: 'unknown-type' }),
        await send({ type: 'match' }),
        await send({ type: 'card' }),
        await send({ type: 'match', text: 'x'.repeat(10 * 1024 * 1024), scan: 1 }),
        await send(JSON.parse('{"__proto__": {"polluted": true}, "type": "archive-stats"}')),
        await send({ type: 'command', name: 'toggle-site', tabId: ${otherTab} }),
        await send({ type: 'command', name: 'toggle-site' }),
        await send({ type: 'found', count: 1e9 }),
        await send({ type: 'archive-stats' }),
      ];
    })()`);
    const [unknown, missing, missingId, huge, proto, toggleOther, toggleActive, found, stats] = answers as Record<string, unknown>[];
    for (const bad of [unknown, missing, missingId, huge, proto]) expect(bad).toEqual({ error: expect.any(String) });
    expect(toggleOther).toEqual({ ok: false });
    expect(toggleActive).toEqual({ ok: false });
    expect(found).toEqual({ error: expect.any(String) }); // over the badge's range
    expect(stats).toMatchObject({ articles: expect.any(Number), entities: expect.any(Number) });
    // no state changed: nothing polluted in the background, both tabs still on and painted, settings untouched
    expect(await browser.worker.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await stored()).toEqual(storedBefore);
    const still = await pollUntil(() => paintedRanges(other), (r) => r.length === otherPainted, 2_000);
    expect(still.value.length).toBe(otherPainted);
    expect((await sendToTab(browser, other.url(), { type: 'findings' }) as Findings).status).toBe('ready');
    await page.close();
    await other.close();
  });
});
