/**
 * The reader's own archive in Firefox ESR (MV2: the background page holds IndexedDB): an article added by the
 * popup's request is stored and listed; by default a page that names what only it knows is not marked with
 * those names (page scripts can read CSS.highlights), and once the reader allows it the open tab is marked
 * without a reload; deleting the article unmarks them. The articles are tests/fixtures/reader (our own words).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './firefox';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH } from './paths';
import { OTHER_FILE, pageOf, READER, readerOnlyNamesOn, SAVED_FILE } from './reader-pages';
import { serveFixtures, type FixtureServer } from './server';

const hasFirefox = existsSync(FIREFOX_PATH);
if (!hasFirefox) console.warn(`firefox-reader.test.ts: skipping: ${FIREFOX_PATH} not found (apt-get install firefox-esr, or set FIREFOX_PATH)`);

/** The content script has read and painted the page (its performance mark, in the page's timeline). */
const PAINTED = `performance.getEntriesByName('news-context:painted').length > 0`;
/** Every range's text in the page's highlights, read by the page itself. */
const READ_MARKS = `(() => { const out = []; for (const [, h] of CSS.highlights) for (const r of h) out.push(r.toString()); return out; })()`;

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!hasFirefox)("the reader's own archive in Firefox ESR", () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;
  const names = readerOnlyNamesOn(readFileSync(path.join(READER, OTHER_FILE), 'utf8'));

  beforeAll(async () => {
    server = await serveFixtures({ pages: { '/mediator.html': pageOf(OTHER_FILE, 'Mediator meets both sides') } });
    firefox = await launchFirefox();
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('adds an article, marks its names in an open tab only once allowed, and unmarks them when it is deleted', async () => {
    expect(names.length).toBeGreaterThan(0);
    const page = await firefox.firstTab();
    await firefox.navigate(page, server.url('/mediator.html'));
    expect(await poll(() => firefox.evaluate<boolean>(page, PAINTED), Boolean)).toBe(true);
    const options = await firefox.openExtensionPage('options.html');
    const send = <T>(message: object) => firefox.evaluate<T>(options, `browser.runtime.sendMessage(${JSON.stringify(message)})`);

    const text = readFileSync(path.join(READER, SAVED_FILE), 'utf8');
    const added = await send<{ ok: boolean; ids: string[]; namesAdded: number }>({ type: 'library-add', article: { text, url: 'https://news.example/strike', headline: 'Dock strike' } });
    expect(added).toMatchObject({ ok: true, ids: ['2024-03-04-dock-strike'] });
    expect(added.namesAdded).toBeGreaterThan(0);
    const listed = await send<{ articles: { id: string; site?: string }[] }>({ type: 'library-list' });
    expect(listed.articles).toEqual([expect.objectContaining({ id: '2024-03-04-dock-strike', site: 'news.example' })]);

    // privacy by default: the page's own script finds none of the reader's names
    await firefox.navigate(page, server.url('/mediator.html'));
    expect(await poll(() => firefox.evaluate<boolean>(page, PAINTED), Boolean)).toBe(true);
    const before = await firefox.evaluate<string[]>(page, READ_MARKS);
    for (const name of names) expect(before).not.toContain(name);

    // allowed: the open tab is marked without a reload
    expect(await send({ type: 'library-options', markOnPages: true })).toMatchObject({ ok: true });
    const marked = await poll(() => firefox.evaluate<string[]>(page, READ_MARKS), (m) => m.includes(names[0]!));
    expect(marked).toContain(names[0]!);

    // deleted: the marks go
    expect(await send({ type: 'library-delete', id: '2024-03-04-dock-strike' })).toMatchObject({ ok: true });
    const after = await poll(() => firefox.evaluate<string[]>(page, READ_MARKS), (m) => !names.some((n) => m.includes(n)));
    for (const name of names) expect(after).not.toContain(name);
  });
});
