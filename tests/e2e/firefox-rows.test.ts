/**
 * The reliability rows that apply to Firefox ESR, with the Firefox build (MV2) driven through WebDriver BiDi
 * (firefox.ts): painting is checked by reading `CSS.highlights` from the page (the registry belongs to the
 * document), waiting by polling, since Firefox has no CDP and our performance marks stay in the content
 * script's own timeline there.
 *   - row 3: text replaced, removed, split, wrapped in <font> and moved: no frame paints other text, and the
 *     names are painted again after;
 *   - row 4: the page's own highlight is kept, with its ranges and priority; a page clearing the registry every
 *     100 ms gets ours back a few times, then no more;
 *   - row 6: clobbering elements and patched prototypes: painted as the clean page is, and no patch reached;
 *   - row 7: the real pointer opens a name's card (read through BiDi); pointer events the page forges do not;
 *   - row 8: `all: unset !important` and hidden divs and tag: the card still shows, sized and on top;
 *   - row 10: corrupt stored settings: the popup says so, shows the defaults, and its switch still works;
 *   - row 11: a forged "newer copy started" event under the add-on's public id switches nothing off;
 *   - row 9: a strict CSP header and meta: painted, our rule applies, no violation;
 *   - row 12: a 2 MB page: every mention up to the cap found, the browser given those around the viewport;
 *   - row 13: a ticker outside the story: only the mentions on screen are registered while it ticks;
 *   - row 14: pushState repaints the new route, going back repaints the old one;
 *   - row 15: a page restored from the back/forward cache keeps its highlights and card, and follows changes;
 *   - row 17: a settings write the browser refuses (sync storage full): an alert, what is stored kept, then saved;
 *   - row 19: a site switched off and on again, across its tabs, another site left alone;
 *   - row 20: editors, inputs, code, translate="no", hidden text and shadow roots are left alone; a page
 *     that opts out is not painted.
 */
import { EVENT_WORDS } from '../../src/matching/event-refs';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID, launchFirefox, waitFor, type FirefoxSession } from './firefox';
import { FACT_BASE_FILE, FIREFOX_EXTENSION_DIR, FIREFOX_PATH } from './paths';
import { serveFixtures, type FixtureServer } from './server';
import { CLEAR_REGISTRY_FOR_4_S, expectGaveUp } from './registry-clearing';
import { SETTINGS_VERSION } from '../../src/settings/schema';
import { MAX_REGISTERED } from '../../src/page/highlights';
import { MAX_PAGE_MENTIONS } from '../../src/background/start';

const archive = JSON.parse(readFileSync(FACT_BASE_FILE, 'utf8')) as { entities: { name: string; aliases: string[] }[] };
/** Every form of a name the archive knows: all a painted range may show. */
const KNOWN = [...new Set([...archive.entities.flatMap((e) => [e.name, ...e.aliases]), ...EVENT_WORDS])];

const HEAD = '<meta charset="utf-8"><meta property="article:published_time" content="2023-11-10"><title>Talks</title>';
const STORY = `<article id="story">
<p id="p1">US climate envoy John Kerry met his Chinese counterpart Xie Zhenhua in Beijing before COP28.</p>
<p id="p2">Kerry said the talks were useful.</p>
</article>`;
const page = (head: string, body = STORY) => `<!doctype html><html lang="en"><head>${HEAD}${head}</head><body>${body}</body></html>`;
const CSP = "default-src 'none'; style-src 'none'; require-trusted-types-for 'script'";

const PAGES: Record<string, string | { body: string; headers: Record<string, string> }> = {
  '/story.html': page(''),
  '/own-highlight.html': page(`<style>::highlight(page-search) { background-color: yellow; }</style>
<script>
  document.addEventListener('DOMContentLoaded', () => {
    const text = document.getElementById('p2').firstChild;
    const r = new Range(); r.setStart(text, 0); r.setEnd(text, 5);
    window.__pageHighlight = new Highlight(r);
    window.__pageHighlight.priority = 3;
    CSS.highlights.set('page-search', window.__pageHighlight);
  });
</script>`),
  '/clobbered.html': page(
    `<form name="body"></form><img name="documentElement"><img name="querySelectorAll"><img name="querySelector">
<img name="createTreeWalker"><img name="createElement"><img name="createRange"><img name="getElementById">
<img name="adoptedStyleSheets"><img name="caretPositionFromPoint"><form name="head"></form>
<script>
  window.__patchErrors = 0;
  const fail = (what) => function () { window.__patchErrors++; throw new Error('page patch: ' + what); };
  Element.prototype.attachShadow = fail('attachShadow');
  Range.prototype.setStart = fail('setStart');
  Range.prototype.setEnd = fail('setEnd');
  Document.prototype.createRange = fail('createRange');
  CSS.highlights.set = fail('highlights.set');
</script>`,
  ),
  '/csp.html': { body: page(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`), headers: { 'content-security-policy': CSP } },
  '/spa.html': page(
    '',
    `${STORY}<script>
  window.__route = (path, html) => { history.pushState({ html: document.getElementById('story').innerHTML }, '', path); document.getElementById('story').innerHTML = html; };
  addEventListener('popstate', (e) => { if (e.state && e.state.html !== undefined) document.getElementById('story').innerHTML = e.state.html; else location.reload(); });
</script>`,
  ),
  '/skip.html': page(
    '',
    `<article id="story">
<p id="p1">US climate envoy John Kerry met Xie Zhenhua.</p>
<div contenteditable="true"><p>Joe Biden in an editor</p></div>
<textarea>Xi Jinping in a textarea</textarea><input value="Han Zheng in an input">
<pre><code>COP28 in code</code></pre>
<p translate="no">Beijing, not to be translated</p>
<p hidden>Joe Biden, hidden</p>
<div id="shadow-host"></div>
</article>
<script>document.getElementById('shadow-host').attachShadow({ mode: 'open' }).innerHTML = '<p>Xi Jinping in a shadow root</p>';</script>`,
  ),
  '/opt-out.html': page('<meta name="news-context" content="off">'),
  '/unset.html': page('<style>* { all: unset !important; } div { display: none !important; } news-context-card { display: none !important; }</style>'),
  // a story longer than the screen, and a ticker above it (outside the story) that the test starts
  // about 2 MB of story, the same three sentences over and over (row 12)
  '/big.html': page(
    '',
    `<article id="story">${Array.from({ length: 14_000 }, (_, i) => `<p>US climate envoy John Kerry met Xie Zhenhua in Beijing before COP28. Kerry said the talks were useful. Paragraph ${i} of the record, kept long on purpose.</p>`).join('\n')}</article>`,
  ),
  // cacheable, with a link away: a no-store page is never put in the back/forward cache
  '/bf-story.html': { body: page(''), headers: { 'cache-control': 'max-age=60' } },
  '/bf-other.html': { body: '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p>Elsewhere.</p></body></html>', headers: { 'cache-control': 'max-age=60' } },
  '/ticker.html': page(
    '',
    `<div id="ticker">0</div><article id="story">${Array.from({ length: 60 }, (_, i) => `<p>US climate envoy John Kerry met Xie Zhenhua in Beijing. Paragraph ${i}.</p>`).join('')}</article>
<script>window.__tick = (ms) => { const start = performance.now(); let n = 0;
  const t = setInterval(() => { document.getElementById('ticker').textContent = 'Update ' + (++n); if (performance.now() - start > ms) clearInterval(t); }, 10); };</script>`,
  ),
};

/** Our painted ranges' texts in document order, and whether each is still in the document. */
const READ = `(() => {
  const found = [];
  for (const [k, h] of CSS.highlights) if (k.startsWith('news-context-')) for (const r of h) found.push(r);
  found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return found.map((r) => r.toString());
})()`;

const hasFirefox = existsSync(FIREFOX_PATH);

describe.skipIf(!hasFirefox)('reliability rows in Firefox ESR', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;
  let tab: string;

  const until = waitFor;

  beforeAll(async () => {
    server = await serveFixtures({ pages: PAGES });
    firefox = await launchFirefox();
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    tab = await firefox.firstTab();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const painted = () => firefox.evaluate<string[]>(tab, READ);
  /** Polls until `ok` accepts what is painted. */
  const paintedUntil = (ok: (texts: string[]) => boolean, what: string, timeoutMs = 10_000) => until(painted, ok, what, timeoutMs);
  const same = (want: string[]) => (texts: string[]) => JSON.stringify(texts) === JSON.stringify(want);
  async function open(path: string, want?: string[]): Promise<string[]> {
    await firefox.navigate(tab, server.url(path));
    return paintedUntil(want ? same(want) : (t) => t.length > 0, `painting ${path}`);
  }
  // "talks": the talks the paragraph describes, between two of their participants (src/matching/event-refs.ts)
  const CLEAN = ['US', 'John Kerry', 'Xie Zhenhua', 'Beijing', 'COP28', 'Kerry', 'talks'];

  it('row 3: replaced, removed, split, <font>-wrapped and moved text: no frame paints other text, names are painted again', async () => {
    await open('/story.html', CLEAN);
    // every frame from here on: our ranges only ever show an archive name, on text still in the page
    await firefox.evaluate(
      tab,
      `(() => {
        const names = new Set(${JSON.stringify(KNOWN)});
        const bad = window.__bad = [];
        const frame = () => {
          for (const [k, h] of CSS.highlights) if (k.startsWith('news-context-')) for (const r of h) {
            const t = r.toString();
            if (bad.length < 20 && (!names.has(t) || !r.startContainer.isConnected)) bad.push(t);
          }
          requestAnimationFrame(frame);
        };
        frame();
        return 1;
      })()`,
    );
    // replaced: p1's text becomes other names
    await firefox.evaluate(tab, `(document.getElementById('p1').firstChild.data = 'Later Joe Biden called Xi Jinping from Beijing.', 1)`);
    // "the talks" stays an event: the page now names two participants of the archive's talks, days from them
    // (src/matching/event-refs.ts: "the <word>" before any named event)
    await paintedUntil(same(['Joe Biden', 'Xi Jinping', 'Beijing', 'Kerry', 'talks']), 'after replacing p1');
    // split inside a name, then wrapped in <font> (as a translator does), then moved to the top of the article
    await firefox.evaluate(
      tab,
      `(() => {
        const text = document.getElementById('p1').firstChild;
        const rest = text.splitText(text.data.indexOf('Biden') + 2);
        const font = document.createElement('font');
        text.parentNode.insertBefore(font, rest);
        font.append(rest);
        document.getElementById('story').prepend(document.getElementById('p2'));
        return 1;
      })()`,
    );
    await paintedUntil(same(['Kerry', 'talks', 'Joe Biden', 'Xi Jinping', 'Beijing']), 'after splitting, wrapping and moving');
    // removed
    await firefox.evaluate(tab, `(document.getElementById('p2').remove(), 1)`);
    await paintedUntil(same(['Joe Biden', 'Xi Jinping', 'Beijing']), 'after removing p2');
    expect(await firefox.evaluate<string[]>(tab, 'window.__bad')).toEqual([]);
  });

  it('row 4: the page’s own highlight keeps its ranges and priority while ours are painted', async () => {
    await open('/own-highlight.html', CLEAN);
    const own = await firefox.evaluate<{ same: boolean; size: number; text: string; priority: number }>(
      tab,
      `(() => { const h = CSS.highlights.get('page-search'); return { same: h === window.__pageHighlight, size: h.size, text: [...h][0].toString(), priority: h.priority }; })()`,
    );
    expect(own).toEqual({ same: true, size: 1, text: 'Kerry', priority: 3 });
  });

  it('row 4: a page that clears the registry every 100 ms: ours come back a few times, then we stop (no fight loop)', async () => {
    await open('/own-highlight.html', CLEAN);
    expectGaveUp(await firefox.evaluate<number[]>(tab, CLEAR_REGISTRY_FOR_4_S));
    // and a page that stops clearing is not painted again behind its back: we stopped
    expect(await firefox.evaluate<string[]>(tab, `new Promise((r) => setTimeout(() => r([...CSS.highlights.keys()].filter((k) => k.startsWith('news-context-'))), 1000))`)).toEqual([]);
  });

  it('row 6: with clobbering elements and patched prototypes, painted as the clean page is; no patch reached', async () => {
    await open('/clobbered.html', CLEAN);
    expect(await firefox.evaluate<number>(tab, 'window.__patchErrors')).toBe(0);
  });

  it('row 9: a strict CSP header and meta: painted, our rule applies, no violation', async () => {
    const preload = await firefox.send<{ script: string }>('script.addPreloadScript', {
      functionDeclaration: `() => { window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile)); }`,
    });
    try {
      await open('/csp.html', CLEAN);
      const styled = await firefox.evaluate<{ rule: boolean; violations: string[] }>(
        tab,
        `({ rule: document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(news-context-person)'))), violations: window.__violations })`,
      );
      // the browser's own favicon request is refused too (img-src 'none'): not ours
      expect({ ...styled, violations: styled.violations.filter((v) => !v.includes('/favicon.ico')) }).toEqual({ rule: true, violations: [] });
    } finally {
      await firefox.send('script.removePreloadScript', { script: preload.script });
    }
  });

  it('row 13: while the page changes ten times a second, even outside the story, only the mentions on screen are registered, and all again once it is quiet', async () => {
    const all = await open('/ticker.html');
    const total = (await paintedUntil((t) => t.length >= 240, 'the long story')).length;
    expect(all.length).toBeGreaterThan(0);
    const onScreen = `(() => { let n = 0, off = 0; for (const [k, h] of CSS.highlights) if (k.startsWith('news-context-')) for (const r of h) { n++; if (r.getBoundingClientRect().top > innerHeight) off++; } return { n, off }; })()`;
    await firefox.evaluate(tab, '(window.__tick(3000), 1)');
    const deadline = Date.now() + 3_000;
    let busy = { n: total, off: 0 };
    while (Date.now() < deadline && !(busy.n > 0 && busy.n < total)) {
      busy = await firefox.evaluate<{ n: number; off: number }>(tab, onScreen);
      if (!(busy.n > 0 && busy.n < total)) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(busy.n).toBeGreaterThan(0);
    expect(busy.n).toBeLessThan(total);
    expect(busy.off).toBe(0); // what is registered is on screen
    await paintedUntil((t) => t.length === total, 'quiet again', 10_000);
  });

  it('row 19: switching a site off clears every tab of it within a second, leaves another site alone, and on again repaints', async () => {
    // Whatever happens, the site is on again and the tabs are closed: a site left off, or a tab left in front
    // of the shared tab, would fail every later test here.
    const opened: string[] = [];
    let ext: string | undefined;
    const setRule = (on: boolean) =>
      firefox.evaluate(
        ext as string,
        `browser.storage.sync.get('settings').then((r) => browser.storage.sync.set({ settings: { ...(r.settings || {}), version: ${SETTINGS_VERSION}, sites: { '127.0.0.1': { on: ${on}, scope: 'host', updated: Date.now() } } } })).then(() => 1)`,
      );
    try {
      const a = await firefox.newTab();
      const b = await firefox.newTab();
      const other = await firefox.newTab();
      opened.push(a, b, other);
      const count = (context: string) => firefox.evaluate<number>(context, `(() => { let n = 0; for (const [k, h] of CSS.highlights) if (k.startsWith('news-context-')) n += h.size; return n; })()`);
      const until = async (ok: () => Promise<boolean>, what: string, timeoutMs: number) => {
        const deadline = Date.now() + timeoutMs;
        while (!(await ok())) {
          if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return Date.now();
      };
      await firefox.navigate(a, server.url('/story.html'));
      await firefox.navigate(b, server.url('/skip.html'));
      await firefox.navigate(other, server.url('/story.html').replace('127.0.0.1', 'localhost'));
      for (const t of [a, b, other]) await until(async () => (await count(t)) > 0, 'painted at first', 10_000);
      ext = await firefox.openExtensionPage('options.html');
      opened.push(ext);
      const t0 = Date.now();
      await setRule(false);
      const cleared = await until(async () => (await count(a)) + (await count(b)) === 0, 'both tabs of the site cleared', 3_000);
      expect(cleared - t0).toBeLessThan(1_500);
      expect(await count(other)).toBeGreaterThan(0);
      await setRule(true);
      await until(async () => (await count(a)) > 0 && (await count(b)) > 0, 'both tabs painted again', 5_000);
    } finally {
      if (ext) await setRule(true).catch(() => undefined);
      for (const t of opened) await firefox.send('browsingContext.close', { context: t }).catch(() => undefined);
    }
  });

  /** The centre of a painted name, in viewport coordinates. */
  const centreOf = (name: string) =>
    firefox.evaluate<{ x: number; y: number } | null>(
      tab,
      `(() => { for (const [k, h] of CSS.highlights) if (k.startsWith('news-context-')) for (const r of h) if (r.toString() === ${JSON.stringify(name)}) { const b = r.getBoundingClientRect(); return { x: Math.round(b.x + b.width / 2), y: Math.round(b.y + b.height / 2) }; } return null; })()`,
    );
  const pointerTo = (at: { x: number; y: number }) =>
    firefox.send('input.performActions', {
      context: tab,
      // from a corner first: a pointer already resting on the point (an earlier test's hover) would not move
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: 1, y: 1, duration: 0 }, { type: 'pointerMove', x: at.x, y: at.y, duration: 0 }] }],
    });
  /** Polls the card's text (its shadow root is closed: WebDriver BiDi reaches it) until it names `name`. */
  async function cardText(name: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      const { nodes } = await firefox.send<{ nodes: { value?: { shadowRoot?: { sharedId?: string } } }[] }>('browsingContext.locateNodes', {
        context: tab,
        locator: { type: 'css', value: 'news-context-card' },
      });
      const root = nodes[0]?.value?.shadowRoot?.sharedId;
      if (root) {
        const r = await firefox.send<{ result?: { value?: string } }>('script.callFunction', {
          functionDeclaration: '(root) => root.textContent',
          arguments: [{ sharedId: root }],
          target: { context: tab },
          awaitPromise: false,
        });
        text = r.result?.value ?? '';
        if (text.includes(name)) return text;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return text;
  }

  it('row 7: the real pointer on a name opens its card; pointer and mouse events the page dispatches there open none', async () => {
    await open('/story.html', CLEAN);
    const at = await centreOf('Xie Zhenhua');
    if (!at) throw new Error('"Xie Zhenhua" is not painted');
    const hosts = `[...document.documentElement.querySelectorAll('*')].filter((e) => e.tagName.startsWith('NEWS-CONTEXT')).length`;
    // forged: eight rounds of pointer and mouse events on the name, 50 ms apart (longer than a hover's dwell in all)
    await firefox.evaluate(
      tab,
      `(async () => {
        const target = document.elementFromPoint(${at.x}, ${at.y});
        const init = { clientX: ${at.x}, clientY: ${at.y}, bubbles: true, composed: true, cancelable: true };
        for (let i = 0; i < 8; i++) {
          for (const t of [target, document, window]) {
            t.dispatchEvent(new PointerEvent('pointerover', { ...init, pointerType: 'mouse' }));
            t.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
            t.dispatchEvent(new MouseEvent('mouseover', init));
            t.dispatchEvent(new MouseEvent('mousemove', init));
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return 1;
      })()`,
    );
    expect(await firefox.evaluate<number>(tab, hosts)).toBe(0);
    // the real pointer at the same point: the card opens, with the archive's background
    await pointerTo(at);
    expect(await cardText('Xie Zhenhua')).toContain('Xie Zhenhua');
  });

  it('row 11 (and issue 10): a forged "newer copy started" event under the add-on\'s public id switches nothing off', async () => {
    await open('/story.html', CLEAN);
    const type = `${GECKO_ID}:content:wxt:content-script-started`;
    await firefox.evaluate(
      tab,
      `(() => {
        const type = ${JSON.stringify(type)};
        for (const detail of [{ contentScriptName: 'content', messageId: 'x' }, { contentScriptName: 'content', messageId: String(Math.random()) }]) {
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.dispatchEvent(new CustomEvent(type, { detail }));
        }
        window.postMessage({ type, contentScriptName: 'content', messageId: 'y' }, '*');
        return 1;
      })()`,
    );
    // still at work: new text is painted and nothing painted was dropped, and the card still opens
    await firefox.evaluate(tab, `(document.getElementById('story').append(Object.assign(document.createElement('p'), { textContent: 'Later, Xie Zhenhua thanked John Kerry.' })), 1)`);
    await paintedUntil(same([...CLEAN, 'Xie Zhenhua', 'John Kerry']), 'new text after the forged events');
    const at = await centreOf('Xie Zhenhua');
    if (!at) throw new Error('"Xie Zhenhua" is not painted');
    await pointerTo(at);
    expect(await cardText('Xie Zhenhua')).toContain('Xie Zhenhua');
  });

  it('row 8: on a page that unsets every style and hides its divs and our tag, the card shows, sized and on top', async () => {
    await open('/unset.html', CLEAN);
    const at = await centreOf('John Kerry');
    if (!at) throw new Error('"John Kerry" is not painted');
    await pointerTo(at);
    expect(await cardText('John Kerry')).toContain('John Kerry');
    // the host is a 0×0 anchor; the card is the largest box inside its root
    const { nodes } = await firefox.send<{ nodes: { value?: { shadowRoot?: { sharedId?: string } } }[] }>('browsingContext.locateNodes', {
      context: tab,
      locator: { type: 'css', value: 'news-context-card' },
    });
    const measured = await firefox.send<{ result?: { value?: string } }>('script.callFunction', {
      functionDeclaration:
        '(root) => { let best = { x: 0, y: 0, w: 0, h: 0 }; for (const e of root.querySelectorAll("*")) { const b = e.getBoundingClientRect(); if (b.width * b.height > best.w * best.h) best = { x: b.x, y: b.y, w: b.width, h: b.height }; } return JSON.stringify(best); }',
      arguments: [{ sharedId: nodes[0]!.value!.shadowRoot!.sharedId! }],
      target: { context: tab },
      awaitPromise: false,
    });
    const box = JSON.parse(measured.result?.value ?? '{}') as { x: number; y: number; w: number; h: number };
    expect(box.w).toBeGreaterThan(150);
    expect(box.h).toBeGreaterThan(60);
    // on top of the page at the card's own place
    expect(await firefox.evaluate<string | undefined>(tab, `document.elementFromPoint(${Math.round(box.x + 20)}, ${Math.round(box.y + 20)})?.localName`)).toBe('news-context-card');
  });

  it('row 14: pushState repaints the new route, back repaints the old one', async () => {
    await open('/spa.html', CLEAN);
    await firefox.evaluate(tab, `(window.__route('/spa-b.html', '<p id="b1">Joe Biden called Xi Jinping.</p>'), 1)`);
    await paintedUntil(same(['Joe Biden', 'Xi Jinping']), 'after pushState');
    await firefox.evaluate(tab, '(history.back(), 1)');
    await paintedUntil(same(CLEAN), 'after going back');
  });

  it('row 20: editors, inputs, code, translate="no", hidden text and shadow roots are left alone; an opted-out page is not painted', async () => {
    await open('/skip.html', ['US', 'John Kerry', 'Xie Zhenhua']);
    // the opted-out page: the same story, nothing painted once the clean story has been (the script is alive)
    await open('/story.html', CLEAN);
    await firefox.navigate(tab, server.url('/opt-out.html'));
    const ping = `browser.tabs.query({}).then((tabs) => Promise.all(tabs.map((t) => browser.tabs.sendMessage(t.id, { type: 'findings' }).catch(() => null)))).then((a) => a.filter(Boolean))`;
    const ext = await firefox.openExtensionPage('options.html');
    // the content script has answered on the opted-out page: it has decided, and painted nothing
    const deadline = Date.now() + 10_000;
    let answers: unknown[] = [];
    while (Date.now() < deadline && answers.length === 0) {
      answers = await firefox.evaluate<unknown[]>(ext, ping);
      if (answers.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answers).toEqual([expect.objectContaining({ status: 'off', entities: [] })]);
    expect(await painted()).toEqual([]);
  });

  /**
   * The story painted, an extension page (options) and the popup describing the story's tab (the first one: an
   * extension page may not read tab addresses); `prepare` runs on the extension page before the popup opens.
   * Afterwards the settings are cleared, the extra tabs closed and the story painted again, for the tests after.
   */
  async function withPopup(
    prepare: (ext: string) => Promise<unknown>,
    body: (ext: string, popup: string, text: (testId: string) => Promise<string | null>) => Promise<void>,
  ): Promise<void> {
    const opened: string[] = [];
    let ext: string | undefined;
    try {
      await open('/story.html', CLEAN);
      ext = await firefox.openExtensionPage('options.html');
      opened.push(ext);
      await prepare(ext);
      const storyTab = await firefox.evaluate<number>(ext, `browser.tabs.query({ index: 0, currentWindow: true }).then((t) => t[0].id)`);
      const popup = await firefox.openExtensionPage(`popup.html?tab=${storyTab}`);
      opened.push(popup);
      await body(ext, popup, (testId) => firefox.evaluate<string | null>(popup, `document.querySelector('[data-testid="${testId}"]')?.textContent ?? null`));
    } finally {
      if (ext) await firefox.evaluate(ext, `browser.storage.sync.clear().then(() => 1)`).catch(() => undefined);
      for (const t of opened) await firefox.send('browsingContext.close', { context: t }).catch(() => undefined);
    }
    await open('/story.html', CLEAN);
  }

  it('row 10: corrupt stored settings: the popup says so and shows the defaults, and its switch still works', async () => {
    await withPopup(
      (ext) => firefox.evaluate(ext, `browser.storage.sync.set({ settings: 'garbage' }).then(() => 1)`),
      async (ext, popup, text) => {
        await until(() => text('settings-problems'), (t) => t === 'The stored settings were not valid, so all were reset to the defaults.', 'the notice');
        expect(await text('site-switch')).toBe('On for 127.0.0.1');
        await until(() => text('found-person'), (t) => !!t?.includes('John Kerry'), 'the names found');

        await firefox.evaluate(popup, `(document.querySelector('[data-testid="site-switch"]').click(), 1)`);
        await until(() => text('site-switch'), (t) => t === 'Off for 127.0.0.1', 'the switch after a click');
        const stored = await until(
          () => firefox.evaluate<{ version?: number; sites?: Record<string, { on: boolean }> } | null>(ext, `browser.storage.sync.get('settings').then((r) => r.settings ?? null)`),
          (v) => typeof v === 'object' && v?.sites?.['127.0.0.1']?.on === false,
          'valid settings stored',
        );
        expect(stored).toMatchObject({ version: SETTINGS_VERSION, enabled: true });
        await paintedUntil((t) => t.length === 0, 'the story tab cleared');
        expect(await firefox.evaluate<number>(popup, `document.querySelectorAll('[role="alert"]').length`)).toBe(0);
      },
    );
  });

  it('row 17: a settings write the browser refuses (sync storage full) gives an alert and keeps what is stored; with room again the click is saved', async () => {
    await withPopup(
      (ext) => firefox.evaluate(ext, `browser.storage.sync.clear().then(() => 1)`),
      async (ext, popup, text) => {
        const alert = () => firefox.evaluate<string | null>(popup, `document.querySelector('[role="alert"]')?.textContent ?? null`);
        await until(() => text('site-switch'), (t) => t === 'On for 127.0.0.1', 'the switch at first');

        // someone else's data fills storage.sync (QUOTA_BYTES 102,400), so the next write of the settings fails
        const filled = await firefox.evaluate<number>(
          ext,
          `(async () => { let n = 0; for (const size of [8000, 1000, 100, 10]) for (;;) { try { await browser.storage.sync.set({ ['filler' + n]: 'x'.repeat(size) }); n++; } catch { break; } } return n; })()`,
        );
        expect(filled).toBeGreaterThan(5);
        await firefox.evaluate(popup, `(document.querySelector('[data-testid="site-switch"]').click(), 1)`);
        await until(alert, (t) => !!t && /^Settings not saved: the browser's sync storage is full\. Your previous settings are kept\./.test(t), 'the alert');
        expect(await text('site-switch')).toBe('On for 127.0.0.1');
        expect(await firefox.evaluate<unknown>(ext, `browser.storage.sync.get('settings').then((r) => r.settings ?? null)`)).toBeNull();
        expect((await painted()).length).toBeGreaterThan(0);

        // room again: the same click is saved, and the alert goes
        await firefox.evaluate(ext, `browser.storage.sync.remove(Array.from({ length: ${filled} }, (_, i) => 'filler' + i)).then(() => 1)`);
        await firefox.evaluate(popup, `(document.querySelector('[data-testid="site-switch"]').click(), 1)`);
        await until(() => text('site-switch'), (t) => t === 'Off for 127.0.0.1', 'the switch after room was made', 8_000);
        expect(await alert()).toBeNull();
        await paintedUntil((t) => t.length === 0, 'the story tab cleared');
      },
    );
  });

  it('row 15: a page restored from the back/forward cache keeps its highlights, its card opens, and a later change is painted', async () => {
    // Firefox may decline to keep a page in the cache for reasons of its own (seen once in a full suite run):
    // the trip away and back is tried up to three times; a page our script made ineligible would fail all three
    let before: string[] = [];
    let state: { kept?: boolean; restored?: boolean; path: string } = { path: '' };
    for (let attempt = 0; attempt < 3 && state.restored !== true; attempt++) {
      before = await open('/bf-story.html', CLEAN);
      await firefox.evaluate(tab, `(window.__kept = true, addEventListener('pageshow', (e) => (window.__restored = e.persisted)), 1)`);
      await firefox.navigate(tab, server.url('/bf-other.html'));
      await firefox.send('browsingContext.traverseHistory', { context: tab, delta: -1 });
      // shown again: restored from the cache (the window and what the page kept in it are the same), or loaded anew
      state = await until(
        () => firefox.evaluate<{ kept?: boolean; restored?: boolean; path: string; ready: string }>(tab, `({ kept: window.__kept, restored: window.__restored, path: location.pathname, ready: document.readyState })`),
        (v) => v.path === '/bf-story.html' && (v.restored !== undefined || (v.kept === undefined && v.ready === 'complete')),
        'the page shown again',
      ).then(({ ready: _, ...v }) => v);
    }
    expect(state, 'restored from the back/forward cache in one of three tries').toEqual({ kept: true, restored: true, path: '/bf-story.html' });
    expect(await painted()).toEqual(before);
    const at = await centreOf('John Kerry');
    expect(at).not.toBeNull();
    await pointerTo(at!);
    expect(await cardText('John Kerry')).toContain('John Kerry');
    await firefox.evaluate(tab, `(document.getElementById('story').append(Object.assign(document.createElement('p'), { textContent: 'Xi Jinping, later.' })), 1)`);
    await paintedUntil((t) => t.includes('Xi Jinping'), 'the new text painted');
  });

  it('row 12: a 2 MB page gets every mention up to the cap, and the browser is given those around the viewport', async () => {
    await firefox.navigate(tab, server.url('/big.html'));
    const ext = await firefox.openExtensionPage('options.html');
    try {
      const storyTab = await firefox.evaluate<number>(ext, `browser.tabs.query({ index: 0, currentWindow: true }).then((t) => t[0].id)`);
      // (on a loaded machine the tab may take longer than one BiDi command's wait to answer while it reads two
      // megabytes: a command that times out is "not yet", the deadline below still bounds the wait)
      const total = await until(
        () => firefox.evaluate<number>(ext, `browser.tabs.sendMessage(${storyTab}, { type: 'findings' }).then((f) => f.status === 'ready' ? f.entities.reduce((n, e) => n + e.count, 0) : -1).catch(() => -1)`).catch(() => -1),
        (n) => n === MAX_PAGE_MENTIONS,
        'the mentions found',
        60_000,
      );
      expect(total).toBe(MAX_PAGE_MENTIONS);
      const registered = await until(() => painted().catch((): string[] => []), (t) => t.length === MAX_REGISTERED, 'the ranges given to the browser', 30_000);
      // the top of the story is among them
      expect(registered.slice(0, 3)).toEqual(['US', 'John Kerry', 'Xie Zhenhua']);
    } finally {
      await firefox.send('browsingContext.close', { context: ext }).catch(() => undefined);
    }
  }, 120_000);
});
