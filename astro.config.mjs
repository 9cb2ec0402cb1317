// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { siteUrl } from './src/lib/build-env.ts';
import pagefind from './src/integrations/pagefind.ts';

// Builds in tests run side by side; each gets its own cache (the content layer's data store lives there).
const cacheDir = process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir,
  // The search index is built from dist/ once every page exists; atomic-dist (when added) stays last.
  integrations: [pagefind()],
  vite: {
    plugins: [tailwindcss()],
  },
});
