/**
 * Our `::highlight()` rules cost the page no restyle: adopting or rewriting such rules once the page is styled
 * makes Chromium restyle the whole document (4-7 ms on real news pages), so the one stylesheet, with the rules
 * of both themes, is adopted while the page loads, before it is read, and painting (light or dark) never adds,
 * removes or rewrites a stylesheet. A dark page gets its marks under the dark names.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixtures, waitForContentScript, type ExtensionSession, type FixtureServer } from './browser';

const STORY = '<article><h1>Talks</h1><p>US climate envoy John Kerry met Xie Zhenhua in Beijing before the talks, officials said on Friday.</p></article>';
// The page notes its adopted stylesheets when our scan starts (the content script's performance mark).
const WATCH = `<script>
window.__sheets = [];
const text = () => [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n'));
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.name === 'news-context:scan-start') window.__sheets.push(text());
}).observe({ type: 'mark' });
window.__sheetsNow = text;
</script>`;
const page = (style: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2023-11-10">${WATCH}</head><body style="${style}">${STORY}</body></html>`;

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/light.html': page('background:#fff;color:#111'), '/dark.html': page('background:#15161a;color:#eee') } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ourNames = (p: Page) =>
  p.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([n, h]) => n.startsWith('news-context-') && h.size > 0).map(([n]) => n).sort(),
  );

async function open(path: string): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(server.url(path));
  await waitForContentScript(browser, server.url(path));
  await expect.poll(() => ourNames(p), { timeout: 5000 }).not.toEqual([]);
  return p;
}

describe('our stylesheet', () => {
  it.each([
    ['/light.html', ''],
    ['/dark.html', '-dark'],
  ])('%s: is in place before the page is read, and painting changes no stylesheet', async (path, suffix) => {
    const p = await open(path);
    const atScan = (await p.evaluate('window.__sheets')) as string[][];
    expect(atScan.length).toBeGreaterThan(0);
    const now = (await p.evaluate('window.__sheetsNow()')) as string[];
    // the same one sheet of ours, with the same rules, as when the first scan started
    expect(now).toEqual(atScan[0]);
    const ours = now.filter((s) => s.includes('::highlight(news-context-'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain('::highlight(news-context-person)');
    expect(ours[0]).toContain('::highlight(news-context-person-dark)');
    // the page's theme picks the names, not the rules
    const names = await ourNames(p);
    expect(names).toContain(`news-context-person${suffix}`);
    for (const n of names) expect(n.endsWith('-dark')).toBe(suffix === '-dark');
    await p.close();
  });
});
