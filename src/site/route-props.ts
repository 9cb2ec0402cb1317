// The pages of a dynamic route, defined once as a function of the site they render. A static build
// hands that function the build's site through getStaticPaths, and Astro gives each page its entry's
// props. The preview server renders on request, where Astro skips getStaticPaths; there the same
// function runs on the request's site (`Astro.locals.site`, set by the preview middleware) and the
// entry whose params match the request is picked. So both render from one definition of the pages.
import type { GetStaticPaths, Params } from 'astro';
import { buildSite, type Site } from './site-data.ts';

/** A request's params as Astro gives them (a number where the route's pages gave one). */
type RequestParams = Record<string, string | number | undefined>;

/** One page of a route: its params and the props its template gets. */
export interface RoutePage<P> {
  params: Params;
  props: P;
}

/** What a route's pages may depend on besides the site: the pattern it was injected with. */
export interface RoutePagesOptions {
  routePattern: string;
}

/** A route's pages, worked out from a site (its content and its "now"). */
export type RoutePages<P = unknown> = (site: Site, options: RoutePagesOptions) => Promise<RoutePage<P>[]> | RoutePage<P>[];

/** What a page or endpoint knows about its request (Astro's global or an endpoint's context). */
interface RouteRequest {
  props: unknown;
  params: RequestParams;
  routePattern: string;
  isPrerendered: boolean;
  locals: App.Locals;
}

/** The params without empty values, in a stable order: `{page: undefined}` and `{}` are one page. */
function paramsKey(params: RequestParams): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => [k, String(v).replace(/^\/+|\/+$/g, '')])
    .sort(([a], [b]) => a!.localeCompare(b!));
  return JSON.stringify(parts);
}

/** The getStaticPaths of a static build: every page of the route, from the build's site. */
export function staticPaths<P extends Record<string, unknown>>(pages: RoutePages<P>) {
  return (async ({ routePattern }) => pages(await buildSite(), { routePattern })) satisfies GetStaticPaths;
}

/**
 * This request's props: Astro's own in a static build; in the preview server the matching page of
 * `pages` on the request's site, or undefined when there is no such page (a 404).
 */
export async function routeProps<P>(request: RouteRequest, pages: RoutePages<P>): Promise<P | undefined> {
  if (request.isPrerendered) return request.props as P;
  const key = paramsKey(request.params);
  const list = await pages(request.locals.site, { routePattern: request.routePattern });
  return list.find((page) => paramsKey(page.params) === key)?.props;
}
