/**
 * Agreements and awards in real Chromium: a page naming one of each gets them painted as their own kinds, each
 * card says its kind, and the popup and the in-page list group them. The extension is a copy of the build with
 * a small fact base of our own writing (fixtures/kinds/: invented names), since seeds/ has neither kind. The
 * same fact base written under schema 1 (without the new kinds) is still read by the background.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openPopupFor,
  readCard,
  readList,
  sendToTab,
  serveFixtures,
  waitForContentScript,
  type ExtensionSession,
  type FixtureServer,
} from './browser';
import { extensionWithFactBase, type ExtensionCopy } from './extension-with-fact-base';

const FIXTURES = fileURLToPath(new URL('./fixtures/kinds/', import.meta.url));
const FACT_BASE = JSON.parse(readFileSync(`${FIXTURES}factbase.json`, 'utf8')) as { schema: number; entities: { type: string; related: unknown[] }[] };

/** Every painted range's text, per kind (the highlight's name without our prefix). */
const painted = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (name.startsWith('news-context-')) out[name.slice('news-context-'.length)] = [...h].map((r) => r.toString());
    }
    return out;
  });

/** Our `::highlight()` rule for a kind, from the stylesheets the content script adopted into the page. */
const ruleFor = (page: Page, kind: string) =>
  page.evaluate(
    (selector) =>
      [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).find((r) => r.cssText.startsWith(selector))?.cssText ?? '',
    `::highlight(news-context-${kind})`,
  );

/** Centre of the painted range showing `text`. */
const centreOf = (page: Page, text: string) =>
  page.evaluate((text) => {
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

async function session(factBase: unknown): Promise<{ browser: ExtensionSession; copy: ExtensionCopy }> {
  const copy = await extensionWithFactBase(factBase);
  try {
    return { browser: await launchWithExtension({ extension: copy.dir }), copy };
  } catch (err) {
    await copy.remove();
    throw err;
  }
}

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures({ root: FIXTURES });
});
afterAll(async () => {
  await server?.close();
});

describe('agreements and awards on a news page', () => {
  let browser: ExtensionSession;
  let copy: ExtensionCopy;
  beforeAll(async () => {
    ({ browser, copy } = await session(FACT_BASE));
  });
  afterAll(async () => {
    await browser?.close();
    await copy?.remove();
  });

  async function openStory(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url('/story.html'));
    await waitForContentScript(browser, page.url());
    await expect.poll(async () => (await painted(page)).award?.length ?? 0, { timeout: 5000 }).toBeGreaterThan(0);
    return page;
  }

  it('paints each as its own kind, in its own colour and line', async () => {
    const page = await openStory();
    const p = await painted(page);
    expect(p.agreement).toEqual(['Elsby Harbour Accord']);
    expect(p.award).toEqual(['Tidewater Medal']);
    expect(p.person).toEqual(['Ilse Brandvold']);
    expect(await ruleFor(page, 'agreement')).toMatch(/rgb\(0, 121, 110\)/);
    expect(await ruleFor(page, 'agreement')).toMatch(/dashed/);
    expect(await ruleFor(page, 'award')).toMatch(/rgb\(183, 28, 84\)/);
    expect(await ruleFor(page, 'award')).toMatch(/dotted/);
    await page.close();
  });

  it.each([
    ['Elsby Harbour Accord', 'Agreement', 'pact on shared harbour dues'],
    ['Tidewater Medal', 'Award', 'honour for bridge engineers'],
  ])('hovering %s opens its card, which says "%s"', async (name, kind, description) => {
    const page = await openStory();
    const at = await centreOf(page, name);
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 3000 }).toBe(name);
    const text = (await readCard(browser, page)).text.split(' | ');
    expect(text).toContain(kind);
    expect(text.join(' ')).toContain(description);
    await page.close();
  });

  it('the popup and the in-page list group them under their own headings', async () => {
    const page = await openStory();
    const popup = await openPopupFor(browser, page.url());
    await expect.poll(() => popup.getByTestId('found-agreement').textContent(), { timeout: 5000 }).toContain('Elsby Harbour Accord');
    expect(await popup.getByTestId('found-award').textContent()).toContain('Tidewater Medal');
    expect(await popup.getByRole('heading', { level: 3 }).allTextContents()).toEqual(expect.arrayContaining(['People', 'Agreements', 'Awards']));
    await popup.close();

    await page.bringToFront();
    expect(await sendToTab(browser, page.url(), { type: 'list' })).toEqual({ ok: true });
    await expect.poll(async () => (await readList(browser, page)).entries, { timeout: 3000 }).toEqual([
      'Ilse Brandvold, person, 1 mention',
      'Elsby Harbour Accord, agreement, 1 mention',
      'Tidewater Medal, award, 1 mention',
    ]);
    await page.close();
  });
});

describe('a fact base written under schema 1', () => {
  it('is read by the background: its names are painted and their cards open', async () => {
    const people = FACT_BASE.entities.filter((e) => e.type === 'person').map((e) => ({ ...e, related: [] }));
    const v1 = { ...FACT_BASE, schema: 1, entities: people };
    const { browser, copy } = await session(v1);
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('/story.html'));
      await waitForContentScript(browser, page.url());
      await expect.poll(async () => (await painted(page)).person ?? [], { timeout: 5000 }).toEqual(['Ilse Brandvold']);
      const at = await centreOf(page, 'Ilse Brandvold');
      await page.mouse.move(at.x, at.y);
      // the card's text comes from the fact base itself, which the background loads (and migrates)
      await expect.poll(async () => (await readCard(browser, page)).text, { timeout: 3000 }).toContain('ferry minister of Norvik');
    } finally {
      await browser.close();
      await copy.remove();
    }
  });
});
