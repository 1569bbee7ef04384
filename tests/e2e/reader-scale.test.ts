/**
 * The reader's archive past QUICK_ADD.fromArticles (200) in real Chromium: 200 articles of the synthetic
 * corpus (scripts/bench-library/corpus.ts, invented names) are imported and the reader's names allowed on
 * pages; an article whose names the archive does not have is added while another tab shows them: they are
 * painted there without a reload (laid over the archive at once), the exact build follows, and after the
 * service worker is stopped the reloaded tab is painted again (from the matcher that build kept: the unit
 * test tests/unit/background/reader-archive.test.ts checks that nothing is compiled then). Times are printed
 * (the budgets are bench:library's); the test checks what is painted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArchive } from '../../scripts/bench-library/corpus';
import { launchWithExtension, openExtensionPage, paintedRanges, pollUntil, sendFromExtensionPage, serveFixtures, stopServiceWorker, type ExtensionSession, type FixtureServer } from './browser';
import { storyPage } from './reader-pages';

/** The text of every range we paint on the page. */
const painted = async (p: Parameters<typeof paintedRanges>[0]) => (await paintedRanges(p)).map((r) => r.text);

const ARTICLES = 200;
const corpus = syntheticArchive(ARTICLES);
/** A story whose names no article of the corpus has (another part of the name space). */
const story = syntheticArchive(1, 3, 1)[0]!;
const lead = /^date \S+ [A-Z]+: ([^,]+),/.exec(story.text)![1]!;

let server: FixtureServer;
let browser: ExtensionSession;
beforeAll(async () => {
  server = await serveFixtures({ pages: { '/story.html': storyPage(story.text, 'Story') } });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a big reader's archive", () => {
  it('marks an added article in an open tab at once, then from the exact build, and after a restart from the matcher it kept', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    const count = () => options.getByTestId('archive-count').textContent();
    await expect.poll(count, { timeout: 30_000 }).toMatch(/^0 articles of yours/);
    await options.getByTestId('archive-import-files').setInputFiles(corpus.map((a) => ({ name: a.file, mimeType: 'text/plain', buffer: Buffer.from(a.text) })));
    await options.getByTestId('archive-import-confirm').click();
    await expect.poll(count, { timeout: 120_000 }).toMatch(new RegExp(`^${ARTICLES} articles of yours`));
    await options.getByTestId('mark-on-pages').click();
    await expect.poll(() => options.getByTestId('mark-on-pages').isChecked(), { timeout: 30_000 }).toBe(true);

    const tab = await browser.context.newPage();
    await tab.goto(server.url('/story.html'));
    await expect.poll(() => tab.evaluate(() => performance.getEntriesByName('news-context:painted').length), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await painted(tab)).not.toContain(lead);

    const sent = Date.now();
    const answer = await sendFromExtensionPage(options, { type: 'library-add', article: { text: story.text, url: server.url('/story.html'), headline: 'Story' } });
    const answered = Date.now();
    expect(answer).toMatchObject({ ok: true });
    const quick = await pollUntil(() => painted(tab), (t) => t.includes(lead), 30_000, 20);
    expect(quick.ok).toBe(true);
    const revision = () => options.evaluate(() => chrome.storage.local.get('library-revision')) as Promise<Record<string, string>>;
    expect((await revision())['library-revision']).toMatch(/:quick$/);
    console.info(`reader-scale: the added article's names painted in the open tab ${answered - sent + quick.ms} ms after the request (${ARTICLES} articles)`);

    // the exact build follows and the tab is painted from it
    await expect.poll(async () => (await revision())['library-revision'], { timeout: 60_000 }).toMatch(/:exact$/);
    await expect.poll(() => painted(tab), { timeout: 30_000 }).toContain(lead);

    // a stopped worker: the reloaded tab is painted from the matcher the exact build kept
    await stopServiceWorker(browser);
    await tab.reload();
    await expect.poll(() => painted(tab), { timeout: 60_000 }).toContain(lead);
    expect(browser.externalRequests()).toEqual([]);
  }, 300_000);
});

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
