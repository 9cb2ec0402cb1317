// The schemes alerts are made of: published content only, read through the content package as the
// build reads it (the configured source, always the published perspective), so a draft never reaches
// a subscriber. The service keeps them for a few minutes; `alerts:send` reads them once per run.
import { loadContent } from '@mkb010/content/source';
import { amsterdamDay, type NewsScheme } from '@mkb010/model';
import { PROJECT_ROOT, type ServiceConfig } from '../config.ts';

/** A published scheme as alerts need it: its news (model), title, page and themes. */
export interface AlertScheme extends NewsScheme {
  slug: string;
  title: { nl: string; en?: string };
  themes: readonly string[];
}

/** Where the schemes come from. */
export interface SchemeSource {
  /** The published schemes, judged at `now` (a change dated after `now` is not news yet). */
  schemes(now: Date): Promise<AlertScheme[]>;
}

/** Reads the published schemes from the content source `env` names. */
export async function loadPublishedSchemes(env: NodeJS.ProcessEnv, root: string, now: Date): Promise<AlertScheme[]> {
  const { collections } = await loadContent({ now, root, env: { ...env, CONTENT_PERSPECTIVE: 'published' }, writing: false });
  return collections.schemes.map((scheme) => ({
    _id: scheme._id,
    _createdAt: scheme._createdAt,
    slug: scheme.slug,
    title: scheme.title,
    themes: scheme.themes,
    ongoing: scheme.ongoing,
    deadline: scheme.deadline,
    opensAt: scheme.opensAt,
    budgetStatus: scheme.budgetStatus,
    changeLog: scheme.changeLog,
  }));
}

/**
 * The service's schemes: read again after `contentCacheMs` or on a new Amsterdam day; a failed read
 * keeps the last good list.
 */
export function publishedSchemes(config: ServiceConfig, env: NodeJS.ProcessEnv = process.env, root = PROJECT_ROOT): SchemeSource {
  let cached: { schemes: AlertScheme[]; at: number; day: string } | undefined;
  return {
    schemes: async (now) => {
      const day = amsterdamDay(now);
      if (cached && cached.day === day && Date.now() - cached.at < config.contentCacheMs) return cached.schemes;
      try {
        cached = { schemes: await loadPublishedSchemes(env, root, now), at: Date.now(), day };
      } catch (error) {
        if (!cached) throw error;
      }
      return cached.schemes;
    },
  };
}
