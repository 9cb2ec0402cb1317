// Starts the live draft preview server built by `npm run preview:build` (astro.config.preview.mjs).
// Settings are checked first, so a typo stops the server with a message instead of exposing or
// hiding drafts. Astro renders the pages; the server in front of it (src/preview/front-door.ts)
// is ours, so no method or answer bypasses the preview's rules.
// Usage: node scripts/preview-server.ts [built folder, default dist-preview]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_HOST, requiredCredentials } from '../src/preview/basic-auth.ts';
import { createPreviewServer, frontDoor, type RequestHandler } from '../src/preview/front-door.ts';
import { previewHeaders, studioOrigins } from '../src/preview/security-headers.ts';
import { previewCacheMs } from '../src/preview/settings.ts';

const dir = path.resolve(process.argv[2] ?? 'dist-preview');
const entry = path.join(dir, 'server', 'entry.mjs');
const headersFile = path.join(dir, 'client', '_headers');
const host = process.env.HOST?.trim() || DEFAULT_HOST;
const port = Number(process.env.PORT?.trim() || 4322);

let headers: [string, string][];
let signIn: ReturnType<typeof requiredCredentials>;
try {
  signIn = requiredCredentials(process.env);
  previewCacheMs(process.env);
  if (process.env.SANITY_PROJECT_ID?.trim() && !process.env.SANITY_API_READ_TOKEN?.trim()) {
    throw new Error(
      'SANITY_PROJECT_ID is set but SANITY_API_READ_TOKEN is not: the preview shows drafts, which need a read token (Viewer role).',
    );
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT="${process.env.PORT}" is not a port number (0 to 65535).`);
  if (!existsSync(entry) || !existsSync(headersFile)) throw new Error(`${entry} does not exist. Run "npm run preview:build" first.`);
  headers = previewHeaders(readFileSync(headersFile, 'utf8'), process.env);
} catch (error) {
  console.error(`[preview] ${(error as Error).message}`);
  process.exit(1);
}

// The preview always shows drafts (banner, noindex) and answers quickly when the Content Lake is
// down: one retry, not a build's patient backoff.
process.env.CONTENT_PERSPECTIVE = 'drafts';
process.env.SANITY_MAX_ATTEMPTS ||= '2';
process.env.SANITY_RETRY_DELAY_MS ||= '250';
// An editor waits for a page: a Lake that does not answer becomes the 503 page within about 20 s.
process.env.SANITY_REQUEST_TIMEOUT_MS ||= '10000';
// The built entry would start Astro's own server; this script starts the one in front of it.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
if (!signIn) {
  console.warn(`[preview] PREVIEW_BASIC_AUTH is not set: only this machine can reach the drafts (HOST=${host}).`);
}
if (studioOrigins(process.env).length === 0) {
  console.warn('[preview] PREVIEW_STUDIO_ORIGIN is not set: no Studio can show this preview in its Voorbeeld tool.');
}
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: RequestHandler };
const server = createPreviewServer(frontDoor(handler, headers), process.env);
server.on('error', (error) => {
  console.error(`[preview] Cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const scheme = process.env.SERVER_CERT_PATH && process.env.SERVER_KEY_PATH ? 'https' : 'http';
  console.log(`[preview] Listening on ${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`);
});
