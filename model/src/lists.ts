// Every fixed value list the site and the Studio share: the value stored in a document, its label
// per language, and its URL slug per language. The Studio's options, the site's zod enums, labels,
// filters and URLs all come from here.
import type { Bilingual, Lang } from './lang.ts';

/** One value of a list. `slug` defaults to the value in both languages. */
export interface ListItem<V extends string> {
  value: V;
  label: Bilingual;
  slug?: Bilingual;
}

/** A value list with the lookups both the site and the Studio need. */
export interface ValueList<V extends string> {
  /** The stored values, in display order. */
  readonly values: readonly [V, ...V[]];
  readonly items: readonly ListItem<V>[];
  /** True when `value` is one of the list's values (documents are untrusted input). */
  has(value: unknown): value is V;
  /** Label of a value in a language; an unknown value is shown as it is. */
  label(value: string, lang: Lang): string;
  /** URL slug of a value in a language. */
  slug(value: V, lang: Lang): string;
  /** The value a URL slug stands for in a language, if any. */
  fromSlug(slug: string, lang: Lang): V | undefined;
  /** The list as Sanity field options: Dutch titles, the editors' language. */
  options(): { title: string; value: V }[];
}

/** Builds a value list from its items. */
export function valueList<const V extends string>(items: readonly [ListItem<V>, ...ListItem<V>[]]): ValueList<V> {
  const byValue = new Map<string, ListItem<V>>(items.map((item) => [item.value, item]));
  const slugOf = (item: ListItem<V>, lang: Lang) => item.slug?.[lang] ?? item.value;
  const values = items.map((item) => item.value) as [V, ...V[]];
  return {
    values,
    items,
    has: (value): value is V => typeof value === 'string' && byValue.has(value),
    label: (value, lang) => byValue.get(value)?.label[lang] ?? value,
    slug: (value, lang) => {
      const item = byValue.get(value);
      if (!item) throw new Error(`"${value}" is not in this list.`);
      return slugOf(item, lang);
    },
    fromSlug: (slug, lang) => items.find((item) => slugOf(item, lang) === slug)?.value,
    options: () => items.map((item) => ({ title: item.label.nl, value: item.value })),
  };
}

const same = (label: string): Bilingual => ({ nl: label, en: label });

/** The programme's three themes. */
export const THEMES = /* @__PURE__ */ valueList([
  { value: 'circulair', label: { nl: 'Circulair', en: 'Circular' }, slug: { nl: 'circulair', en: 'circular' } },
  { value: 'duurzaam', label: { nl: 'Duurzaam', en: 'Sustainable' }, slug: { nl: 'duurzaam', en: 'sustainable' } },
  { value: 'digitaal', label: { nl: 'Digitaal', en: 'Digital' }, slug: { nl: 'digitaal', en: 'digital' } },
]);
export type Theme = (typeof THEMES.values)[number];

/** SME sectors, each with a few kinds of business as examples, so an entrepreneur recognises their own. */
const SECTOR_ITEMS = [
  {
    value: 'retail',
    label: { nl: 'Detailhandel', en: 'Retail' },
    slug: { nl: 'detailhandel', en: 'retail' },
    examples: { nl: 'winkel, bloemist, fietsenmaker, opticien', en: 'shop, florist, bike shop, optician' },
  },
  {
    value: 'horeca',
    label: { nl: 'Horeca', en: 'Hospitality' },
    slug: { nl: 'horeca', en: 'hospitality' },
    examples: { nl: 'restaurant, café, hotel, lunchroom', en: 'restaurant, café, hotel, lunchroom' },
  },
  {
    value: 'bouw-installatie',
    label: { nl: 'Bouw en installatie', en: 'Construction and installation' },
    slug: { nl: 'bouw-en-installatie', en: 'construction' },
    examples: { nl: 'aannemer, schilder, installateur, loodgieter', en: 'contractor, painter, installer, plumber' },
  },
  {
    value: 'logistiek-haven',
    label: { nl: 'Logistiek en haven', en: 'Logistics and the port' },
    slug: { nl: 'logistiek-en-haven', en: 'logistics' },
    examples: { nl: 'transporteur, koerier, opslag, expediteur', en: 'haulier, courier, warehousing, freight forwarder' },
  },
  {
    value: 'creatief',
    label: { nl: 'Creatieve sector', en: 'Creative industry' },
    slug: { nl: 'creatief', en: 'creative' },
    examples: {
      nl: 'ontwerpbureau, fotograaf, architect, reclamebureau',
      en: 'design studio, photographer, architect, advertising agency',
    },
  },
  {
    value: 'food',
    label: { nl: 'Food', en: 'Food' },
    slug: { nl: 'food', en: 'food' },
    examples: { nl: 'bakkerij, slagerij, voedselproducent, catering', en: 'bakery, butcher, food producer, catering' },
  },
  {
    value: 'persoonlijke-dienstverlening',
    label: { nl: 'Persoonlijke dienstverlening', en: 'Personal services' },
    slug: { nl: 'persoonlijke-dienstverlening', en: 'personal-services' },
    examples: { nl: 'kapper, schoonheidssalon, fysiotherapeut', en: 'hairdresser, beauty salon, physiotherapist' },
  },
  {
    value: 'maakindustrie',
    label: { nl: 'Maakindustrie', en: 'Manufacturing' },
    slug: { nl: 'maakindustrie', en: 'manufacturing' },
    examples: { nl: 'metaalbedrijf, meubelmaker, drukkerij', en: 'metalworks, furniture maker, printing works' },
  },
  {
    value: 'zakelijke-dienstverlening',
    label: { nl: 'Zakelijke dienstverlening', en: 'Business services' },
    slug: { nl: 'zakelijke-dienstverlening', en: 'business-services' },
    examples: {
      nl: 'administratiekantoor, ICT-bedrijf, advocaat, uitzendbureau',
      en: 'accountancy firm, IT company, law firm, employment agency',
    },
  },
] as const satisfies readonly (ListItem<string> & { examples: Bilingual })[];

/** SME sectors. */
export const SECTORS = /* @__PURE__ */ valueList(SECTOR_ITEMS);
export type Sector = (typeof SECTORS.values)[number];

/** Kinds of business in a sector, as examples: "kapper, schoonheidssalon, fysiotherapeut". */
export function sectorExamples(sector: Sector, lang: Lang): string {
  const item = SECTOR_ITEMS.find((s) => s.value === sector);
  if (!item) throw new Error(`"${sector}" is not a sector.`);
  return item.examples[lang];
}

/** Rotterdam's districts (proper names: the same in both languages). */
export const DISTRICTS = /* @__PURE__ */ valueList([
  { value: 'centrum', label: same('Centrum') },
  { value: 'delfshaven', label: same('Delfshaven') },
  { value: 'feijenoord', label: same('Feijenoord') },
  { value: 'charlois', label: same('Charlois') },
  { value: 'ijsselmonde', label: same('IJsselmonde') },
  { value: 'kralingen-crooswijk', label: same('Kralingen-Crooswijk') },
  { value: 'noord', label: same('Noord') },
  { value: 'hillegersberg-schiebroek', label: same('Hillegersberg-Schiebroek') },
  { value: 'prins-alexander', label: same('Prins Alexander') },
  { value: 'overschie', label: same('Overschie') },
  { value: 'hoogvliet', label: same('Hoogvliet') },
  { value: 'hoek-van-holland', label: same('Hoek van Holland') },
  { value: 'pernis', label: same('Pernis') },
  { value: 'rozenburg', label: same('Rozenburg') },
]);
export type District = (typeof DISTRICTS.values)[number];

/** Company sizes by the number of people employed. */
export const COMPANY_SIZES = /* @__PURE__ */ valueList([
  { value: 'zzp', label: { nl: 'Zzp (alleen jezelf)', en: 'Self-employed (just you)' } },
  { value: '1-9', label: { nl: '1 tot 9 mensen in dienst', en: '1 to 9 employees' } },
  { value: '10-49', label: { nl: '10 tot 49 mensen in dienst', en: '10 to 49 employees' } },
  { value: '50-249', label: { nl: '50 tot 249 mensen in dienst', en: '50 to 249 employees' } },
]);

/**
 * What an entrepreneur wants to work on, in their own words (the Hulpwijzer's first question).
 * Each goal stands for one theme; its slug is its address below the Hulpwijzer, next to the themes'.
 */
const GOAL_ITEMS = [
  {
    value: 'energierekening',
    theme: 'duurzaam',
    label: { nl: 'Een lagere energierekening', en: 'Lower energy bills' },
    slug: { nl: 'lagere-energierekening', en: 'lower-energy-bills' },
  },
  {
    value: 'pand-verduurzamen',
    theme: 'duurzaam',
    label: { nl: 'Mijn pand verduurzamen', en: 'A greener building' },
    slug: { nl: 'pand-verduurzamen', en: 'greener-building' },
  },
  {
    value: 'schoon-vervoer',
    theme: 'duurzaam',
    label: { nl: 'Schoon vervoer en de zero-emissiezone', en: 'Clean transport and the zero-emission zone' },
    slug: { nl: 'schoon-vervoer', en: 'clean-transport' },
  },
  {
    value: 'minder-afval',
    theme: 'circulair',
    label: { nl: 'Minder afval', en: 'Less waste' },
    slug: { nl: 'minder-afval', en: 'less-waste' },
  },
  {
    value: 'hergebruiken',
    theme: 'circulair',
    label: { nl: 'Materiaal hergebruiken of repareren', en: 'Reusing or repairing materials' },
    slug: { nl: 'hergebruiken', en: 'reuse' },
  },
  {
    value: 'online-verkopen',
    theme: 'digitaal',
    label: { nl: 'Online verkopen', en: 'Selling online' },
    slug: { nl: 'online-verkopen', en: 'selling-online' },
  },
  {
    value: 'veilig-online',
    theme: 'digitaal',
    label: { nl: 'Veilig online: phishing, hacks en back-ups', en: 'Online security: phishing, hacks and back-ups' },
    slug: { nl: 'veilig-online', en: 'online-security' },
  },
  {
    value: 'slimmer-werken',
    theme: 'digitaal',
    label: { nl: 'Slimmer werken met AI en software', en: 'Working smarter with AI and software' },
    slug: { nl: 'slimmer-werken', en: 'work-smarter' },
  },
] as const satisfies readonly (ListItem<string> & { theme: Theme })[];

/** The entrepreneur's goals the Hulpwijzer offers. */
export const GOALS = /* @__PURE__ */ valueList(GOAL_ITEMS);
export type Goal = (typeof GOALS.values)[number];

/** The theme a goal stands for. */
export function goalTheme(goal: Goal): Theme {
  const item = GOAL_ITEMS.find((g) => g.value === goal);
  if (!item) throw new Error(`"${goal}" is not a goal.`);
  return item.theme;
}

/** Kinds of support scheme. */
export const SCHEME_TYPES = /* @__PURE__ */ valueList([
  { value: 'subsidie', label: { nl: 'Subsidie', en: 'Subsidy' }, slug: { nl: 'subsidie', en: 'subsidy' } },
  { value: 'voucher', label: { nl: 'Voucher', en: 'Voucher' } },
  { value: 'lening', label: { nl: 'Lening', en: 'Loan' }, slug: { nl: 'lening', en: 'loan' } },
  { value: 'advies', label: { nl: 'Gratis advies', en: 'Free advice' }, slug: { nl: 'advies', en: 'advice' } },
  { value: 'training', label: { nl: 'Training', en: 'Training' } },
]);
export type SchemeType = (typeof SCHEME_TYPES.values)[number];

/**
 * How much of a first-come-first-served scheme's budget is left, as the provider reports it. "Op"
 * (used up) closes the scheme whatever its deadline (the model's time rules, SCHEME_CLOSED).
 */
export const BUDGET_STATUSES = /* @__PURE__ */ valueList([
  { value: 'beschikbaar', label: { nl: 'Budget beschikbaar', en: 'Budget available' } },
  { value: 'bijna-op', label: { nl: 'Budget bijna op', en: 'Budget almost gone' } },
  { value: 'op', label: { nl: 'Budget op', en: 'Budget used up' } },
]);
export type BudgetStatus = (typeof BUDGET_STATUSES.values)[number];

/** Kinds of partner organisation. */
export const PARTNER_KINDS = /* @__PURE__ */ valueList([
  { value: 'ondernemersvereniging', label: { nl: 'Ondernemersvereniging', en: 'Business association' } },
  { value: 'kennisinstelling', label: { nl: 'Kennisinstelling', en: 'Knowledge institute' } },
  { value: 'financier', label: { nl: 'Financier', en: 'Financier' } },
  { value: 'brancheorganisatie', label: { nl: 'Brancheorganisatie', en: 'Trade association' } },
  { value: 'innovatiehub', label: { nl: 'Innovatiehub', en: 'Innovation hub' } },
  { value: 'overheid', label: { nl: 'Overheid', en: 'Government' } },
  { value: 'onderwijs', label: { nl: 'Onderwijs', en: 'Education' } },
]);

/** The language a document is written in. */
export const DOCUMENT_LANGUAGES = /* @__PURE__ */ valueList([
  { value: 'nl', label: { nl: 'Nederlands', en: 'Dutch' } },
  { value: 'en', label: { nl: 'Engels', en: 'English' } },
]);

/** The language spoken at an event. */
export const EVENT_LANGUAGES = /* @__PURE__ */ valueList([
  { value: 'nl', label: { nl: 'Nederlands', en: 'Dutch' } },
  { value: 'en', label: { nl: 'Engels', en: 'English' } },
  { value: 'nl-en', label: { nl: 'Nederlands en Engels', en: 'Dutch and English' } },
]);

/** Where an event takes place. */
export const EVENT_MODES = /* @__PURE__ */ valueList([
  { value: 'venue', label: { nl: 'Op locatie', en: 'At a venue' } },
  { value: 'online', label: { nl: 'Online', en: 'Online' } },
  { value: 'hybrid', label: { nl: 'Op locatie en online', en: 'At a venue and online' } },
]);

/** Kinds of highlighted box in running text. */
export const CALLOUT_TONES = /* @__PURE__ */ valueList([
  { value: 'info', label: { nl: 'Informatie', en: 'Information' } },
  { value: 'tip', label: { nl: 'Tip', en: 'Tip' } },
  { value: 'warning', label: { nl: 'Let op', en: 'Note' } },
]);
