// The visual-editing script of the preview pages (visual-editing-client.ts with Sanity's
// @sanity/visual-editing), bundled into the preview server's own files when it is built, at the
// addresses PREVIEW_PATHS names. The public build never runs this, so dist/ never holds it.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PREVIEW_PATHS } from '@mkb010/model';
import { withStyleNonce } from './security-headers.ts';
import { PREVIEW_DIGEST_META, PREVIEW_VERSION_META } from './changes.ts';

/** Bundles the script (and the stylesheet Sanity UI brings) into `clientDir`; returns the files written. */
export async function bundleVisualEditing(clientDir: string): Promise<string[]> {
  const script = path.join(clientDir, PREVIEW_PATHS.script);
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./visual-editing-client.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // One file: lazily loaded parts of the library would each need their own address.
    splitting: false,
    outfile: script,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true,
  });
  const written = Object.keys(result.metafile.outputs).map((file) => path.resolve(file));
  const stylesheet = path.join(clientDir, PREVIEW_PATHS.stylesheet);
  if (!written.includes(stylesheet)) throw new Error(`The visual-editing bundle has no stylesheet at ${stylesheet}; update PREVIEW_PATHS.`);
  return written;
}

/**
 * The tags a preview page gets at the end of its <head>: the script, its stylesheet, the answer's
 * style nonce where styled-components looks for it (`meta[property="csp-nonce"]`), which read of
 * the drafts the page shows (`version`) and a digest of the page (`digest`), for the changes stream
 * (changes.ts).
 */
function visualEditingTags(nonce: string | null, version: number, digest: string): string {
  return `<meta name="${PREVIEW_VERSION_META}" content="${version}"><meta name="${PREVIEW_DIGEST_META}" content="${digest}">${nonce ? `<meta property="csp-nonce" nonce="${nonce}">` : ''}<link rel="stylesheet" href="${PREVIEW_PATHS.stylesheet}"><script type="module" src="${PREVIEW_PATHS.script}"></script>`;
}

/** The page's own <meta> policy (src/lib/security.ts), which the browser enforces beside the header's. */
const META_POLICY = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/**
 * A page's HTML with the visual-editing tags added and its <meta> policy given the answer's style
 * nonce (`nonce`, from the front door, which put the same nonce in the header's policy; none when
 * Astro runs without it) and the drafts' `version`; other answers as they are.
 */
export async function withVisualEditing(response: Response, nonce: string | null, version: number): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  // Of the page as rendered: neither the answer's nonce nor the version, which differ every time.
  const digest = createHash('sha256').update(html).digest('base64url');
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  const page = !nonce
    ? html
    : html.replace(META_POLICY, (_, open: string, policy: string, close: string) => `${open}${withStyleNonce(policy, nonce)}${close}`);
  return new Response(page.includes('</head>') ? page.replace('</head>', `${visualEditingTags(nonce, version, digest)}</head>`) : page, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
