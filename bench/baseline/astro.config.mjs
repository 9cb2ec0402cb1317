// A bare Astro project: the floor our build is compared with. It renders BENCH_PAGES trivial
// pages with the root's astro install and the same output settings as the site.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
});
