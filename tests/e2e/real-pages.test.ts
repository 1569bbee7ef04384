/**
 * The built extension on real web pages (../shared/realpages: Mozilla Readability's 130 test pages, real news
 * sites as browsers received them; read at test time, never copied here). Skipped, saying so, where that
 * folder is absent. Over every page: no console error of ours, the DOM as the server sent it apart from our
 * one host, and on the news pages no mark outside the story (scored against Readability's article as
 * `npm run quality:pages` does). On the golden pages and ten real ones, `npm run annotate -- --text` prints
 * the text the extension reads. And a page hidden while it loads is read once it shows.
 *
 * The real pages are served with `script-src 'none'`: their own scripts would change the DOM (and fail, as
 * every other host is blocked), so only a static page can be compared node for node. Content scripts are
 * not subject to the page's CSP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, readableText } from '../../src/cli/annotate-command';
import { allPages, hasRealPages, markPlace, NEWS_PAGES, REALPAGES, reference } from '../quality/pages';
import { words } from '../quality/shingles';
import {
  launchChromium,
  launchWithExtensionRetrying,
  markedBlocks,
  sendToTab,
  serveFixtures,
  waitForMarks,
  type ChromiumSession,
  type ExtensionSession,
  type FixtureServer,
} from './browser';
import { FACT_BASE_FILE } from './paths';

const GOLDEN = fileURLToPath(new URL('../fixtures/pages', import.meta.url));
const NO_SCRIPTS = { 'content-security-policy': "script-src 'none'" };
const CLI_PAGES = ['bbc-1', 'cnn', 'guardian-1', 'lemonde-1', 'nytimes-1', 'quanta-1', 'telegraph', 'tmz-1', 'wapo-1', 'yahoo-3'];
const goldenPages = readdirSync(GOLDEN, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** The page serialised without our elements (the card host is the only one we may add). */
const DOM_WITHOUT_OURS = `(() => {
  const clone = document.documentElement.cloneNode(true);
  for (const e of [...clone.querySelectorAll('*')]) if (e.tagName.startsWith('NEWS-CONTEXT')) e.remove();
  return clone.outerHTML;
})()`;

async function cliText(file: string): Promise<string> {
  const out: string[] = [];
  const code = await annotate([file, '--text', '--archive', FACT_BASE_FILE], { out: (s) => out.push(s), err: (s) => out.push(`ERR ${s}`) });
  expect(code, out.join('\n')).toBe(0);
  return out.join('\n');
}

async function extensionText(session: ExtensionSession, page: Page): Promise<string> {
  const read = (await sendToTab(session, page.url(), { type: 'read' })) as { text: string };
  return readableText(read.text);
}

describe('a page hidden while it loads', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  beforeAll(async () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: John Kerry and Xie Zhenhua spoke about the climate talks before the summit, aides said.</p>`).join('');
    server = await serveFixtures({
      pages: {
        // an anti-flicker snippet: the body stays hidden until the page's script removes the style
        '/hidden.html': `<!doctype html><html><head><title>Hidden at first</title><style id="flicker">body { visibility: hidden !important; }</style></head><body><article><h1>Talks</h1>${story}</article></body></html>`,
      },
    });
    session = await launchWithExtensionRetrying();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is read again once its body shows, without a reload', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/hidden.html'));
    await waitForMarks(page, 'painted', 1);
    expect(await extensionText(session, page)).toBe('');
    await page.evaluate(() => document.getElementById('flicker')?.remove());
    await waitForMarks(page, 'painted', 2);
    expect(await extensionText(session, page)).toContain('Paragraph 5: John Kerry');
    await page.close();
  });
});

describe.skipIf(!hasRealPages())('the real pages of ../shared/realpages', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let plain: ChromiumSession;
  const pages = hasRealPages() ? allPages() : [];

  beforeAll(async () => {
    server = await serveFixtures({
      pages: Object.fromEntries([
        ...pages.map((name) => [`/real/${name}.html`, { body: readFileSync(join(REALPAGES, name, 'source.html')), headers: NO_SCRIPTS }]),
        ...goldenPages.map((name) => [`/golden/${name}.html`, { body: readFileSync(join(GOLDEN, name, 'source.html')) }]),
      ]),
    });
    session = await launchWithExtensionRetrying();
    plain = await launchChromium({ extension: false });
  });
  afterAll(async () => {
    await session?.close();
    await plain?.close();
    await server?.close();
  });

  it.each(pages)('breaks nothing on %s: no error of ours, the DOM untouched but for our host, no mark outside the story on a news page', async (name) => {
    const problems: string[] = [];
    {
      const url = server.url(`/real/${name}.html`);
      const before = await plain.context.newPage();
      await before.goto(url, { waitUntil: 'domcontentloaded' });
      const dom = (await before.evaluate(DOM_WITHOUT_OURS)) as string;
      await before.close();

      const page = await session.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && m.location().url.startsWith(`chrome-extension://${session.extensionId}/`)) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`)); // the page runs no script of its own here
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await waitForMarks(page, 'painted', 1, 15_000);
      if ((await page.evaluate(DOM_WITHOUT_OURS)) !== dom) problems.push(`${name}: its DOM changed`);
      for (const e of errors) problems.push(`${name}: ${e}`);
      if ((NEWS_PAGES as readonly string[]).includes(name)) {
        const ref = reference(name);
        const refWords = words(ref.text).join(' ');
        for (const m of await markedBlocks(page)) {
          if (markPlace(m.block, ref, refWords) === 'outside') problems.push(`${name}: "${m.text}" marked outside the story, in "${m.block.slice(0, 80)}"`);
        }
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it.each([...goldenPages.map((n) => ['golden', n]), ...CLI_PAGES.map((n) => ['real', n])])(
    'npm run annotate -- --text prints what the extension reads (%s page %s)',
    async (kind, name) => {
      const file = kind === 'golden' ? join(GOLDEN, name, 'source.html') : join(REALPAGES, name, 'source.html');
      const page = await session.context.newPage();
      await page.goto(server.url(`/${kind}/${name}.html`), { waitUntil: 'domcontentloaded' });
      await waitForMarks(page, 'painted', 1, 15_000);
      const seen = await extensionText(session, page);
      await page.close();
      expect(seen.length).toBeGreaterThan(100);
      expect(await cliText(file)).toBe(seen);
    },
  );
});
