// The schemes alerts are made of: published content only (content/published.ts, the copy routing
// reads too), so a draft never reaches a subscriber. `alerts:send` reads them once per run.
import type { SiteContent } from '@mkb010/content/judge';
import type { NewsScheme } from '@mkb010/model';
import { derived, loadPublishedContent, type PublishedContent } from '../content/published.ts';

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

/** The schemes of published content, as alerts need them. */
export function alertSchemes({ collections }: SiteContent): AlertScheme[] {
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

/** Reads the published schemes from the content source `env` names, judged at `now`. */
export async function loadPublishedSchemes(env: NodeJS.ProcessEnv, root: string, now: Date): Promise<AlertScheme[]> {
  return alertSchemes(await loadPublishedContent(env, root, now));
}

/** The service's schemes: those of `content` as of the job's moment. */
export function publishedSchemes(content: PublishedContent): SchemeSource {
  return { schemes: derived(content, alertSchemes) };
}
