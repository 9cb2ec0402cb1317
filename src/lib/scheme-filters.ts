// The static filter pages of the schemes overview: every theme, every type, and each pair.
import { SCHEME_TYPES, THEMES, schemesFilterPath, type Lang, type SchemeType, type Theme } from '@mkb010/model';

export interface SchemeFilter {
  theme?: Theme;
  type?: SchemeType;
}

/** Every filter combination except "no filter" (that is the overview itself). */
export function schemeFilters(): SchemeFilter[] {
  const filters: SchemeFilter[] = [];
  for (const theme of THEMES.values) filters.push({ theme });
  for (const type of SCHEME_TYPES.values) filters.push({ type });
  for (const theme of THEMES.values) for (const type of SCHEME_TYPES.values) filters.push({ theme, type });
  return filters;
}

/** Path of the schemes overview narrowed by a filter (`{}`: the overview itself), in a language. */
export function schemeFilterPath(filter: SchemeFilter, lang: Lang): string {
  return schemesFilterPath(filter, lang);
}
