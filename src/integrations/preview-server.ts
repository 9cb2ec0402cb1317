// The live draft preview's part of an Astro server build (astro.config.preview.mjs): its middleware
// does auth, loads the current drafts for each request and marks every answer noindex.
import type { AstroIntegration } from 'astro';

/** The Astro integration that turns a server build into the draft preview server. */
export default function previewServer(): AstroIntegration {
  return {
    name: 'mkb010-preview-server',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('../preview/middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
