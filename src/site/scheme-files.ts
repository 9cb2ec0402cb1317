// The params of the schemes' feed and calendar routes. Each is injected once per filter shape (none,
// theme, type, both: SCHEME_FILE_PATTERNS in src/integrations/routes.ts); the pattern's own params
// say which filters that route serves, so each filter gets exactly one file.
import { SCHEME_TYPES, THEMES } from '@mkb010/model';
import { routeLang } from '../routes/route-lang.ts';
import type { SchemeFilter } from '../lib/scheme-filters.ts';
import { hasDeadline } from '../lib/scheme-calendar.ts';

/** The pages of one feed or calendar route: the filters whose shape matches its pattern, with their slugs as params. */
export function filterParams(filters: readonly SchemeFilter[], routePattern: string) {
  const lang = routeLang(routePattern);
  const wantsTheme = routePattern.includes('[theme]');
  const wantsType = routePattern.includes('[type]');
  return filters
    .filter((f) => !!f.theme === wantsTheme && !!f.type === wantsType)
    .map((filter) => ({
      params: {
        ...(filter.theme ? { theme: THEMES.slug(filter.theme, lang) } : {}),
        ...(filter.type ? { type: SCHEME_TYPES.slug(filter.type, lang) } : {}),
      },
      props: { filter },
    }));
}

/**
 * The filter of a feed or calendar request. A pattern without params (`/regelingen/feed.xml`) is a
 * static route: Astro calls no getStaticPaths for it and hands no props, so it is the unfiltered one.
 */
export function filterOf(props: { filter?: SchemeFilter } | undefined): SchemeFilter {
  return props?.filter ?? {};
}

/** The schemes with a deadline a calendar can hold, typed as such. */
export function withDeadline<T extends { ongoing?: boolean | null; deadline?: string | null }>(
  schemes: readonly T[],
): (T & { deadline: string })[] {
  return schemes.filter((s): s is T & { deadline: string } => hasDeadline(s));
}
