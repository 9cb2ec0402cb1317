// What search engines and link previews read: absolute URLs, titles, descriptions, hreflang
// alternates and safe JSON-LD serialisation (the JSON-LD itself: structured-data.ts).
import { siteUrl } from './build-env.ts';
import type { Lang } from '@mkb010/model';
import { imageSources, type SiteImage } from './images.ts';

// Cards, head links and JSON-LD resolve the same paths on many pages; keyed by origin and path.
const absolute = new Map<string, string>();

/** Absolute URL of a site path (`/gidsen/`) on the canonical site URL, base path included. */
export function absoluteUrl(path: string): string {
  const site = siteUrl();
  const key = `${site} ${path}`;
  let href = absolute.get(key);
  if (href === undefined) {
    // Appended, not resolved: resolving "/gidsen/" against the site URL would drop its base path.
    href = new URL(`${site}${path.startsWith('/') ? path : `/${path}`}`).href;
    absolute.set(key, href);
  }
  return href;
}

/** Paths of one page in each language it exists in. */
export type Alternates = Partial<Record<Lang, string>>;

export interface HreflangLink {
  hreflang: string;
  href: string;
}

/** hreflang links for a page that exists in both languages; none when it exists in one only. */
export function hreflangLinks(alternates: Alternates): HreflangLink[] {
  if (!alternates.nl || !alternates.en) return [];
  return [
    { hreflang: 'nl', href: absoluteUrl(alternates.nl) },
    { hreflang: 'en', href: absoluteUrl(alternates.en) },
    { hreflang: 'x-default', href: absoluteUrl(alternates.nl) },
  ];
}

/**
 * JSON for a `<script type="application/ld+json">` that no CMS text can break out of:
 * `<`, `>` and `&` become JSON unicode escapes, so "</script>" cannot end the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Trims text to a meta description length at a word boundary. */
export function metaDescription(text: string | null | undefined, max = 160): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

/** The longest `<title>` a search result shows whole. */
export const TITLE_MAX = 70;

/**
 * The `<title>`: "Title | Site" when that fits in TITLE_MAX characters (a title that names the site
 * already is kept as it is), else the title alone, cut at a word when even that is too long.
 */
export function documentTitle(title: string, siteName: string, max = TITLE_MAX): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const full = clean.includes(siteName) ? clean : `${clean} | ${siteName}`;
  if ([...full].length <= max) return full;
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:–-]+$/, '')}…`;
}

/** Absolute URL of an image at share size (link previews, JSON-LD), or null without an image. */
export function shareImageUrl(image: SiteImage | null | undefined): string | null {
  const share = imageSources(image, 1200);
  if (!share) return null;
  return share.src.startsWith('/') ? absoluteUrl(share.src) : share.src;
}

/** The `webcal://` address of a calendar feed, which calendar apps open as a subscription. */
export function webcalUrl(path: string): string {
  return absoluteUrl(path).replace(/^https?:/, 'webcal:');
}
