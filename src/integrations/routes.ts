// Every page of the site, injected from the model's route table: one template per kind of page,
// one route per language. No address is written here or in a folder name; each comes from
// @mkb010/model, so the site's links, the sitemap, the Studio's preview URLs and the slugs a
// document may not take all agree with the pages that exist.
import type { AstroIntegration } from 'astro';
import { MEDIA_ROUTE } from '../lib/images.ts';
import { finderDistrictsCss } from './finder-styles.ts';
import {
  FEEDS,
  LANGS,
  type Lang,
  PATH_WORDS,
  SCHEME_FILES,
  dataFilePath,
  eventsArchivePath,
  routePath,
  sectionPath,
  THEME_HUBS,
  THANKS_PAGES,
  type ThanksKind,
  thanksPath,
} from '@mkb010/model';

/** A template under src/routes/ and the address pattern it serves in a language. */
export interface RouteTemplate {
  entrypoint: string;
  pattern: (lang: Lang) => string;
  /** Templates that exist once for the whole site (not per language). */
  once?: boolean;
}

const dir = (path: string) => path.replace(/\/$/, '');
const template = (file: string) => `./src/routes/${file}`;

/** The schemes overview's filter folders as route patterns: none, theme, type, both (schemesFilterPath's shapes). */
const schemeFilterPatterns = (lang: Lang): string[] => {
  const base = sectionPath('scheme', lang);
  const theme = `${PATH_WORDS.theme[lang]}/[theme]/`;
  const type = `${PATH_WORDS.type[lang]}/[type]/`;
  return [base, base + theme, base + type, base + theme + type];
};

/** The site's templates and their patterns, in the route table's terms. */
export const ROUTE_TEMPLATES: readonly RouteTemplate[] = [
  { entrypoint: template('home.astro'), pattern: (lang) => routePath('home', lang) },
  { entrypoint: template('static-page.astro'), pattern: (lang) => `${routePath('home', lang)}[page]` },
  { entrypoint: template('guides.astro'), pattern: (lang) => `${sectionPath('guide', lang)}[...page]` },
  { entrypoint: template('guides-by-theme.astro'), pattern: (lang) => `${sectionPath('guide', lang)}${PATH_WORDS.theme[lang]}/[...page]` },
  { entrypoint: template('guide.astro'), pattern: (lang) => `${sectionPath('guide', lang)}[slug]` },
  {
    entrypoint: template('other-language-only.astro'),
    pattern: (lang) => `${sectionPath('guide', lang)}${PATH_WORDS.otherLanguageOnly[lang]}/[slug]`,
  },
  { entrypoint: template('stories.astro'), pattern: (lang) => `${sectionPath('story', lang)}[...page]` },
  { entrypoint: template('story.astro'), pattern: (lang) => `${sectionPath('story', lang)}[slug]` },
  {
    entrypoint: template('other-language-only.astro'),
    pattern: (lang) => `${sectionPath('story', lang)}${PATH_WORDS.otherLanguageOnly[lang]}/[slug]`,
  },
  { entrypoint: template('events.astro'), pattern: (lang) => `${sectionPath('event', lang)}[...page]` },
  { entrypoint: template('events-archive.astro'), pattern: (lang) => `${eventsArchivePath(lang)}[...page]` },
  { entrypoint: template('event.astro'), pattern: (lang) => `${sectionPath('event', lang)}[slug]` },
  { entrypoint: template('event-ics.ts'), pattern: (lang) => `${sectionPath('event', lang)}[slug].ics` },
  { entrypoint: template('events-feed.ts'), pattern: (lang) => FEEDS.events[lang] },
  { entrypoint: template('schemes.astro'), pattern: (lang) => `${sectionPath('scheme', lang)}[...page]` },
  { entrypoint: template('scheme.astro'), pattern: (lang) => `${sectionPath('scheme', lang)}[slug]` },
  { entrypoint: template('scheme-ics.ts'), pattern: (lang) => `${sectionPath('scheme', lang)}[slug].ics` },
  ...[0, 1, 2, 3].map((shape) => ({
    entrypoint: template('schemes-feed.ts'),
    pattern: (lang: Lang) => `${schemeFilterPatterns(lang)[shape]}${SCHEME_FILES.feed}`,
  })),
  ...[0, 1].map((shape) => ({
    entrypoint: template('scheme-deadlines.ts'),
    pattern: (lang: Lang) => `${schemeFilterPatterns(lang)[shape]}${SCHEME_FILES.deadlines}`,
  })),
  { entrypoint: template('partners.astro'), pattern: (lang) => `${sectionPath('partner', lang)}[...page]` },
  {
    entrypoint: template('partners-by-theme.astro'),
    pattern: (lang) => `${sectionPath('partner', lang)}${PATH_WORDS.theme[lang]}/[...page]`,
  },
  { entrypoint: template('partner.astro'), pattern: (lang) => `${sectionPath('partner', lang)}[slug]` },
  { entrypoint: template('campaigns.astro'), pattern: (lang) => sectionPath('campaign', lang) },
  { entrypoint: template('campaign.astro'), pattern: (lang) => `${sectionPath('campaign', lang)}[slug]` },
  { entrypoint: template('theme-hub.astro'), pattern: (lang) => `${THEME_HUBS[lang]}[theme]` },
  { entrypoint: template('progress.astro'), pattern: (lang) => routePath('progress', lang) },
  { entrypoint: template('finder.astro'), pattern: (lang) => routePath('finder', lang) },
  { entrypoint: template('finder-step.astro'), pattern: (lang) => `${routePath('finder', lang)}[choice]` },
  { entrypoint: template('finder-result.astro'), pattern: (lang) => `${routePath('finder', lang)}[choice]/[sector]` },
  { entrypoint: template('search.astro'), pattern: (lang) => routePath('search', lang) },
  { entrypoint: template('rss.ts'), pattern: (lang) => FEEDS.rss[lang] },
  { entrypoint: template('data-summary-csv.ts'), pattern: () => dataFilePath('summaryCsv'), once: true },
  { entrypoint: template('data-reports-csv.ts'), pattern: () => dataFilePath('reportsCsv'), once: true },
  { entrypoint: template('data-json.ts'), pattern: () => dataFilePath('json'), once: true },
  ...(Object.keys(THANKS_PAGES) as ThanksKind[]).map((kind) => ({
    entrypoint: template('thanks.astro'),
    pattern: (lang: Lang) => thanksPath(kind, lang),
  })),
  { entrypoint: template('media.ts'), pattern: () => MEDIA_ROUTE, once: true },
];

/** The Astro integration that injects every route of the table. */
export default function routes(): AstroIntegration {
  return {
    name: 'mkb010-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        // The Hulpwijzer's result pages import their district stylesheet from this plugin.
        updateConfig({ vite: { plugins: [finderDistrictsCss()] } });
        for (const route of ROUTE_TEMPLATES) {
          for (const lang of route.once ? (['nl'] as const) : LANGS) {
            injectRoute({ pattern: dir(route.pattern(lang)) || '/', entrypoint: route.entrypoint });
          }
        }
      },
    },
  };
}
