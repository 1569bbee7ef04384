/**
 * A local web server for test pages: 127.0.0.1 on a free port, pages from memory and/or a folder.
 * Loopback only, so the tests never need the network and the network watch can tell our pages from the world.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface Page {
  /** A function streams the page: each part is sent as it comes (a page still loading while the test looks). */
  body: string | Uint8Array | (() => AsyncIterable<string>);
  /** Defaults to text/html; charset=utf-8. */
  type?: string;
  /** Extra response headers, e.g. a Content-Security-Policy for hostile-page tests. */
  headers?: Record<string, string>;
}

export interface FixtureServerOptions {
  /** Pages by path ("/article.html"); a string is served as HTML. */
  pages?: Record<string, string | Page>;
  /** A folder served as static files for paths not in `pages` (e.g. tests/fixtures/pages). */
  root?: string;
}

export interface FixtureServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  url(pathname: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Stops the server and drops keep-alive sockets. Close the browser first: it may still hold connections. */
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function serveFixtures(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    respond(options, pathname, req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function respond(options: FixtureServerOptions, pathname: string, _req: IncomingMessage, res: ServerResponse) {
  const inline = options.pages?.[pathname];
  if (inline !== undefined) {
    const page = typeof inline === 'string' ? { body: inline } : inline;
    res.writeHead(200, { 'content-type': page.type ?? TYPES['.html']!, 'cache-control': 'no-store', ...page.headers });
    if (typeof page.body !== 'function') return void res.end(page.body);
    for await (const part of page.body()) {
      if (res.destroyed) return;
      res.write(part);
    }
    res.end();
    return;
  }
  const file = options.root && resolveInside(options.root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (file) {
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
      return;
    } catch {
      // fall through to 404
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

/** The file for a URL path, or undefined when the path would leave the folder ("/../"). */
function resolveInside(root: string, pathname: string): string | undefined {
  const base = path.resolve(root);
  const file = path.resolve(base, `.${decodeURIComponent(pathname)}`);
  return file.startsWith(base + path.sep) ? file : undefined;
}
