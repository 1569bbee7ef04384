/**
 * Reliability row 10, the archive's text, in real Chromium: a fact base whose descriptions, facts, headlines
 * and names carry `<img src=x onerror=...>`, `javascript:` links, `<script>` and bidi override characters
 * (U+202E ... U+202C), on a page whose own text carries the same. Hovering a name opens its card and the popup
 * lists and searches the names: everything is shown as literal text (the exact strings are in the card's and
 * the popup's text nodes), no element or attribute comes from it (no img, script, link or on* handler), no
 * handler ran (window.__pwned stays unset in the page and the popup), and names carrying bidi overrides sit
 * in <bdi> so they cannot reorder the text around them.
 * The extension is a copy of the build with this fact base (extension-with-fact-base.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cdpKids,
  launchWithExtensionRetrying,
  openPopupFor,
  readCard,
  readCardHost,
  serveFixtures,
  waitForContentScript,
  type CdpNode,
  type ExtensionSession,
  type FixtureServer,
} from './browser';
import { extensionWithFactBase, type ExtensionCopy } from './extension-with-fact-base';
import { FACT, FACT_BASE, HOSTILE_NAME, IMG, PAGE, RLO } from './hostile-archive-data';

/** Everything inside our card host, through CDP (its shadow root is closed): text nodes, elements, attributes. */
async function cardDom(browser: ExtensionSession, page: Page): Promise<{ texts: string[]; elements: string[]; attributes: string[]; bdi: string[] }> {
  const out = { texts: [] as string[], elements: [] as string[], attributes: [] as string[], bdi: [] as string[] };
  const textOf = (n: CdpNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : cdpKids(n).map(textOf).join(''));
  const walk = (n: CdpNode) => {
    if (n.nodeType === 3) out.texts.push(n.nodeValue ?? '');
    if (n.nodeType === 1) {
      const a = n.attributes ?? [];
      const href = a[a.indexOf('href') + 1];
      out.elements.push(n.nodeName === 'A' && a.includes('href') ? `A ${href}` : n.nodeName);
      for (let i = 0; i + 1 < a.length; i += 2) out.attributes.push(`${a[i]}=${a[i + 1]}`);
      if (n.nodeName === 'BDI') out.bdi.push(textOf(n));
    }
    if (n.nodeName !== 'STYLE') cdpKids(n).forEach(walk);
  };
  const host = await readCardHost(browser, page);
  if (host) walk(host);
  return out;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

let server: FixtureServer;
let browser: ExtensionSession;
let copy: ExtensionCopy;
beforeAll(async () => {
  server = await serveFixtures({ pages: { '/story.html': PAGE } });
  copy = await extensionWithFactBase(FACT_BASE);
  browser = await launchWithExtensionRetrying({ extension: copy.dir });
});
afterAll(async () => {
  await browser?.close();
  await copy?.remove();
  await server?.close();
});

async function openStory(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/story.html'));
  await waitForContentScript(browser, page.url());
  await expect
    .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('news-context-person')?.size ?? 0), { timeout: 5000 })
    .toBeGreaterThan(0);
  return page;
}

const hover = async (page: Page, text: string) => {
  const at = await page.evaluate((text) => {
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!name.startsWith('news-context-')) continue;
      const range = [...h].find((r) => r.toString() === text);
      if (range) {
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
    }
    throw new Error(`${text} is not painted`);
  }, text);
  await page.mouse.move(at.x, at.y);
};

/** The card's own links: into the archive pages, an entity or an article, with the id encoded. */
const ARCHIVE_LINK = /^chrome-extension:\/\/[a-p]{32}\/archive\.html#\/(entity|article)\/[\w%.~-]+(\/s-[0-9a-z]+)?$/;

/** No element or attribute made from archive text: the card's own markup has none of these but its archive links. */
function expectNoMarkupFromText(dom: { elements: string[]; attributes: string[] }) {
  const ourLink = (e: string) => e.startsWith('A ') && ARCHIVE_LINK.test(e.slice(2));
  expect(dom.elements.filter((e) => ['IMG', 'SCRIPT', 'A', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.split(' ')[0]!) && !ourLink(e))).toEqual([]);
  expect(dom.attributes.filter((a) => /^on/i.test(a) || /javascript:/i.test(a) || (/^(src|href)=/i.test(a) && !ARCHIVE_LINK.test(a.slice(5))))).toEqual([]);
}

describe('hostile archive text (row 10)', () => {
  it("the card shows the description, facts, headlines and related names as literal text, and runs nothing", async () => {
    const page = await openStory();
    await hover(page, 'Ilse Brandvold');
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 3000 }).toBe('Ilse Brandvold');
    const dom = await cardDom(browser, page);
    const text = dom.texts.join('');
    expect(text).toContain(`${IMG} ferry minister ${RLO}`);
    expect(text).toContain(FACT);
    expect(text).toContain(`Harbour pact ${IMG} ${RLO}`);
    expect(text).toContain(HOSTILE_NAME);
    expectNoMarkupFromText(dom);
    // a name with a bidi override is isolated, so it cannot reorder what follows it
    expect(dom.bdi).toContain(HOSTILE_NAME);
    expect(await pwned(page)).toBeNull();
    await page.close();
  });

  it('the popup lists and finds the names as literal text, and runs nothing', async () => {
    const page = await openStory();
    const popup = await openPopupFor(browser, page.url());
    await expect.poll(() => popup.getByTestId('found-person').textContent(), { timeout: 5000 }).toContain('Ilse Brandvold');
    const search = popup.getByRole('searchbox');
    await search.fill('Harbour Authority');
    await expect.poll(() => popup.locator('main').textContent(), { timeout: 3000 }).toContain(HOSTILE_NAME);
    const popupDom = await popup.evaluate(() => ({
      bdi: [...document.querySelectorAll('bdi')].map((b) => b.textContent),
      elements: [...document.querySelectorAll('img, script, iframe, object, embed, a[href^="javascript:" i]')].map((e) => e.outerHTML),
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.nodeName} ${a.name}`)),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    }));
    expect(popupDom.bdi).toContain(HOSTILE_NAME);
    // the popup's own bundle is a module script; anything else would have come from the text
    expect(popupDom.elements.filter((e) => !/^<script type="module"[^>]* src="\/[^"]+"><\/script>$/.test(e))).toEqual([]);
    expect(popupDom.handlers).toEqual([]);
    expect(popupDom.pwned).toBeNull();
    expect(await pwned(page)).toBeNull();
    await popup.close();
    await page.close();
  });
});
