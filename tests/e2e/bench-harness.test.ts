/**
 * What the bench (npm run bench, scripts/bench/) relies on and what holds on any machine, whatever its speed:
 * the minimal peer and our extension paint the same names on a generated page (so comparing their times is
 * fair), the content script is small and the only script of ours a page runs at load, and the card's styles
 * come with the lazy card chunk only. Timings are the bench's business, not this file's.
 * (That the page observer coalesces a 5,000-node insert into one rescan is tests/dom/page/observe.test.ts.)
 */
import { EVENT_WORDS } from '../../src/matching/event-refs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD_CSS, CHIP_COLOURS } from '../../src/card/styles';
import { ENTITY_TYPES } from '../../src/factbase/kinds';
import { articlePage, readFactBase, aliasesOf } from '../../scripts/bench/pages';
import { PEER_RUNNER } from '../../scripts/bench/peers';
import { CONTENT_SCRIPT_BUDGET } from '../../scripts/bench/report';
import { launchWithExtensionRetrying, serveFixtures, waitForContentScript, type ExtensionSession, type FixtureServer } from './browser';
import { CHROME_EXTENSION_DIR } from './paths';

let server: FixtureServer;
let browser: ExtensionSession;
let aliases: string[];

beforeAll(async () => {
  const { date, entities } = await readFactBase();
  aliases = aliasesOf(entities);
  server = await serveFixtures({
    pages: {
      '/article.html': articlePage(entities, date, 1_500, 'Talks go on'),
      '/long.html': articlePage(entities, date, 6_000, 'The long read'),
    },
  });
  browser = await launchWithExtensionRetrying();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each range of the highlights whose name passes `which`, as "text@offset" (offset: characters of the body's text before it). */
const rangesOf = (page: Page, prefix: string) =>
  page.evaluate((prefix) => {
    const out: string[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!name.startsWith(prefix)) continue;
      for (const r of h) {
        const before = new Range();
        before.setStart(document.body, 0);
        before.setEnd(r.startContainer, r.startOffset);
        out.push(`${r.toString()}@${before.toString().length}`);
      }
    }
    return out.sort();
  }, prefix);

async function openPainted(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(file));
  await waitForContentScript(browser, page.url());
  await page.waitForFunction(() => performance.getEntriesByName('news-context:painted').length > 0, null, { timeout: 20_000 });
  return page;
}

describe('the bench compares like with like', () => {
  it.each(['/article.html', '/long.html'])('%s: the minimal peer paints exactly the ranges the extension paints', async (file) => {
    const page = await openPainted(file);
    await page.addScriptTag({ content: PEER_RUNNER });
    const peer = (await page.evaluate(([a]) => (window as unknown as { __benchPeer(p: string, a: string[]): { count: number } }).__benchPeer('minimal', a), [aliases] as const)) as { count: number };
    // the peer knows names only: events the page describes in words ("the talks") are ours alone
    const ours = (await rangesOf(page, 'news-context-')).filter((r) => !EVENT_WORDS.has(r.slice(0, r.lastIndexOf('@'))));
    const minimal = await rangesOf(page, 'bench-minimal');
    expect(ours.length).toBeGreaterThan(20);
    expect(peer.count).toBe(minimal.length);
    expect(minimal).toEqual(ours);
    await page.close();
  });
});

describe('bundle', () => {
  it(`the content script is at most ${CONTENT_SCRIPT_BUDGET / 1000} kB and the only script the manifest injects`, async () => {
    const manifest = JSON.parse(await readFile(path.join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };
    expect(manifest.content_scripts.flatMap((c) => c.js ?? [])).toEqual(['content-scripts/content.js']);
    expect(manifest.content_scripts.flatMap((c) => c.css ?? [])).toEqual([]);
    const bytes = (await readFile(path.join(CHROME_EXTENSION_DIR, 'content-scripts/content.js'))).length;
    expect(bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  });

  it('a page runs only content.js of ours until a card is asked for; then card.js', async () => {
    const page = await openPainted('/article.html');
    const cdp = await browser.context.newCDPSession(page);
    const scripts = new Set<string>();
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
      if (e.url.startsWith('chrome-extension://')) scripts.add(e.url.replace(/^chrome-extension:\/\/[^/]+\//, ''));
    });
    // reports every script already parsed in the page's isolate, isolated worlds included, before it answers
    await cdp.send('Debugger.enable');
    expect([...scripts]).toEqual(['content-scripts/content.js']);
    const target = await page.evaluate(() => {
      for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
        if (!name.startsWith('news-context-')) continue;
        for (const r of h) {
          const b = r.getClientRects()[0];
          if (b && b.top >= 0 && b.bottom <= innerHeight) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    });
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    await page.waitForFunction(() => performance.getEntriesByName('news-context:card-shown').length > 0, null, { timeout: 10_000 });
    await expect.poll(() => [...scripts].sort(), { timeout: 5000 }).toEqual(['card.js', 'content-scripts/content.js']);
    await cdp.detach();
    await page.close();
  });

  it("the card's styles are in the lazy card chunk and not in the content script", async () => {
    const vars = [...new Set(CARD_CSS.match(/--nc-[a-z-]+/g) ?? [])];
    expect(vars.length).toBeGreaterThan(5);
    const content = await readFile(path.join(CHROME_EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const card = await readFile(path.join(CHROME_EXTENSION_DIR, 'card.js'), 'utf8');
    // the chips' variables are made from the list of kinds, so the chunk holds their colours, not their names
    const perKind = new Set(ENTITY_TYPES.map((t) => `--nc-${t}`));
    for (const v of vars) if (!perKind.has(v)) expect(card).toContain(v);
    for (const t of ENTITY_TYPES) for (const colours of Object.values(CHIP_COLOURS)) expect(card).toContain(colours[t]);
    expect(content).not.toMatch(/--nc-[a-z]|:host\b/);
    for (const t of ENTITY_TYPES) expect(content).not.toContain(CHIP_COLOURS.light[t]);
  });
});
