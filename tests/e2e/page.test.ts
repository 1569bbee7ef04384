/**
 * The main job in real Chromium with the built extension: the archive's names painted (and look-alikes not),
 * hover and keyboard open the card with the archive's background, nothing in the page's DOM changes but our
 * one host element, and the highlights follow the page as it changes.
 */
import { EVENT_WORDS } from '../../src/matching/event-refs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  markCount,
  readCard,
  rescanned,
  sendToTab,
  serveFixtures,
  waitForContentScript,
  waitForFindings,
  waitForMarks,
  type ExtensionSession,
  type FixtureServer,
} from './browser';

const head = (extra = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><meta property="article:published_time" content="2023-11-10T08:00:00Z">${extra}</head>`;
const STORY = `${head()}<body><nav><a href="/">World</a></nav><article><h1>Climate envoys meet again</h1>
<p id="p1">US climate envoy John Kerry met his counterpart Xie Zhenhua in Beijing on Friday, days before the COP28 summit.</p>
<p id="p2">Kerry said the talks had gone well. Tourists in Xi'an and a lawyer for Hunter Biden were not involved.</p>
<p id="p3">Joe Biden will meet Xi Jinping next week.</p></article>
<button id="spa" onclick="history.pushState({}, '', '/second.html'); document.querySelector('article').innerHTML = '<h1>Second</h1><p>Han Zheng spoke in Washington.</p>'">next</button>
</body></html>`;
const OPTED_OUT = `${head('<meta name="news-context" content="off">')}<body><article><p>John Kerry met Xie Zhenhua.</p></article></body></html>`;

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/story.html': STORY, '/optout.html': OPTED_OUT } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every painted range's text, per highlight name. */
const painted = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('news-context-')) out[name.slice('news-context-'.length)] = [...h].map((r) => r.toString());
    }
    return out;
  });

/** The text of our open card (inside its closed shadow root, read through CDP); '' when none is open. */
const cardText = async (page: Page): Promise<string> => {
  const card = await readCard(browser, page);
  return card.open ? card.text : '';
};

async function openStory(path = '/story.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForContentScript(browser, page.url());
  await expect.poll(async () => (await painted(page)).person?.length ?? 0, { timeout: 5000 }).toBeGreaterThan(0);
  return page;
}

/** Centre of the painted range whose text is `text` (the n-th one). */
const centreOf = (page: Page, text: string, nth = 0) =>
  page.evaluate(
    ({ text, nth }) => {
      const ranges: Range[] = [];
      for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
        if (name.startsWith('news-context-')) ranges.push(...[...h].filter((r) => r.toString() === text));
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = ranges[nth]!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { text, nth },
  );

describe('annotating a news page in Chromium', () => {
  it('paints the archive’s names by kind, short forms the page supports, and no look-alikes', async () => {
    const page = await openStory();
    const p = await painted(page);
    expect(p.person).toEqual(['John Kerry', 'Xie Zhenhua', 'Kerry', 'Joe Biden', 'Xi Jinping']);
    expect(p.place).toEqual(expect.arrayContaining(['US', 'Beijing']));
    expect(p.event).toContain('COP28');
    const all = Object.values(p).flat();
    expect(all).not.toContain('Xi');
    expect(all).not.toContain('Biden'); // "Hunter Biden" is someone else
    await page.close();
  });

  it('opens the card on hover with the archive’s background and the reason for a short form; Esc closes it', async () => {
    const page = await openStory();
    const short = await centreOf(page, 'Kerry');
    await page.mouse.move(short.x, short.y);
    await expect.poll(() => cardText(page), { timeout: 3000 }).toContain('John Kerry');
    const text = await cardText(page);
    expect(text).toContain('US climate envoy');
    expect(text).toMatch(/From the archive/i);
    expect(text).toContain('9 November 2023');
    expect(text).toMatch(/Why this link/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page), { timeout: 2000 }).toBe('');
    await page.close();
  });

  it('ignores synthetic pointer events from the page', async () => {
    const page = await openStory();
    const at = await centreOf(page, 'John Kerry');
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) window.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
    }, at);
    expect(await page.evaluate(() => document.querySelector('news-context-card'))).toBeNull();
    // a real hover after them opens its card: a dwell they had started (earlier, as long) would have asked first
    const real = await centreOf(page, 'Beijing');
    await page.mouse.move(real.x, real.y);
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 5000 }).toBe('Beijing');
    expect(await markCount(page, 'card-requested')).toBe(1);
    await page.close();
  });

  it('steps through mentions from the keyboard command, with focus in the card, and Esc gives focus back', async () => {
    const page = await openStory();
    await page.focus('#spa');
    // mentions in document order: "US" (in "US climate envoy"), then "John Kerry"
    await sendToTab(browser, page.url(), { type: 'step', direction: 'next' });
    await expect.poll(() => cardText(page), { timeout: 3000 }).toContain('United States');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('news-context-card');
    await sendToTab(browser, page.url(), { type: 'step', direction: 'next' });
    await expect.poll(() => cardText(page), { timeout: 3000 }).toContain('John Kerry');
    await sendToTab(browser, page.url(), { type: 'step', direction: 'previous' });
    await expect.poll(() => cardText(page), { timeout: 3000 }).toContain('United States');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('spa');
    await page.close();
  });

  it('shows an entity the popup asks for: its first mention, with its card open and focused', async () => {
    const page = await openStory();
    expect(await sendToTab(browser, page.url(), { type: 'show', id: 'xie-zhenhua' })).toEqual({ ok: true });
    await expect.poll(() => cardText(page), { timeout: 3000 }).toContain('Xie Zhenhua');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('news-context-card');
    expect(await sendToTab(browser, page.url(), { type: 'show', id: 'han-zheng' })).toEqual({ ok: false });
    await page.close();
  });

  it('leaves the page’s DOM as it was, apart from the one card host', async () => {
    const page = await openStory();
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    let shown = 0;
    for (const name of ['John Kerry', 'Xie Zhenhua', 'Beijing', 'Joe Biden', 'Xi Jinping']) {
      const at = await centreOf(page, name);
      await page.mouse.move(at.x, at.y);
      await waitForMarks(page, 'card-shown', ++shown);
    }
    const after = await page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const e of clone.querySelectorAll('news-context-card')) e.remove();
      return { html: clone.outerHTML, hosts: document.querySelectorAll('news-context-card').length };
    });
    expect(after.hosts).toBe(1);
    expect(after.html).toBe(before);
    await page.close();
  });

  it('drops a highlight as soon as its text changes, and paints new text after a rescan', async () => {
    const page = await openStory();
    await page.evaluate(() => {
      document.getElementById('p3')!.textContent = 'Officials said nothing more.';
      const p = document.createElement('p');
      p.textContent = 'Later, Han Zheng spoke.';
      document.querySelector('article')!.append(p);
    });
    const names = ['John Kerry', 'Xie Zhenhua', 'Kerry', 'US', 'Beijing', 'COP28', 'Han Zheng', ...EVENT_WORDS];
    await expect.poll(async () => Object.values(await painted(page)).flat().every((t) => names.includes(t)), { timeout: 1000 }).toBe(true);
    await expect.poll(async () => (await painted(page)).person, { timeout: 2000 }).toContain('Han Zheng');
    expect((await painted(page)).person).not.toContain('Joe Biden');
    await page.close();
  });

  it('rescans after single-page navigation, not after a change of #hash', async () => {
    const page = await openStory();
    const first = await painted(page);
    const scans = await markCount(page, 'scan-start');
    await page.evaluate(() => (location.hash = '#comments'));
    // a later change's own rescan (its 250 ms debounce outlasts a navigation's follow-up) is the only one
    expect(await rescanned(page)).toBe(scans);
    expect(await markCount(page, 'scan-start')).toBe(scans + 1);
    expect(await painted(page)).toEqual(first);
    await page.click('#spa');
    await expect.poll(async () => (await painted(page)).person, { timeout: 3000 }).toEqual(['Han Zheng']);
    await page.close();
  });

  it('respects a page that opts out', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/optout.html'));
    await waitForContentScript(browser, page.url());
    const findings = await waitForFindings(browser, page.url(), 2000).catch(() => undefined);
    expect(findings?.status ?? (await sendToTab(browser, page.url(), { type: 'findings' }) as { status: string }).status).toBe('off');
    expect(Object.values(await painted(page)).flat()).toEqual([]);
    await page.close();
  });
});
