// The published content the service works from: read through the content package as the build reads
// it (the configured source, always the published perspective, without the writing check), judged at
// the service's clock, and kept for `contentCacheMs` but never into the next Amsterdam day. Routing
// and alerts share this one read: the service holds one copy, and a change reaches both at once.
import type { SiteContent } from '@mkb010/content/judge';
import { loadContent } from '@mkb010/content/source';
import { amsterdamDay } from '@mkb010/model';
import { PROJECT_ROOT, type ServiceConfig } from '../config.ts';

/** The published content, as of a moment. */
export interface PublishedContent {
  /** The content judged at `now`: the kept copy while it is fresh and of `now`'s Amsterdam day, else read again. */
  at(now: Date): Promise<SiteContent>;
}

/** Reads the published content from the source `env` names, judged at `now`. */
export function loadPublishedContent(env: NodeJS.ProcessEnv, root: string, now: Date): Promise<SiteContent> {
  return loadContent({ now, root, env: { ...env, CONTENT_PERSPECTIVE: 'published' }, writing: false });
}

/**
 * One kept copy of the published content: read again after `contentCacheMs` or on a new Amsterdam
 * day, one read at a time however many ask at once; a failed read keeps the last good copy (and
 * throws only when there is none).
 */
export function publishedContent(
  config: Pick<ServiceConfig, 'contentCacheMs'>,
  env: NodeJS.ProcessEnv = process.env,
  root = PROJECT_ROOT,
): PublishedContent {
  let kept: { content: SiteContent; readAt: number; day: string } | undefined;
  let pending: { day: string; read: Promise<SiteContent> } | undefined;
  return {
    at: async (now) => {
      const day = amsterdamDay(now);
      if (kept && kept.day === day && Date.now() - kept.readAt < config.contentCacheMs) return kept.content;
      if (pending?.day === day) return pending.read;
      const read = loadPublishedContent(env, root, now)
        .then((content) => {
          kept = { content, readAt: Date.now(), day };
          return content;
        })
        .catch((error) => {
          if (kept) return kept.content;
          throw error;
        })
        .finally(() => {
          if (pending?.read === read) pending = undefined;
        });
      pending = { day, read };
      return read;
    },
  };
}

/**
 * `derive` of the content, computed once per read of it. When it throws on a new read (say, the
 * contact address was removed), the last good value stands, as for a failed read.
 */
export function derived<T>(content: PublishedContent, derive: (content: SiteContent) => T): (now: Date) => Promise<T> {
  let last: { from: SiteContent; value: T } | undefined;
  return async (now) => {
    const current = await content.at(now);
    if (last?.from === current) return last.value;
    try {
      last = { from: current, value: derive(current) };
    } catch (error) {
      if (!last) throw error;
    }
    return last.value;
  };
}
