/**
 * The Firefox build (MV2): it passes web-ext lint, and in Firefox ESR it installs, its background answers
 * the popup, and its content script runs on an http page.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, GECKO_ID, type FirefoxSession } from './firefox';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH, ROOT } from './paths';
import { serveFixtures, type FixtureServer } from './server';

const WEB_EXT = path.join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title></head><body><p>Hello.</p></body></html>';
const NEWS =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="article:published_time" content="2023-11-10"><title>Talks</title></head>' +
  '<body><article><p>US climate envoy John Kerry met Xie Zhenhua in Beijing before COP28.</p></article></body></html>';
const seedCount = readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).length;

describe('the Firefox build', () => {
  it('passes web-ext lint with 0 errors', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [WEB_EXT, 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json']).catch(
      // web-ext exits 1 when there are errors; the report is still on stdout.
      (err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }),
    );
    const report = JSON.parse(stdout) as { errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });
});

const hasFirefox = existsSync(FIREFOX_PATH);
if (!hasFirefox) console.warn(`firefox.test.ts: skipping the Firefox ESR tests: ${FIREFOX_PATH} not found (apt-get install firefox-esr, or set FIREFOX_PATH)`);

describe.skipIf(!hasFirefox)(hasFirefox ? 'the extension in Firefox ESR' : `the extension in Firefox ESR (skipped: no ${FIREFOX_PATH})`, () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await serveFixtures({ pages: { '/story.html': PAGE, '/news.html': NEWS } });
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs as a temporary add-on', async () => {
    expect(await firefox.installExtension(FIREFOX_EXTENSION_DIR)).toBe(GECKO_ID);
  });

  it('shows the archive stats in its popup page, answered by the background', async () => {
    const tab = await firefox.openExtensionPage('popup.html');
    const text = await poll(() => firefox.evaluate<string | null>(tab, `document.querySelector('[data-testid=archive-stats]')?.textContent ?? null`));
    expect(text).toContain(`Archive: ${seedCount} ${seedCount === 1 ? 'article' : 'articles'}`);
  });

  it('runs its content script on an http page: it answers a ping from an extension page', async () => {
    const page = await firefox.firstTab();
    await firefox.navigate(page, server.url('/story.html'));
    const tab = await firefox.openExtensionPage('options.html');
    const pingAll = `browser.tabs.query({}).then((tabs) => Promise.all(tabs.map((t) =>
      browser.tabs.sendMessage(t.id, { type: 'ping' }).catch(() => null)))).then((answers) => answers.filter(Boolean))`;
    const answers = await poll(async () => {
      const found = await firefox.evaluate<{ ok: boolean; url: string }[]>(tab, pingAll);
      return found.length ? found : null;
    });
    expect(answers).toEqual([{ ok: true, url: server.url('/story.html') }]);
  });
});

describe.skipIf(!hasFirefox)('annotating in Firefox ESR', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await serveFixtures({ pages: { '/news.html': NEWS } });
    firefox = await launchFirefox();
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('paints the archive’s names with the Highlight API, without changing the page', async () => {
    const page = await firefox.firstTab();
    await firefox.navigate(page, server.url('/news.html'));
    const read = `(() => { const out = {}; for (const [k, h] of CSS.highlights) if (k.startsWith('news-context-')) out[k] = [...h].map((r) => r.toString()); return out; })()`;
    const painted = await poll(async () => {
      const p = await firefox.evaluate<Record<string, string[]>>(page, read);
      return Object.values(p).flat().length ? p : null;
    });
    expect(painted['news-context-person']).toEqual(['John Kerry', 'Xie Zhenhua']);
    expect(painted['news-context-event']).toEqual(['COP28']);
    expect(await firefox.evaluate<number>(page, `document.querySelectorAll('article *').length`)).toBe(1);
  });
});

describe.skipIf(!hasFirefox)('an update in Firefox ESR, with a news page open', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    server = await serveFixtures({ pages: { '/news.html': NEWS } });
    firefox = await launchFirefox();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  // Firefox destroys the old copy without a word (no port disconnect reaches it) and injects the new one.
  it('the new copy clears what the old one left and paints the page, new text included', async () => {
    const id = await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    const page = await firefox.firstTab();
    await firefox.navigate(page, server.url('/news.html'));
    const read = `(() => {
      const texts = [];
      for (const [k, h] of CSS.highlights) if (k.startsWith('news-context-')) for (const r of h) texts.push(r.toString());
      const sheets = document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(news-context-'))).length;
      return { texts: texts.sort(), sheets };
    })()`;
    type Reading = { texts: string[]; sheets: number };
    const first = await poll(async () => {
      const r = await firefox.evaluate<Reading>(page, read);
      return r.texts.length ? r : null;
    });
    expect(first.sheets).toBe(1);
    expect(first.texts).toEqual(expect.arrayContaining(['John Kerry', 'Xie Zhenhua']));

    await firefox.send('webExtension.uninstall', { extension: id });
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    await firefox.evaluate(page, `(() => { const p = document.createElement('p'); p.textContent = 'Later, Joe Biden spoke.'; document.querySelector('article').append(p); return 1; })()`);
    const after = await poll(async () => {
      const r = await firefox.evaluate<Reading>(page, read);
      return r.texts.includes('Joe Biden') ? r : null;
    });
    expect(after).toEqual({ texts: [...first.texts, 'Joe Biden'].sort(), sheets: 1 });
  });
});

/** Retries until the value is not null (content scripts and the popup's request finish after `load`). */
async function poll<T>(read: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`still nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
