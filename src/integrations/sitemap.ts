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
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { basePath, isPreviewBuild } from '../lib/build-env.ts';
import { clearPageHeads, recordedPageHead } from '../lib/page-heads.ts';

/** What a built page's head says about itself. */
export interface PageHead {
  noindex: boolean;
  alternates: LinkItem[];
}

/** Reads `<link rel="alternate" hreflang>` and `<meta name="robots" content="noindex">` from a page's head. */
export function readPageHead(html: string): PageHead {
  const document = parse(html);
  const htmlElement = document.childNodes.find(isElement);
  const head = htmlElement?.childNodes.find((node) => isElement(node) && node.tagName === 'head');
  const alternates: LinkItem[] = [];
  let noindex = false;
  for (const node of head && isElement(head) ? head.childNodes : []) {
    if (!isElement(node)) continue;
    const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
    if (node.tagName === 'meta') {
      if (attr('name')?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(attr('content') ?? '')) noindex = true;
    } else if (node.tagName === 'link' && attr('rel')?.toLowerCase() === 'alternate') {
      const lang = attr('hreflang');
      const url = attr('href');
      if (lang && url) alternates.push({ lang, url });
    }
  }
  return { noindex, alternates };
}

/** True for an element (not text, a comment or a doctype). */
function isElement(node: DefaultTreeAdapterMap['node']): node is DefaultTreeAdapterMap['element'] {
  return 'tagName' in node;
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
