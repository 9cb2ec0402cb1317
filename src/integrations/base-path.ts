// A site that lives under a path (a GitHub Pages project site: https://org.github.io/mkb010/) is
// built as if at the root, and this step, the one place that knows the base path, moves every
// root-relative link and asset address in the built pages below it. Absolute URLs (canonical,
// hreflang, feeds, calendars, sitemap) already carry it: they are made from siteUrl(), which
// includes SITE_URL's path. With SITE_URL at a domain's root it does nothing.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath } from '../lib/build-env.ts';

/** Attributes that hold one address. */
const URL_ATTRIBUTES = /(\s(?:href|src|action|formaction|poster)=")(\/(?!\/)[^"]*)"/g;
/** `srcset`: a list of "address width" candidates. */
const SRCSET = /(\ssrcset=")([^"]*)"/g;

/** Puts `base` (`/mkb010/`) in front of every root-relative address in an HTML page. */
export function withBasePath(html: string, base: string): string {
  if (base === '/') return html;
  const prefix = base.replace(/\/$/, '');
  return html
    .replace(URL_ATTRIBUTES, (_, before: string, url: string) => `${before}${prefix}${url}"`)
    .replace(
      SRCSET,
      (_, before: string, list: string) =>
        `${before}${list
          .split(',')
          .map((candidate) => candidate.replace(/^(\s*)(\/(?!\/))/, `$1${prefix}$2`))
          .join(',')}"`,
    );
}

/** The Astro integration; register it after the search index and before atomic-dist. */
export default function basePathIntegration(): AstroIntegration {
  return {
    name: 'mkb010-base-path',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const base = basePath();
        if (base === '/') return;
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).map(String).filter((f) => f.endsWith('.html'));
        for (const file of pages) {
          const full = path.join(root, file);
          await writeFile(full, withBasePath(await readFile(full, 'utf8'), base));
        }
        logger.info(`Base path ${base}: links and assets of ${pages.length} page(s) moved below it`);
      },
    },
  };
}
