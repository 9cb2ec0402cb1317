// The sitemap: @astrojs/sitemap lists the built pages; each entry gets the hreflang alternates the
// page itself declares in its <head>. Our Dutch and English paths differ (/gidsen/x/ ↔
// /en/guides/y/), so the plugin's own i18n option (mirrored paths only) cannot pair them, and the
// page heads are already the one place where translation pairs are decided.
// Pages marked noindex (404, anything else) stay out; a preview build writes no sitemap at all.
import sitemap, { type LinkItem, type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath, isPreviewBuild } from '../lib/build-env.ts';
import { clearPageHeads, recordedPageHead } from '../lib/page-heads.ts';

/** What a built page's head says about itself. */
export interface PageHead {
  noindex: boolean;
  alternates: LinkItem[];
}

/** Reads `<link rel="alternate" hreflang>` and `<meta name="robots" content="noindex">` from a page. */
export function readPageHead(html: string): PageHead {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')) || html.length);
  const alternates: LinkItem[] = [];
  let noindex = false;
  for (const tag of head.match(/<(link|meta)\b[^>]*>/gi) ?? []) {
    const attrs = attributes(tag);
    if (tag.toLowerCase().startsWith('<meta')) {
      if (attrs.name?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(attrs.content ?? '')) noindex = true;
    } else if (attrs.rel?.toLowerCase() === 'alternate' && attrs.hreflang && attrs.href) {
      alternates.push({ lang: attrs.hreflang, url: attrs.href });
    }
  }
  return { noindex, alternates };
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return out;
}

function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? _);
}

/** The site path of a sitemap URL: its path without the base path (pages are built and recorded from the root). */
function sitePath(url: string): string {
  return new URL(url).pathname.slice(basePath().length - 1);
}

/** The built file of a page URL in `distDir` (directory format: …/index.html). */
function pageFile(distDir: string, url: string): string {
  return path.join(distDir, decodeURIComponent(sitePath(url)), 'index.html');
}

/** The head of a built page read from disk; undefined when the page was not written. */
async function headFromFile(distDir: string, url: string): Promise<PageHead | undefined> {
  const html = await readFile(pageFile(distDir, url), 'utf8').catch(() => undefined);
  return html === undefined ? undefined : readPageHead(html);
}

/** The sitemap integration; put it before the search index and atomic-dist integrations. */
export default function siteSitemap(): AstroIntegration {
  let distDir: string | undefined;
  const inner = sitemap({
    // HTML pages end in "/" (trailingSlash: 'always'); feeds, calendars and images do not.
    filter: (url) => new URL(url).pathname.endsWith('/'),
    serialize: async (item: SitemapItem) => {
      if (!distDir) return item;
      const head = recordedPageHead(sitePath(item.url)) ?? (await headFromFile(distDir, item.url));
      if (head === undefined) return undefined;
      if (head.noindex) return undefined;
      return head.alternates.length > 1 ? { ...item, links: head.alternates } : { ...item, links: undefined };
    },
  });
  const innerDone = inner.hooks['astro:build:done'];
  return {
    name: 'mkb010:sitemap',
    hooks: {
      ...inner.hooks,
      // Heads are recorded while pages render (src/lib/page-heads.ts); start each build clean.
      'astro:build:start': async (params) => {
        clearPageHeads();
        await inner.hooks['astro:build:start']?.(params);
      },
      'astro:build:done': async (params) => {
        if (isPreviewBuild()) {
          params.logger.info('Preview build: no sitemap (robots.txt disallows everything).');
          return;
        }
        distDir = fileURLToPath(params.dir);
        await innerDone?.(params);
      },
    },
  };
}
