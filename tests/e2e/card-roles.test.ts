/**
 * Roles as of the page's date, in Chromium with a copy of the built extension that ships a fact base built from
 * tests/fixtures/ids (our own words: an envoy named in March 2023, who stepped down in January 2024): on a page
 * of June 2023 the card describes her by the role she held, "as of" its date; on a page of June 2024, as former,
 * "until" the day it ended.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFactBase } from '../../src/archive/build';
import { parseArticle } from '../../src/archive/parse';
import { hoverMark, launchWithExtensionRetrying, readCard, serveFixtures, waitForMarks, type ExtensionSession, type FixtureServer } from './browser';
import { extensionWithFactBase, type ExtensionCopy } from './extension-with-fact-base';
import { ROOT } from './paths';

const IDS = path.join(ROOT, 'tests/fixtures/ids');
const NAME = 'Ruth Wanjiru-Kamau';
const page = (date: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Coast</title>
<meta property="article:published_time" content="${date}"></head><body><article><h1>Coastal funding</h1>
<p>${NAME} met donors in Mombasa on Tuesday to discuss coastal funding, officials said.</p>
<p>The meeting was the first of several planned before the rains, aides said after the talks ended.</p></article></body></html>`;

let server: FixtureServer;
let browser: ExtensionSession;
let copy: ExtensionCopy;
beforeAll(async () => {
  const articles = readdirSync(IDS).filter((f) => f.endsWith('.txt')).map((f) => parseArticle(f, readFileSync(path.join(IDS, f))));
  copy = await extensionWithFactBase(buildFactBase(articles));
  server = await serveFixtures({ pages: { '/2023.html': page('2023-06-01'), '/2024.html': page('2024-06-04') } });
  browser = await launchWithExtensionRetrying({ extension: copy.dir });
});
afterAll(async () => {
  await browser?.close();
  await copy?.remove();
  await server?.close();
});

/** The card's description line: its text up to the close button. */
async function cardOn(pathname: string): Promise<string> {
  const p: Page = await browser.context.newPage();
  await p.goto(server.url(pathname));
  await waitForMarks(p, 'painted', 1);
  await hoverMark(p, NAME);
  await expect.poll(async () => (await readCard(browser, p)).name, { timeout: 5000 }).toBe(NAME);
  const text = (await readCard(browser, p)).text.replace(/ \| /g, ' ');
  await p.close();
  return text.split(' × ')[0]!;
}

describe('a role as of the page’s date', () => {
  it('while it was held: the role, as of its date; after it ended: former, until the day it ended', async () => {
    const held = await cardOn('/2023.html');
    expect(held).toMatch(/climate envoy/i);
    expect(held).not.toMatch(/former/i);
    expect(held).toMatch(/as of 1 June 2023/);
    const ended = await cardOn('/2024.html');
    expect(ended).toMatch(/former [^|]*climate envoy/i);
    expect(ended).toMatch(/until 18 January 2024/);
  });
});
