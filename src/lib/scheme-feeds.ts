// Atom feeds (RFC 4287) of new and changed schemes: one for all schemes and one per filter page of
// the schemes overview (theme, type, both), in each language. An entry is one piece of news from
// the model (a scheme opened, changed or nears its deadline), so a feed reader hears what the daily
// digest tells subscribers. Pure functions: content and a moment in, the same XML out.
import { Feed } from 'feed';
import {
  docPath,
  type Lang,
  type NewsScheme,
  SCHEME_TYPES,
  type SchemeNews,
  type SchemeType,
  schemeNews,
  schemesFeedPath,
  schemesFilterPath,
  THEMES,
  type Theme,
} from '@mkb010/model';
import { pickText } from './localized.ts';
import { newsLabel, newsSentence } from '@mkb010/content/scheme-news-text';

/** The part of a scheme a feed needs (docs/content-model.md, `scheme`). */
export interface FeedScheme extends NewsScheme {
  slug: string;
  title: { nl: string; en?: string };
  summary: { nl: string; en?: string };
  themes: readonly string[];
  schemeType: string;
  provider: string;
}

/** What a feed is narrowed to, as the overview's filter pages are. */
export interface SchemeFeedFilter {
  theme?: Theme;
  type?: SchemeType;
}

/** The most entries a feed carries: readers poll often, so the newest are enough. */
export const FEED_MAX_ENTRIES = 50;

/** The fixed day feeds without any entry say they were updated on: never the build clock. */
const EMPTY_FEED_UPDATED = new Date('2020-01-01T00:00:00Z');

const TEXT = {
  nl: {
    title: 'MKB010>>Next: nieuwe en gewijzigde regelingen',
    theme: (label: string) => `thema ${label}`,
    type: (label: string) => `soort ${label}`,
    subtitle: 'Regelingen voor Rotterdamse ondernemers die opengaan, veranderen of bijna sluiten.',
    more: 'Bekijk de regeling',
  },
  en: {
    title: 'MKB010>>Next: new and changed support schemes',
    theme: (label: string) => `theme ${label}`,
    type: (label: string) => `type ${label}`,
    subtitle: 'Support schemes for Rotterdam entrepreneurs that open, change or are about to close.',
    more: 'View the scheme',
  },
} as const;

/** The title of a feed: the site's, narrowed by theme and/or type ("… — thema Duurzaam, soort Lening"). */
export function schemesFeedTitle(filter: SchemeFeedFilter, lang: Lang): string {
  const text = TEXT[lang];
  const parts = [
    ...(filter.theme ? [text.theme(THEMES.label(filter.theme, lang))] : []),
    ...(filter.type ? [text.type(SCHEME_TYPES.label(filter.type, lang).toLowerCase())] : []),
  ];
  return parts.length ? `${text.title} — ${parts.join(', ')}` : text.title;
}

/** True when a scheme shows on the filter page of `filter`. */
function inFilter(scheme: FeedScheme, filter: SchemeFeedFilter): boolean {
  return (!filter.theme || scheme.themes.includes(filter.theme)) && (!filter.type || scheme.schemeType === filter.type);
}

/** The news a feed lists at `now`: every piece about the filter's schemes, newest first, at most FEED_MAX_ENTRIES. */
export function schemesFeedNews<S extends FeedScheme>(
  schemes: readonly S[],
  filter: SchemeFeedFilter,
  now: Date,
): { scheme: S; news: SchemeNews }[] {
  return schemes
    .filter((s) => inFilter(s, filter))
    .flatMap((scheme) => schemeNews(scheme, now).map((news) => ({ scheme, news })))
    .sort((a, b) => b.news.at.getTime() - a.news.at.getTime() || a.news.key.localeCompare(b.news.key))
    .slice(0, FEED_MAX_ENTRIES);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe inside HTML (entry titles and contents are `type="html"`). */
function html(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
}

/** A feed's id and entry ids: tag URIs (RFC 4151), stable whatever the site's address. */
function tag(specific: string): string {
  return `tag:mkb010next.nl,2026:${specific}`;
}

/** The Atom feed of the schemes a filter shows, in `lang`, at `now`. `siteUrl`: origin and base path, no trailing slash. */
export function schemesAtom(
  schemes: readonly FeedScheme[],
  options: { filter: SchemeFeedFilter; lang: Lang; siteUrl: string; now: Date },
): string {
  const { filter, lang, siteUrl, now } = options;
  const text = TEXT[lang];
  const entries = schemesFeedNews(schemes, filter, now);
  const feed = new Feed({
    id: tag(`schemes${schemesFilterPath(filter, 'nl')}${lang}`),
    title: schemesFeedTitle(filter, lang),
    description: text.subtitle,
    link: siteUrl + schemesFilterPath(filter, lang),
    feedLinks: { atom: siteUrl + schemesFeedPath(filter, lang) },
    // The newest entry's moment, so an unchanged feed is byte for byte the same in every build.
    updated: entries[0]?.news.at ?? EMPTY_FEED_UPDATED,
    author: { name: 'MKB010>>Next', link: `${siteUrl}/` },
    generator: false,
  });
  for (const { scheme, news } of entries) {
    const title = pickText(scheme.title, lang);
    const link = siteUrl + docPath('scheme', scheme.slug, lang);
    const sentence = newsSentence(news, scheme, lang);
    feed.addItem({
      id: tag(`scheme/${news.key}`),
      title: html(`${newsLabel(news, scheme, lang)}: ${title}`),
      link,
      date: news.at,
      description: html(pickText(scheme.summary, lang)),
      content: [sentence, pickText(scheme.summary, lang)]
        .filter(Boolean)
        .map((p) => `<p>${html(p)}</p>`)
        .concat(`<p><a href="${html(link)}">${text.more}</a></p>`)
        .join(''),
      author: [{ name: scheme.provider }],
      category: scheme.themes.filter((t) => THEMES.has(t)).map((t) => ({ term: THEMES.label(t, lang) })),
    });
  }
  // The library writes no language; Atom carries it as xml:lang on the root element.
  return feed
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
}

/** An Atom feed as the endpoint's response. */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
