/**
 * A long page is matched in two steps (its top first, then the rest, which the background joins to the top
 * it kept) and its unknown names are found on the text the background kept: the result must be the same as
 * matching the whole text at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Findings } from '../../src/messaging/protocol';
import {
  launchWithExtension,
  openExtensionPage,
  paintedRanges,
  pollUntil,
  sendFromExtensionPage,
  sendToTab,
  serveFixtures,
  waitForContentScript,
  waitForFindings,
  type ExtensionSession,
  type FixtureServer,
} from './browser';

const FILLER =
  'Council officers described the new tram timetable, the cost of road repairs and a long dispute about parking ' +
  'permits, none of which involved anyone the archive would know.';
const PARAGRAPHS = [
  '<p id="top">US climate envoy John Kerry arrived in Beijing on Thursday.</p>',
  ...Array.from({ length: 200 }, (_, i) => `<p>${FILLER} Item ${i + 1}.</p>`),
  '<p id="end">At the end of the day Kerry thanked the harbour engineer Ingrid Solberg-Marquez ' +
    'explained the new flood barriers to Ingrid Solberg-Marquez’s colleagues.</p>',
];
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title>
<meta property="article:published_time" content="2023-11-10T08:00:00Z"></head>
<body><article>${PARAGRAPHS.join('\n')}</article></body></html>`;

/** A page that rewrites its first paragraph while the background is still matching what was read. */
const CHANGING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Changing</title>
<meta property="article:published_time" content="2023-11-10T08:00:00Z"></head>
<body><article><p id="a">US climate envoy John Kerry arrived in Beijing on Thursday.</p>
<p id="b">Xie Zhenhua welcomed him.</p></article>
<script>
// The moment the extension has read the page (its performance mark), the page rewrites the first paragraph;
// what the first paint shows is kept for the test.
window.__firstPaint = null;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.name === 'news-context:extracted' && !window.__changed) {
      window.__changed = true;
      document.getElementById('a').firstChild.data = 'XY local writer Johanna Kerr arrived in Bergen on Thursday.';
    }
    if (e.name === 'news-context:painted' && !window.__firstPaint) {
      window.__firstPaint = [];
      for (const [name, h] of CSS.highlights) if (name.startsWith('news-context-')) for (const r of h) window.__firstPaint.push(r.toString());
    }
  }
}).observe({ type: 'mark' });
</script></body></html>`;

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/long.html': PAGE, '/changing.html': CHANGING } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a long page', () => {
  it('is longer than the part matched first', () => {
    // src/page/session.ts matches the top (about 20,000 characters) first on pages over 30,000
    expect(PARAGRAPHS.join(' ').replace(/<[^>]+>/g, '').length).toBeGreaterThan(30_000);
  });

  it('has its last paragraph matched with the whole page in view, and its unknown names found', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/long.html'));
    await waitForContentScript(browser, page.url());
    await expect.poll(async () => (await paintedRanges(page)).filter((r) => r.block === 'end').length, { timeout: 8000 }).toBe(1);
    const ranges = await paintedRanges(page);
    // the bare "Kerry" at the very end links only because "John Kerry" is at the very top
    expect(ranges.filter((r) => r.block === 'end').map((r) => r.text)).toEqual(['Kerry']);
    expect(ranges.filter((r) => r.block === 'top').map((r) => r.text)).toEqual(['US', 'John Kerry', 'Beijing']);
    // the first answer that has the unknown names says the search is over (the popup stops saying it looks):
    // asking again with nothing new on the page does not start another
    const ask = async () => (await sendToTab(browser, page.url(), { type: 'findings' })) as Findings;
    const first = await pollUntil(ask, (f) => f.unknown.length > 0, 8000);
    expect(first.ok).toBe(true);
    expect(first.value.detecting).toBeUndefined();
    expect((await ask()).detecting).toBeUndefined();
    const findings = await waitForFindings(browser, page.url());
    expect(findings.unknown.map((n) => n.text)).toContain('Ingrid Solberg-Marquez');
    expect(findings.entities.find((e) => e.id === 'john-kerry')?.count).toBe(2);
  });

  it('is sent whole when the background has no text to join (our own pages keep none, as after a restart)', async () => {
    const ext = await openExtensionPage(browser, 'popup.html');
    expect(await sendFromExtensionPage(ext, { type: 'match-more', append: 'Xie Zhenhua spoke.', scan: 1 })).toEqual({ error: 'no text kept for this page' });
    expect(await sendFromExtensionPage(ext, { type: 'detect' })).toEqual({ error: 'no text kept for this page' });
    const answer = (await sendFromExtensionPage(ext, { type: 'match', text: 'Xie Zhenhua spoke.' })) as { spans: number[] };
    expect(answer.spans.slice(0, 2)).toEqual([0, 11]);
  });
});

describe('a page that changes while it is being matched', () => {
  it('never gets a highlight over text that is not the mention', async () => {
    for (let visit = 0; visit < 3; visit++) {
      const page = await browser.context.newPage();
      await page.goto(server.url('/changing.html'));
      await waitForContentScript(browser, page.url());
      await expect.poll(async () => (await paintedRanges(page)).some((r) => r.text === 'Xie Zhenhua'), { timeout: 5000 }).toBe(true);
      // the first paint, taken the moment it happened, and the page once the rescan after the change is done
      expect(await page.evaluate(() => (window as unknown as { __changed?: boolean }).__changed)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __firstPaint: string[] }).__firstPaint)).toEqual(['Xie Zhenhua']);
      // the rescan the change caused has painted: a 'painted' mark after the second scan started (the first
      // scan's own paint may have been dropped for being older)
      await page.waitForFunction(() => {
        const second = performance.getEntriesByName('news-context:scan-start')[1];
        return second !== undefined && performance.getEntriesByName('news-context:painted').some((e) => e.startTime > second.startTime);
      }, null, { timeout: 10_000 });
      const ranges = await paintedRanges(page);
      // whatever was read before the change, nothing paints the new words
      expect(ranges.filter((r) => r.block === 'a')).toEqual([]);
      expect(ranges.map((r) => r.text)).toEqual(['Xie Zhenhua']);
      await page.close();
    }
  });
});
