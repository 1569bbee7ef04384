/**
 * Reliability row 10, the archive's text, in Firefox ESR: the hostile fact base of hostile-archive-data.ts in a
 * copy of the Firefox build. Hovering a name (the real pointer, through WebDriver BiDi) opens its card, which
 * shows the description, facts, headlines and related names as literal text: no element or attribute comes from
 * them (no img, script, foreign link or on* handler), no handler ran in the page, and a name carrying bidi
 * overrides sits in <bdi>. The card's shadow root is closed; BiDi reaches it. The popup lists the page's names
 * and its search finds an archive name as literal text, with no element, handler or script from the archive.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWithFactBase, type ExtensionCopy } from './extension-with-fact-base';
import { launchFirefox, waitFor, type FirefoxSession } from './firefox';
import { FACT, FACT_BASE, HOSTILE_NAME, IMG, PAGE, RLO } from './hostile-archive-data';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH } from './paths';
import { serveFixtures, type FixtureServer } from './server';

/** The card's own links: into the archive pages, an entity or an article, with the id encoded. */
const ARCHIVE_LINK = /^moz-extension:\/\/[0-9a-f-]{36}\/archive\.html#\/(entity|article)\/[\w%.~-]+(\/s-[0-9a-z]+)?$/;

interface CardDom {
  texts: string[];
  elements: string[];
  attributes: string[];
  bdi: string[];
}

describe.skipIf(!existsSync(FIREFOX_PATH))('hostile archive text in Firefox ESR (row 10)', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;
  let copy: ExtensionCopy;
  let tab: string;

  beforeAll(async () => {
    server = await serveFixtures({ pages: { '/story.html': PAGE } });
    copy = await extensionWithFactBase(FACT_BASE, FIREFOX_EXTENSION_DIR);
    firefox = await launchFirefox();
    await firefox.installExtension(copy.dir);
    tab = await firefox.firstTab();
  });
  afterAll(async () => {
    await firefox?.close();
    await copy?.remove();
    await server?.close();
  });

  /** Everything inside the card's closed shadow root: text nodes, elements (links with their href), attributes, <bdi> texts. */
  async function cardDom(): Promise<CardDom | null> {
    const { nodes } = await firefox.send<{ nodes: { value?: { shadowRoot?: { sharedId?: string } } }[] }>('browsingContext.locateNodes', {
      context: tab,
      locator: { type: 'css', value: 'news-context-card' },
    });
    const root = nodes[0]?.value?.shadowRoot?.sharedId;
    if (!root) return null;
    const r = await firefox.send<{ result?: { value?: string } }>('script.callFunction', {
      functionDeclaration: `(root) => {
        const out = { texts: [], elements: [], attributes: [], bdi: [] };
        const walk = (n) => {
          if (n.nodeType === 3) out.texts.push(n.nodeValue);
          if (n.nodeType === 1) {
            out.elements.push(n.nodeName === 'A' && n.hasAttribute('href') ? 'A ' + n.getAttribute('href') : n.nodeName);
            for (const a of n.attributes) out.attributes.push(a.name + '=' + a.value);
            if (n.nodeName === 'BDI') out.bdi.push(n.textContent);
          }
          if (n.nodeName !== 'STYLE') for (const c of n.childNodes) walk(c);
        };
        walk(root);
        return JSON.stringify(out);
      }`,
      arguments: [{ sharedId: root }],
      target: { context: tab },
      awaitPromise: false,
    });
    return r.result?.value ? (JSON.parse(r.result.value) as CardDom) : null;
  }

  it('the card shows the description, facts, headlines and related names as literal text, and runs nothing', async () => {
    await firefox.navigate(tab, server.url('/story.html'));
    const centre = `(() => { for (const [k, h] of CSS.highlights) if (k.startsWith('news-context-')) for (const r of h) if (r.toString() === 'Ilse Brandvold') { const b = r.getBoundingClientRect(); return { x: Math.round(b.x + b.width / 2), y: Math.round(b.y + b.height / 2) }; } return null; })()`;
    const at = await waitFor(() => firefox.evaluate<{ x: number; y: number } | null>(tab, centre), (p) => p !== null, 'Ilse Brandvold painted');
    await firefox.send('input.performActions', {
      context: tab,
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: 1, y: 1, duration: 0 }, { type: 'pointerMove', x: at!.x, y: at!.y, duration: 0 }] }],
    });
    const dom = await waitFor(cardDom, (d) => !!d?.texts.join('').includes(FACT), "the card with the fact's text");
    const text = dom!.texts.join('');
    expect(text).toContain(`${IMG} ferry minister ${RLO}`);
    expect(text).toContain(FACT);
    expect(text).toContain(`Harbour pact ${IMG} ${RLO}`);
    expect(text).toContain(HOSTILE_NAME);
    const ourLink = (e: string) => e.startsWith('A ') && ARCHIVE_LINK.test(e.slice(2));
    expect(dom!.elements.filter((e) => ['IMG', 'SCRIPT', 'A', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.split(' ')[0]!) && !ourLink(e))).toEqual([]);
    expect(dom!.attributes.filter((a) => /^on/i.test(a) || /javascript:/i.test(a) || (/^(src|href)=/i.test(a) && !ARCHIVE_LINK.test(a.slice(5))))).toEqual([]);
    // a name with a bidi override is isolated, so it cannot reorder what follows it
    expect(dom!.bdi).toContain(HOSTILE_NAME);
    expect(await firefox.evaluate<unknown>(tab, 'window.__pwned ?? null')).toBeNull();
  });

  it('the popup lists and finds the names as literal text, and runs nothing', async () => {
    await firefox.navigate(tab, server.url('/story.html'));
    await waitFor(() => firefox.evaluate<number>(tab, `[...CSS.highlights.keys()].filter((k) => k.startsWith('news-context-')).length`), (n) => n > 0, 'the story painted');
    const opened: string[] = [];
    try {
      const ext = await firefox.openExtensionPage('options.html');
      opened.push(ext);
      const storyTab = await firefox.evaluate<number>(ext, `browser.tabs.query({ index: 0, currentWindow: true }).then((t) => t[0].id)`);
      const popup = await firefox.openExtensionPage(`popup.html?tab=${storyTab}`);
      opened.push(popup);
      await waitFor(() => firefox.evaluate<string | null>(popup, `document.querySelector('[data-testid="found-person"]')?.textContent ?? null`), (t) => !!t?.includes('Ilse Brandvold'), 'the names found');
      // (not on the page: only the search can show it)
      expect(await firefox.evaluate<string>(popup, `document.querySelector('main')?.textContent ?? ''`)).not.toContain(HOSTILE_NAME);
      // typed as a reader would: the value, then the input event the search listens to
      await firefox.evaluate(popup, `(() => { const s = document.querySelector('[role="searchbox"], input[type="search"]'); s.focus(); s.value = 'Harbour Authority'; s.dispatchEvent(new Event('input', { bubbles: true })); return 1; })()`);
      await waitFor(() => firefox.evaluate<string>(popup, `document.querySelector('main')?.textContent ?? ''`), (t) => t.includes(HOSTILE_NAME), 'the search result');
      const popupDom = await firefox.evaluate<{ bdi: string[]; elements: string[]; handlers: string[]; pwned: unknown }>(
        popup,
        `({
          bdi: [...document.querySelectorAll('bdi')].map((b) => b.textContent),
          elements: [...document.querySelectorAll('img, script, iframe, object, embed, a[href^="javascript:" i]')].map((e) => e.outerHTML),
          handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.nodeName + ' ' + a.name)),
          pwned: window.__pwned ?? null,
        })`,
      );
      expect(popupDom.bdi).toContain(HOSTILE_NAME);
      // the popup's own bundle is a module script; anything else would have come from the text
      expect(popupDom.elements.filter((e) => !/^<script type="module"[^>]* src="\/[^"]+"><\/script>$/.test(e))).toEqual([]);
      expect(popupDom.handlers).toEqual([]);
      expect(popupDom.pwned).toBeNull();
      expect(await firefox.evaluate<unknown>(tab, 'window.__pwned ?? null')).toBeNull();
    } finally {
      for (const t of opened) await firefox.send('browsingContext.close', { context: t }).catch(() => undefined);
    }
  });
});
