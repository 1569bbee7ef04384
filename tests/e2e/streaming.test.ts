/**
 * A page still loading: its story's top shows long before the page is parsed (a long page streaming in, a
 * slow connection), so the content script reads and paints that top from what has arrived (session.ts:
 * readWhileLoading), and reads the whole page once it is parsed. The server below sends the first part of
 * each page and holds the rest until the test lets it go, so "still loading" is a state the test controls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Findings } from '../../src/messaging/protocol';
import { EARLY_HEAD_CHARS } from '../../src/page/session';
import { launchWithExtension, markCount, paintedRanges, pingTabs, pollUntil, sendToTab, serveFixtures, waitForMarks, type ExtensionSession, type FixtureServer } from './browser';

const FILLER =
  'Council officers described the new tram timetable, the cost of road repairs and a long dispute about parking ' +
  'permits, none of which involved anyone the archive would know.';
const filler = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<p>${FILLER} Item ${from + i + 1}.</p>`).join('\n');
const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streaming</title>
<meta property="article:published_time" content="2023-11-10T08:00:00Z"></head><body>`;
const TOP = '<p id="top">US climate envoy John Kerry arrived in Beijing on Thursday.</p>';
const LATE = '<p id="late">Xie Zhenhua welcomed him at the airport.</p>';

/** A page sent in two parts: the second when `release()` is called (at once for requests after that). */
function held(first: string, rest: string) {
  let released = false;
  const waiting: (() => void)[] = [];
  return {
    release: () => {
      released = true;
      for (const go of waiting.splice(0)) go();
    },
    async *body() {
      // more than the 1 kB or so Chromium waits for before it parses a response
      yield `${first}<!-- ${' '.repeat(4096)} -->`;
      if (!released) await new Promise<void>((resolve) => waiting.push(resolve));
      yield rest;
    },
  };
}

/** The extension API the badge is read with, in the service worker (not in Node). */
declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

let server: FixtureServer;
let browser: ExtensionSession;
const long = held(`${HEAD}<article>${TOP}\n${filler(40)}`, `${filler(40, 40)}\n${LATE}</article></body></html>`);
const short = held(`${HEAD}<article>${TOP}\n${filler(3)}`, `${filler(40, 3)}\n${LATE}</article></body></html>`);
const optOut = held(`${HEAD}<article>${TOP}\n${filler(40)}`, `${LATE}</article><meta name="news-context" content="off"></body></html>`);

beforeAll(async () => {
  server = await serveFixtures({
    pages: { '/long.html': { body: long.body }, '/short.html': { body: short.body }, '/opt-out.html': { body: optOut.body } },
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  long.release();
  short.release();
  optOut.release();
  await browser?.close();
  await server?.close();
});

const loadingState = (page: import('playwright-core').Page) => page.evaluate(() => document.readyState);

describe('a page still loading', () => {
  it('holds more story than the early read needs before the hold, and less on the short page', () => {
    const text = (html: string) => html.replace(/<!--[\s\S]*?-->|<[^>]+>/g, '').length;
    expect(text(`${TOP}${filler(40)}`)).toBeGreaterThan(EARLY_HEAD_CHARS);
    expect(text(`${TOP}${filler(3)}`)).toBeLessThan(EARLY_HEAD_CHARS);
  });

  it("has its story's top painted before it is parsed, and the rest once it is", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/long.html'), { waitUntil: 'commit' });
    const early = await pollUntil(
      () => paintedRanges(page),
      (ranges) => ranges.some((r) => r.block === 'top'),
      15_000,
    );
    expect(early.ok).toBe(true);
    expect(await loadingState(page)).toBe('loading');
    expect(early.value.some((r) => r.block === 'late')).toBe(false);
    long.release();
    await expect.poll(async () => (await paintedRanges(page)).filter((r) => r.block === 'late').map((r) => r.text), { timeout: 15_000 }).toContain('Xie Zhenhua');
    expect(await loadingState(page)).not.toBe('loading');
    // the top is still painted, once: the whole page's read replaced the early one
    expect((await paintedRanges(page)).filter((r) => r.block === 'top' && r.text === 'John Kerry')).toHaveLength(1);
    await page.close();
  });

  it('paints nothing while too little of its story has arrived', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/short.html'), { waitUntil: 'commit' });
    // an early read has looked and found too little story to go on (each sets top-read when it ends)
    await waitForMarks(page, 'top-read', 1, 15_000);
    expect(await loadingState(page)).toBe('loading');
    expect(await paintedRanges(page)).toEqual([]);
    expect(await markCount(page, 'first-painted')).toBe(0);
    short.release();
    await expect.poll(async () => (await paintedRanges(page)).map((r) => r.block), { timeout: 15_000 }).toEqual(expect.arrayContaining(['top', 'late']));
    await page.close();
  });

  it('stops, and takes its highlights away, when the rest of the page asks not to be annotated', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/opt-out.html'), { waitUntil: 'commit' });
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    optOut.release();
    await expect.poll(async () => (await paintedRanges(page)).length, { timeout: 15_000 }).toBe(0);
    const findings = (await sendToTab(browser, page.url(), { type: 'findings' })) as Findings;
    expect(findings.status).toBe('off');
    // the toolbar badge, which counted the early highlights, goes too
    const tab = (await pingTabs(browser)).find((a) => (a.response as { url?: string }).url === page.url());
    await expect.poll(() => browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tab!.tabId), { timeout: 5000 }).toBe('');
    expect(await page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(news-context-'))))).toBe(false);
    await page.close();
  });
});
