/**
 * The archive pages in real Chromium with the built extension: the entity page opens from a card on a news
 * page ("Open in archive"), the article page from the entity page, links lead where they say, the back button
 * walks back, and on the article page a name's card opens with focus and Esc gives focus back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hoverMark, launchWithExtension, readCard, serveFixtures, waitForMarks, type ExtensionSession, type FixtureServer } from './browser';

// A story of our own that names people the bundled archive knows.
const STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<meta property="article:published_time" content="2023-11-10T08:00:00Z"></head>
<body><article><h1>Envoys to meet again</h1>
<p>John Kerry told reporters on Friday that he expected more talks before the end of the year.</p>
<p>Aides said the schedule was not yet fixed.</p></article></body></html>`;

let server: FixtureServer;
let browser: ExtensionSession;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/story.html': STORY } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Node {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: Node[];
  shadowRoots?: Node[];
}

/** Clicks the link with this text inside our card, whose shadow root is closed: found and placed through CDP. */
async function clickInCard(page: Page, text: string): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const textOf = (n: Node): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join(''));
    const find = (n: Node): Node | undefined =>
      n.nodeName === 'A' && textOf(n) === text ? n : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(find).find(Boolean);
    const link = find(root);
    if (!link) throw new Error(`no "${text}" link in the card`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: link.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Hovers the first painted mention reading `text` and waits for its card. */
async function openCard(page: Page, text: string): Promise<void> {
  await hoverMark(page, text);
  await expect.poll(async () => (await readCard(browser, page)).name, { timeout: 3000 }).toBe(text);
}

/** The texts our highlights paint on a page. */
const paintedNames = (page: Page) =>
  page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights]
      .filter(([name]) => name.startsWith('news-context-'))
      .flatMap(([, h]) => [...h].map((r) => r.toString())),
  );

const heading = (page: Page) => page.locator('h1').textContent();
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? '', label: el?.getAttribute('aria-label') ?? '', text: el?.textContent ?? '', cls: el?.className ?? '' };
  });

describe('archive pages', () => {
  it('open from a card, lead from an entity to its articles and back, and keep focus where the reader is', async () => {
    const news = await browser.context.newPage();
    await news.goto(server.url('/story.html'));
    await waitForMarks(news, 'painted', 1);
    await openCard(news, 'John Kerry');

    // "Open in archive": the background opens the entity page in a new tab
    const opened = browser.context.waitForEvent('page');
    await clickInCard(news, 'Open in archive');
    const entity = await opened;
    await entity.waitForLoadState();
    expect(entity.url()).toBe(browser.extensionUrl('archive.html#/entity/john-kerry'));
    await expect.poll(() => heading(entity), { timeout: 5000 }).toBe('John Kerry');
    expect(await entity.title()).toBe('John Kerry · News Context archive');
    expect(await entity.getByRole('heading', { level: 2, name: 'Timeline' }).count()).toBe(1);
    const sentenceLinks = await entity.locator('a.to-sentence').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(sentenceLinks.length).toBeGreaterThan(0);
    for (const href of sentenceLinks) expect(href).toMatch(/^#\/article\/[a-z0-9-]+\/s-[0-9a-z]+$/);
    const related = entity.getByRole('heading', { level: 2, name: 'Related names' });
    expect(await related.count()).toBe(1);

    // an article that mentions it: the article page, its names marked
    const articleLink = entity.locator('ol.articles a').first();
    const articleHref = await articleLink.getAttribute('href');
    await articleLink.click();
    await expect.poll(() => entity.url()).toBe(browser.extensionUrl(`archive.html${articleHref}`));
    await expect.poll(() => entity.locator('.kicker').textContent()).toBe('Archive article');
    await expect.poll(() => focused(entity)).toMatchObject({ tag: 'H1' });
    await expect.poll(() => paintedNames(entity), { timeout: 5000 }).toContain('John Kerry');
    expect(await entity.getByTestId('article-names').textContent()).toContain('John Kerry');

    // a name's card from the keyboard: focus in the card, Esc closes it and focus comes back
    const show = entity.getByRole('button', { name: 'Show John Kerry in the text' });
    await show.focus();
    await entity.keyboard.press('Enter');
    await expect.poll(async () => (await readCard(browser, entity)).name, { timeout: 3000 }).toBe('John Kerry');
    expect((await focused(entity)).tag).toBe('NEWS-CONTEXT-CARD');
    await entity.keyboard.press('Escape');
    await expect.poll(async () => (await readCard(browser, entity)).open).toBe(false);
    expect((await focused(entity)).label).toBe('Show John Kerry in the text');

    // the back button: the entity page again, focus on its heading
    await entity.goBack();
    await expect.poll(() => heading(entity)).toBe('John Kerry');
    expect(entity.url()).toBe(browser.extensionUrl('archive.html#/entity/john-kerry'));
    await expect.poll(() => focused(entity)).toMatchObject({ tag: 'H1' });

    // a fact's link: the article at that sentence, marked and focused
    await entity.locator('a.to-sentence').first().click();
    await expect.poll(() => focused(entity)).toMatchObject({ tag: 'SPAN', cls: 'sentence cited' });
    await entity.goBack();
    await expect.poll(() => heading(entity)).toBe('John Kerry');

    // search from the header
    await entity.getByRole('searchbox', { name: 'Search the archive' }).fill('climate');
    await entity.keyboard.press('Enter');
    await expect.poll(() => heading(entity)).toBe('Search: “climate”');
    expect(await entity.getByTestId('fact-results').locator('li').count()).toBeGreaterThan(0);
    await entity.goBack();
    await expect.poll(() => heading(entity)).toBe('John Kerry');

    await entity.close();
    await news.close();
  });

  it('opens from the popup, and each search result links to its page', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByTestId('search').fill('kerr');
    const result = popup.getByRole('link', { name: 'John Kerry: page in the archive' });
    expect(await result.getAttribute('href')).toBe(browser.extensionUrl('archive.html#/entity/john-kerry'));
    const opened = browser.context.waitForEvent('page');
    await popup.getByTestId('open-archive').click();
    const home = await opened;
    await expect.poll(() => heading(home), { timeout: 5000 }).toBe('The archive');
    await home.close();
  });
});
