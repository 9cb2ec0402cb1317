// The route table: every address the site has, per language (Dutch at the root, English under
// /en/). Page routes, links, the sitemap, the Studio's preview URLs and the slugs a document may
// not take are all derived from this table.
import { type Lang, LANGS } from './lang.ts';
import { GOALS, type Goal, SCHEME_TYPES, SECTORS, type SchemeType, type Sector, THEMES, type Theme } from './lists.ts';

/** Content types that have their own pages. */
export const CONTENT_TYPES = ['guide', 'story', 'event', 'scheme', 'partner', 'campaign', 'page'] as const;

/** A content type that has its own pages. */
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The site's sections: an overview with the detail pages of one content type below it. */
export const SECTIONS = {
  guide: { nl: '/gidsen/', en: '/en/guides/' },
  story: { nl: '/verhalen/', en: '/en/stories/' },
  event: { nl: '/evenementen/', en: '/en/events/' },
  scheme: { nl: '/regelingen/', en: '/en/support/' },
  partner: { nl: '/partners/', en: '/en/partners/' },
  campaign: { nl: '/campagnes/', en: '/en/campaigns/' },
} as const satisfies Record<Exclude<ContentType, 'page'>, Record<Lang, string>>;

/** A content type with its own section. */
export type SectionType = keyof typeof SECTIONS;

/**
 * Fixed pages, by the key site settings use for them in navigation, with their names. `menu` says
 * where the main menu has them: 'default' in the menu used when site settings list none, 'always'
 * on every page whatever site settings list (the Hulpwijzer: the way in for someone who does not
 * know what to look for).
 */
export const PAGES = {
  home: { path: { nl: '/', en: '/en/' }, label: { nl: 'Home', en: 'Home' } },
  guides: { menu: 'default', path: SECTIONS.guide, label: { nl: 'Gidsen', en: 'Guides' } },
  stories: { menu: 'default', path: SECTIONS.story, label: { nl: 'Verhalen', en: 'Stories' } },
  events: { menu: 'default', path: SECTIONS.event, label: { nl: 'Evenementen', en: 'Events' } },
  schemes: { menu: 'default', path: SECTIONS.scheme, label: { nl: 'Regelingen', en: 'Support schemes' } },
  partners: { menu: 'default', path: SECTIONS.partner, label: { nl: 'Partners', en: 'Partners' } },
  finder: { menu: 'always', path: { nl: '/hulpwijzer/', en: '/en/help-finder/' }, label: { nl: 'Hulpwijzer', en: 'Help finder' } },
  progress: { menu: 'default', path: { nl: '/voortgang/', en: '/en/progress/' }, label: { nl: 'Voortgang', en: 'Progress' } },
  search: { path: { nl: '/zoeken/', en: '/en/search/' }, label: { nl: 'Zoeken', en: 'Search' } },
  about: { path: { nl: '/over/', en: '/en/about/' }, label: { nl: 'Over ons', en: 'About us' } },
  accessibility: {
    path: { nl: '/toegankelijkheid/', en: '/en/accessibility/' },
    label: { nl: 'Toegankelijkheid', en: 'Accessibility' },
  },
  privacy: { path: { nl: '/privacy/', en: '/en/privacy/' }, label: { nl: 'Privacy', en: 'Privacy' } },
} as const satisfies Record<string, { path: Record<Lang, string>; label: Record<Lang, string>; menu?: 'default' | 'always' }>;

/** Keys of the fixed pages (what site settings may point navigation to). */
export type RouteKey = keyof typeof PAGES;

/** Route keys in menu order. */
export const ROUTE_KEYS = Object.keys(PAGES) as [RouteKey, ...RouteKey[]];

/** The fixed pages with a place in the main menu (see PAGES): those always in it, or also those of the default menu. */
export function menuKeys(which: 'always' | 'default'): RouteKey[] {
  return ROUTE_KEYS.filter((key) => {
    const menu = (PAGES[key] as { menu?: string }).menu;
    return menu === 'always' || (which === 'default' && menu === 'default');
  });
}

/** The names of the fixed pages per language, as menus and headings show them. */
export const PAGE_LABELS = Object.fromEntries(
  LANGS.map((lang) => [lang, Object.fromEntries(ROUTE_KEYS.map((key) => [key, PAGES[key].label[lang]]))]),
) as Record<Lang, Record<RouteKey, string>>;

/**
 * Keys whose page is a CMS page living at the root of its language (`/over/`), not a section of
 * the site's own; their slugs are what such pages use, so they are not reserved.
 */
const CMS_PAGE_KEYS: readonly RouteKey[] = ['about', 'accessibility', 'privacy'];

/** Words in addresses below a section: `/gidsen/pagina/2/`, `/regelingen/thema/duurzaam/soort/lening/`. */
export const PATH_WORDS = {
  page: { nl: 'pagina', en: 'page' },
  theme: { nl: 'thema', en: 'theme' },
  type: { nl: 'soort', en: 'type' },
  archive: { nl: 'archief', en: 'archive' },
  /** The Hulpwijzer's "any other sector" answer: `/hulpwijzer/duurzaam/anders/`. */
  otherSector: { nl: 'anders', en: 'other' },
  /** Below guides and stories: the short page that says a document exists only in the other language. */
  otherLanguageOnly: { nl: 'alleen-in-het-engels', en: 'only-in-dutch' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * The thank-you pages the service sends a visitor to (303) after a form was taken in, per form
 * kind. Static pages on the site; the service builds its redirects from `thanksPath`.
 */
export const THANKS_PAGES = {
  intake: { nl: '/bedankt/vraag/', en: '/en/thank-you/question/' },
  feedback: { nl: '/bedankt/feedback/', en: '/en/thank-you/feedback/' },
  subscribe: { nl: '/bedankt/aanmelding/', en: '/en/thank-you/subscription/' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A form whose success ends on a thank-you page. */
export type ThanksKind = keyof typeof THANKS_PAGES;

/** Path of the thank-you page after a form of `kind`, in `lang`. */
export function thanksPath(kind: ThanksKind, lang: Lang): string {
  return THANKS_PAGES[kind][lang];
}

/** Theme hubs: `/thema/{theme}/`, `/en/themes/{theme}/`. */
export const THEME_HUBS = { nl: '/thema/', en: '/en/themes/' } as const satisfies Record<Lang, string>;

/** Feeds per language. */
export const FEEDS = {
  rss: { nl: '/rss.xml', en: '/en/rss.xml' },
  events: { nl: '/evenementen.ics', en: '/en/events.ics' },
} as const satisfies Record<string, Record<Lang, string>>;

/**
 * Files below the schemes overview and each of its filter pages: the Atom feed of new and changed
 * schemes (`/regelingen/thema/duurzaam/feed.xml`) and the calendar of open deadlines to subscribe
 * to (`/regelingen/deadlines.ics`, per theme `/regelingen/thema/duurzaam/deadlines.ics`).
 */
export const SCHEME_FILES = { feed: 'feed.xml', deadlines: 'deadlines.ics' } as const;

/** Folders at the site root that hold no pages (open data, images, the search index). */
export const ROOT_FOLDERS = { data: '/data/', media: '/media/', search: '/pagefind/' } as const;

/**
 * The live preview server's own addresses (never on the public site): where the Studio's
 * Presentation tool starts a preview session, where a preview page asks for fresh drafts, and the
 * visual-editing script and its stylesheet those pages load.
 */
export const PREVIEW_PATHS = {
  enable: '/_preview/enable',
  refresh: '/_preview/refresh',
  changes: '/_preview/changes',
  script: '/_preview/visual-editing.js',
  stylesheet: '/_preview/visual-editing.css',
} as const;

/** Files of the open progress data, in `/data/`. */
export const DATA_FILES = {
  summaryCsv: 'voortgang-overzicht.csv',
  reportsCsv: 'voortgang-rapportages.csv',
  json: 'voortgang.json',
} as const;

/** The language prefix of English addresses. */
const EN_PREFIX = '/en/';

/** Path of a fixed page (home, overviews, search, progress, static pages) in a language. */
export function routePath(key: RouteKey, lang: Lang): string {
  return PAGES[key].path[lang];
}

/** True when `key` is a known route key (site settings are untrusted input). */
export function isRouteKey(key: string): key is RouteKey {
  return Object.hasOwn(PAGES, key);
}

/** The language a site path belongs to. */
export function langOfPath(path: string): Lang {
  return path === '/en' || path.startsWith(EN_PREFIX) ? 'en' : 'nl';
}

/** Path of the overview of a content type. */
export function sectionPath(type: SectionType, lang: Lang): string {
  return SECTIONS[type][lang];
}

/** Path of one document's page. Static pages (`page`) live at the root of their language. */
export function docPath(type: ContentType, slug: string, lang: Lang): string {
  const safe = encodeURIComponent(slug);
  if (type === 'page') return `${lang === 'nl' ? '/' : EN_PREFIX}${safe}/`;
  return `${SECTIONS[type][lang]}${safe}/`;
}

/** Path of a theme hub. */
export function themePath(theme: Theme, lang: Lang): string {
  return `${THEME_HUBS[lang]}${THEMES.slug(theme, lang)}/`;
}

/** Path of an overview narrowed to one theme: `/gidsen/thema/circulair/`, `/en/partners/theme/circular/`. */
export function byThemePath(type: 'guide' | 'partner', theme: Theme, lang: Lang): string {
  return `${SECTIONS[type][lang]}${PATH_WORDS.theme[lang]}/${THEMES.slug(theme, lang)}/`;
}

/** An answer to the Hulpwijzer's first question: a theme, or a goal that stands for one. */
export type FinderChoice = Theme | Goal;

/** Every answer to the Hulpwijzer's first question: the goals, then the themes. */
export function finderChoices(): FinderChoice[] {
  return [...GOALS.values, ...THEMES.values];
}

/** URL slug of an answer to the first question; themes and goals share one level of addresses. */
export function finderChoiceSlug(choice: FinderChoice, lang: Lang): string {
  return THEMES.has(choice) ? THEMES.slug(choice, lang) : GOALS.slug(choice, lang);
}

/** Path of the Hulpwijzer's sector question for a theme or goal: `/hulpwijzer/minder-afval/`. */
export function finderStepPath(choice: FinderChoice, lang: Lang): string {
  return `${PAGES.finder.path[lang]}${finderChoiceSlug(choice, lang)}/`;
}

/** URL slug of a sector answer; `undefined` is "anders" (every sector). */
export function finderSectorSlug(sector: Sector | undefined, lang: Lang): string {
  return sector ? SECTORS.slug(sector, lang) : PATH_WORDS.otherSector[lang];
}

/**
 * Items one section of a Hulpwijzer result page (schemes, partners, guides, events) lists at most
 * for a district choice, as one overview page does; with more, it links to the full overview.
 * Without a limit a theme with thousands of partners makes a result page of megabytes.
 */
export const FINDER_SECTION_MAX = 24;

/**
 * Path of a Hulpwijzer result page, per theme or goal and sector: `/hulpwijzer/duurzaam/horeca/`,
 * `/hulpwijzer/lagere-energierekening/anders/`, `/en/help-finder/sustainable/other/`.
 */
export function finderResultPath(choice: FinderChoice, sector: Sector | undefined, lang: Lang): string {
  return `${finderStepPath(choice, lang)}${finderSectorSlug(sector, lang)}/`;
}

/** Path of the schemes overview narrowed by theme and/or type (static pages, no JavaScript). */
export function schemesFilterPath(filter: { theme?: Theme; type?: SchemeType }, lang: Lang): string {
  let path: string = SECTIONS.scheme[lang];
  if (filter.theme) path += `${PATH_WORDS.theme[lang]}/${THEMES.slug(filter.theme, lang)}/`;
  if (filter.type) path += `${PATH_WORDS.type[lang]}/${SCHEME_TYPES.slug(filter.type, lang)}/`;
  return path;
}

/** Path of the Atom feed of the schemes a filter shows (`{}`: all schemes): `/regelingen/soort/lening/feed.xml`. */
export function schemesFeedPath(filter: { theme?: Theme; type?: SchemeType }, lang: Lang): string {
  return `${schemesFilterPath(filter, lang)}${SCHEME_FILES.feed}`;
}

/** Path of the calendar of open scheme deadlines, of one theme or (`undefined`) all: `/regelingen/thema/digitaal/deadlines.ics`. */
export function schemeDeadlinesPath(theme: Theme | undefined, lang: Lang): string {
  return `${schemesFilterPath(theme ? { theme } : {}, lang)}${SCHEME_FILES.deadlines}`;
}

/** Path of one scheme's deadline calendar file: `/regelingen/{slug}.ics`. */
export function schemeIcsPath(slug: string, lang: Lang): string {
  return `${SECTIONS.scheme[lang]}${encodeURIComponent(slug)}.ics`;
}

/** Content types written once per language whose untranslated documents get a short page in the other language. */
export const FALLBACK_TYPES = ['guide', 'story'] as const;

/** A content type with fallback pages. */
export type FallbackType = (typeof FALLBACK_TYPES)[number];

/**
 * Path of the `lang` page saying that the `type` document `slug` exists only in the other language:
 * `/en/guides/only-in-dutch/{slug}/` for a Dutch-only guide.
 */
export function otherLanguageOnlyPath(type: FallbackType, slug: string, lang: Lang): string {
  return `${SECTIONS[type][lang]}${PATH_WORDS.otherLanguageOnly[lang]}/${encodeURIComponent(slug)}/`;
}

/** Path of the archive of past events. */
export function eventsArchivePath(lang: Lang): string {
  return `${SECTIONS.event[lang]}${PATH_WORDS.archive[lang]}/`;
}

/** Path of one event's calendar file. */
export function eventIcsPath(slug: string, lang: Lang): string {
  return `${SECTIONS.event[lang]}${encodeURIComponent(slug)}.ics`;
}

/** Path of a language's calendar feed. */
export function eventsFeedPath(lang: Lang): string {
  return FEEDS.events[lang];
}

/** Path of a language's RSS feed. */
export function rssPath(lang: Lang): string {
  return FEEDS.rss[lang];
}

/** Path of an open-data file. */
export function dataFilePath(file: keyof typeof DATA_FILES): string {
  return `${ROOT_FOLDERS.data}${DATA_FILES[file]}`;
}

/**
 * Path of page `n` of a paginated overview whose first page is `firstPage`. Page 1 is the
 * overview's own URL; later pages sit under a word (`/gidsen/pagina/2/`), so a page number never
 * meets a detail page's slug.
 */
export function pagedPath(firstPage: string, n: number): string {
  return n <= 1 ? firstPage : `${firstPage}${PATH_WORDS.page[langOfPath(firstPage)]}/${n}/`;
}

/** The first path segment below a language's root (`/en/guides/` → `guides`). */
function firstSegment(path: string, lang: Lang): string | undefined {
  const rest = lang === 'en' ? path.slice(EN_PREFIX.length) : path.slice(1);
  return rest.split(/[/.]/)[0] || undefined;
}

/**
 * First path segments the site itself uses at the root of each language. A static page lives at
 * /{slug}/ or /en/{slug}/, so it may not take one of these, or the section would win the address.
 */
export const RESERVED_PAGE_SLUGS: Record<Lang, readonly string[]> = Object.fromEntries(
  LANGS.map((lang) => {
    const paths: string[] = [
      ...Object.values(SECTIONS).map((s) => s[lang]),
      ...Object.entries(PAGES)
        .filter(([key]) => !CMS_PAGE_KEYS.includes(key as RouteKey))
        .map(([, page]) => page.path[lang]),
      THEME_HUBS[lang],
      ...Object.values(THANKS_PAGES).map((page) => page[lang]),
    ];
    const words = new Set(paths.map((p) => firstSegment(p, lang)).filter((s): s is string => !!s));
    // Root folders and the English prefix sit at the Dutch root only.
    if (lang === 'nl') {
      for (const folder of Object.values(ROOT_FOLDERS)) words.add(folder.replaceAll('/', ''));
      words.add(EN_PREFIX.replaceAll('/', ''));
    }
    return [lang, [...words].sort()];
  }),
) as unknown as Record<Lang, readonly string[]>;

/** True when a static page in `lang` may not use `slug`, because the site's own section is there. */
export function isReservedPageSlug(slug: string, lang: Lang): boolean {
  return RESERVED_PAGE_SLUGS[lang].includes(slug);
}

/** One address of each kind the site has below its sections, other than the documents' own pages. */
function addressesBelowSections(lang: Lang): string[] {
  const theme = THEMES.values[0];
  const type = SCHEME_TYPES.values[0];
  return [
    ...Object.values(SECTIONS).map((section) => pagedPath(section[lang], 2)),
    byThemePath('guide', theme, lang),
    byThemePath('partner', theme, lang),
    schemesFilterPath({ theme }, lang),
    schemesFilterPath({ type }, lang),
    schemesFeedPath({}, lang),
    schemeDeadlinesPath(undefined, lang),
    eventsArchivePath(lang),
    ...FALLBACK_TYPES.map((type) => otherLanguageOnlyPath(type, 'x', lang)),
  ];
}

/**
 * Slugs a document of a sectioned type may not take in a language: the words the site's own
 * addresses use right below that section (`/evenementen/archief/`, `/gidsen/pagina/2/`,
 * `/gidsen/thema/…`, the name of `/regelingen/deadlines.ics`, which a scheme's own `{slug}.ics`
 * would meet), taken from the path functions above, so a new kind of address reserves its word.
 */
export function reservedDocSlugs(type: SectionType, lang: Lang): readonly string[] {
  const section: string = SECTIONS[type][lang];
  const words = addressesBelowSections(lang)
    .filter((path) => path.startsWith(section))
    .map((path) => path.slice(section.length).split(/[/.]/)[0]!);
  return [...new Set(words)].sort();
}
