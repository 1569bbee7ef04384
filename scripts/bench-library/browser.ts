/**
 * `npm run bench:library -- --browser [--articles 1000] [--runs 3]`: the reader's archive in real Chromium
 * with the built extension (.output/chrome-mv3; `npx wxt build` first). N articles of the synthetic corpus
 * are imported on the options page (the background analyses each, as it would the reader's), the reader's
 * names are allowed on pages, and then, each figure the median and the worst of --runs:
 *
 * - add: an article of about 1,500 words whose names the archive does not have is added (the popup's
 *   request) while another tab shows a page that names them: time from the request to the first of its
 *   names painted in that tab (budget ≤ 1 s);
 * - cold start: the service worker is stopped (as Chrome does after 30 s idle) and that tab reloaded: time
 *   from the content script's start to the background's first answer (its settings) and to the first
 *   painted name, against the same reload with the worker running (budget: first answer ≤ 300 ms);
 * - storage the browser reports per article.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, paintedRanges, pollUntil, sendFromExtensionPage, serveFixtures, stopServiceWorker, type ExtensionSession } from '../../tests/e2e/browser';
import { storyPage } from '../../tests/e2e/reader-pages';
import { syntheticArchive } from './corpus';

const CHUNK = 250;

interface Figures {
  articles: number;
  importMs: number;
  addToMarksMs: number[];
  coldFirstAnswerMs: number[];
  coldFirstPaintMs: number[];
  warmFirstAnswerMs: number[];
  warmFirstPaintMs: number[];
  storageBytesPerArticle: number;
}

/** How many ranges we paint on the page. */
const painted = async (p: Page): Promise<number> => (await paintedRanges(p)).length;

/** ms from the content script's start to its mark `name` (the latest load of the page). */
const sinceStart = (p: Page, name: string): Promise<number | undefined> =>
  p.evaluate((n) => {
    const start = performance.getEntriesByName('news-context:start').at(-1);
    const mark = performance.getEntriesByName(`news-context:${n}`).at(-1);
    return start && mark ? mark.startTime - start.startTime : undefined;
  }, name);

/** pollUntil, failing when the value never comes. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number, everyMs = 10): Promise<T> {
  const polled = await pollUntil(read, ok, timeoutMs, everyMs);
  if (!polled.ok) throw new Error(`timed out after ${timeoutMs} ms`);
  return polled.value;
}

export async function benchBrowser(articles: number, runs: number): Promise<Figures> {
  const corpus = syntheticArchive(articles);
  // articles with names of their own, one per run, each shown by an open tab before it is added
  const fresh = Array.from({ length: runs }, (_, r) =>
    syntheticArchive(7, 99 + r, 1 + r)
      .map((a, i) => (i ? a.text.replace(/^date \S+ /, '') : a.text))
      .join('\n\n'),
  );
  const pages = Object.fromEntries(fresh.map((text, r) => [`/other-${r}.html`, storyPage(text, `Story ${r}`)]));
  const server = await serveFixtures({ pages });
  const browser: ExtensionSession = await launchWithExtension();
  try {
    const options = await openExtensionPage(browser, 'options.html');
    const count = () => options.getByTestId('archive-count').textContent();
    await until(count, (t) => /articles? of yours/.test(t ?? ''), 30_000);
    const t0 = performance.now();
    for (let at = 0; at < corpus.length; at += CHUNK) {
      const files = corpus.slice(at, at + CHUNK).map((a) => ({ name: a.file, mimeType: 'text/plain', buffer: Buffer.from(a.text) }));
      await options.getByTestId('archive-import-files').setInputFiles(files);
      await options.getByTestId('archive-import-confirm').click({ timeout: 600_000 });
      const want = at + files.length;
      await until(count, (t) => new RegExp(`^${want} articles of yours`).test(t ?? ''), 600_000, 200);
      process.stdout.write(`\r  imported ${want} of ${corpus.length}`);
    }
    const importMs = performance.now() - t0;
    console.log('');
    const box = options.getByTestId('mark-on-pages');
    if (!(await box.isChecked())) await box.click();
    await until(() => box.isChecked(), (v) => v, 60_000);

    const figures: Figures = { articles, importMs, addToMarksMs: [], coldFirstAnswerMs: [], coldFirstPaintMs: [], warmFirstAnswerMs: [], warmFirstPaintMs: [], storageBytesPerArticle: 0 };
    for (let r = 0; r < runs; r++) {
      const tab = await browser.context.newPage();
      await tab.goto(server.url(`/other-${r}.html`));
      await until(() => sinceStart(tab, 'painted'), (v) => v !== undefined, 60_000);
      const before = await painted(tab);
      const sent = performance.now();
      const answer = (await sendFromExtensionPage(options, { type: 'library-add', article: { text: fresh[r]!, url: server.url(`/other-${r}.html`), headline: `Story ${r}` } })) as { ok?: boolean; error?: string };
      if (!answer.ok) throw new Error(`add refused: ${answer.error}`);
      // its names: more painted than before (the archive knew none of them)
      await until(() => painted(tab), (n) => n > before, 60_000);
      figures.addToMarksMs.push(performance.now() - sent);

      // wait for the exact build that follows the add (the revision says so), then a reload with the worker running
      await until(() => options.evaluate(() => chrome.storage.local.get('library-revision')) as Promise<Record<string, string>>, (v) => /:exact$/.test(v['library-revision'] ?? ''), 120_000, 100);
      await tab.reload();
      await until(() => sinceStart(tab, 'painted'), (v) => v !== undefined, 60_000);
      figures.warmFirstAnswerMs.push((await sinceStart(tab, 'settings'))!);
      figures.warmFirstPaintMs.push((await sinceStart(tab, 'painted'))!);
      // and with the worker stopped
      await stopServiceWorker(browser);
      await tab.reload();
      await until(() => sinceStart(tab, 'painted'), (v) => v !== undefined, 120_000);
      figures.coldFirstAnswerMs.push((await sinceStart(tab, 'settings'))!);
      figures.coldFirstPaintMs.push((await sinceStart(tab, 'painted'))!);
      await tab.close();
      console.log(`  run ${r + 1}: add to marks ${Math.round(figures.addToMarksMs.at(-1)!)} ms, cold first answer ${Math.round(figures.coldFirstAnswerMs.at(-1)!)} ms (warm ${Math.round(figures.warmFirstAnswerMs.at(-1)!)}), cold first paint ${Math.round(figures.coldFirstPaintMs.at(-1)!)} ms (warm ${Math.round(figures.warmFirstPaintMs.at(-1)!)})`);
    }
    const options2 = await openExtensionPage(browser, 'options.html');
    const { usage } = (await options2.evaluate(() => navigator.storage.estimate())) as { usage: number };
    figures.storageBytesPerArticle = usage / (articles + runs);
    if (browser.externalRequests().length) throw new Error(`requests left the machine: ${browser.externalRequests().join(', ')}`);
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
