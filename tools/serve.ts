// Serves a built site over HTTP on loopback, as a static host would (404.html for unknown paths).
// With `compress`, text responses (HTML, CSS, JavaScript, JSON, XML, SVG) are gzip/brotli-encoded
// as every mainstream static host sends them; Pagefind's own index files are compressed already.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Compress text responses the way a production host does (default: no). */
  compress?: boolean;
  /** A single-page app (the built Studio): unknown paths get index.html. */
  spa?: boolean;
}

/** Starts a static server for `dir` on a free port. */
export async function serveDir(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'], single: options.spa });
  const compress = options.compress ? compression({ threshold: 0 }) : undefined;
  const serve: Parameters<typeof createServer>[1] = (req, res) => {
    files(req, res, async () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(await readFile(path.join(dir, '404.html')).catch(() => 'Not found'));
    });
  };
  const server: Server = createServer(
    compress
      ? (req, res) => compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => serve(req, res))
      : serve,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
