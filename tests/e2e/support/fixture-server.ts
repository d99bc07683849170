/** Serves tests/fixtures (and pages a test adds) on 127.0.0.1, so the extension sees a normal http page. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  url(path: string): string;
  /** Serves `html` at `path` (for pages made by a test). */
  page(path: string, html: string): string;
  /** Serves `body` at `path` with `contentType` (a script bundle made by a test). */
  serve(path: string, body: string, contentType: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const extra = new Map<string, string>();
  const served = new Map<string, { body: string; contentType: string }>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const asset = served.get(path);
    if (asset !== undefined) {
      res.writeHead(200, { 'content-type': asset.contentType }).end(asset.body);
      return;
    }
    const made = extra.get(path);
    if (made !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(made);
      return;
    }
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: (path) => base + path,
    page(path, html) {
      extra.set(path, html);
      return base + path;
    },
    serve(path, body, contentType) {
      served.set(path, { body, contentType });
      return base + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
