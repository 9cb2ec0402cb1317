// schema.org JSON-LD for each kind of page. Every builder returns a schema-dts type, so a type or
// property that schema.org does not have fails `npm run check`. Optional values are written as
// `undefined` (dropped by JSON.stringify), never spread in, because TypeScript checks the names of
// an object literal's own properties but not of spread ones.
import type { BreadcrumbList, Article, Event, HowTo, ItemAvailability, Organization, WebPage, WithContext } from 'schema-dts';
import { absoluteUrl } from './seo.ts';
import type { Lang } from '@mkb010/model';

const CONTEXT = 'https://schema.org';
const ORG_NAME = 'MKB010>>Next';
/** The programme's logo, a square PNG in public/ (Google asks for a raster image of 112 px or more). */
const LOGO_PATH = '/logo.png';

/** schema.org Organization for the programme, with its logo. */
export function organizationLd(input: {
  description: string;
  email?: string | null;
  phone?: string | null;
  lang: Lang;
}): WithContext<Organization> {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: ORG_NAME,
    url: absoluteUrl(input.lang === 'nl' ? '/' : '/en/'),
    logo: absoluteUrl(LOGO_PATH),
    description: input.description,
    areaServed: { '@type': 'City', name: 'Rotterdam' },
    email: input.email ?? undefined,
    telephone: input.phone ?? undefined,
  };
}

/** schema.org Article for a story. */
export function articleLd(input: {
  headline: string;
  description: string;
  path: string;
  lang: Lang;
  datePublished?: string | null;
  dateModified?: string | null;
  authorName?: string | null;
  image?: string | null;
}): WithContext<Article> {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    inLanguage: input.lang,
    mainEntityOfPage: absoluteUrl(input.path),
    datePublished: input.datePublished ?? undefined,
    dateModified: input.dateModified ?? undefined,
    author: input.authorName ? { '@type': 'Organization', name: input.authorName } : undefined,
    publisher: { '@type': 'Organization', name: ORG_NAME, logo: absoluteUrl(LOGO_PATH) },
    image: input.image ?? undefined,
  };
}

/** schema.org WebPage for a static page (about, accessibility, privacy): no author, no article. */
export function webPageLd(input: {
  name: string;
  description: string;
  path: string;
  lang: Lang;
  dateModified?: string | null;
}): WithContext<WebPage> {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    url: absoluteUrl(input.path),
    dateModified: input.dateModified ?? undefined,
    publisher: { '@type': 'Organization', name: ORG_NAME },
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
  image?: string | null;
}): WithContext<HowTo> {
  return {
    '@context': CONTEXT,
    '@type': 'HowTo',
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    url: absoluteUrl(input.path),
    author: input.authorName ? { '@type': 'Organization', name: input.authorName } : undefined,
    dateModified: input.dateModified ?? undefined,
    image: input.image ?? undefined,
    step: input.steps.map((s, i) => ({ '@type': 'HowToStep', position: i + 1, name: s.title, text: s.text })),
  };
}

/** Whether a place at an event can still be had: open until it ends, gone when cancelled or over. */
export function eventAvailability(input: { cancelled: boolean; upcoming: boolean }): ItemAvailability {
  if (input.cancelled || !input.upcoming) return 'https://schema.org/Discontinued';
  return 'https://schema.org/InStock';
}

/** schema.org Event with its status, attendance mode, place, image, organisers and offer. */
export function eventLd(input: {
  name: string;
  description: string;
  path: string;
  start: string;
  end: string;
  cancelled: boolean;
  upcoming: boolean;
  mode: 'venue' | 'online' | 'hybrid';
  venueName?: string | null;
  address?: { street?: string | null; postalCode?: string | null; city?: string | null } | null;
  onlineUrl?: string | null;
  organisers: { name: string; path: string }[];
  image?: string | null;
  costEuro: number;
  registrationUrl?: string | null;
  /** When the event was announced: the offer is valid from then. */
  announcedAt?: string | null;
}): WithContext<Event> {
  const modes = {
    venue: 'https://schema.org/OfflineEventAttendanceMode',
    online: 'https://schema.org/OnlineEventAttendanceMode',
    hybrid: 'https://schema.org/MixedEventAttendanceMode',
  } as const;
  const place = {
    '@type': 'Place',
    name: input.venueName ?? input.address?.city ?? 'Rotterdam',
    address: {
      '@type': 'PostalAddress',
      streetAddress: input.address?.street ?? undefined,
      postalCode: input.address?.postalCode ?? undefined,
      addressLocality: input.address?.city ?? 'Rotterdam',
      addressCountry: 'NL',
    },
  } as const;
  const online = input.onlineUrl ? ({ '@type': 'VirtualLocation', url: input.onlineUrl } as const) : undefined;
  const location = input.mode === 'venue' ? place : input.mode === 'online' ? online : online ? [place, online] : place;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: input.name,
    description: input.description,
    url: absoluteUrl(input.path),
    startDate: input.start,
    endDate: input.end,
    eventStatus: input.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: modes[input.mode],
    location,
    image: input.image ?? undefined,
    organizer: input.organisers.map((o) => ({ '@type': 'Organization', name: o.name, url: absoluteUrl(o.path) })),
    offers: {
      '@type': 'Offer',
      price: input.costEuro,
      priceCurrency: 'EUR',
      availability: eventAvailability(input),
      validFrom: input.announcedAt ?? undefined,
      url: input.registrationUrl ?? absoluteUrl(input.path),
    },
  };
}

/** schema.org BreadcrumbList: home, the sections above, and the page itself (without a link, as shown). */
export function breadcrumbLd(items: { name: string; path?: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.path ? absoluteUrl(item.path) : undefined,
    })),
  };
}
