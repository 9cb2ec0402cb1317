// Starts the live draft preview server built by `npm run preview:build` (astro.config.preview.mjs).
// Settings are checked first, so a typo stops the server with a message instead of exposing or
// hiding drafts. Usage: node scripts/preview-server.ts [built folder, default dist-preview]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseBasicAuthSetting } from '../src/preview/basic-auth.ts';
import { previewCacheMs } from '../src/preview/settings.ts';

const dir = path.resolve(process.argv[2] ?? 'dist-preview');
const entry = path.join(dir, 'server', 'entry.mjs');

try {
  parseBasicAuthSetting(process.env.PREVIEW_BASIC_AUTH);
  previewCacheMs(process.env);
  if (process.env.SANITY_PROJECT_ID?.trim() && !process.env.SANITY_API_READ_TOKEN?.trim()) {
    throw new Error(
      'SANITY_PROJECT_ID is set but SANITY_API_READ_TOKEN is not: the preview shows drafts, which need a read token (Viewer role).',
    );
  }
  if (!existsSync(entry)) throw new Error(`${entry} does not exist. Run "npm run preview:build" first.`);
} catch (error) {
  console.error(`[preview] ${(error as Error).message}`);
  process.exit(1);
}

// The preview always shows drafts (banner, noindex) and answers quickly when the Content Lake is
// down: one retry, not a build's patient backoff.
process.env.CONTENT_PERSPECTIVE = 'drafts';
process.env.PORT ||= '4322';
process.env.SANITY_MAX_ATTEMPTS ||= '2';
process.env.SANITY_RETRY_DELAY_MS ||= '250';
// An editor waits for a page: a Lake that does not answer becomes the 503 page within about 20 s.
process.env.SANITY_REQUEST_TIMEOUT_MS ||= '10000';
if (!process.env.PREVIEW_BASIC_AUTH?.trim()) {
  console.warn(
    '[preview] PREVIEW_BASIC_AUTH is not set: anyone who can reach this server sees the drafts. Set it on every host but your own machine.',
  );
}
await import(pathToFileURL(entry).href);
