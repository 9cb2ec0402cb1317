// The static filter pages of the schemes overview: every theme, every type, and each pair.
import { THEMES, schemesFilterPath, type Lang, type Theme } from './routes.ts';
import { SCHEME_TYPE_KEYS, schemeTypeSlug, type SchemeType } from './i18n.ts';

export interface SchemeFilter {
  theme?: Theme;
  type?: SchemeType;
}

/** Every filter combination except "no filter" (that is the overview itself). */
export function schemeFilters(): SchemeFilter[] {
  const filters: SchemeFilter[] = [];
  for (const theme of THEMES) filters.push({ theme });
  for (const type of SCHEME_TYPE_KEYS) filters.push({ type });
  for (const theme of THEMES) for (const type of SCHEME_TYPE_KEYS) filters.push({ theme, type });
  return filters;
}

/** Path of the schemes overview narrowed by a filter (`{}`: the overview itself), in a language. */
export function schemeFilterPath(filter: SchemeFilter, lang: Lang): string {
  return schemesFilterPath({ theme: filter.theme, typeSlug: filter.type ? schemeTypeSlug(filter.type, lang) : undefined }, lang);
}
