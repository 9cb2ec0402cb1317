// What a home page shows, worked out by its route: the live campaign, the next events, the newest
// guides and stories, and the progress summary for the run verdicts.
import type { Lang } from '@mkb010/model';
import type { ImpactSummary } from '../lib/impact.ts';
import { progressSummary } from './progress-summary.ts';
import { inLang, upcomingEvents, type Campaign, type Event, type Guide, type Settings, type Site, type Story } from './site-data.ts';

/** How many events, guides and stories the home page shows before "see all". */
const HOME_LIMIT = 3;

/** The props of the home page of a language. */
export interface HomeData {
  lang: Lang;
  settings: Settings | undefined;
  /** The campaign of this language that is live now, if any. */
  campaign: Campaign | undefined;
  events: Event[];
  guides: Guide[];
  stories: Story[];
  progress: ImpactSummary;
}

/** The home page of `lang` on `site`. */
export function homeData(site: Site, lang: Lang): HomeData {
  const { content, now } = site;
  return {
    lang,
    settings: content.settings,
    campaign: inLang(content.campaigns, lang).find((c) => c.scheduleState === 'live'),
    events: upcomingEvents(content.events, now).slice(0, HOME_LIMIT),
    guides: inLang(content.guides, lang).slice(0, HOME_LIMIT),
    stories: inLang(content.stories, lang).slice(0, HOME_LIMIT),
    progress: progressSummary(site),
  };
}
