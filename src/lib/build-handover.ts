// The one process-wide hand-over of a build. Astro renders pages and runs content loaders in Vite's
// module graph, while integrations run in Node's: the same file is two module instances in one
// process, so a value can pass between them only through a global. Every value that does is
// declared here, with its type and who writes and reads it.
import type { SiteContent } from '@mkb010/content/judge';
import type { RecordedHead } from './page-heads.ts';

/** What one build hands from its pages and loaders to its integrations. */
export interface BuildHandover {
  /** The build's one "now": fixed when the build starts (build-now.ts), read by the loader, the pages and the schedule. */
  now?: Date;
  /** The content load of this build: written by the content loader, read by the schedule integration. */
  siteContent?: Promise<SiteContent>;
  /** Each rendered page's head (hreflang, noindex): written by the layout, read by the sitemap. */
  pageHeads?: Map<string, RecordedHead>;
}

const KEY = Symbol.for('mkb010.buildHandover');

/** This process's hand-over record (created on first use). */
export function buildHandover(): BuildHandover {
  const store = globalThis as { [KEY]?: BuildHandover };
  store[KEY] ??= {};
  return store[KEY];
}
