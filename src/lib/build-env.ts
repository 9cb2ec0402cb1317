// The build's view of its environment: the one place that reads SITE_* and CONTENT_* variables
// that every part of the site shares. Where content comes from is the content source's business.
import { contentPerspective } from '@mkb010/content/perspective';

const DEFAULT_SITE_URL = 'https://www.mkb010next.nl';

/** Returns the moment the build treats as "now": SITE_NOW, or the clock. */
export function siteNow(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.SITE_NOW?.trim();
  if (!raw) return new Date();
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`SITE_NOW="${raw}" is not an ISO timestamp. Use e.g. SITE_NOW=2026-11-27T09:00:00+01:00.`);
  }
  return parsed;
}

// Every page asks for the site URL dozens of times; the URL is parsed once per distinct value.
const parsed = new Map<string, URL>();

function siteUrlOf(env: NodeJS.ProcessEnv): URL {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const known = parsed.get(raw);
  if (known) return known;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not a URL. Use e.g. SITE_URL=https://www.mkb010next.nl.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${raw}" must start with https:// or http://.`);
  }
  parsed.set(raw, url);
  return url;
}

/**
 * Returns the canonical site URL without a trailing slash: SITE_URL's origin plus its path, e.g.
 * `https://www.mkb010next.nl` or, for a project site on GitHub Pages, `https://org.github.io/mkb010`.
 * Absolute links are this plus a site path (`/gidsen/`).
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = siteUrlOf(env);
  return `${url.origin}${basePath(env).replace(/\/$/, '')}`;
}

/** Returns the path the site lives under, from SITE_URL's path: `/` at a domain's root, `/mkb010/` for a project site. */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const path = siteUrlOf(env).pathname.replace(/\/+$/, '');
  return `${path}/`;
}

/** True when this build is a draft preview (drafts shown, noindex everywhere). */
export function isPreviewBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return contentPerspective(env) === 'drafts';
}

/** True when any invalid document must fail the build (CONTENT_STRICT=1). */
export function isStrict(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CONTENT_STRICT === '1' || env.CONTENT_STRICT === 'true';
}

/**
 * Returns the service the site's forms post to (SERVICE_URL, without a trailing slash), or
 * undefined when the build has none: then no form is shown and pages give contact details instead.
 */
export function serviceUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.SERVICE_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SERVICE_URL="${raw}" is not a URL. Use e.g. SERVICE_URL=https://service.mkb010next.nl.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SERVICE_URL="${raw}" must start with https:// or http://.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
