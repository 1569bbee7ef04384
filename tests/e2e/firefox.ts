/**
 * Firefox ESR driven over raw WebDriver BiDi (Playwright cannot drive ESR: its BiDi path sends a command
 * ESR rejects). Node 20 needs `--experimental-websocket` for the global WebSocket; the e2e project of
 * vitest.config.ts passes it to its workers.
 *
 *   const firefox = await launchFirefox();
 *   await firefox.installExtension(FIREFOX_EXTENSION_DIR);
 *   const tab = await firefox.firstTab();
 *   await firefox.navigate(tab, url);
 *   const title = await firefox.evaluate<string>(tab, 'document.title');
 *   await firefox.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIREFOX_PATH } from './paths';

/** The add-on id in wxt.config.ts (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'news-context@example.org';
const STARTUP_TIMEOUT_MS = 30_000;
const COMMAND_TIMEOUT_MS = 15_000;
/** `session.new` starts the browser's session machinery: seconds on a busy machine (15 s was seen to miss). */
const SESSION_TIMEOUT_MS = 45_000;
/** Start-up attempts before giving up (within the e2e hook timeout): a loaded machine can miss one. */
const ATTEMPTS = 2;

export interface FirefoxSession {
  /** moz-extension://<uuid>: fixed through a profile pref, so extension pages have a known address. */
  extensionOrigin: string;
  send<T = unknown>(method: string, params?: object): Promise<T>;
  installExtension(dir: string): Promise<string>;
  firstTab(): Promise<string>;
  newTab(): Promise<string>;
  navigate(context: string, url: string): Promise<void>;
  /**
   * Opens one of the extension's pages (popup.html, options.html) in a new tab and returns its context.
   * BiDi refuses to navigate a tab to moz-extension: URLs, so the browser window itself opens it.
   */
  openExtensionPage(file: string): Promise<string>;
  /** Evaluates an expression (awaiting a promise) and returns its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** PNG bytes of the tab's viewport. */
  screenshot(context: string): Promise<Buffer>;
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** Polls `read` until `ok` accepts its value, and throws with the last value read: BiDi has no waiting of its own. */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * Starts Firefox ESR with a WebDriver BiDi session, trying again (a fresh process and profile) when a start
 * fails: on a loaded machine the BiDi port or `session.new` can be late. After ATTEMPTS failures the error
 * says what each attempt ran into.
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (typeof WebSocket === 'undefined') throw new Error('no global WebSocket: run Node 20 with --experimental-websocket (Node 22+ has it)');
  const failures: string[] = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      return await launchOnce();
    } catch (err) {
      failures.push(`attempt ${attempt}: ${String(err).split('\n')[0]}`);
      if (attempt < ATTEMPTS) console.warn(`Firefox ESR did not start a BiDi session (${failures.at(-1)}); trying again`);
    }
  }
  throw new Error(`Firefox ESR (${FIREFOX_PATH}) did not start a WebDriver BiDi session in ${ATTEMPTS} attempts:\n${failures.join('\n')}`);
}

async function launchOnce(): Promise<FirefoxSession> {
  const profile = await mkdtemp(path.join(tmpdir(), 'news-context-firefox-'));
  const uuid = randomUUID();
  await writeFile(path.join(profile, 'user.js'), userPrefs(uuid));
  // System access: BiDi's chrome scope, the only way found to open a moz-extension: page (openExtensionPage).
  const args = ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile];
  const child = spawn(FIREFOX_PATH, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stopFirefox = async () => {
    await stop(child);
    await rm(profile, { recursive: true, force: true });
  };
  let socket: WebSocket;
  try {
    const endpoint = await bidiEndpoint(child);
    socket = await connect(`${endpoint}/session`);
  } catch (err) {
    await stopFirefox();
    throw err;
  }

  let nextId = 1;
  const pending = new Map<number, Pending>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting || message.id === undefined) return; // events: nobody subscribes yet
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.type === 'success') waiting.resolve(message.result);
    else waiting.reject(new Error(`BiDi ${message.error}: ${message.message}`));
  });
  socket.addEventListener('close', () => {
    for (const p of pending.values()) p.reject(new Error('BiDi connection closed'));
    pending.clear();
  });

  const send = <T>(method: string, params: object = {}, timeoutMs = COMMAND_TIMEOUT_MS): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`BiDi ${method} got no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      socket.send(JSON.stringify({ id, method, params }));
    });

  try {
    await send('session.new', { capabilities: {} }, SESSION_TIMEOUT_MS);
  } catch (err) {
    socket.close();
    await stopFirefox();
    throw err;
  }

  return {
    extensionOrigin: `moz-extension://${uuid}`,
    send,
    async installExtension(dir) {
      const { extension } = await send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: path.resolve(dir) } });
      return extension;
    },
    async firstTab() {
      const { contexts } = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
      if (!contexts[0]) throw new Error('Firefox has no open tab');
      return contexts[0].context;
    },
    async newTab() {
      return (await send<{ context: string }>('browsingContext.create', { type: 'tab' })).context;
    },
    async navigate(context, url) {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    async openExtensionPage(file) {
      const url = `moz-extension://${uuid}/${file.replace(/^\//, '')}`;
      const tabs = async () => (await send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts;
      const before = new Set((await tabs()).map((c) => c.context));
      const chrome = await send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' });
      const window = chrome.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!window) throw new Error('no browser window in the chrome scope');
      await send('script.evaluate', {
        expression: `gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() })`,
        target: { context: window.context },
        awaitPromise: false,
      });
      const deadline = Date.now() + COMMAND_TIMEOUT_MS;
      for (;;) {
        const tab = (await tabs()).find((c) => !before.has(c.context) && c.url === url);
        if (tab) return tab.context;
        if (Date.now() > deadline) throw new Error(`${url} did not open`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async evaluate<T>(context: string, expression: string) {
      const result = await send<{ type: string; result?: { value?: string }; exceptionDetails?: { text?: string } }>('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context },
        awaitPromise: true,
      });
      if (result.type !== 'success') throw new Error(`evaluate failed: ${result.exceptionDetails?.text ?? 'exception'}`);
      const json = result.result?.value;
      return (json === undefined ? undefined : JSON.parse(json)) as T;
    },
    async screenshot(context) {
      const { data } = await send<{ data: string }>('browsingContext.captureScreenshot', { context });
      return Buffer.from(data, 'base64');
    },
    async close() {
      await send('session.end').catch(() => {});
      socket.close();
      await stopFirefox();
    },
  };
}

/**
 * Fixes the extension's internal UUID so `moz-extension://<uuid>/popup.html` is known in advance.
 * Remote mode already applies Firefox's recommended automation prefs (no updates, no telemetry).
 */
function userPrefs(uuid: string): string {
  const prefs: Record<string, string | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  };
  return Object.entries(prefs)
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
    .join('');
}

/** Firefox prints "WebDriver BiDi listening on ws://127.0.0.1:<port>" on stderr once it accepts connections. */
function bidiEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => finish(new Error(`Firefox did not open WebDriver BiDi in ${STARTUP_TIMEOUT_MS} ms:\n${log}`)), STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      log += chunk;
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (match) finish(undefined, match[1]!);
    };
    const onExit = (code: number | null) => finish(new Error(`Firefox exited (${code}) before BiDi was ready:\n${log}`));
    const finish = (error?: Error, url?: string) => {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.stderr?.resume(); // keep draining, or Firefox blocks on a full pipe
      if (error) reject(error);
      else resolve(url!);
    };
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (err) => finish(err));
  });
}

function connect(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.addEventListener('open', () => resolve(socket), { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
  });
}

/** SIGTERM, then SIGKILL if Firefox is still there after 5 s. Only ever the process we started. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
