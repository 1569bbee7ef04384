/**
 * Real Chromium with the built extension (.output/chrome-mv3), for e2e tests and scripts/demo.ts.
 *
 *   const server = await serveFixtures({ pages: { '/a.html': html } });
 *   const browser = await launchWithExtension();
 *   const page = await browser.context.newPage();
 *   await page.goto(server.url('/a.html'));
 *   await waitForContentScript(browser, page.url());
 *   ...
 *   await browser.close();   // first: the browser holds keep-alive connections to the server
 *   await server.close();
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startNetworkTrap, watchRequests, type NetworkTrap, type RequestLog } from './network';
import type { Findings } from '../../src/messaging/protocol';
import { CHROME_EXTENSION_DIR, CHROMIUM_PATH } from './paths';

export { serveFixtures, type FixtureServer } from './server';
export { isLocal } from './network';

/** The extension APIs the helpers call inside the browser (functions passed to evaluate run there, not in Node). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> } };
};

/** Quiet Chromium: no background traffic of its own, so any request seen is ours or the page's. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchOptions {
  /** Load the unpacked extension from this folder; false for a plain browser. Default: the Chrome build. */
  extension?: string | false;
  /** Default true. A visible window needs a display. */
  headless?: boolean;
  /** Route non-loopback traffic to a recording trap proxy (see network.ts). Default true. */
  trap?: boolean;
  viewport?: { width: number; height: number };
  /** More Chromium flags. */
  args?: string[];
  /**
   * A user data dir to use and keep (a browser restart is a second launch with the same dir). Default: a
   * fresh temporary profile, removed on close.
   */
  profile?: string;
  /** Playwright's default flags to leave out, e.g. '--disable-back-forward-cache' for a bfcache test. */
  ignoreDefaultArgs?: string[];
}

export interface ChromiumSession {
  context: BrowserContext;
  /** Requests reported by the context since launch. */
  requests: RequestLog;
  trap: NetworkTrap | undefined;
  /** Every request that tried to leave the machine, from both witnesses (the browser's own known ones left out). */
  externalRequests(): string[];
  /** Closes the browser, the trap and the temporary profile. Close fixture servers after this. */
  close(): Promise<void>;
}

export interface ExtensionSession extends ChromiumSession {
  extensionId: string;
  /** The extension's service worker (its background context). */
  worker: Worker;
  /** chrome-extension://<id>/<file> */
  extensionUrl(file: string): string;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const extension = options.extension ?? CHROME_EXTENSION_DIR;
  const trap = options.trap === false ? undefined : await startNetworkTrap();
  const keepProfile = options.profile !== undefined;
  const profile = options.profile ?? (await mkdtemp(path.join(tmpdir(), 'news-context-chromium-')));
  const args = [...QUIET_FLAGS, ...(trap?.args ?? []), ...(options.args ?? [])];
  if (extension) args.push(`--disable-extensions-except=${path.resolve(extension)}`, `--load-extension=${path.resolve(extension)}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args,
      ...(options.ignoreDefaultArgs ? { ignoreDefaultArgs: options.ignoreDefaultArgs } : {}),
      viewport: options.viewport ?? { width: 1200, height: 800 },
    });
  } catch (err) {
    await trap?.close();
    if (!keepProfile) await rm(profile, { recursive: true, force: true });
    throw err;
  }
  const requests = watchRequests(context);
  return {
    context,
    requests,
    trap,
    externalRequests: () => [...requests.external, ...(trap?.unexpected() ?? [])],
    async close() {
      await context.close().catch(() => {});
      await trap?.close();
      if (!keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium with the extension loaded; resolves once its service worker runs. */
export async function launchWithExtension(options: Omit<LaunchOptions, 'extension'> & { extension?: string } = {}): Promise<ExtensionSession> {
  const session = await launchChromium(options);
  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker = session.context.serviceWorkers().find(isOurs) ?? (await session.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }));
    const extensionId = new URL(worker.url()).host;
    return { ...session, worker, extensionId, extensionUrl: (file) => `chrome-extension://${extensionId}/${file.replace(/^\//, '')}` };
  } catch (err) {
    await session.close();
    throw err;
  }
}

/** Opens one of the extension's pages (popup.html, options.html) in a tab. */
export async function openExtensionPage(session: ExtensionSession, file: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl(file));
  return page;
}

/**
 * Opens the popup page in a tab of its own, describing the tab that shows `url` (`popup.html?tab=<id>`):
 * a popup opened from the toolbar describes the active tab, which a popup in a tab cannot be.
 */
export async function openPopupFor(session: ExtensionSession, url: string): Promise<Page> {
  const { tabId } = (await pingTabs(session)).find((a) => (a.response as { url?: unknown } | undefined)?.url === url) ?? {};
  if (tabId === undefined) throw new Error(`no content script in the tab showing ${url}`);
  return openExtensionPage(session, `popup.html?tab=${tabId}`);
}

/** Sends a runtime message from an extension page, as the popup does, and returns the background's answer. */
export function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/**
 * Pings the content script in every tab, from the service worker, as the popup and background will.
 * Tabs without a content script (extension pages, about:blank) are left out.
 */
export function pingTabs(session: ExtensionSession): Promise<{ tabId: number; response: unknown }[]> {
  return session.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return undefined;
        try {
          return { tabId: tab.id, response: await chrome.tabs.sendMessage(tab.id, { type: 'ping' }) };
        } catch {
          return undefined; // "Receiving end does not exist": no content script in that tab (yet)
        }
      }),
    );
    return answers.filter((a) => a !== undefined);
  });
}

/**
 * Waits until the content script in the tab showing `url` answers a ping (it starts at document_idle,
 * which can come after Playwright's `load`). Returns its answer.
 */
export async function waitForContentScript(session: ExtensionSession, url: string, timeoutMs = 10_000): Promise<{ ok: true; url: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = (await pingTabs(session)).find((a) => (a.response as { url?: unknown } | undefined)?.url === url);
    if (hit) return hit.response as { ok: true; url: string };
    if (Date.now() > deadline) throw new Error(`no content script answered in the tab showing ${url} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sends a message to the content script of the tab showing `url`, from the service worker (as the popup will). */
export async function sendToTab(session: ExtensionSession, url: string, message: unknown): Promise<unknown> {
  const { tabId } = (await pingTabs(session)).find((a) => (a.response as { url?: unknown } | undefined)?.url === url) ?? {};
  if (tabId === undefined) throw new Error(`no content script in the tab showing ${url}`);
  return session.worker.evaluate(({ id, m }) => chrome.tabs.sendMessage(id, m), { id: tabId, m: message });
}

/** The page's findings once the content script has scanned it and the background has looked for unknown names. */
export async function waitForFindings(session: ExtensionSession, url: string, timeoutMs = 10_000): Promise<Findings> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const f = (await sendToTab(session, url, { type: 'findings' }).catch(() => undefined)) as Findings | undefined;
    // asking for the findings starts the look for names not in the archive; `detecting` is set until it is done
    if (f && f.status !== 'scanning' && !f.detecting) return f;
    if (Date.now() > deadline) throw new Error(`the page at ${url} was not scanned within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The centre of the first painted range of a highlight type (light or dark page), in viewport coordinates (read in the page). */
export function firstPainted(page: Page, type: string): Promise<{ x: number; y: number; text: string } | undefined> {
  return page.evaluate((name) => {
    const all = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const h = all.get(name)?.size ? all.get(name) : all.get(`${name}-dark`);
    const range = h && [...h][0];
    if (!range) return undefined;
    const r = range.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, text: range.toString() };
  }, `news-context-${type}`);
}

/** Hovers the first painted mention reading `text`, scrolled into view (throws when none is); the caller waits for the card. */
export async function hoverMark(page: Page, text: string): Promise<void> {
  const at = await page.evaluate((wanted) => {
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!name.startsWith('news-context-')) continue;
      const range = [...h].find((r) => r.toString() === wanted);
      if (range) {
        let r = range.getBoundingClientRect();
        if (r.top < 0 || r.bottom > innerHeight) {
          range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
          r = range.getBoundingClientRect();
        }
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
    }
    return undefined;
  }, text);
  if (!at) throw new Error(`"${text}" is not marked`);
  await page.mouse.move(at.x, at.y);
}

/** What our card shows, read through CDP: its shadow root is closed, so neither the page nor Playwright's locators see inside. */
export interface CardReading {
  /** Whether our host element (`news-context-card`, or its random-suffix fallback) is in the page. */
  host: boolean;
  /** Whether the card is shown (its frame is not hidden and holds a card). */
  open: boolean;
  /** The card's heading (the entity's name); '' when closed. */
  name: string;
  /** All the card's text, ' | ' between text nodes; '' when closed. */
  text: string;
}

/** A node of CDP's `DOM.getDocument` tree (closed shadow roots included with `pierce`). */
export interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  /** Flat [name, value, name, value, ...]. */
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** A node's shadow roots, then its children. */
export const cdpKids = (n: CdpNode): CdpNode[] => [...(n.shadowRoots ?? []), ...(n.children ?? [])];
const cdpAttr = (n: CdpNode, name: string): string | undefined => {
  const a = n.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};
const cdpClasses = (n: CdpNode): string[] => (cdpAttr(n, 'class') ?? '').split(/\s+/).filter(Boolean);
function cdpFind(n: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(n)) return n;
  for (const c of cdpKids(n)) {
    const hit = cdpFind(c, test);
    if (hit) return hit;
  }
  return undefined;
}
function cdpText(n: CdpNode, out: string[] = []): string[] {
  if (n.nodeType === 3 && n.nodeValue?.trim()) out.push(n.nodeValue.trim());
  if (n.nodeName !== 'STYLE') for (const c of cdpKids(n)) cdpText(c, out);
  return out;
}

/**
 * Reads our card out of its closed shadow root with CDP `DOM.getDocument({ depth: -1, pierce: true })`.
 * Works with any Chromium session (with or without the extension): no host gives `{ host: false, open: false }`.
 */
export async function readCard(session: ChromiumSession, page: Page): Promise<CardReading> {
  const host = await readCardHost(session, page);
  if (!host) return { host: false, open: false, name: '', text: '' };
  const frame = cdpFind(host, (n) => n.nodeType === 1 && cdpClasses(n).includes('frame'));
  const card = frame && cdpFind(frame, (n) => n.nodeType === 1 && cdpClasses(n).includes('card'));
  if (!frame || !card || cdpAttr(frame, 'hidden') !== undefined) return { host: true, open: false, name: '', text: '' };
  const heading = cdpFind(card, (n) => n.nodeName === 'H2');
  return { host: true, open: true, name: heading ? cdpText(heading).join(' ') : '', text: cdpText(card).join(' | ') };
}

/** Our card host and everything in its closed shadow root, through CDP `DOM.getDocument({ pierce: true })`. */
export async function readCardHost(session: ChromiumSession, page: Page): Promise<CdpNode | undefined> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return cdpFind(root, (n) => n.nodeType === 1 && n.nodeName.startsWith('NEWS-CONTEXT-CARD'));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The in-page list of names (mention-list.tsx), read like the card: through CDP, from the closed root. */
export interface ListReading {
  open: boolean;
  /** Each name's accessible label ("Name, person, 2 mentions"), in the order shown. */
  entries: string[];
  /** The heading of the card shown inside the list, '' when the list shows names. */
  card: string;
}

export async function readList(session: ChromiumSession, page: Page): Promise<ListReading> {
  const host = await readCardHost(session, page);
  const frame = host && cdpFind(host, (n) => n.nodeType === 1 && cdpClasses(n).includes('list-frame'));
  const list = frame && cdpAttr(frame, 'hidden') === undefined && cdpFind(frame, (n) => n.nodeType === 1 && cdpClasses(n).includes('list'));
  if (!list) return { open: false, entries: [], card: '' };
  const entries: string[] = [];
  const walk = (n: CdpNode) => {
    if (n.nodeType === 1 && cdpAttr(n, 'data-entry') !== undefined) entries.push(cdpAttr(n, 'aria-label') ?? '');
    cdpKids(n).forEach(walk);
  };
  walk(list);
  const card = cdpFind(list, (n) => n.nodeType === 1 && cdpClasses(n).includes('card'));
  const heading = card && cdpFind(card, (n) => n.nodeName === 'H2');
  return { open: true, entries, card: heading ? cdpText(heading).join(' ') : '' };
}

/** One painted range, read in the page. */
export interface PaintedRange {
  /** person, organization, place or event (the highlight's name without `news-context-`). */
  type: string;
  /** What the range paints: `range.toString()`. */
  text: string;
  /** The id of the nearest element with an id around the range's start ('' if none). */
  block: string;
  /** Centre of the range's first line box, in viewport coordinates. */
  x: number;
  y: number;
}

/** Every range in our highlights (`news-context-*` in `CSS.highlights`), in document order. */
export function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const found: { range: Range; type: string }[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights) {
      if (!name.startsWith('news-context-')) continue;
      // a dark page's names end in -dark (src/page/theme.ts: highlightName)
      for (const r of h) if (r instanceof Range) found.push({ range: r, type: name.slice('news-context-'.length).replace(/-dark$/, '') });
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ range, type }) => {
      const start = range.startContainer;
      const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
      const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { type, text: range.toString(), block: el?.closest('[id]')?.id ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
  });
}

/**
 * Every range in our highlights with the text of the block it sits in (its nearest ancestor that is not laid out
 * inline): what `npm run quality:pages` and the real-pages test compare with a page's story. No local
 * functions inside: tsx, which runs the scripts, would wrap them in a helper the page does not have.
 */
export function markedBlocks(page: Page): Promise<{ text: string; block: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; block: string }[] = [];
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights) {
      if (!name.startsWith('news-context-')) continue;
      for (const r of h) {
        if (!(r instanceof Range)) continue;
        let el: Element | null = r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement;
        while (el?.parentElement && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
        out.push({ text: r.toString(), block: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000) });
      }
    }
    return out;
  });
}

/** Our highlight names registered in the page (`news-context-*`), whatever they hold. */
export function ourHighlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((n) => n.startsWith('news-context-')).sort());
}

/**
 * Fills `storage.sync` up to its quota (QUOTA_BYTES: 102,400) with someone else's data, from the service
 * worker, so the extension's next write of its settings is refused by the browser itself. Returns the
 * number of filler items written (`chrome.storage.sync.clear()` frees them).
 */
export function fillSyncStorage(session: ExtensionSession): Promise<number> {
  return session.worker.evaluate(async () => {
    let n = 0;
    for (const size of [8000, 1000, 100, 10]) {
      for (;;) {
        try {
          await chrome.storage.sync.set({ [`filler${n}`]: 'x'.repeat(size) });
          n++;
        } catch {
          break;
        }
      }
    }
    return n;
  });
}

/** Polls `read` until `ok` accepts its value or `timeoutMs` passes; returns the last value and whether it was accepted. */
export async function pollUntil<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5_000, everyMs = 50): Promise<{ value: T; ok: boolean; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return { value, ok: true, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) return { value, ok: false, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * launchWithExtension, tried again once when the service worker does not start: on a shared, loaded machine
 * (or while another build rewrites .output/) the first start can miss the 10 s wait. A second failure is thrown.
 */
export async function launchWithExtensionRetrying(options: Parameters<typeof launchWithExtension>[0] = {}): Promise<ExtensionSession> {
  try {
    return await launchWithExtension(options);
  } catch (err) {
    console.warn(`launchWithExtension failed once, trying again: ${String(err).split('\n')[0]}`);
    return launchWithExtension(options);
  }
}

/**
 * Stops the extension's service worker, as Chromium does after 30 s idle: through CDP from one of the
 * extension's own pages (ServiceWorker.stopAllWorkers acts on that page's storage partition). Resolves once
 * the worker reports `stopped`; the next event or message starts it again.
 */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const page = await openExtensionPage(session, 'options.html');
  const cdp = await session.context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
        if (e.versions.some((v) => v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * How many times the content script has set the performance mark `news-context:<name>` on this page
 * (src/page: scan-start, extracted, first-painted, painted, card-requested, card-shown, settings...). The
 * marks are set in the content script's world but land in the page's one performance timeline.
 */
export function markCount(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(`news-context:${n}`).length, name);
}

/** Waits until mark `news-context:<name>` has been set at least `count` times; throws with what it saw. */
export async function waitForMarks(page: Page, name: string, count: number, timeoutMs = 10_000): Promise<number> {
  const r = await pollUntil(() => markCount(page, name), (n) => n >= count, timeoutMs);
  if (!r.ok) throw new Error(`mark news-context:${name} set ${r.value} times, not ${count}, within ${timeoutMs} ms`);
  return r.value;
}

/**
 * Evaluates `expression` (awaiting a promise, returning JSON) in the content script's own isolated world of
 * `page`, through CDP: what a compromised or buggy content script could send, which no page can.
 */
export async function evaluateInContentScript<T>(session: ExtensionSession, page: Page, expression: string): Promise<T> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context));
    await cdp.send('Runtime.enable'); // reports the contexts that exist already
    const ours = contexts.find((c) => c.origin === `chrome-extension://${session.extensionId}` && c.auxData?.type === 'isolated');
    if (!ours) throw new Error('no content-script world of ours in this page');
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
      exceptionDetails?: { text?: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`in the content script: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * A positive signal that the content script has had its chance to act on everything before this call: makes
 * a harmless page change (a comment node at the end of <body>), waits for the rescan it causes to start and
 * finish (marks `scan-start`, then `painted`), and returns the number of scans started before the change.
 * Anything the content script had scheduled earlier with a shorter delay than the change's rescan debounce
 * (250 ms: a navigation follow-up, a pending rescan) has run by then; so `markCount(page, 'scan-start')`
 * afterwards being `returned + 1` means nothing but this change made it scan.
 */
export async function rescanned(page: Page, timeoutMs = 10_000): Promise<number> {
  const [scans, painted] = [await markCount(page, 'scan-start'), await markCount(page, 'painted')];
  await page.evaluate(() => document.body.append(document.createComment('news-context test: a harmless change')));
  await waitForMarks(page, 'scan-start', scans + 1, timeoutMs);
  await waitForMarks(page, 'painted', painted + 1, timeoutMs);
  return scans;
}
