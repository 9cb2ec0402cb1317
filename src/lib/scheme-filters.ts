// The static filter pages of the schemes overview: every theme, every type, and each pair.
import { THEMES, schemesFilterPath, sectionPath, type Lang, type Theme } from './routes.ts';
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

/** getStaticPaths entries for the `[...filter]` route of a language. */
export function schemeFilterPaths(lang: Lang) {
  const base = sectionPath('scheme', lang);
  return schemeFilters().map((f) => {
    const path = schemesFilterPath({ theme: f.theme, typeSlug: f.type ? schemeTypeSlug(f.type, lang) : undefined }, lang);
    return { params: { filter: path.slice(base.length, -1) }, props: f };
  });
}
