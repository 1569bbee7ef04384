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
  const profile = await mkdtemp(path.join(tmpdir(), 'news-context-chromium-'));
  const args = [...QUIET_FLAGS, ...(trap?.args ?? []), ...(options.args ?? [])];
  if (extension) args.push(`--disable-extensions-except=${path.resolve(extension)}`, `--load-extension=${path.resolve(extension)}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args,
      viewport: options.viewport ?? { width: 1200, height: 800 },
    });
  } catch (err) {
    await trap?.close();
    await rm(profile, { recursive: true, force: true });
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
      await rm(profile, { recursive: true, force: true });
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
    if (f && f.status !== 'scanning' && (f.unknown.length || Date.now() > deadline - timeoutMs / 2)) return f;
    if (Date.now() > deadline) throw new Error(`the page at ${url} was not scanned within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The centre of the first painted range of a highlight type, in viewport coordinates (read in the page). */
export function firstPainted(page: Page, type: string): Promise<{ x: number; y: number; text: string } | undefined> {
  return page.evaluate((name) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
    const range = h && [...h][0];
    if (!range) return undefined;
    const r = range.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, text: range.toString() };
  }, `news-context-${type}`);
}
