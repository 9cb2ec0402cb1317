// The visual-editing script of the preview pages (visual-editing-client.ts with Sanity's
// @sanity/visual-editing), bundled into the preview server's own files when it is built, at the
// addresses PREVIEW_PATHS names. The public build never runs this, so dist/ never holds it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PREVIEW_PATHS } from '@mkb010/model';

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

/** The tags a preview page gets at the end of its <head>: the script and its stylesheet. */
export const VISUAL_EDITING_TAGS = `<link rel="stylesheet" href="${PREVIEW_PATHS.stylesheet}"><script type="module" src="${PREVIEW_PATHS.script}"></script>`;

/** A page's HTML with the visual-editing tags added; other answers as they are. */
export async function withVisualEditing(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html.includes('</head>') ? html.replace('</head>', `${VISUAL_EDITING_TAGS}</head>`) : html, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
