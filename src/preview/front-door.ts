// The preview server's own HTTP server, in front of Astro's request handler. It answers what Astro
// should never see: methods a preview has no use for (TRACE makes the Node adapter fail with a stack
// trace) get 405 here, and every answer, also for stylesheets and the 401/405/503 pages, carries
// the preview's security headers (security-headers.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Server } from 'node:net';
import { STYLE_NONCE_HEADER, withStyleNonce } from './security-headers.ts';

/** A Node request handler, as Astro's Node adapter exports it from its built entry. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** The methods the preview answers; everything else is 405. */
const ALLOWED = 'GET, HEAD, OPTIONS';

/**
 * Wraps Astro's handler: the preview's headers on every answer, 405 for any method but GET and HEAD.
 * Each answer gets its own style nonce in its Content-Security-Policy, handed to the page through
 * STYLE_NONCE_HEADER (security-headers.ts).
 */
export function frontDoor(handler: RequestHandler, headers: [string, string][]): RequestHandler {
  return (req, res) => {
    const nonce = randomBytes(16).toString('base64');
    for (const [name, value] of headers) {
      res.setHeader(name, name.toLowerCase() === 'content-security-policy' ? withStyleNonce(value, nonce) : value);
    }
    req.headers[STYLE_NONCE_HEADER] = nonce;
    if (req.method === 'GET' || req.method === 'HEAD') return handler(req, res);
    res.setHeader('allow', ALLOWED);
    res.setHeader('cache-control', 'no-store');
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Het voorbeeld kan alleen bekeken worden (${ALLOWED}). / The preview can only be viewed (${ALLOWED}).\n`);
  };
}

/** An HTTP server for `handler`, or HTTPS when SERVER_CERT_PATH and SERVER_KEY_PATH are set (as Astro's standalone server). */
export function createPreviewServer(handler: RequestHandler, env: NodeJS.ProcessEnv): Server {
  const cert = env.SERVER_CERT_PATH?.trim();
  const key = env.SERVER_KEY_PATH?.trim();
  if (cert && key) return createHttpsServer({ cert: readFileSync(cert), key: readFileSync(key) }, handler);
  return createHttpServer(handler);
}
