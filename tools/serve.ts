// Serves a built site over HTTP on loopback, as a static host would (404.html for unknown paths).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Starts a static server for `dir` on a free port. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    files(req, res, async () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(await readFile(path.join(dir, '404.html')).catch(() => 'Not found'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
