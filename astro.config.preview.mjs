// @ts-check
// The live draft preview server (`npm run preview:server`): the same pages and components as the
// public site (astro.config.mjs), rendered on each request from the drafts perspective by the Node
// adapter. The public build is not affected: it uses astro.config.mjs only.
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import tailwindcss from '@tailwindcss/vite';
import { siteUrl } from './src/lib/build-env.ts';
import routes from './src/integrations/routes.ts';
import previewServer from './src/integrations/preview-server.ts';

export default defineConfig({
  site: siteUrl(),
  output: 'server',
  trailingSlash: 'always',
  // Stylesheets are files, as in the public build: the pages' Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: './dist-preview',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro-preview',
  // The whole page is rendered before it is sent, so a failure mid-page becomes an error page, and
  // every part of the page renders from the one content snapshot the middleware chose.
  adapter: node({ mode: 'standalone', experimentalDisableStreaming: true }),
  server: { port: 4322 },
  // The preview keeps no state per visitor.
  session: false,
  // The same route table as the public build; no search index, sitemap or schedule per request.
  integrations: [routes(), previewServer()],
  vite: {
    plugins: [tailwindcss()],
  },
});
