// What the RSS feeds and robots.txt say. Pure functions over content, so the endpoints stay thin
// and tests can check the choices (which items, which order) without a build.
import { docPath, type Lang, rssPath, startOfAmsterdamDay } from '@mkb010/model';

/** The part of a guide or story a feed item needs. */
export interface FeedDoc {
  _id: string;
  _type: 'guide' | 'story';
  title: string;
  slug: string;
  language: Lang;
  summary: string;
  publishedAt?: string;
  lastChecked?: string;
}

/** One RSS item, in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
}

const CHANNEL = {
  nl: {
    title: 'MKB010>>Next: gidsen en verhalen',
    description: 'Nieuwe stappenplannen en verhalen van Rotterdamse ondernemers over circulair, duurzaam en digitaal ondernemen.',
  },
  en: {
    title: 'MKB010>>Next: guides and stories',
    description: 'New step-by-step guides and stories of Rotterdam entrepreneurs on circular, sustainable and digital business.',
  },
} as const;

/** Title and description of a language's feed. */
export function feedChannel(lang: Lang): { title: string; description: string } {
  return CHANNEL[lang];
}

/** The day a document counts as published: publishedAt, else (guides) when it was last checked. */
function publishedDay(doc: FeedDoc): string | undefined {
  return doc.publishedAt ?? doc.lastChecked;
}

/** A language's guides and stories as feed items, newest first (undated ones last). */
export function feedItems(docs: readonly FeedDoc[], lang: Lang, siteUrl: string): FeedItem[] {
  return docs
    .filter((d) => d.language === lang)
    .map((d) => ({ doc: d, day: publishedDay(d) }))
    .sort((a, b) => (b.day ?? '').localeCompare(a.day ?? '') || a.doc._id.localeCompare(b.doc._id))
    .map(({ doc, day }) => ({
      title: doc.title,
      link: siteUrl + docPath(doc._type, doc.slug, lang),
      description: doc.summary,
      ...(day ? { pubDate: startOfAmsterdamDay(day) } : {}),
    }));
}

/** Extra channel elements: the feed's language and its own address (atom:link rel="self"). */
export function feedChannelExtras(lang: Lang, siteUrl: string): string {
  return `<language>${lang === 'nl' ? 'nl-NL' : 'en-GB'}</language><atom:link href="${siteUrl}${rssPath(lang)}" rel="self" type="application/rss+xml"/>`;
}

/** robots.txt: everything allowed with the sitemap named; a preview build keeps every crawler out. */
export function robotsTxt(options: { preview: boolean; siteUrl: string }): string {
  if (options.preview) return ['# Preview build: drafts, not for search engines.', 'User-agent: *', 'Disallow: /', ''].join('\n');
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${options.siteUrl}/sitemap-index.xml`, ''].join('\n');
}
