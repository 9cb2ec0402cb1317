// What a theme hub shows, worked out by its route: a few items of each type on the theme (the
// newest guides and stories, the next events, open schemes, a dozen partners) and the size of each
// full, paginated overview it links to, so the hub stays small however much a theme gathers.
import type { Lang, Theme } from '@mkb010/model';
import { isClosed } from '@mkb010/model';
import { eventsList, guidesList, partnersList, schemesList, storiesList } from './overviews.ts';
import { onTheme, type Event, type Guide, type Partner, type Scheme, type Settings, type Site, type Story } from './site-data.ts';

/** How many items of each type a hub shows before "see all". */
const HUB_LIMITS = { guides: 6, stories: 3, events: 6, schemes: 6, partners: 12 } as const;

/** A few items of one type, and how many the overview it links to lists. */
export interface HubList<T> {
  items: T[];
  total: number;
}

/** The props of a theme hub. */
export interface ThemeHubData {
  theme: Theme;
  lang: Lang;
  now: Date;
  settings: Settings | undefined;
  /** The theme's guides; total: the theme's guides overview. */
  guides: HubList<Guide>;
  /** Open schemes on the theme; total: the theme's schemes overview, which lists closed ones too. */
  schemes: HubList<Scheme>;
  /** Upcoming events on the theme; total: every upcoming event (the events overview has no theme filter). */
  events: HubList<Event>;
  /** Stories on the theme; total: every story of the language. */
  stories: HubList<Story>;
  /** Partners helping with the theme; total: the theme's partner overview. */
  partners: HubList<Partner>;
}

/** The hub of `theme` in `lang` on `site`. */
export function themeHubData({ content, now }: Site, theme: Theme, lang: Lang): ThemeHubData {
  const guides = guidesList(content.guides, lang, theme);
  const stories = storiesList(content.stories, lang);
  const upcoming = eventsList(content.events, now, false);
  const themeSchemes = schemesList(content.schemes, now, { theme });
  const partners = partnersList(content.partners, theme);
  return {
    theme,
    lang,
    now,
    settings: content.settings,
    guides: { items: guides.slice(0, HUB_LIMITS.guides), total: guides.length },
    schemes: {
      items: themeSchemes.filter((s) => !isClosed(s, now)).slice(0, HUB_LIMITS.schemes),
      total: themeSchemes.length,
    },
    events: { items: onTheme(upcoming, theme).slice(0, HUB_LIMITS.events), total: upcoming.length },
    stories: { items: onTheme(stories, theme).slice(0, HUB_LIMITS.stories), total: stories.length },
    partners: { items: partners.slice(0, HUB_LIMITS.partners), total: partners.length },
  };
}
