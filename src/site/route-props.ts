// The props of a dynamic route's page. In a static build Astro runs the route's getStaticPaths once
// and hands each page its entry. The preview server renders on request, where Astro skips
// getStaticPaths; there the same function runs once per content version and the entry whose params
// match the request is picked, so both render from one definition of the route's pages.
import type { GetStaticPathsOptions, Page, PaginateFunction } from 'astro';
import { liveContent } from '../preview/live-content.ts';

type Params = Record<string, string | number | undefined>;
type PathEntry = { params: Params; props?: unknown };
type StaticPaths = (options: GetStaticPathsOptions) => Promise<readonly PathEntry[]> | readonly PathEntry[];

/** What a page or endpoint knows about its request (Astro's global or an endpoint's context). */
interface RouteRequest<P> {
  props: P;
  params: Record<string, string | undefined>;
  routePattern: string;
}

/** Per content version, per route pattern: the route's entries by their params. */
const entriesByVersion = new WeakMap<object, Map<string, Promise<Map<string, unknown>>>>();

/** The params without empty values, in a stable order: `{page: undefined}` and `{}` are one page. */
function paramsKey(params: Params): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => [k, String(v).replace(/^\/+|\/+$/g, '')])
    .sort(([a], [b]) => a!.localeCompare(b!));
  return JSON.stringify(parts);
}

/** Astro's paginate() as far as getStaticPaths uses it: a list cut into pages, page 1 without a number. */
function paginator(routePattern: string): PaginateFunction {
  const rest = routePattern.includes('[...page]');
  const pathOf = (page: string | undefined) =>
    `${routePattern
      .replace(/\[(\.\.\.)?page\]/, page ?? '')
      .replace(/\/+/g, '/')
      .replace(/\/?$/, '/')}`;
  const paginate = (data: readonly unknown[], args: { pageSize?: number; params?: Params; props?: Record<string, unknown> } = {}) => {
    const size = args.pageSize || 10;
    const lastPage = Math.max(1, Math.ceil(data.length / size));
    const param = (n: number) => (rest && n === 1 ? undefined : String(n));
    return Array.from({ length: lastPage }, (_, i) => {
      const n = i + 1;
      const start = (n - 1) * size;
      const end = Math.min(start + size, data.length);
      const page: Page = {
        data: data.slice(start, end),
        start,
        end: end - 1,
        size,
        total: data.length,
        currentPage: n,
        lastPage,
        url: {
          current: pathOf(param(n)),
          prev: n > 1 ? pathOf(param(n - 1)) : undefined,
          next: n < lastPage ? pathOf(param(n + 1)) : undefined,
          first: n > 1 ? pathOf(param(1)) : undefined,
          last: n < lastPage ? pathOf(param(lastPage)) : undefined,
        },
      };
      return { params: { ...args.params, page: param(n) }, props: { ...args.props, page } };
    });
  };
  return paginate as unknown as PaginateFunction;
}

/**
 * This request's props: Astro's own in a static build; in the preview server the matching entry of
 * `getStaticPaths` for the request's content, or undefined when there is no such page (a 404).
 */
export async function routeProps<P>(request: RouteRequest<P>, getStaticPaths: StaticPaths): Promise<P | undefined> {
  const live = liveContent();
  if (!live) return request.props;
  let routes = entriesByVersion.get(live.collections);
  if (!routes) {
    routes = new Map();
    entriesByVersion.set(live.collections, routes);
  }
  const pattern = request.routePattern;
  let entries = routes.get(pattern);
  if (!entries) {
    entries = Promise.resolve(getStaticPaths({ paginate: paginator(pattern), routePattern: pattern })).then(
      (list) => new Map(list.map((entry) => [paramsKey(entry.params), entry.props ?? {}])),
    );
    routes.set(pattern, entries);
  }
  return (await entries).get(paramsKey(request.params)) as P | undefined;
}
