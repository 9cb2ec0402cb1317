// The site's two languages: Dutch at the root, English under /en/.

/** The languages content and pages come in. */
export const LANGS = ['nl', 'en'] as const;

/** A site language. */
export type Lang = (typeof LANGS)[number];

/** A text in both languages. */
export type Bilingual = Record<Lang, string>;

/** The other site language. */
export function otherLang(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}

/** True when `value` is a site language (documents are untrusted input). */
export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}
