// Interface text in Dutch and English, and the rules for field-level translations
// (locale objects whose English may be missing and then falls back to Dutch).
import {
  countOf,
  DISTRICTS,
  PAGE_LABELS,
  EVENT_LANGUAGES,
  PARTNER_KINDS,
  SCHEME_TYPES,
  SECTORS,
  THEMES,
  type Lang,
  type Theme,
} from '@mkb010/model';

export { otherLang } from '@mkb010/model';

const nl = {
  siteName: 'MKB010>>Next',
  tagline: 'Rotterdamse ondernemers op weg naar circulair, duurzaam en digitaal',
  homeTitle: 'MKB010>>Next: circulair, duurzaam en digitaal ondernemen in Rotterdam',
  skipLink: 'Ga direct naar de inhoud',
  mainNav: 'Hoofdmenu',
  footerNav: 'Meer over deze site',
  breadcrumb: 'Kruimelpad',
  ...PAGE_LABELS.nl,
  searchLabel: 'Zoek op deze site',
  headerSearch: 'Zoeken vanaf elke pagina',
  searchButton: 'Zoeken',
  searchDescription: 'Zoek in de gidsen, verhalen, evenementen, regelingen en partners van MKB010>>Next.',
  searchPlaceholderHint: 'Bijvoorbeeld: zonnepanelen, webwinkel of subsidie',
  languageSwitch: 'Read this page in English',
  languageSwitchShort: 'English',
  languageSwitchLabel: 'Taal',
  previewBanner: 'Voorbeeld: deze versie bevat concepten en is niet openbaar.',
  themes: 'Thema’s',
  theme: 'Thema',
  allThemes: 'Alle thema’s',
  allTypes: 'Alle soorten',
  partner: 'Partner',
  owner: 'Geschreven door',
  helpedBy: 'Geholpen door',
  lastChecked: 'Laatst gecontroleerd',
  published: 'Gepubliceerd',
  updated: 'Bijgewerkt',
  steps: 'Stappen',
  timeNeeded: 'Tijd nodig',
  costIndication: 'Kosten',
  sectors: 'Sectoren',
  relatedGuides: 'Gerelateerde gidsen',
  relatedSchemes: 'Regelingen die hierbij passen',
  /** Link text to a translation, written in the language it leads to. */
  translationGuide: 'Lees deze gids in het Nederlands',
  translationStory: 'Lees dit verhaal in het Nederlands',
  translationPage: 'Lees deze pagina in het Nederlands',
  printHint: 'Deze pagina is geschikt om te printen.',
  company: 'Bedrijf',
  entrepreneur: 'Ondernemer',
  sector: 'Sector',
  district: 'Wijk',
  upcomingEvents: 'Komende evenementen',
  pastEvents: 'Afgelopen evenementen',
  eventsArchive: 'Archief van evenementen',
  noUpcomingEvents: 'Er staan op dit moment geen evenementen gepland.',
  noPastEvents: 'Er zijn nog geen afgelopen evenementen.',
  seeArchive: 'Bekijk afgelopen evenementen',
  backToUpcoming: 'Terug naar komende evenementen',
  when: 'Wanneer',
  where: 'Waar',
  online: 'Online',
  hybrid: 'Op locatie en online',
  onlineLink: 'Link naar de online sessie',
  register: 'Aanmelden',
  registerFor: 'Aanmelden voor',
  cost: 'Kosten',
  free: 'Gratis',
  spokenLanguage: 'Voertaal',
  organisers: 'Georganiseerd door',
  cancelled: 'Geannuleerd',
  cancelledNotice: 'Dit evenement gaat niet door.',
  pastNotice: 'Dit evenement is geweest',
  nextEdition: 'De volgende keer',
  seeUpcomingEvents: 'Bekijk de komende evenementen',
  addToCalendar: 'Zet in je agenda (.ics)',
  subscribeCalendar: 'Abonneer op de agenda',
  calendarSubscribe: 'Abonneren',
  calendarDownload: 'Downloaden (.ics)',
  calendarExplained:
    'Met Abonneren zet je de agenda in je eigen agenda-app en komen nieuwe evenementen er vanzelf bij; Downloaden geeft je één bestand met de evenementen van vandaag.',
  timesInAmsterdam: 'Tijden in Nederlandse tijd (Amsterdam).',
  schemeType: 'Soort regeling',
  provider: 'Aangeboden door',
  whoQualifies: 'Voor wie',
  amount: 'Bedrag',
  upTo: 'tot',
  deadline: 'Deadline',
  ongoing: 'Doorlopend, geen deadline',
  howToApply: 'Zo vraag je het aan',
  applyButton: 'Naar de aanvraag',
  closed: 'Gesloten',
  open: 'Open',
  closedNotice: 'De deadline van deze regeling is voorbij. Je kunt niet meer aanvragen.',
  usedUpNotice: 'Het budget van deze regeling is op. Je kunt niet meer aanvragen.',
  opensLaterNotice: (day: string) => `Je kunt deze regeling aanvragen vanaf ${day}.`,
  changedOn: 'Gewijzigd op',
  whatChanged: 'Wat is er veranderd',
  deadlineToCalendar: 'Zet de deadline in je agenda (.ics)',
  followSchemes: 'Volg deze regelingen (Atom-feed)',
  deadlinesSubscribe: 'Abonneer op de deadlines in je agenda',
  followExplained:
    'Met de feed zie je in je feedlezer welke regelingen opengaan, veranderen of bijna sluiten. Het agenda-abonnement zet alle deadlines in je agenda-app.',
  partnerKind: 'Soort organisatie',
  services: 'Helpt met',
  website: 'Website',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Telefoon',
  address: 'Adres',
  partnerGuides: 'Gidsen van deze partner',
  partnerEvents: 'Evenementen van deze partner',
  partnerSchemes: 'Regelingen van deze partner',
  partnerStories: 'Verhalen waarbij deze partner hielp',
  nothingYet: 'Hier staat nog niets.',
  newestGuides: 'Nieuwste gidsen',
  newestStories: 'Nieuwste verhalen',
  nextEvents: 'De volgende evenementen',
  allGuides: 'Alle gidsen',
  allStories: 'Alle verhalen',
  allEvents: 'Alle evenementen',
  allSchemes: 'Alle regelingen',
  allPartners: 'Alle partners',
  offerTitle: 'Wat we voor je doen',
  liveCampaign: 'Nu in de schijnwerpers',
  progressTitle: 'Onze voortgang',
  progressLink: 'Bekijk de voortgang',
  onThisTheme: 'Over dit thema',
  guidesOnTheme: 'Gidsen over dit thema',
  storiesOnTheme: 'Verhalen over dit thema',
  eventsOnTheme: 'Evenementen over dit thema',
  schemesOnTheme: 'Regelingen over dit thema',
  partnersOnTheme: 'Partners die hierbij helpen',
  filterByTheme: 'Kies een thema',
  filterByType: 'Kies een soort',
  resultsCount: (n: number) => countOf(n, 'nl', { one: 'resultaat', other: 'resultaten' }),
  readMore: 'Lees meer',
  notFoundTitle: 'Pagina niet gevonden',
  onlyInOtherLanguage: 'Deze tekst is er alleen in het Engels.',
  faq: 'Veelgestelde vragen',
  externalLink: '(externe website)',
  pagination: 'Paginering',
  previousPage: 'Vorige',
  nextPage: 'Volgende',
  pageNumber: (n: number) => `Pagina ${n}`,
  pageOf: (n: number, last: number) => `Pagina ${n} van ${last}`,
  pagedTitle: (title: string, n: number) => (n > 1 ? `${title} – pagina ${n}` : title),
  resultsRange: (from: number, to: number, total: number) => `${from}–${to} van ${total} resultaten`,
  allGuidesOn: (theme: string, n: number) => `Alle gidsen over ${theme.toLowerCase()} (${n})`,
  allSchemesOn: (theme: string, n: number) => `Alle regelingen over ${theme.toLowerCase()} (${n})`,
  allPartnersOn: (theme: string, n: number) => `Alle partners voor ${theme.toLowerCase()} (${n})`,
  allStoriesCount: (n: number) => `Alle verhalen (${n})`,
  allEventsCount: (n: number) => `Alle komende evenementen (${n})`,
  partnersOnThemeTitle: (theme: string) => `Partners voor ${theme.toLowerCase()}`,
  emergencyNumber: (partner: string) => `Spoednummer ${partner}`,
  onlyInOtherTitle: (type: 'guide' | 'story') =>
    type === 'guide' ? 'Deze gids is er alleen in het Engels' : 'Dit verhaal is er alleen in het Engels',
  onlyInOtherRead: 'Je kunt de Engelse versie lezen:',
  onlyInOtherOverview: (type: 'guide' | 'story') =>
    type === 'guide' ? 'Bekijk alle gidsen in het Nederlands' : 'Bekijk alle verhalen in het Nederlands',
  writtenIn: (l: 'nl' | 'en') => (l === 'nl' ? 'In het Nederlands' : 'In het Engels'),
  campaigns: 'Campagnes',
  campaignsLead:
    'Lopende campagnes van de gemeente en de partners: een maand lang aandacht voor één onderwerp, met gidsen, evenementen en regelingen bij elkaar.',
  noCampaigns: 'Er loopt op dit moment geen campagne.',
  noCampaignsEvents: 'Bekijk de evenementen die eraan komen',
  checkedLongAgo: (day: string, partner: string) => `Laatst gecontroleerd op ${day} — controleer de actuele voorwaarden bij ${partner}.`,
  checkedLongAgoNoPartner: (day: string) => `Laatst gecontroleerd op ${day} — controleer de actuele voorwaarden bij de aanbieder.`,
} as const;

type Dict = { [K in keyof typeof nl]: (typeof nl)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const en: Dict = {
  siteName: 'MKB010>>Next',
  tagline: 'Rotterdam entrepreneurs on the way to circular, sustainable and digital business',
  homeTitle: 'MKB010>>Next: circular, sustainable and digital business in Rotterdam',
  skipLink: 'Skip to main content',
  mainNav: 'Main menu',
  footerNav: 'More about this site',
  breadcrumb: 'Breadcrumb',
  ...PAGE_LABELS.en,
  searchLabel: 'Search this site',
  headerSearch: 'Search from any page',
  searchButton: 'Search',
  searchDescription: 'Search the guides, stories, events, support schemes and partners of MKB010>>Next.',
  searchPlaceholderHint: 'For example: solar panels, web shop or subsidy',
  languageSwitch: 'Lees deze pagina in het Nederlands',
  languageSwitchShort: 'Nederlands',
  languageSwitchLabel: 'Language',
  previewBanner: 'Preview: this version contains drafts and is not public.',
  themes: 'Themes',
  theme: 'Theme',
  allThemes: 'All themes',
  allTypes: 'All types',
  partner: 'Partner',
  owner: 'Written by',
  helpedBy: 'Helped by',
  lastChecked: 'Last checked',
  published: 'Published',
  updated: 'Updated',
  steps: 'Steps',
  timeNeeded: 'Time needed',
  costIndication: 'Cost',
  sectors: 'Sectors',
  relatedGuides: 'Related guides',
  relatedSchemes: 'Support schemes that fit',
  translationGuide: 'Read this guide in English',
  translationStory: 'Read this story in English',
  translationPage: 'Read this page in English',
  printHint: 'This page is ready to print.',
  company: 'Company',
  entrepreneur: 'Entrepreneur',
  sector: 'Sector',
  district: 'District',
  upcomingEvents: 'Upcoming events',
  pastEvents: 'Past events',
  eventsArchive: 'Events archive',
  noUpcomingEvents: 'No events are planned right now.',
  noPastEvents: 'There are no past events yet.',
  seeArchive: 'See past events',
  backToUpcoming: 'Back to upcoming events',
  when: 'When',
  where: 'Where',
  online: 'Online',
  hybrid: 'On site and online',
  onlineLink: 'Link to the online session',
  register: 'Register',
  registerFor: 'Register for',
  cost: 'Cost',
  free: 'Free',
  spokenLanguage: 'Language',
  organisers: 'Organised by',
  cancelled: 'Cancelled',
  cancelledNotice: 'This event will not take place.',
  pastNotice: 'This event has taken place',
  nextEdition: 'Next time',
  seeUpcomingEvents: 'See the upcoming events',
  addToCalendar: 'Add to your calendar (.ics)',
  subscribeCalendar: 'Subscribe to the calendar',
  calendarSubscribe: 'Subscribe',
  calendarDownload: 'Download (.ics)',
  calendarExplained:
    'Subscribe adds the calendar to your own calendar app and new events appear by themselves; Download gives you one file with the events as they are today.',
  timesInAmsterdam: 'Times are Dutch time (Amsterdam).',
  schemeType: 'Type of support',
  provider: 'Offered by',
  whoQualifies: 'Who qualifies',
  amount: 'Amount',
  upTo: 'up to',
  deadline: 'Deadline',
  ongoing: 'Ongoing, no deadline',
  howToApply: 'How to apply',
  applyButton: 'Go to the application',
  closed: 'Closed',
  open: 'Open',
  closedNotice: 'The deadline for this scheme has passed. You can no longer apply.',
  usedUpNotice: 'The budget for this scheme has been used up. You can no longer apply.',
  opensLaterNotice: (day: string) => `You can apply for this scheme from ${day}.`,
  changedOn: 'Changed on',
  whatChanged: 'What has changed',
  deadlineToCalendar: 'Add the deadline to your calendar (.ics)',
  followSchemes: 'Follow these schemes (Atom feed)',
  deadlinesSubscribe: 'Subscribe to the deadlines in your calendar',
  followExplained:
    'The feed tells your feed reader which schemes open, change or are about to close. The calendar subscription puts every deadline in your calendar app.',
  partnerKind: 'Type of organisation',
  services: 'Helps with',
  website: 'Website',
  contact: 'Contact',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  partnerGuides: 'Guides by this partner',
  partnerEvents: 'Events by this partner',
  partnerSchemes: 'Support schemes by this partner',
  partnerStories: 'Stories this partner helped with',
  nothingYet: 'Nothing here yet.',
  newestGuides: 'Newest guides',
  newestStories: 'Newest stories',
  nextEvents: 'Coming up',
  allGuides: 'All guides',
  allStories: 'All stories',
  allEvents: 'All events',
  allSchemes: 'All support schemes',
  allPartners: 'All partners',
  offerTitle: 'What we do for you',
  liveCampaign: 'In the spotlight',
  progressTitle: 'Our progress',
  progressLink: 'See our progress',
  onThisTheme: 'About this theme',
  guidesOnTheme: 'Guides on this theme',
  storiesOnTheme: 'Stories on this theme',
  eventsOnTheme: 'Events on this theme',
  schemesOnTheme: 'Support schemes on this theme',
  partnersOnTheme: 'Partners who help with this',
  filterByTheme: 'Choose a theme',
  filterByType: 'Choose a type',
  resultsCount: (n: number) => countOf(n, 'en', { one: 'result', other: 'results' }),
  readMore: 'Read more',
  notFoundTitle: 'Page not found',
  onlyInOtherLanguage: 'This text is only available in Dutch.',
  faq: 'Frequently asked questions',
  externalLink: '(external website)',
  pagination: 'Pagination',
  previousPage: 'Previous',
  nextPage: 'Next',
  pageNumber: (n: number) => `Page ${n}`,
  pageOf: (n: number, last: number) => `Page ${n} of ${last}`,
  pagedTitle: (title: string, n: number) => (n > 1 ? `${title} – page ${n}` : title),
  resultsRange: (from: number, to: number, total: number) => `${from}–${to} of ${total} results`,
  allGuidesOn: (theme: string, n: number) => `All ${theme.toLowerCase()} guides (${n})`,
  allSchemesOn: (theme: string, n: number) => `All ${theme.toLowerCase()} support schemes (${n})`,
  allPartnersOn: (theme: string, n: number) => `All partners for ${theme.toLowerCase()} (${n})`,
  allStoriesCount: (n: number) => `All stories (${n})`,
  allEventsCount: (n: number) => `All upcoming events (${n})`,
  partnersOnThemeTitle: (theme: string) => `Partners for ${theme.toLowerCase()}`,
  emergencyNumber: (partner: string) => `${partner} emergency number`,
  onlyInOtherTitle: (type: 'guide' | 'story') =>
    type === 'guide' ? 'This guide is only available in Dutch' : 'This story is only available in Dutch',
  onlyInOtherRead: 'You can read the Dutch original:',
  onlyInOtherOverview: (type: 'guide' | 'story') => (type === 'guide' ? 'See all guides in English' : 'See all stories in English'),
  writtenIn: (l: 'nl' | 'en') => (l === 'nl' ? 'In Dutch' : 'In English'),
  campaigns: 'Campaigns',
  campaignsLead:
    'Current campaigns of the city and the partners: a month of attention for one subject, with guides, events and support schemes brought together.',
  noCampaigns: 'There is no campaign running at the moment.',
  noCampaignsEvents: 'See the upcoming events',
  checkedLongAgo: (day: string, partner: string) => `Last checked on ${day} — check the current conditions with ${partner}.`,
  checkedLongAgoNoPartner: (day: string) => `Last checked on ${day} — check the current conditions with the provider.`,
};

const DICTS: Record<Lang, Dict> = { nl: nl as Dict, en };

/** The interface text of a language. */
export function ui(lang: Lang): Dict {
  return DICTS[lang];
}

/** Locale tag for Intl APIs and the Open Graph locale. */
export function localeTag(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}

const THEME_INTROS: Record<Lang, Record<Theme, string>> = {
  nl: {
    circulair: 'Minder afval, slimmer materiaal: hergebruik grondstoffen en verdien aan reststromen.',
    duurzaam: 'Bespaar energie, verduurzaam je pand en vervoer, en verlaag je kosten.',
    digitaal: 'Verkoop online, werk slimmer met data en bescherm je bedrijf tegen hackers.',
  },
  en: {
    circulair: 'Less waste, smarter materials: reuse resources and earn from leftovers.',
    duurzaam: 'Save energy, make your premises and transport greener, and cut your costs.',
    digitaal: 'Sell online, work smarter with data and protect your business from hackers.',
  },
};

/** Display name of a theme. */
export function themeLabel(theme: Theme, lang: Lang): string {
  return THEMES.label(theme, lang);
}

/** One-sentence plain-language introduction of a theme. */
export function themeIntro(theme: Theme, lang: Lang): string {
  return THEME_INTROS[lang][theme];
}

/** Display name of a scheme type. */
export function schemeTypeLabel(type: string, lang: Lang): string {
  return SCHEME_TYPES.label(type, lang);
}

/** Display name of a partner kind. */
export function partnerKindLabel(kind: string, lang: Lang): string {
  return PARTNER_KINDS.label(kind, lang);
}

/** Display name of a sector. */
export function sectorLabel(sector: string, lang: Lang): string {
  return SECTORS.label(sector, lang);
}

/** Display name of a Rotterdam district (proper names, the same in both languages). */
export function districtLabel(district: string): string {
  return DISTRICTS.label(district, 'nl');
}

/** Display name of an event's spoken language. */
export function spokenLanguageLabel(code: string, lang: Lang): string {
  return EVENT_LANGUAGES.label(code, lang);
}

/** A field-level translated value: Dutch required, English optional. */
export interface Localized<T> {
  nl?: T | null;
  en?: T | null;
}

/** A localized value resolved for one language, with the language it is actually in. */
export interface Resolved<T> {
  value: T;
  lang: Lang;
}

/** Picks the value for `lang`, falling back to Dutch (and saying so, for `lang` attributes). */
export function pick<T>(field: Localized<T> | null | undefined, lang: Lang): Resolved<T> | undefined {
  if (!field) return undefined;
  const own = field[lang];
  if (own !== undefined && own !== null && !(typeof own === 'string' && own.trim() === '') && !(Array.isArray(own) && own.length === 0)) {
    return { value: own, lang };
  }
  const nlValue = field.nl;
  if (nlValue !== undefined && nlValue !== null) return { value: nlValue, lang: 'nl' };
  return undefined;
}

/** Picks a localized string for `lang` (Dutch fallback); empty string when absent. */
export function pickText(field: Localized<string> | null | undefined, lang: Lang): string {
  return pick(field, lang)?.value ?? '';
}

// Intl formatters are costly to create and a build formats thousands of amounts: one per kind.
const euroFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a euro amount the way readers of `lang` expect (no cents for whole amounts). */
export function formatEuro(amount: number, lang: Lang): string {
  const key = `${lang}:${Number.isInteger(amount)}`;
  let f = euroFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeTag(lang), {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    });
    euroFormats.set(key, f);
  }
  return f.format(amount);
}

/** Formats a whole number with the language's digit grouping. */
export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(localeTag(lang));
    numberFormats.set(lang, f);
  }
  return f.format(n);
}
