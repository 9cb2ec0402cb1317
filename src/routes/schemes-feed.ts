// Atom feeds of new and changed schemes: the overview's (/regelingen/feed.xml) and one per filter
// page (/regelingen/thema/duurzaam/feed.xml, …/soort/lening/feed.xml, both), in each language. The
// route is injected once per pattern; the pattern says which filters it serves.
import type { APIRoute } from 'astro';
import { atomResponse, schemesAtom } from '../lib/scheme-feeds.ts';
import { siteUrl } from '../lib/build-env.ts';
import { schemeFilters } from '../lib/scheme-filters.ts';
import { filterOf, filterParams } from '../site/scheme-files.ts';
import { routeProps, staticPaths, type RoutePages } from '../site/route-props.ts';
import { routeLang } from './route-lang.ts';

export const pages = ((_site, { routePattern }) => filterParams([{}, ...schemeFilters()], routePattern)) satisfies RoutePages;
export const getStaticPaths = staticPaths(pages);

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, pages);
  if (!props) return new Response('Not found', { status: 404 });
  const { content, now } = context.locals.site;
  const lang = routeLang(context.routePattern);
  return atomResponse(schemesAtom(content.schemes, { filter: filterOf(props), lang, siteUrl: siteUrl(), now }));
};
