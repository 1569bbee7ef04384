/**
 * The reader's own archive in real Chromium with the built extension: add the open article from the popup
 * (preview, then confirm), see its new names marked in another open tab without a reload (once the reader
 * lets their own names be marked), a card citing it "from your archive", delete it from the options page and
 * see those marks go; and by default, a page script reading the highlight registry (`CSS.highlights`) finds
 * none of the names only the reader's archive knows, while the popup lists them. The archive pages (archive.html)
 * show the saved article and the names only it brings; a content script asking for them is refused. Nothing
 * leaves the machine.
 *
 * The articles are tests/fixtures/reader (our own words); which names only they bring is worked out here with
 * the same builder, not written into the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateInContentScript,
  hoverMark,
  launchWithExtension,
  openExtensionPage,
  openPopupFor,
  pollUntil,
  readCard,
  serveFixtures,
  waitForContentScript,
  type ExtensionSession,
  type FixtureServer,
} from './browser';
import { OTHER_FILE, pageOf, READER, readerOnlyNamesOn, SAVED_FILE } from './reader-pages';

const HEADLINE = 'Dockworkers walk out in Portmere';

/** Every range's text in every highlight of the page, read by the page's own script (its main world). */
const highlightTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights) {
      for (const r of h) if (r instanceof Range) out.push(r.toString());
    }
    return out;
  });

let server: FixtureServer;
let browser: ExtensionSession;
let names: string[];

beforeAll(async () => {
  server = await serveFixtures({
    pages: { '/strike.html': pageOf(SAVED_FILE, HEADLINE), '/mediator.html': pageOf(OTHER_FILE, 'Mediator meets both sides') },
  });
  names = readerOnlyNamesOn(readFileSync(path.join(READER, OTHER_FILE), 'utf8'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openTab(pathname: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(pathname));
  await waitForContentScript(browser, server.url(pathname));
  return page;
}

/** Sets "Mark names known only from my archive on web pages" on the options page. */
async function setMarkOnPages(on: boolean): Promise<void> {
  const options = await openExtensionPage(browser, 'options.html');
  const box = options.getByTestId('mark-on-pages');
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => box.isChecked(), { timeout: 5000 }).toBe(on);
  await options.close();
}

describe("the reader's own archive", () => {
  it('has names to look for: the saved article brings names the other page mentions', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it('keeps names only the reader knows away from page scripts by default, and lists them in the popup', async () => {
    const other = await openTab('/mediator.html');
    const strike = await openTab('/strike.html');
    const popup = await openPopupFor(browser, server.url('/strike.html'));
    await popup.getByTestId('add-article').click();
    await expect.poll(() => popup.getByTestId('add-excerpt').textContent(), { timeout: 5000 }).toMatch(/^Dockworkers in Portmere walked off the job/);
    expect(await popup.getByLabel('Headline').inputValue()).toBe(HEADLINE);
    expect(await popup.getByLabel('Date', { exact: true }).inputValue()).toBe('2024-03-04');
    await popup.getByTestId('add-confirm').click();
    await expect.poll(() => popup.getByTestId('add-result').textContent(), { timeout: 15_000 }).toMatch(/^Saved to your archive/);
    await popup.close();

    // the other tab, read again from scratch: what its scripts can see holds none of the reader's names
    await other.reload();
    await waitForContentScript(browser, server.url('/mediator.html'));
    const otherPopup = await openPopupFor(browser, server.url('/mediator.html'));
    const listed = otherPopup.getByTestId('reader-names');
    await expect.poll(() => listed.textContent(), { timeout: 10_000 }).toContain(names[0]!);
    const seen = (await highlightTexts(other)).join('\n');
    for (const name of names) expect(seen).not.toContain(name);
    await otherPopup.close();
    await strike.close();
    await other.close();
  });

  it("shows the saved article in the archive pages: listed as the reader's, its page with its text and address, and a name only it brings", async () => {
    // (the article added by the test before)
    const archive = await openExtensionPage(browser, 'archive.html');
    const heading = () => archive.locator('h1').textContent();
    await expect.poll(heading, { timeout: 10_000 }).toBe('The archive');
    const yours = archive.getByTestId('your-articles');
    await expect.poll(() => yours.textContent(), { timeout: 10_000 }).toContain(HEADLINE);
    expect(await yours.textContent()).toContain('4 March 2024');
    expect(await yours.textContent()).toContain(new URL(server.url('/strike.html')).hostname);

    // its page: the text, the mark, the original address (a link, followed only on a click), its names marked
    await yours.getByRole('link', { name: HEADLINE }).click();
    await expect.poll(heading).toBe(HEADLINE);
    expect(await archive.locator('.kicker').textContent()).toBe('From your archive');
    expect(await archive.locator('.article-text').textContent()).toMatch(/^Dockworkers in Portmere walked off the job/);
    const original = archive.getByRole('link', { name: 'Original' });
    expect(await original.getAttribute('href')).toBe(server.url('/strike.html'));
    expect(await original.getAttribute('rel')).toBe('noreferrer noopener');
    expect(await original.getAttribute('target')).toBe('_blank');
    const listed = archive.getByTestId('article-names');
    await expect.poll(() => listed.textContent(), { timeout: 5000 }).toContain(names[0]!);
    await expect.poll(() => highlightTexts(archive), { timeout: 5000 }).toContain(names[0]!);

    // the page of a name only the reader's archive knows, and the same address opened afresh (as from a card)
    await listed.getByRole('link', { name: names[0]!, exact: true }).click();
    await expect.poll(heading).toBe(names[0]!);
    expect(await archive.getByTestId('entity-mine').textContent()).toMatch(/^From your archive/);
    await archive.reload();
    await expect.poll(heading, { timeout: 10_000 }).toBe(names[0]!);
    expect(await archive.getByRole('link', { name: HEADLINE }).count()).toBeGreaterThan(0);
    await archive.close();

    // a content script (a web page's neighbour) is not told any of it
    const other = await openTab('/mediator.html');
    const answer = await evaluateInContentScript<unknown>(browser, other, `chrome.runtime.sendMessage({ type: 'library-pages' })`);
    expect(answer).toEqual({ error: 'not allowed here' });
    await other.close();
  });

  it('marks the new names in an open tab without a reload once allowed, cites the article in cards, and unmarks them on delete', async () => {
    const other = await openTab('/mediator.html');
    await setMarkOnPages(true);
    const marked = await pollUntil(() => highlightTexts(other), (texts) => texts.includes(names[0]!), 10_000);
    expect(marked.ok).toBe(true);
    console.info(`reader-archive: reader names marked in the open tab ${marked.ms} ms after the option was set`);

    await hoverMark(other, names[0]!);
    await expect.poll(async () => (await readCard(browser, other)).text, { timeout: 5000 }).toContain('from your archive');
    expect((await readCard(browser, other)).text).toContain('Original');

    const options = await openExtensionPage(browser, 'options.html');
    await options.getByRole('button', { name: `Delete ${HEADLINE}` }).click();
    await expect.poll(() => options.getByTestId('archive-notice').textContent(), { timeout: 15_000 }).toMatch(/^Deleted/);
    const gone = await pollUntil(() => highlightTexts(other), (texts) => !names.some((n) => texts.includes(n)), 10_000);
    expect(gone.ok).toBe(true);
    await options.close();
    await other.close();
  });

  it('imports a folder with one bad file: the problem by file and line, the good files only once confirmed; exports and imports again', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    const count = () => options.getByTestId('archive-count').textContent();
    await expect.poll(count, { timeout: 10_000 }).toMatch(/^0 articles of yours/);
    const good = readdirSync(READER).filter((f) => f.endsWith('.txt'));
    await options.getByTestId('archive-import-files').setInputFiles([
      ...good.map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(path.join(READER, name)) })),
      { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from('a story with no date line\n') },
    ]);
    await expect.poll(() => options.getByTestId('archive-problems').textContent(), { timeout: 10_000 }).toMatch(/broken\.txt:1: /);
    expect(await options.getByTestId('archive-import-confirm').textContent()).toBe(`Import these ${good.length}`);
    expect(await count()).toMatch(/^0 articles of yours/); // nothing stored before the reader confirms
    await options.getByTestId('archive-import-confirm').click();
    await expect.poll(count, { timeout: 30_000 }).toMatch(new RegExp(`^${good.length} articles of yours`));

    // export, clear, and the zip brings back the same articles
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('archive-export').click()]);
    expect(download.suggestedFilename()).toBe('news-context-archive.zip');
    const zip = readFileSync((await download.path())!);
    await options.getByTestId('archive-clear').click();
    await options.getByTestId('archive-clear-confirm').click();
    await expect.poll(count, { timeout: 15_000 }).toMatch(/^0 articles of yours/);
    await options.getByTestId('archive-import-files').setInputFiles([{ name: 'news-context-archive.zip', mimeType: 'application/zip', buffer: zip }]);
    await options.getByTestId('archive-import-confirm').click();
    await expect.poll(count, { timeout: 30_000 }).toMatch(new RegExp(`^${good.length} articles of yours`));
    await options.close();
  });

  it('sent nothing anywhere', () => {
    expect(browser.externalRequests()).toEqual([]);
  });
});
