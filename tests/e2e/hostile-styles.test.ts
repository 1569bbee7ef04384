/**
 * Pages that fight the card and the highlights with their own styles, policies and highlights, in Chromium
 * with the built extension (reliability.md rows 4, 5, 8 and 9):
 * - row 4: the page's own highlight is never touched (switch off and on, navigate), and a page that clears
 *   the registry every 100 ms gets no fight loop;
 * - row 5: without `highlightsFromPoint` (Blink feature switched off) hover still opens the card;
 * - row 8: `* { all: unset !important }`, `div { display: none !important }`, an open page popover and
 *   page key listeners: the card is shown, on top, styled; the page sees no key event from inside it; our
 *   shadow root is closed;
 * - row 9: a strict CSP header and meta (`default-src 'none'; style-src 'none'; require-trusted-types-for
 *   'script'`): highlights and card styled, no violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  firstPainted,
  launchWithExtensionRetrying,
  markCount,
  paintedRanges,
  pollUntil,
  readCard,
  sendToTab,
  serveFixtures,
  waitForFindings,
  waitForMarks,
  type ExtensionSession,
  type FixtureServer,
} from './browser';

import { SETTINGS_VERSION } from '../../src/settings/schema';
import { CLEAR_REGISTRY_FOR_4_S, expectGaveUp } from './registry-clearing';

declare const chrome: { storage: { sync: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

/** Switches every site off or on, as the popup's "On for all sites" does (storage is the settings' bus). */
const switchAll = (on: boolean) =>
  browser.worker.evaluate(
    async ({ on, version }) => {
      const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.sync.set({ settings: { ...current, version, enabled: on } });
    },
    { on, version: SETTINGS_VERSION },
  );

const STORY = `<article id="story">
<p id="p1">US climate envoy John Kerry met his Chinese counterpart Xie Zhenhua in Beijing before COP28.</p>
<p id="p2">Kerry said the talks were useful.</p>
</article>`;
const page = (head: string, body = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2023-11-10">${head}</head><body>${STORY}${body}</body></html>`;

// Bubble-phase listeners: a page's shortcuts. (Capture-phase listeners on window run before any shadow root
// can stop an event; no page code can be kept from those.)
const KEY_SPY = `<script>window.__keys = []; for (const t of [window, document]) for (const k of ['keydown', 'keyup', 'keypress'])
  t.addEventListener(k, (e) => { if (e.target.localName !== 'body') window.__keys.push(k + ' ' + e.key); });</script>`;

const PAGES = {
  '/plain.html': page(KEY_SPY),
  '/unset.html': page(`<style>* { all: unset !important; } div { display: none !important; } news-context-card { display: none !important; }</style>${KEY_SPY}`),
  '/popover.html': page(
    `<style>#pop { inset: 0; width: 100vw; height: 100vh; margin: 0; border: 0; background: rgba(255,255,255,0.01); }</style>${KEY_SPY}`,
    `<div id="pop" popover="manual">A page's own popover over everything</div><script>document.getElementById('pop').showPopover();</script>`,
  ),
  '/csp.html': {
    body: page(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; require-trusted-types-for 'script'">`),
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; require-trusted-types-for 'script'" },
  },
  '/own-highlight.html': page(`<style>::highlight(page-search) { background-color: yellow; }</style>
<script>
  document.addEventListener('DOMContentLoaded', () => {
    const text = document.getElementById('p2').firstChild;
    const r = new Range(); r.setStart(text, 0); r.setEnd(text, 5);
    window.__pageHighlight = new Highlight(r);
    window.__pageHighlight.priority = 3;
    CSS.highlights.set('page-search', window.__pageHighlight);
  });
  window.__ours = () => [...CSS.highlights.keys()].filter((k) => k.startsWith('news-context-')).length;
  window.__pageIntact = () => CSS.highlights.get('page-search') === window.__pageHighlight && window.__pageHighlight.size === 1 &&
    [...window.__pageHighlight][0].toString() === 'Kerry' && window.__pageHighlight.priority === 3 && window.__pageHighlight.type === 'highlight';
</script>`),
};

let server: FixtureServer;
let browser: ExtensionSession;
let visits = 0;

beforeAll(async () => {
  server = await serveFixtures({ pages: PAGES });
  browser = await launchWithExtensionRetrying();
});
afterEach(async () => {
  for (const p of browser?.context.pages() ?? []) await p.close().catch(() => {});
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string, b = browser): Promise<Page> {
  const p = await b.context.newPage();
  await p.goto(server.url(`${file}?visit=${++visits}`));
  await waitForFindings(b, p.url());
  return p;
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The open card's box, computed background and shadow-root mode, read through CDP (the root is closed). */
async function cardLooks(p: Page): Promise<{ width: number; height: number; x: number; y: number; background: string; display: string; rootMode: string } | undefined> {
  const cdp = await browser.context.newCDPSession(p);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { shadowRootType?: string } };
    const find = (n: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined =>
      test(n) ? n : [...(n.shadowRoots ?? []), ...(n.children ?? [])].reduce<CdpNode | undefined>((hit, c) => hit ?? find(c, test), undefined);
    const cls = (n: CdpNode) => {
      const a = n.attributes ?? [];
      const i = a.indexOf('class');
      return i >= 0 && i % 2 === 0 ? (a[i + 1] ?? '').split(/\s+/) : [];
    };
    const host = find(root, (n) => n.nodeName.startsWith('NEWS-CONTEXT-CARD'));
    const card = host && find(host, (n) => n.nodeType === 1 && cls(n).includes('card'));
    if (!host || !card) return undefined;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: card.nodeId })) as { model: { width: number; height: number; border: number[] } };
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId })) as { computedStyle: { name: string; value: string }[] };
    const style = (name: string) => computedStyle.find((s) => s.name === name)?.value ?? '';
    const rootMode = (host.shadowRoots?.[0] as { shadowRootType?: string } | undefined)?.shadowRootType ?? 'none';
    return { width: model.width, height: model.height, x: model.border[0]!, y: model.border[1]!, background: style('background-color'), display: style('display'), rootMode };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Opens John Kerry's card with focus in it (the keyboard command's path), as a reader would. */
async function openCardWithFocus(p: Page): Promise<void> {
  expect(await sendToTab(browser, p.url(), { type: 'step', direction: 'next' })).toEqual({ ok: true });
  await expect.poll(async () => (await readCard(browser, p)).open, { timeout: 5_000 }).toBe(true);
}

describe('hostile page styles (row 8)', () => {
  it.each(['/unset.html', '/popover.html'])('%s: the card shows, styled and on top; the page gets no key event from inside it; our root is closed', async (file) => {
    const p = await open(file);
    expect((await paintedRanges(p)).map((r) => r.text)).toContain('John Kerry');
    await openCardWithFocus(p);
    const looks = await cardLooks(p);
    // as on a page without hostile styles
    const plain = await open('/plain.html');
    await openCardWithFocus(plain);
    const want = await cardLooks(plain);
    expect(want!.height).toBeGreaterThan(60);
    expect(want!.background).not.toBe('rgba(0, 0, 0, 0)');
    const { width, height, background, display, rootMode } = want!;
    expect(looks).toMatchObject({ width, height, background, display, rootMode: 'closed' });
    expect(rootMode).toBe('closed');
    // on top of everything the page has, its popover in the top layer included
    const top = await p.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: looks!.x + 20, y: looks!.y + 20 });
    expect(top).toBe('news-context-card');
    expect(await p.evaluate(() => document.querySelector('news-context-card')?.shadowRoot)).toBeNull();

    await p.keyboard.press('Tab');
    await p.keyboard.type('xy');
    expect(await p.evaluate(() => document.activeElement?.localName)).toBe('news-context-card'); // still inside
    await p.keyboard.down('Escape');
    await expect.poll(async () => (await readCard(browser, p)).open, { timeout: 5_000 }).toBe(false);
    expect(await p.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual([]);
    await p.keyboard.up('Escape'); // focus is back on the page: this one is the page's
  });
});

describe('a strict Content-Security-Policy (row 9)', () => {
  it('highlights and card are styled, and nothing of ours causes a violation', async () => {
    const violations: string[] = [];
    const p = await browser.context.newPage();
    // an init script runs whatever the CSP says (DevTools' own injection), so it sees every violation from the start
    await p.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
    });
    p.on('console', (m) => {
      if (/Content.Security.Policy|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    await p.goto(server.url(`/csp.html?visit=${++visits}`));
    await waitForFindings(browser, p.url());
    expect((await paintedRanges(p)).map((r) => r.text)).toEqual(['US', 'John Kerry', 'Xie Zhenhua', 'Beijing', 'COP28', 'Kerry', 'talks']);
    // the highlight rules are in an adopted sheet of the page (CSP does not govern constructed sheets) and apply
    const styled = await p.evaluate(() => ({
      rule: document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(news-context-person)'))),
      decoration: getComputedStyle(document.getElementById('p1')!, '::highlight(news-context-person)').textDecorationLine,
    }));
    expect(styled.rule).toBe(true);
    expect(styled.decoration).not.toBe('none');

    const at = await firstPainted(p, 'person');
    await p.mouse.move(at!.x, at!.y);
    await expect.poll(async () => (await readCard(browser, p)).name, { timeout: 5_000 }).toBe('John Kerry');
    const looks = await cardLooks(p);
    expect(looks!.height).toBeGreaterThan(60);
    expect(looks!.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await p.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(violations).toEqual([]);
  });
});

describe('the page’s own highlights (row 4)', () => {
  it('are never touched: through a switch off and on and a navigation', async () => {
    const p = await open('/own-highlight.html');
    const intact = () => p.evaluate(() => (window as unknown as { __pageIntact(): boolean }).__pageIntact());
    const ours = () => p.evaluate(() => (window as unknown as { __ours(): number }).__ours());
    expect(await intact()).toBe(true);
    expect(await ours()).toBeGreaterThan(0);

    await switchAll(false);
    await expect.poll(ours, { timeout: 5_000 }).toBe(0);
    expect(await intact()).toBe(true);
    await switchAll(true);
    await expect.poll(ours, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await intact()).toBe(true);

    const scans = await markCount(p, 'scan-start');
    await p.evaluate(() => history.pushState({}, '', '/own-highlight-2.html'));
    await waitForMarks(p, 'scan-start', scans + 2); // at once, and again once the app has rendered
    await waitForMarks(p, 'painted', 1);
    expect(await intact()).toBe(true);
  });

  it('a page that clears the registry every 100 ms: ours come back a few times, then we stop (no fight loop)', async () => {
    const p = await open('/own-highlight.html');
    expectGaveUp(await p.evaluate<number[]>(CLEAR_REGISTRY_FOR_4_S));
    expect((await sendToTab(browser, p.url(), { type: 'findings' }) as { status: string }).status).toBe('ready');
  });
});

describe('without highlightsFromPoint (row 5)', () => {
  let plain: ExtensionSession;
  beforeAll(async () => {
    plain = await launchWithExtensionRetrying({ args: ['--disable-blink-features=HighlightsFromPoint'] });
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('hover finds the name through the caret position and opens its card, with no error', async () => {
    const p = await open('/csp.html', plain);
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    expect(await p.evaluate(() => typeof (CSS.highlights as unknown as { highlightsFromPoint?: unknown }).highlightsFromPoint)).toBe('undefined');
    const at = await firstPainted(p, 'person');
    await p.mouse.move(at!.x, at!.y);
    const r = await pollUntil(() => readCard(plain, p), (c) => c.name === 'John Kerry', 5_000);
    expect(r.value.name).toBe('John Kerry');
    expect(errors).toEqual([]);
  });
});
