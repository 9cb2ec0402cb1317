// The shape every collection entry has after the pipeline (docs/content-model.md, with slugs
// flattened, references replaced by small projections, images normalised). The same schemas
// validate documents when they are loaded and define the Astro collections.
import { z } from 'zod';
import type { RawDocument } from './queries.ts';
import {
  BUDGET_STATUSES,
  COMPANY_SIZES,
  type DateProblem,
  DISTRICTS,
  dateTimeProblem,
  dayProblem,
  EVENT_LANGUAGES,
  EVENT_MODES,
  LANGS,
  PARTNER_KINDS,
  ROUTE_KEYS,
  SCHEME_TYPES,
  GOALS,
  SECTORS,
  SERIES_PATTERN,
  SLUG_PATTERN,
  THEMES,
  openingProblem,
  WINDOW_STATES,
} from '@mkb010/model';

export const theme = z.enum(THEMES.values);
export const language = z.enum(LANGS);
// Length, Windows device names and the site's own addresses are checked in judge.ts (they depend on the type and language).
const slug = z.string().regex(SLUG_PATTERN, 'slug must be lowercase letters, digits and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');
/** The model's date problem in the report's words (the Studio words the same problems in Dutch). */
function dateMessage(value: string, problem: DateProblem): string {
  switch (problem.kind) {
    case 'format':
      return problem.expected === 'date' ? 'must be a date YYYY-MM-DD' : 'must be an ISO 8601 datetime with a time zone';
    case 'month':
      return `"${value}" has month ${problem.month}, which does not exist`;
    case 'day':
      return `"${value}" does not exist: month ${problem.month} of ${problem.year} has ${problem.lastDay} days`;
    case 'time':
      return `"${value}" has the time ${problem.time}, which does not exist (00:00 to 23:59)`;
    case 'offset':
      return `"${value}" has the time zone ${problem.offset}, which does not exist`;
  }
}
/** A string the model's strict reading accepts; never Date.parse, which turns 30 February into 2 March. */
const strictDate = (problemOf: (value: unknown) => DateProblem | undefined) =>
  z.string().superRefine((value, ctx) => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: 'custom', message: dateMessage(value, problem) });
  });
const date = strictDate(dayProblem);
const datetime = strictDate(dateTimeProblem);
const httpsUrl = z.string().regex(/^https:\/\/[^\s]+$/, 'must be an https:// URL');
const themes = z.array(theme);
// The goals a document is made for (the Hulpwijzer's first question); empty: every goal of its themes.
const goals = z.array(z.enum(GOALS.values)).default([]);
// Audience lists: empty means "all" (docs/content-model.md).
const sectors = z.array(z.enum(SECTORS.values)).default([]);
const districts = z.array(z.enum(DISTRICTS.values)).default([]);
const meta = {
  _id: z.string(),
  _createdAt: z.string().optional(),
  _updatedAt: z.string().optional(),
};

/**
 * A change log (schemes, guides): dated notes in both languages. Only the shape is checked here;
 * a missing date or text and a future date are the model's rules (changeProblems), which judge.ts
 * applies at the build's moment.
 */
const changeLog = z
  .array(
    z.object({
      _key: z.string().optional(),
      date: z.string().optional(),
      note: z.object({ nl: z.string().optional(), en: z.string().optional() }).optional(),
    }),
  )
  .default([]);

/** An image after normalisation: a file from a dataset, or a Sanity CDN URL. */
export const image = z
  .object({
    _type: z.literal('image').optional(),
    _key: z.string().optional(),
    alt: text,
    caption: z.string().optional(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    url: z.string().optional(),
    file: z.string().optional(),
    assetRef: z.string().optional(),
  })
  .refine((img) => img.url || img.file, 'image has no file in the dataset and no CDN URL');

const localeString = z.object({ nl: text, en: z.string().optional() });
const localeText = localeString;

/** The target of an internal link, or null when it is not public in this build. */
export const linkTarget = z.object({ _id: z.string(), _type: z.string(), slug: z.string(), language: language.optional() }).nullable();

// Portable Text is rendered by astro-portabletext; only the parts the site relies on are checked.
const markDef = z.looseObject({ _type: z.string(), _key: z.string(), target: linkTarget.optional() });
const block = z.looseObject({ _type: z.string(), _key: z.string().optional(), markDefs: z.array(markDef).optional() });
/** A callout box: its text is Portable Text of its own (paragraphs with links). */
const callout = z.looseObject({
  _type: z.literal('callout'),
  // An unknown tone renders as 'info' (PtCallout), so it is no reason to leave a document out.
  tone: z.string().optional(),
  title: z.string().optional(),
  body: z.array(block).min(1, 'a callout needs text (body)'),
});
// Callouts are checked as callouts (issues keep their own field path); other blocks only as far
// as the renderer relies on them.
export const blockContent = z.array(
  block.superRefine((b, ctx) => {
    if (b._type !== 'callout') return;
    const result = callout.safeParse(b);
    for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }),
);
const localeBlockContent = z.object({ nl: blockContent, en: blockContent.optional() });

// Projections of referenced documents.
const phone = z.string().regex(/^\+?[\d\s()-]+$/, 'must be a phone number (digits, spaces, a leading +)');
/** A shorter title for the <title> element, when the editor set one. */
const seoTitle = z.string().trim().min(1).max(70, 'at most 70 characters').optional();
const localeSeoTitle = z
  .object({ nl: z.string().max(70, 'at most 70 characters').optional(), en: z.string().max(70, 'at most 70 characters').optional() })
  .optional();
export const partnerRef = z.object({
  _id: z.string(),
  _type: z.literal('partner'),
  name: z.string(),
  slug: z.string(),
  emergencyPhone: phone.optional(),
  emergencyNote: localeString.optional(),
});
export const guideRef = z.object({
  _id: z.string(),
  _type: z.literal('guide'),
  title: z.string(),
  slug: z.string(),
  language,
  summary: z.string().optional(),
  themes: themes.optional(),
});
export const storyRef = guideRef.extend({ _type: z.literal('story'), image: image.optional() });
export const schemeRef = z.object({
  _id: z.string(),
  _type: z.literal('scheme'),
  title: localeString,
  slug: z.string(),
  schemeType: z.string().optional(),
  deadline: z.string().optional(),
  ongoing: z.boolean().optional(),
  opensAt: z.string().optional(),
  budgetStatus: z.enum(BUDGET_STATUSES.values).optional(),
  themes: themes.optional(),
});
export const eventRef = z.object({
  _id: z.string(),
  _type: z.literal('event'),
  title: localeString,
  slug: z.string(),
  start: z.string(),
  end: z.string().optional(),
  allDay: z.boolean().optional(),
  cancelled: z.boolean().optional(),
});
/** The other-language version of a document-level translated document. */
export const translation = z.object({ _id: z.string(), slug: z.string(), language }).nullable();
const contact = z.object({ email: z.string().optional(), phone: z.string().optional(), address: z.string().optional() });

export const partner = z.object({
  ...meta,
  _type: z.literal('partner'),
  name: text,
  seoTitle: localeSeoTitle,
  slug,
  kind: z.enum(PARTNER_KINDS.values),
  logo: image.optional(),
  themes: themes.default([]),
  sectors,
  districts,
  services: z.array(localeString).default([]),
  shortDescription: z.object({ nl: text.max(200, 'at most 200 characters'), en: z.string().max(200, 'at most 200 characters').optional() }),
  description: localeBlockContent.optional(),
  website: httpsUrl.optional(),
  contact: contact.optional(),
  emergencyPhone: phone.optional(),
  emergencyNote: localeString.optional(),
  // Only the service reads it (routing "Vraag het een partner"); it checks the address itself, so a
  // bad one never takes the partner's page off the site.
  intakeEmail: z.string().trim().optional(),
});

export const guide = z
  .object({
    ...meta,
    _type: z.literal('guide'),
    title: z.string().trim().min(10, 'at least 10 characters').max(90, 'at most 90 characters'),
    seoTitle,
    slug,
    language,
    translation: translation.optional(),
    themes: themes.min(1, 'at least one theme'),
    goals,
    summary: z.string().trim().min(50, 'at least 50 characters').max(220, 'at most 220 characters'),
    body: blockContent.default([]),
    steps: z.array(z.object({ _key: z.string(), title: text, text: text })).min(2, 'at least two steps'),
    sectors,
    timeNeeded: z.string().optional(),
    costIndication: z.string().optional(),
    partner: partnerRef.optional(),
    relatedGuides: z.array(guideRef).default([]),
    relatedSchemes: z.array(schemeRef).default([]),
    searchKeywords: z.array(z.string()).default([]),
    lastChecked: date.optional(),
    checkAgainBy: date.optional(),
    heroImage: image.optional(),
    publishedAt: date.optional(),
    changeLog,
  })
  .refine((g) => !g.lastChecked || !g.checkAgainBy || g.checkAgainBy > g.lastChecked, {
    message: 'must be after lastChecked',
    path: ['checkAgainBy'],
  });

export const story = z.object({
  ...meta,
  _type: z.literal('story'),
  title: text,
  seoTitle,
  slug,
  language,
  translation: translation.optional(),
  company: text,
  entrepreneur: text,
  sector: z.enum(SECTORS.values).optional(),
  district: z.enum(DISTRICTS.values).optional(),
  quote: z.string().max(240, 'at most 240 characters').optional(),
  summary: text,
  body: blockContent.default([]),
  image,
  themes: themes.default([]),
  partner: partnerRef.optional(),
  relatedGuides: z.array(guideRef).default([]),
  publishedAt: date.optional(),
});

const address = z.object({ street: z.string().optional(), postalCode: z.string().optional(), city: z.string().optional() });

export const event = z
  .object({
    ...meta,
    _type: z.literal('event'),
    title: localeString,
    seoTitle: localeSeoTitle,
    slug,
    summary: localeText,
    description: localeBlockContent.optional(),
    start: datetime,
    end: datetime,
    allDay: z.boolean().default(false),
    location: z.object({
      mode: z.enum(EVENT_MODES.values),
      venueName: z.string().optional(),
      address: address.optional(),
      onlineUrl: httpsUrl.optional(),
    }),
    district: z.enum(DISTRICTS.values).optional(),
    registrationUrl: httpsUrl.optional(),
    organisers: z.array(partnerRef).default([]),
    themes: themes.default([]),
    goals,
    sectors,
    costEuro: z.number().min(0, 'must not be negative').default(0),
    costNote: localeString.optional(),
    language: z.enum(EVENT_LANGUAGES.values).default('nl'),
    cancelled: z.boolean().default(false),
    cancellationNote: localeString.optional(),
    image: image.optional(),
    series: z.string().regex(SERIES_PATTERN, 'series must be lowercase letters, digits and single hyphens').optional(),
  })
  .refine((e) => Date.parse(e.end) >= Date.parse(e.start), { message: 'must not be before start', path: ['end'] });

export const scheme = z
  .object({
    ...meta,
    _type: z.literal('scheme'),
    title: localeString,
    seoTitle: localeSeoTitle,
    slug,
    summary: localeText,
    schemeType: z.enum(SCHEME_TYPES.values),
    provider: text,
    providerPartner: partnerRef.optional(),
    eligibility: localeBlockContent.optional(),
    maxAmountEuro: z.number().min(0).optional(),
    amountNote: localeString.optional(),
    ongoing: z.boolean().default(false),
    deadline: date.optional(),
    opensAt: date.optional(),
    budgetStatus: z.enum(BUDGET_STATUSES.values).optional(),
    changeLog,
    howToApply: localeBlockContent.optional(),
    applyUrl: httpsUrl,
    themes: themes.default([]),
    goals,
    sectors,
    companySizes: z.array(z.enum(COMPANY_SIZES.values)).default([]),
    districts,
    searchKeywords: z.array(z.string()).default([]),
  })
  .refine((s) => s.ongoing || s.deadline, { message: 'a deadline is required unless the scheme is ongoing', path: ['deadline'] })
  .refine((s) => !openingProblem(s), {
    message: 'must not be after the deadline (applications cannot open after they close)',
    path: ['opensAt'],
  });

const internalOrHttps = z.string().regex(/^(\/[^\s]*|https:\/\/[^\s]+)$/, 'must be a site path starting with / or an https:// URL');
const section = z.discriminatedUnion('_type', [
  z.object({
    _type: z.literal('hero'),
    _key: z.string(),
    heading: text,
    text: z.string().optional(),
    image: image.optional(),
    ctaLabel: z.string().optional(),
    ctaUrl: internalOrHttps.optional(),
  }),
  z.object({ _type: z.literal('richText'), _key: z.string(), heading: z.string().optional(), body: blockContent }),
  z.object({ _type: z.literal('featuredGuides'), _key: z.string(), heading: text, guides: z.array(guideRef).default([]) }),
  z.object({ _type: z.literal('featuredStories'), _key: z.string(), heading: text, stories: z.array(storyRef).default([]) }),
  z.object({ _type: z.literal('featuredEvents'), _key: z.string(), heading: text, events: z.array(eventRef).default([]) }),
  z.object({ _type: z.literal('featuredSchemes'), _key: z.string(), heading: text, schemes: z.array(schemeRef).default([]) }),
  z.object({
    _type: z.literal('callToAction'),
    _key: z.string(),
    heading: text,
    text: z.string().optional(),
    label: text,
    url: internalOrHttps,
  }),
  z.object({
    _type: z.literal('faq'),
    _key: z.string(),
    heading: text,
    items: z.array(z.object({ _key: z.string(), question: text, answer: text })).default([]),
  }),
]);

export const campaign = z
  .object({
    ...meta,
    _type: z.literal('campaign'),
    title: text,
    seoTitle,
    slug,
    language,
    translation: translation.optional(),
    summary: text,
    publishFrom: datetime.optional(),
    publishUntil: datetime.optional(),
    /** Where the publish window stands at SITE_NOW (always 'live' in a published build). */
    scheduleState: z.enum(WINDOW_STATES),
    sections: z.array(section).default([]),
  })
  .refine((c) => !c.publishFrom || !c.publishUntil || Date.parse(c.publishUntil) > Date.parse(c.publishFrom), {
    message: 'must be after publishFrom',
    path: ['publishUntil'],
  });

export const page = z.object({
  ...meta,
  _type: z.literal('page'),
  title: text,
  seoTitle,
  slug,
  language,
  translation: translation.optional(),
  summary: text,
  body: blockContent.default([]),
  updatedAt: date.optional(),
});

const count = z.number().int('must be a whole number').min(0, 'must not be negative');
export const impactReport = z
  .object({
    ...meta,
    _type: z.literal('impactReport'),
    partner: partnerRef.optional(),
    periodStart: date,
    periodEnd: date,
    activity: text,
    figures: z
      .array(z.object({ _key: z.string(), theme, inspired: count, informed: count, activated: count }))
      .min(1, 'at least one figure'),
  })
  .refine((r) => r.periodEnd >= r.periodStart, { message: 'must not be before periodStart', path: ['periodEnd'] });

const navItem = z.object({ _key: z.string(), label: localeString, route: z.enum(ROUTE_KEYS) });
const synonymGroup = z.object({
  _key: z.string(),
  words: z.array(z.string().trim().min(1, 'must not be empty')).min(2, 'a group needs at least two words'),
});
export const settings = z
  .object({
    ...meta,
    _type: z.literal('siteSettings'),
    title: text,
    tagline: localeString,
    targetEntrepreneurs: z.number().int().positive(),
    firstRunTarget: z.number().int().positive().default(5000),
    currentRunStart: date,
    currentRunEnd: date.optional(),
    contact: contact.optional(),
    navigation: z.array(navItem).default([]),
    footerLinks: z.array(navItem).default([]),
    footerText: localeText.optional(),
    searchSynonyms: z.object({ nl: z.array(synonymGroup).default([]), en: z.array(synonymGroup).default([]) }).default({ nl: [], en: [] }),
  })
  .refine((st) => !st.currentRunEnd || st.currentRunEnd > st.currentRunStart, {
    message: 'must be after currentRunStart',
    path: ['currentRunEnd'],
  });

/** Collection name → schema of its entries. */
export const SCHEMAS = {
  partners: partner,
  guides: guide,
  stories: story,
  events: event,
  schemes: scheme,
  campaigns: campaign,
  pages: page,
  impactReports: impactReport,
  settings,
} as const;

/**
 * Keys of a schema's output (minus those the pipeline derives) that the collection's query does not
 * deliver: missing from its generated result type, or typed only `null` there (a field the Studio
 * schema does not have).
 */
type Undelivered<Schema extends z.ZodType, Row, Derived extends PropertyKey = never> = {
  [K in Exclude<keyof z.output<Schema>, Derived>]-?: K extends keyof Row ? ([Row[K]] extends [null] ? K : never) : K;
}[Exclude<keyof z.output<Schema>, Derived>];
/** Fails to compile with the names of the keys, when there are any. */
type NoneUndelivered<Keys extends never> = Keys;

// Validation is written by hand, so it must not drift from the Studio schema: after a field rename
// these fail `npm run check` (run `npm run typegen` first), naming the field.
// biome-ignore lint/correctness/noUnusedVariables: a check the compiler makes; nothing refers to it
type SchemasMatchStudio = [
  NoneUndelivered<Undelivered<typeof partner, RawDocument<'partners'>>>,
  NoneUndelivered<Undelivered<typeof guide, RawDocument<'guides'>, 'translation'>>,
  NoneUndelivered<Undelivered<typeof story, RawDocument<'stories'>, 'translation'>>,
  NoneUndelivered<Undelivered<typeof event, RawDocument<'events'>>>,
  NoneUndelivered<Undelivered<typeof scheme, RawDocument<'schemes'>>>,
  NoneUndelivered<Undelivered<typeof campaign, RawDocument<'campaigns'>, 'translation' | 'scheduleState'>>,
  NoneUndelivered<Undelivered<typeof page, RawDocument<'pages'>, 'translation'>>,
  NoneUndelivered<Undelivered<typeof impactReport, RawDocument<'impactReports'>>>,
  NoneUndelivered<Undelivered<typeof settings, RawDocument<'settings'>>>,
];

export type Partner = z.infer<typeof partner>;
export type Guide = z.infer<typeof guide>;
export type Story = z.infer<typeof story>;
export type Event = z.infer<typeof event>;
export type Scheme = z.infer<typeof scheme>;
export type Campaign = z.infer<typeof campaign>;
export type Page = z.infer<typeof page>;
export type ImpactReport = z.infer<typeof impactReport>;
export type Settings = z.infer<typeof settings>;
