// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { basePath, siteUrl } from './src/lib/build-env.ts';
import routes from './src/integrations/routes.ts';
import siteData from './src/integrations/site-data.ts';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import schedule from './src/integrations/schedule.ts';
import atomicDist from './src/integrations/atomic-dist.ts';
import hostHeaders from './src/integrations/host-headers.ts';

// Builds in tests run side by side; each gets its own cache (the content layer's data store lives there).
const cacheDir = process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  site: siteUrl(),
  // A project site (SITE_URL with a path) lives below that path; pages write links through withBase().
  base: basePath(),
  output: 'static',
  trailingSlash: 'always',
  // Pages render a few at a time, so one page's file write overlaps the next page's render instead of
  // leaving the main thread idle (about a third of the render time at 10,000 documents; see
  // docs/performance.md).
  // Stylesheets are always files: the Content-Security-Policy (src/lib/security.ts) allows no inline style.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  cacheDir,
  // siteData fixes the build's one "now" and hands every page the build's content and that moment.
  // The search index is built from the staged output once every page exists; atomic-dist stays
  // last: it swaps the staged site into outDir only when every other step has succeeded.
  // The sitemap reads each built page's hreflang links; a preview build writes none.
  // schedule writes reports/schedule.json (outside dist) for `npm run schedule:check`.
  integrations: [routes(), siteData(), sitemap(), pagefind(), schedule(), hostHeaders(), atomicDist()],
  vite: {
    plugins: [tailwindcss()],
  },
});
