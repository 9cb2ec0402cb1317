// The response headers of every answer the preview server gives (pages, images, stylesheets, its
// 401/405/503 answers). They start from the public site's own headers (public/_headers), with what
// a draft preview needs instead:
// - Referrer-Policy: no-referrer, so a link out of a draft never tells another site its address;
// - no X-Frame-Options: the Studio's Voorbeeld tool (Sanity's Presentation) shows the preview in a
//   frame, so the CSP's frame-ancestors names the Studio's origin (PREVIEW_STUDIO_ORIGIN) instead.
// This is the one place the preview's policy is made: what Presentation or the visual-editing
// script needs is added in `previewPolicy`.
import { formatPolicy, parsePolicy, siteHeaders, sitePolicy } from '../lib/headers-file.ts';
import { DEFAULT_HOST, isLoopbackHost } from './basic-auth.ts';

/** Where the Studio's dev server (`npm run studio`) runs: it may frame a preview on your own machine. */
const LOCAL_STUDIO = ['http://localhost:3333', 'http://127.0.0.1:3333'];

const ORIGIN_HELP =
  "PREVIEW_STUDIO_ORIGIN must be the Studio's origin (scheme and host, no path), e.g. PREVIEW_STUDIO_ORIGIN=https://mkb010next.sanity.studio; several are separated by spaces. Use https, or http only for localhost.";

/**
 * The origins allowed to show the preview in a frame: PREVIEW_STUDIO_ORIGIN, or when it is unset the
 * local Studio dev server for a server on your own machine, and none elsewhere. Throws with the fix
 * for a value that is not an origin.
 */
export function studioOrigins(env: NodeJS.ProcessEnv): string[] {
  const raw = env.PREVIEW_STUDIO_ORIGIN?.trim();
  if (!raw) return isLoopbackHost(env.HOST?.trim() || DEFAULT_HOST) ? LOCAL_STUDIO : [];
  return raw.split(/\s+/).map((value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`PREVIEW_STUDIO_ORIGIN="${raw}": "${value}" is not a web address. ${ORIGIN_HELP}`);
    }
    const local = isLoopbackHost(url.hostname);
    if (url.origin !== value.replace(/\/$/, '') || (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))) {
      throw new Error(`PREVIEW_STUDIO_ORIGIN="${raw}": "${value}" is not an origin. ${ORIGIN_HELP}`);
    }
    return url.origin;
  });
}

/** The preview's Content-Security-Policy: the site's own, framed only by the Studio. */
export function previewPolicy(headersFile: string, env: NodeJS.ProcessEnv): string {
  const directives = sitePolicy(headersFile);
  const origins = studioOrigins(env);
  directives.set('frame-ancestors', origins.length ? origins.join(' ') : "'none'");
  return formatPolicy(directives);
}

/**
 * The request header through which the front door hands Astro's pages this answer's style nonce. The
 * front door always overwrites it, so a visitor cannot choose it.
 */
export const STYLE_NONCE_HEADER = 'x-preview-style-nonce';

/**
 * `policy` whose style-src also lets in `<style>` elements carrying `nonce`. Sanity's visual-editing
 * script (Sanity UI through styled-components) styles its connection parts with such elements; the
 * public site's policy (public/_headers) never has this.
 */
export function withStyleNonce(policy: string, nonce: string): string {
  const directives = parsePolicy(policy);
  directives.set('style-src', `${directives.get('style-src') ?? "'self'"} 'nonce-${nonce}'`);
  return formatPolicy(directives);
}

/** Every header the preview server sends on every answer, as [name, value]. */
export function previewHeaders(headersFile: string, env: NodeJS.ProcessEnv): [string, string][] {
  const replaced = new Set(['content-security-policy', 'referrer-policy', 'x-frame-options', 'x-content-type-options', 'x-robots-tag']);
  return [
    ...siteHeaders(headersFile).filter(([name]) => !replaced.has(name.toLowerCase())),
    ['Content-Security-Policy', previewPolicy(headersFile, env)],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    // Nothing the preview answers is for search engines, redirects and build files included.
    ['X-Robots-Tag', 'noindex, nofollow'],
  ];
}
