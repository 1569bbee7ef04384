/**
 * Cards as of the page's date, in Chromium with the built extension and the seed archive (facts of November
 * 2023): on a page written before them, no fact is presented as background; they are kept apart under "Later,
 * after this article", closed; on a page written after them, they are the background and the card says how old
 * the archive's latest word is.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdpKids, hoverMark, launchWithExtension, readCard, readCardHost, serveFixtures, waitForMarks, type CdpNode, type ExtensionSession, type FixtureServer } from './browser';

const page = (date: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Envoys</title>
<meta property="article:published_time" content="${date}"></head><body><article><h1>Envoys meet again</h1>
<p>US climate envoy John Kerry spoke with Xie Zhenhua by telephone on Monday, officials in Washington said.</p>
<p>Both men have led their countries' climate diplomacy for years, and aides said the call was cordial.</p></article></body></html>`;

let server: FixtureServer;
let browser: ExtensionSession;
beforeAll(async () => {
  server = await serveFixtures({ pages: { '/early.html': page('2015-03-02'), '/late.html': page('2025-06-10') } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const attr = (n: CdpNode, name: string) => {
  const a = n.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 && i % 2 === 0 ? a[i + 1] : undefined;
};
const hasClass = (n: CdpNode, c: string) => (attr(n, 'class') ?? '').split(/\s+/).includes(c);

/** The card's fact dates (`<time datetime>` of each fact), in the background and under "Later", and its text. */
async function cardTimes(p: Page): Promise<{ background: string[]; later: string[]; laterOpen: boolean | undefined; text: string }> {
  const host = await readCardHost(browser, p);
  const out = { background: [] as string[], later: [] as string[], laterOpen: undefined as boolean | undefined };
  const walk = (n: CdpNode, inLater: boolean) => {
    const later = inLater || (n.nodeName === 'DETAILS' && hasClass(n, 'later'));
    if (n.nodeName === 'DETAILS' && hasClass(n, 'later')) out.laterOpen = attr(n, 'open') !== undefined;
    if (n.nodeName === 'LI' && hasClass(n, 'fact')) {
      const time = (function find(x: CdpNode): CdpNode | undefined {
        if (x.nodeName === 'TIME') return x;
        for (const k of cdpKids(x)) {
          const hit = find(k);
          if (hit) return hit;
        }
        return undefined;
      })(n);
      (later ? out.later : out.background).push(time ? (attr(time, 'datetime') ?? '') : '');
    }
    for (const k of cdpKids(n)) walk(k, later);
  };
  if (host) walk(host, false);
  return { ...out, text: (await readCard(browser, p)).text.replace(/ \| /g, ' ') };
}

async function hover(p: Page, text: string): Promise<void> {
  await hoverMark(p, text);
  await expect.poll(async () => (await readCard(browser, p)).name, { timeout: 5000 }).toBe(text);
}

describe('a card as of the page’s date', () => {
  it('on a page written before the archive’s facts: none is background; they are "Later, after this article", closed', async () => {
    const p = await browser.context.newPage();
    await p.goto(server.url('/early.html'));
    await waitForMarks(p, 'painted', 1);
    await hover(p, 'John Kerry');
    const card = await cardTimes(p);
    expect(card.background.filter((d) => d > '2015-03-02')).toEqual([]); // a test that fails if a later fact is background
    expect(card.later.length).toBeGreaterThan(0);
    for (const d of card.later) expect(d > '2015-03-02').toBe(true);
    expect(card.laterOpen).toBe(false);
    expect(card.text).toMatch(/Later, after this article \( ?\d+ ?\)/);
    expect(card.text).toContain('As of this page: 2 March 2015');
    expect(card.text).toMatch(/This page is older than anything the archive holds on John Kerry/);
    await p.close();
  });

  it('on a page written after them: they are the background, and the card says how old the latest is', async () => {
    const p = await browser.context.newPage();
    await p.goto(server.url('/late.html'));
    await waitForMarks(p, 'painted', 1);
    await hover(p, 'John Kerry');
    const card = await cardTimes(p);
    expect(card.background.length).toBeGreaterThan(0);
    for (const d of card.background) expect(d <= '2025-06-10').toBe(true);
    expect(card.later).toEqual([]);
    expect(card.text).toMatch(/The archive's latest on John Kerry is from November 2023/);
    await p.close();
  });
});
