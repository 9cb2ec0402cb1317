// Formats for the reader's language: the locale tag for Intl APIs and Open Graph, euro amounts and
// numbers.
import type { Lang } from '@mkb010/model';

/** Locale tag for Intl APIs and the Open Graph locale. */
export function localeTag(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
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
