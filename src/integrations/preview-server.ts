// The live draft preview's part of an Astro server build (astro.config.preview.mjs): its middleware
// does auth, loads the current drafts for each request and marks every answer noindex; the build
// adds the visual-editing script the pages load inside the Studio's Voorbeeld tool.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleVisualEditing } from '../preview/visual-editing-bundle.ts';

/** The Astro integration that turns a server build into the draft preview server. */
export default function previewServer(): AstroIntegration {
  let clientDir = '';
  return {
    name: 'mkb010-preview-server',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('../preview/middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:done': async ({ logger }) => {
        const files = await bundleVisualEditing(clientDir);
        logger.info(`Visual-editing script for the Studio's Voorbeeld tool: ${files.length} files`);
      },
    },
  };
}
