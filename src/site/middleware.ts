// The static build's middleware: every page and endpoint of the build renders from one site, the
// content collections and the build's one "now", handed over in `Astro.locals.site`. The preview
// server has its own middleware that sets the same local per request (src/preview/middleware.ts).
import { defineMiddleware } from 'astro:middleware';
import { buildSite } from './site-data.ts';

/** Hands the page being rendered the build's site. */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.site = await buildSite();
  return next();
});
