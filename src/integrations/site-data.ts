// The static build's data hand-over: fixes the build's one "now" when the build starts, and adds the
// middleware that gives every page the build's site (src/site/middleware.ts). The preview server
// (astro.config.preview.mjs) has its own middleware that makes a site per request instead.
import type { AstroIntegration } from 'astro';
import { fixBuildNow } from '../lib/build-now.ts';

/** The Astro integration; register it before the schedule, which reads the same "now". */
export default function siteData(): AstroIntegration {
  return {
    name: 'mkb010-site-data',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        fixBuildNow();
        addMiddleware({ entrypoint: new URL('../site/middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
