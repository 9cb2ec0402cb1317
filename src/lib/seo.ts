// What search engines and link previews read: absolute URLs, hreflang alternates and JSON-LD.
import { siteUrl } from './build-env.ts';
import type { Lang } from '@mkb010/model';

// Cards, head links and JSON-LD resolve the same paths on many pages; keyed by origin and path.
const absolute = new Map<string, string>();

/** Absolute URL of a site path on the canonical origin. */
export function absoluteUrl(path: string): string {
  const origin = siteUrl();
  const key = `${origin} ${path}`;
  let href = absolute.get(key);
  if (href === undefined) {
    href = new URL(path, `${origin}/`).href;
    absolute.set(key, href);
  }
  return href;
}

/** Paths of one page in each language it exists in. */
export type Alternates = Partial<Record<Lang, string>>;

export interface HreflangLink {
  hreflang: string;
  href: string;
}

/** hreflang links for a page that exists in both languages; none when it exists in one only. */
export function hreflangLinks(alternates: Alternates): HreflangLink[] {
  if (!alternates.nl || !alternates.en) return [];
  return [
    { hreflang: 'nl', href: absoluteUrl(alternates.nl) },
    { hreflang: 'en', href: absoluteUrl(alternates.en) },
    { hreflang: 'x-default', href: absoluteUrl(alternates.nl) },
  ];
}

/**
 * JSON for a `<script type="application/ld+json">` that no CMS text can break out of:
 * `<`, `>` and `&` become JSON unicode escapes, so "</script>" cannot end the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Trims text to a meta description length at a word boundary. */
export function metaDescription(text: string | null | undefined, max = 160): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

const ORG_NAME = 'MKB010>>Next';

/** schema.org Organization for the programme. */
export function organizationLd(input: { description: string; email?: string | null; phone?: string | null; lang: Lang }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: ORG_NAME,
    url: absoluteUrl(input.lang === 'nl' ? '/' : '/en/'),
    description: input.description,
    areaServed: { '@type': 'City', name: 'Rotterdam' },
    ...(input.email ? { email: input.email } : {}),
    ...(input.phone ? { telephone: input.phone } : {}),
  };
}

/** schema.org Article for a story, static page or guide without steps. */
export function articleLd(input: {
  headline: string;
  description: string;
  path: string;
  lang: Lang;
  datePublished?: string | null;
  dateModified?: string | null;
  authorName?: string | null;
  image?: string | null;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    inLanguage: input.lang,
    mainEntityOfPage: absoluteUrl(input.path),
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.authorName ? { author: { '@type': 'Organization', name: input.authorName } } : {}),
    publisher: { '@type': 'Organization', name: ORG_NAME },
    ...(input.image ? { image: input.image } : {}),
  };
}

/** schema.org HowTo for a guide with steps. */
export function howToLd(input: {
  name: string;
  description: string;
  path: string;
  lang: Lang;
  steps: { title: string; text: string }[];
  authorName?: string | null;
  dateModified?: string | null;
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    url: absoluteUrl(input.path),
    ...(input.authorName ? { author: { '@type': 'Organization', name: input.authorName } } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    step: input.steps.map((s, i) => ({ '@type': 'HowToStep', position: i + 1, name: s.title, text: s.text })),
  };
}

/** schema.org Event with its status, attendance mode, place and organisers. */
export function eventLd(input: {
  name: string;
  description: string;
  path: string;
  start: string;
  end: string;
  cancelled: boolean;
  mode: 'venue' | 'online' | 'hybrid';
  venueName?: string | null;
  address?: { street?: string | null; postalCode?: string | null; city?: string | null } | null;
  onlineUrl?: string | null;
  organisers: string[];
  costEuro?: number | null;
  registrationUrl?: string | null;
}) {
  const modes = {
    venue: 'https://schema.org/OfflineEventAttendanceMode',
    online: 'https://schema.org/OnlineEventAttendanceMode',
    hybrid: 'https://schema.org/MixedEventAttendanceMode',
  };
  const locations: object[] = [];
  if (input.mode !== 'online') {
    locations.push({
      '@type': 'Place',
      name: input.venueName ?? input.address?.city ?? 'Rotterdam',
      address: {
        '@type': 'PostalAddress',
        streetAddress: input.address?.street ?? undefined,
        postalCode: input.address?.postalCode ?? undefined,
        addressLocality: input.address?.city ?? 'Rotterdam',
        addressCountry: 'NL',
      },
    });
  }
  if (input.mode !== 'venue' && input.onlineUrl) locations.push({ '@type': 'VirtualLocation', url: input.onlineUrl });
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    description: input.description,
    url: absoluteUrl(input.path),
    startDate: input.start,
    endDate: input.end,
    eventStatus: input.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: modes[input.mode],
    location: locations.length === 1 ? locations[0] : locations,
    organizer: input.organisers.map((name) => ({ '@type': 'Organization', name })),
    ...(typeof input.costEuro === 'number'
      ? { offers: { '@type': 'Offer', price: input.costEuro, priceCurrency: 'EUR', ...(input.registrationUrl ? { url: input.registrationUrl } : {}) } }
      : {}),
  };
}
