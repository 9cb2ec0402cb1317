// The hand-over between the preview server and the pages: the content snapshot a request renders
// from. A static build never sets one, so pages fall back to the build's content collections.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SiteCollections } from '@mkb010/content/judge';

/** One loaded version of the draft content; caches key on its collections object. */
export interface ContentSnapshot {
  collections: SiteCollections;
}

const request = new AsyncLocalStorage<ContentSnapshot>();
let latest: ContentSnapshot | undefined;

/** Runs `render` with `snapshot` as the content every page and component of this request sees. */
export function renderWithContent<T>(snapshot: ContentSnapshot, render: () => Promise<T>): Promise<T> {
  latest = snapshot;
  return request.run(snapshot, render);
}

/**
 * The snapshot of the request being rendered by the preview server, or undefined in a static build.
 * Work Astro starts outside the request's async context (an error page) sees the newest snapshot.
 */
export function liveContent(): ContentSnapshot | undefined {
  return request.getStore() ?? latest;
}
