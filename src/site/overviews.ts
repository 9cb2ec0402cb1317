// What each overview lists, in its order, and the pages of its paginated route.
// Views and theme hubs use the same list functions, so a count on a hub matches the overview.
import { THEMES, eventsArchivePath, byThemePath, sectionPath, type Lang, type Theme, type SchemeType } from '@mkb010/model';

import {
  inLang,
  onTheme,
  pastEvents,
  upcomingEvents,
  type Site,
  type Event,
  type Guide,
  type Partner,
  type Scheme,
  type Story,
} from './site-data.ts';
import { schemeFilterPath, schemeFilters } from '../lib/scheme-filters.ts';
import { lastPages, overviewPaths } from './pagination.ts';
import type { RoutePagesOptions } from './route-props.ts';
import { schemeRank } from '@mkb010/model';

/** Guides of a language (newest first), optionally on one theme. */
export function guidesList(guides: Guide[], lang: Lang, theme?: Theme): Guide[] {
  const all = inLang(guides, lang);
  return theme ? onTheme(all, theme) : all;
}

/** Stories of a language, newest first. */
export function storiesList(stories: Story[], lang: Lang): Story[] {
  return inLang(stories, lang);
}

/** Upcoming events soonest first, or past ones most recent first. */
export function eventsList(events: Event[], now: Date, archive: boolean): Event[] {
  return archive ? pastEvents(events, now) : upcomingEvents(events, now);
}

/** Schemes matching a filter: open ones first, then those that open later, closed ones last (listed, marked closed). */
export function schemesList(schemes: Scheme[], now: Date, filter: { theme?: Theme; type?: SchemeType } = {}): Scheme[] {
  let list = filter.theme ? onTheme(schemes, filter.theme) : schemes;
  if (filter.type) list = list.filter((s) => s.schemeType === filter.type);
  // A stable sort: within a rank the schemes keep the content's order.
  return [...list].sort((a, b) => schemeRank(a, now) - schemeRank(b, now));
}

/** Partners by name, optionally those helping with one theme. */
export function partnersList(partners: Partner[], theme?: Theme): Partner[] {
  return theme ? onTheme(partners, theme) : partners;
}

/** Pages of the guides overview, or of its per-theme variants when `byTheme`. */
export function guidesPaths({ content: { guides } }: Site, opts: RoutePagesOptions, lang: Lang, byTheme = false) {
  const themes: (Theme | undefined)[] = byTheme ? [...THEMES.values] : [undefined];
  return overviewPaths(
    opts,
    themes.map((theme) => {
      const lists = { nl: guidesList(guides, 'nl', theme), en: guidesList(guides, 'en', theme) };
      return {
        firstPage: theme ? byThemePath('guide', theme, lang) : sectionPath('guide', lang),
        items: lists[lang],
        props: { lang, theme, lastPages: lastPages(lists) },
      };
    }),
  );
}

/** Pages of the stories overview. */
export function storiesPaths({ content: { stories } }: Site, opts: RoutePagesOptions, lang: Lang) {
  const lists = { nl: storiesList(stories, 'nl'), en: storiesList(stories, 'en') };
  return overviewPaths(opts, [{ firstPage: sectionPath('story', lang), items: lists[lang], props: { lang, lastPages: lastPages(lists) } }]);
}

/** Pages of the upcoming events, or of the archive. Events are the same in both languages. */
export function eventsPaths({ content, now }: Site, opts: RoutePagesOptions, lang: Lang, archive: boolean) {
  const list = eventsList(content.events, now, archive);
  return overviewPaths(opts, [
    {
      firstPage: archive ? eventsArchivePath(lang) : sectionPath('event', lang),
      items: list,
      props: { lang, archive, lastPages: lastPages({ nl: list, en: list }) },
    },
  ]);
}

/** Pages of the partner directory, or of its per-theme variants when `byTheme`. */
export function partnersPaths({ content: { partners } }: Site, opts: RoutePagesOptions, lang: Lang, byTheme = false) {
  const themes: (Theme | undefined)[] = byTheme ? [...THEMES.values] : [undefined];
  return overviewPaths(
    opts,
    themes.map((theme) => {
      const list = partnersList(partners, theme);
      return {
        firstPage: theme ? byThemePath('partner', theme, lang) : sectionPath('partner', lang),
        items: list,
        props: { lang, theme, lastPages: lastPages({ nl: list, en: list }) },
      };
    }),
  );
}

/** Pages of the schemes overview and of every theme/type filter (one route holds them all). */
export function schemesPaths({ content: { schemes }, now }: Site, opts: RoutePagesOptions, lang: Lang) {
  return overviewPaths(
    opts,
    [{}, ...schemeFilters()].map((filter) => {
      const list = schemesList(schemes, now, filter);
      return {
        firstPage: schemeFilterPath(filter, lang),
        items: list,
        props: { lang, theme: filter.theme, type: filter.type, lastPages: lastPages({ nl: list, en: list }) },
      };
    }),
  );
}
