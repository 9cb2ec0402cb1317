// URLs per language, as ARCHITECTURE.md fixes them: Dutch at the root, English under /en/.
// Every link the site makes goes through here, so a URL changes in one place.

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export type Theme = 'circulair' | 'duurzaam' | 'digitaal';
export const THEMES: readonly Theme[] = ['circulair', 'duurzaam', 'digitaal'];

/** Content types that have their own pages. */
export type ContentType = 'guide' | 'story' | 'event' | 'scheme' | 'partner' | 'campaign' | 'page';

/** Route keys that site settings may use in navigation. */
export type RouteKey =
  | 'home'
  | 'guides'
  | 'stories'
  | 'events'
  | 'schemes'
  | 'partners'
  | 'progress'
  | 'search'
  | 'about'
  | 'accessibility'
  | 'privacy';

const THEME_SLUGS: Record<Lang, Record<Theme, string>> = {
  nl: { circulair: 'circulair', duurzaam: 'duurzaam', digitaal: 'digitaal' },
  en: { circulair: 'circular', duurzaam: 'sustainable', digitaal: 'digital' },
};

const SECTIONS: Record<Lang, Record<Exclude<ContentType, 'page'>, string>> = {
  nl: {
    guide: '/gidsen/',
    story: '/verhalen/',
    event: '/evenementen/',
    scheme: '/regelingen/',
    partner: '/partners/',
    campaign: '/campagnes/',
  },
  en: {
    guide: '/en/guides/',
    story: '/en/stories/',
    event: '/en/events/',
    scheme: '/en/support/',
    partner: '/en/partners/',
    campaign: '/en/campaigns/',
  },
};

const ROUTES: Record<Lang, Record<RouteKey, string>> = {
  nl: {
    home: '/',
    guides: '/gidsen/',
    stories: '/verhalen/',
    events: '/evenementen/',
    schemes: '/regelingen/',
    partners: '/partners/',
    progress: '/voortgang/',
    search: '/zoeken/',
    about: '/over/',
    accessibility: '/toegankelijkheid/',
    privacy: '/privacy/',
  },
  en: {
    home: '/en/',
    guides: '/en/guides/',
    stories: '/en/stories/',
    events: '/en/events/',
    schemes: '/en/support/',
    partners: '/en/partners/',
    progress: '/en/progress/',
    search: '/en/search/',
    about: '/en/about/',
    accessibility: '/en/accessibility/',
    privacy: '/en/privacy/',
  },
};

/**
 * First path segments the site itself uses at the root of each language. A static page lives at
 * /{slug}/ or /en/{slug}/, so it may not take one of these (Astro would give the URL to the section
 * and the page would vanish). A test keeps the lists equal to src/pages; the Studio has the same
 * lists in studio/schemaTypes/reserved.ts.
 */
export const RESERVED_PAGE_SLUGS: Record<Lang, readonly string[]> = {
  nl: ['campagnes', 'data', 'en', 'evenementen', 'gidsen', 'media', 'pagefind', 'partners', 'regelingen', 'thema', 'verhalen', 'voortgang', 'zoeken'],
  en: ['campaigns', 'events', 'guides', 'partners', 'progress', 'search', 'stories', 'support', 'themes'],
};

/** True when a static page in `lang` may not use `slug`, because the site's own section is there. */
export function isReservedPageSlug(slug: string, lang: Lang): boolean {
  return RESERVED_PAGE_SLUGS[lang].includes(slug);
}

/** Path of a fixed page (home, overviews, search, progress, static pages) in a language. */
export function routePath(key: RouteKey, lang: Lang): string {
  return ROUTES[lang][key];
}

/** True when `key` is a known route key (site settings are untrusted input). */
export function isRouteKey(key: string): key is RouteKey {
  return Object.hasOwn(ROUTES.nl, key);
}

/** Path of one document's page. Static pages (`page`) live at the root of their language. */
export function docPath(type: ContentType, slug: string, lang: Lang): string {
  const safe = encodeURIComponent(slug);
  if (type === 'page') return lang === 'nl' ? `/${safe}/` : `/en/${safe}/`;
  return `${SECTIONS[lang][type]}${safe}/`;
}

/** Path of the overview of a content type. */
export function sectionPath(type: Exclude<ContentType, 'page' | 'campaign'>, lang: Lang): string {
  return SECTIONS[lang][type];
}

/** URL slug of a theme in a language (`circulair` → `circular` in English). */
export function themeSlug(theme: Theme, lang: Lang): string {
  return THEME_SLUGS[lang][theme];
}

/** The theme a URL slug stands for in a language, if any. */
export function themeFromSlug(slug: string, lang: Lang): Theme | undefined {
  return THEMES.find((t) => THEME_SLUGS[lang][t] === slug);
}

/** Path of a theme hub. */
export function themePath(theme: Theme, lang: Lang): string {
  return lang === 'nl' ? `/thema/${THEME_SLUGS.nl[theme]}/` : `/en/themes/${THEME_SLUGS.en[theme]}/`;
}

/** Path of the guides overview narrowed to one theme (works without JavaScript). */
export function guidesByThemePath(theme: Theme, lang: Lang): string {
  return `${SECTIONS[lang].guide}thema/${THEME_SLUGS[lang][theme]}/`.replace('/en/guides/thema/', '/en/guides/theme/');
}

/** Path of one event's calendar file. */
export function eventIcsPath(slug: string, lang: Lang): string {
  return `${SECTIONS[lang].event}${encodeURIComponent(slug)}.ics`;
}

/** Path of a language's calendar feed. */
export function eventsFeedPath(lang: Lang): string {
  return lang === 'nl' ? '/evenementen.ics' : '/en/events.ics';
}

/** Path of a language's RSS feed. */
export function rssPath(lang: Lang): string {
  return lang === 'nl' ? '/rss.xml' : '/en/rss.xml';
}

/** The language a site path belongs to. */
export function langOfPath(path: string): Lang {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'nl';
}

/** Path of the archive of past events. */
export function eventsArchivePath(lang: Lang): string {
  return lang === 'nl' ? '/evenementen/archief/' : '/en/events/archive/';
}

const SCHEME_FILTER_WORDS: Record<Lang, { theme: string; type: string }> = {
  nl: { theme: 'thema', type: 'soort' },
  en: { theme: 'theme', type: 'type' },
};

/**
 * Path of the schemes overview narrowed by theme and/or type (static pages, no JavaScript).
 * `typeSlug` is the scheme type's URL segment in that language (see schemeTypeSlug in i18n.ts).
 */
export function schemesFilterPath(filter: { theme?: Theme; typeSlug?: string }, lang: Lang): string {
  const words = SCHEME_FILTER_WORDS[lang];
  let path = SECTIONS[lang].scheme;
  if (filter.theme) path += `${words.theme}/${THEME_SLUGS[lang][filter.theme]}/`;
  if (filter.typeSlug) path += `${words.type}/${encodeURIComponent(filter.typeSlug)}/`;
  return path;
}

const PAGE_WORDS: Record<Lang, string> = { nl: 'pagina', en: 'page' };

/**
 * Path of page `n` of a paginated overview whose first page is `firstPage`.
 * Page 1 is the overview's own URL; later pages sit under a word (`/gidsen/pagina/2/`,
 * `/en/guides/page/2/`), so a page number never meets a detail page's slug (`/gidsen/{slug}/`).
 */
export function pagedPath(firstPage: string, n: number): string {
  return n <= 1 ? firstPage : `${firstPage}${PAGE_WORDS[langOfPath(firstPage)]}/${n}/`;
}

/** Path of the partner directory narrowed to one theme. */
export function partnersByThemePath(theme: Theme, lang: Lang): string {
  return `${SECTIONS[lang].partner}${lang === 'nl' ? 'thema' : 'theme'}/${THEME_SLUGS[lang][theme]}/`;
}
