// Build-time middleware registered by the Pagefind integration: each rendered HTML page is handed to
// the search index as soon as Astro has it, so Pagefind (its own process) parses pages on the second
// core while Astro renders the next ones. Outside `astro build` no sink exists and pages pass through.
import type { MiddlewareHandler } from 'astro';

/** What the integration puts on globalThis under PAGE_SINK while a build renders. */
export interface PageSink {
  add(url: string, html: string): void;
}

export const PAGE_SINK = Symbol.for('mkb010.pagefind.page-sink');

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = (globalThis as { [PAGE_SINK]?: PageSink })[PAGE_SINK];
  // Only pages that will be files a visitor can land on; 404 and feeds are read from disk (or not at all).
  if (!sink || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  sink.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
