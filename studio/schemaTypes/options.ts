// Fixed value lists from docs/content-model.md, with the Dutch titles editors pick from.

/** A value stored in the dataset and the Dutch title the Studio shows for it. */
export interface Option {
  title: string;
  value: string;
}

/** The three themes of the programme. */
export const THEME_OPTIONS: Option[] = [
  { title: 'Circulair', value: 'circulair' },
  { title: 'Duurzaam', value: 'duurzaam' },
  { title: 'Digitaal', value: 'digitaal' },
];

/** Languages a document can be written in. */
export const LANGUAGE_OPTIONS: Option[] = [
  { title: 'Nederlands', value: 'nl' },
  { title: 'Engels', value: 'en' },
];

/** Spoken languages at an event. */
export const EVENT_LANGUAGE_OPTIONS: Option[] = [
  { title: 'Nederlands', value: 'nl' },
  { title: 'Engels', value: 'en' },
  { title: 'Nederlands en Engels', value: 'nl-en' },
];

/** SME sectors. */
export const SECTOR_OPTIONS: Option[] = [
  { title: 'Winkels en retail', value: 'retail' },
  { title: 'Horeca', value: 'horeca' },
  { title: 'Bouw en installatie', value: 'bouw-installatie' },
  { title: 'Logistiek en haven', value: 'logistiek-haven' },
  { title: 'Creatieve sector', value: 'creatief' },
  { title: 'Food', value: 'food' },
  { title: 'Persoonlijke dienstverlening', value: 'persoonlijke-dienstverlening' },
  { title: 'Maakindustrie', value: 'maakindustrie' },
  { title: 'Zakelijke dienstverlening', value: 'zakelijke-dienstverlening' },
];

/** Rotterdam's districts. */
export const DISTRICT_OPTIONS: Option[] = [
  { title: 'Centrum', value: 'centrum' },
  { title: 'Delfshaven', value: 'delfshaven' },
  { title: 'Feijenoord', value: 'feijenoord' },
  { title: 'Charlois', value: 'charlois' },
  { title: 'IJsselmonde', value: 'ijsselmonde' },
  { title: 'Kralingen-Crooswijk', value: 'kralingen-crooswijk' },
  { title: 'Noord', value: 'noord' },
  { title: 'Hillegersberg-Schiebroek', value: 'hillegersberg-schiebroek' },
  { title: 'Prins Alexander', value: 'prins-alexander' },
  { title: 'Overschie', value: 'overschie' },
  { title: 'Hoogvliet', value: 'hoogvliet' },
  { title: 'Hoek van Holland', value: 'hoek-van-holland' },
  { title: 'Pernis', value: 'pernis' },
  { title: 'Rozenburg', value: 'rozenburg' },
];

/** Kinds of partner organisation. */
export const PARTNER_KIND_OPTIONS: Option[] = [
  { title: 'Ondernemersvereniging', value: 'ondernemersvereniging' },
  { title: 'Kennisinstelling', value: 'kennisinstelling' },
  { title: 'Financier', value: 'financier' },
  { title: 'Brancheorganisatie', value: 'brancheorganisatie' },
  { title: 'Innovatiehub', value: 'innovatiehub' },
  { title: 'Overheid', value: 'overheid' },
  { title: 'Onderwijs', value: 'onderwijs' },
];

/** Kinds of support scheme. */
export const SCHEME_TYPE_OPTIONS: Option[] = [
  { title: 'Subsidie', value: 'subsidie' },
  { title: 'Voucher', value: 'voucher' },
  { title: 'Lening', value: 'lening' },
  { title: 'Gratis advies', value: 'advies' },
  { title: 'Training', value: 'training' },
];

/** Route keys from src/lib/routes.ts that navigation may point to. */
export const ROUTE_OPTIONS: Option[] = [
  { title: 'Home', value: 'home' },
  { title: 'Gidsen', value: 'guides' },
  { title: 'Succesverhalen', value: 'stories' },
  { title: 'Evenementen', value: 'events' },
  { title: 'Regelingen', value: 'schemes' },
  { title: 'Partners', value: 'partners' },
  { title: 'Voortgang', value: 'progress' },
  { title: 'Zoeken', value: 'search' },
  { title: 'Over MKB010>>Next', value: 'about' },
  { title: 'Toegankelijkheid', value: 'accessibility' },
  { title: 'Privacy', value: 'privacy' },
];

/** Dutch title of a stored value, or the value itself when unknown. */
export function optionTitle(options: Option[], value: string | undefined): string {
  return options.find((o) => o.value === value)?.title ?? value ?? '';
}
