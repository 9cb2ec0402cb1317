// Paginated overviews: each list cut into pages of PAGE_SIZE, with the site's URLs (page 1 at the
// overview's own path, later pages at …/pagina/N/ or …/page/N/, see pagedPath) and their language
// alternates. The pages are Astro's `Page` shape, made here rather than by Astro's paginate(): its
// URLs are not the site's, and the preview server, which renders on request, needs the same pages.
import type { Page } from 'astro';
import { pagedPath, type Lang } from '@mkb010/model';
import type { Alternates } from '../lib/seo.ts';
import type { RoutePage, RoutePagesOptions } from './route-props.ts';

/** Items per overview page: a phone-sized page even when a type holds thousands of documents. */
export const PAGE_SIZE = 24;

/** Number of pages a list of `total` items fills (an empty list still has its page 1). */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page counts per language of one overview, for hreflang links to the same page number. */
export type LastPages = Record<Lang, number>;

/** Page counts of an overview from its list in each language. */
export function lastPages(lists: Record<Lang, readonly unknown[]>): LastPages {
  return { nl: pageCount(lists.nl.length), en: pageCount(lists.en.length) };
}

/** One overview to paginate: its first page's path, its items in order, props for every page. */
export interface OverviewList<T, P> {
  firstPage: string;
  items: readonly T[];
  props: P;
}

/** What a paginated overview route hands its view. */
export type OverviewProps<T, P> = P & { page: Page<T> };

/** The pages of one list, page 1 at `firstPage`; an empty list still has its page 1. */
export function paginateList<T>(items: readonly T[], firstPage: string, size = PAGE_SIZE): Page<T>[] {
  const last = pageCount(items.length, size);
  const at = (k: number) => pagedPath(firstPage, k);
  return Array.from({ length: last }, (_, i) => {
    const n = i + 1;
    const start = i * size;
    const end = Math.min(start + size, items.length);
    return {
      data: items.slice(start, end),
      start,
      end: end - 1,
      size,
      total: items.length,
      currentPage: n,
      lastPage: last,
      url: {
        current: at(n),
        prev: n > 1 ? at(n - 1) : undefined,
        next: n < last ? at(n + 1) : undefined,
        first: n > 1 ? at(1) : undefined,
        last: n < last ? at(last) : undefined,
      },
    } as Page<T>;
  });
}

/**
 * The pages of a `[...page].astro` route for one or more overviews (the filter variants of the
 * schemes overview share one route). The rest parameter holds everything below the route's
 * folder: `undefined` for `/gidsen/`, `pagina/2` for `/gidsen/pagina/2/`.
 */
export function overviewPaths<T, P extends Record<string, unknown>>(
  { routePattern }: RoutePagesOptions,
  lists: OverviewList<T, P>[],
): (RoutePage<OverviewProps<T, P>> & { params: { page: string | undefined } })[] {
  const routeDir = `/${routePattern.replace(/^\//, '')}`.replace(/\[\.\.\.page\]\/?$/, '');
  return lists.flatMap(({ firstPage, items, props }) => {
    if (!firstPage.startsWith(routeDir)) {
      throw new Error(`Overview ${firstPage} cannot be built by the route ${routePattern}: its path lies outside ${routeDir}.`);
    }
    return paginateList(items, firstPage).map((page) => ({
      params: { page: page.url.current.slice(routeDir.length, -1) || undefined },
      props: { ...props, page },
    }));
  });
}

/** Page `n` of an overview in each language where the overview has that many pages. */
export function pagedAlternates(firstPages: Record<Lang, string>, n: number, last: LastPages): Alternates {
  const alternates: Alternates = {};
  for (const lang of ['nl', 'en'] as const) if (n <= last[lang]) alternates[lang] = pagedPath(firstPages[lang], n);
  return alternates;
}

/** Where the language switch of page `n` leads: the same page number in the other language, or its last page. */
export function pagedSwitchTo(firstPages: Record<Lang, string>, n: number, last: LastPages, lang: Lang): string {
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return pagedPath(firstPages[other], Math.min(n, last[other]));
}

/** Page numbers to link to: first, last and the current page's neighbours; `null` marks a gap. */
export function pageNumbers(current: number, last: number): (number | null)[] {
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((k) => k >= 1 && k <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const k of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && k - prev === 2)
      out.push(k - 1); // a gap of one page: show it
    else if (typeof prev === 'number' && k - prev > 2) out.push(null);
    out.push(k);
  }
  return out;
}
