// Field-level translations: locale objects whose English may be missing and then falls back to
// Dutch, with the language the value is actually in (for `lang` attributes).
import type { Lang } from '@mkb010/model';

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
