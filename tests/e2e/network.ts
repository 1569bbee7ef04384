/**
 * Two independent witnesses that nothing leaves the machine:
 * - Playwright's `request` events of the browser context (pages, extension pages, the service worker);
 * - a trap proxy: Chromium sends every non-loopback request to it, so even a request Playwright does not
 *   report (a worker, a preconnect) is recorded, and none reaches the real network.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Request } from 'playwright-core';

/** URLs that stay on the machine: the fixture server (loopback), the extension's own files, inline schemes. */
export function isLocal(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(parsed.protocol)) return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

/**
 * Chromium 156's own requests that the quiet flags do not stop (seen without any extension loaded; a net log
 * names them): the sign-in cookie check `accounts.google.com/ListAccounts?source=ChromiumBrowser`, and the
 * component updater asking `update.googleapis.com` for the Optimization Guide model manifest
 * (X-Goog-Update-AppId ceofaddefefcbblgcgnibnonglccbfja), over https and then http.
 * The trap still answers them with 502, so they never leave the machine. An extension request to these
 * hosts would still be caught by the other witness: Playwright reports every page and worker request.
 */
export const BROWSER_OWN_TRAFFIC: RegExp[] = [
  /^CONNECT accounts\.google\.com:443$/,
  /^CONNECT update\.googleapis\.com:443$/,
  /^POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?/,
];

export interface NetworkTrap {
  /** The Chromium flags that route all non-loopback traffic to the trap. */
  args: string[];
  /** "GET http://example.com/" or "CONNECT example.com:443", in order, the browser's own included. */
  attempts: string[];
  /** attempts without BROWSER_OWN_TRAFFIC. */
  unexpected(): string[];
  close(): Promise<void>;
}

/** A proxy that answers every request with 502 and writes down what was asked. */
export async function startNetworkTrap(): Promise<NetworkTrap> {
  const attempts: string[] = [];
  const server: Server = createServer((req, res) => {
    attempts.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test network trap');
  });
  server.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url}`);
    // The browser may reset the tunnel before reading the answer; a raw socket's error is not the test's.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // Chromium never proxies loopback (implicit bypass), so the fixture server is reached directly.
    args: [`--proxy-server=http://127.0.0.1:${port}`],
    attempts,
    unexpected: () => attempts.filter((a) => !BROWSER_OWN_TRAFFIC.some((known) => known.test(a))),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface RequestLog {
  /** Every request the context reported, as "<resourceType> <url>". */
  all: string[];
  /** Those that were not local (see isLocal). */
  external: string[];
}

/** Records the context's requests from now on; service-worker requests are included. */
export function watchRequests(context: BrowserContext): RequestLog {
  const log: RequestLog = { all: [], external: [] };
  context.on('request', (request: Request) => {
    const line = `${request.resourceType()} ${request.url()}`;
    log.all.push(line);
    if (!isLocal(request.url())) log.external.push(line);
  });
  return log;
}
