// The site's GROQ queries, written once: the same strings run against the Content Lake
// (@sanity/client) and against a dataset file (groq-js). One query per document type, so a
// build makes nine requests whatever the number of documents. References are resolved here with
// `->`; each reference comes back wrapped as {_type: "deref", _ref, doc} so the pipeline can tell
// "no reference" from "a reference to a missing document" (which it reports).
// Reverse relations (translation pairs, a partner's guides) are computed in JS, never with
// per-document `*[...]` subqueries, which are quadratic in groq-js; so are Portable Text links.
import { defineQuery } from 'groq';
import type {
  CampaignsQueryResult,
  EventsQueryResult,
  GuidesQueryResult,
  ImpactReportsQueryResult,
  PagesQueryResult,
  PartnersQueryResult,
  SchemesQueryResult,
  SettingsQueryResult,
  StoriesQueryResult,
} from './sanity.types.ts';

// Small projections of referenced documents (the shape pages get instead of a reference).
const PARTNER_REF = `{_id, _type, name, "slug": slug.current, emergencyPhone, emergencyNote}`;
const GUIDE_REF = `{_id, _type, title, "slug": slug.current, language, summary, themes}`;
const STORY_REF = `{_id, _type, title, "slug": slug.current, language, summary, themes, image}`;
const SCHEME_REF = `{_id, _type, title, "slug": slug.current, schemeType, deadline, ongoing, opensAt, budgetStatus, themes}`;
const EVENT_REF = `{_id, _type, title, "slug": slug.current, start, end, allDay, cancelled}`;

// Resolved references, written out as constants (typegen reads template literals of constants,
// not function calls). Each keeps the raw id so a dangling one can be reported.
const PARTNER_ONE = `"partner": partner{"_type": "deref", _ref, "doc": @->${PARTNER_REF}}`;
const PROVIDER_ONE = `"providerPartner": providerPartner{"_type": "deref", _ref, "doc": @->${PARTNER_REF}}`;
const ORGANISERS_MANY = `"organisers": organisers[]{"_type": "deref", _key, _ref, "doc": @->${PARTNER_REF}}`;
const RELATED_GUIDES_MANY = `"relatedGuides": relatedGuides[]{"_type": "deref", _key, _ref, "doc": @->${GUIDE_REF}}`;
const RELATED_SCHEMES_MANY = `"relatedSchemes": relatedSchemes[]{"_type": "deref", _key, _ref, "doc": @->${SCHEME_REF}}`;
const GUIDES_MANY = `"guides": guides[]{"_type": "deref", _key, _ref, "doc": @->${GUIDE_REF}}`;
const STORIES_MANY = `"stories": stories[]{"_type": "deref", _key, _ref, "doc": @->${STORY_REF}}`;
const EVENTS_MANY = `"events": events[]{"_type": "deref", _key, _ref, "doc": @->${EVENT_REF}}`;
const SCHEMES_MANY = `"schemes": schemes[]{"_type": "deref", _key, _ref, "doc": @->${SCHEME_REF}}`;

// Portable Text comes back as stored. Internal links are resolved in JS against the loaded
// collections (every link target is a document the site loads anyway): a `->` inside every block's
// markDefs costs groq-js seconds per thousand documents, an id map costs nothing.

const BASE = `_id, _type, _createdAt, _updatedAt, "slug": slug.current`;

/** All partners. */
export const partnersQuery = defineQuery(
  `*[_type == "partner"]{${BASE}, name, seoTitle, kind, logo, themes, sectors, districts, services, shortDescription, description, website, contact, emergencyPhone, emergencyNote, intakeEmail}`,
);

/** All guides (both languages). */
export const guidesQuery = defineQuery(
  `*[_type == "guide"]{${BASE}, title, seoTitle, language, "translationOf": translationOf._ref, themes, goals, summary, body, steps, sectors, timeNeeded, costIndication, ${PARTNER_ONE}, ${RELATED_GUIDES_MANY}, ${RELATED_SCHEMES_MANY}, searchKeywords, lastChecked, checkAgainBy, heroImage, publishedAt, changeLog}`,
);

/** All stories (both languages). */
export const storiesQuery = defineQuery(
  `*[_type == "story"]{${BASE}, title, seoTitle, language, "translationOf": translationOf._ref, company, entrepreneur, sector, district, quote, summary, body, image, themes, ${PARTNER_ONE}, ${RELATED_GUIDES_MANY}, publishedAt}`,
);

/** All events. */
export const eventsQuery = defineQuery(
  `*[_type == "event"]{${BASE}, title, seoTitle, summary, description, start, end, allDay, location, district, registrationUrl, ${ORGANISERS_MANY}, themes, goals, sectors, costEuro, costNote, language, cancelled, cancellationNote, image, series}`,
);

/** All support schemes. */
export const schemesQuery = defineQuery(
  `*[_type == "scheme"]{${BASE}, title, seoTitle, summary, schemeType, provider, ${PROVIDER_ONE}, eligibility, maxAmountEuro, amountNote, ongoing, deadline, opensAt, budgetStatus, changeLog, howToApply, applyUrl, themes, goals, sectors, companySizes, districts, searchKeywords}`,
);

/** All campaigns, whatever their window (the pipeline filters on SITE_NOW, so one query serves both perspectives). */
export const campaignsQuery = defineQuery(
  `*[_type == "campaign"]{${BASE}, title, seoTitle, language, "translationOf": translationOf._ref, summary, publishFrom, publishUntil, "sections": sections[]{..., _type == "featuredGuides" => {${GUIDES_MANY}}, _type == "featuredStories" => {${STORIES_MANY}}, _type == "featuredEvents" => {${EVENTS_MANY}}, _type == "featuredSchemes" => {${SCHEMES_MANY}}}}`,
);

/** All static pages (about, accessibility, privacy; both languages). */
export const pagesQuery = defineQuery(
  `*[_type == "page"]{${BASE}, title, seoTitle, language, "translationOf": translationOf._ref, summary, body, updatedAt}`,
);

/** All impact reports. */
export const impactReportsQuery = defineQuery(
  `*[_type == "impactReport"]{_id, _type, _createdAt, _updatedAt, ${PARTNER_ONE}, periodStart, periodEnd, activity, figures}`,
);

/** The site settings singleton (as a list, so an absent one is an empty answer, not an error). */
export const settingsQuery = defineQuery(
  `*[_type == "siteSettings" && _id == "siteSettings"]{_id, _type, _createdAt, _updatedAt, title, tagline, targetEntrepreneurs, firstRunTarget, currentRunStart, currentRunEnd, contact, navigation, footerLinks, footerText, searchSynonyms}`,
);

/** Collection name → its query; the order the pipeline runs them in. */
export const QUERIES = {
  partners: partnersQuery,
  guides: guidesQuery,
  stories: storiesQuery,
  events: eventsQuery,
  schemes: schemesQuery,
  campaigns: campaignsQuery,
  pages: pagesQuery,
  impactReports: impactReportsQuery,
  settings: settingsQuery,
} as const;

export type CollectionName = keyof typeof QUERIES;

/** Collection name → the result type `npm run typegen` generated for its query from the Studio schema. */
export interface QueryResults {
  partners: PartnersQueryResult;
  guides: GuidesQueryResult;
  stories: StoriesQueryResult;
  events: EventsQueryResult;
  schemes: SchemesQueryResult;
  campaigns: CampaignsQueryResult;
  pages: PagesQueryResult;
  impactReports: ImpactReportsQueryResult;
  settings: SettingsQueryResult;
}

/** One document as a collection's query returns it, before normalisation and validation. */
export type RawDocument<N extends CollectionName = CollectionName> = QueryResults[N][number];
export const COLLECTION_NAMES = Object.keys(QUERIES) as CollectionName[];
