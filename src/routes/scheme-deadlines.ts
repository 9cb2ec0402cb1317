// The calendars of open scheme deadlines that calendar apps subscribe to (webcal): all schemes
// (/regelingen/deadlines.ics) and one per theme (/regelingen/thema/digitaal/deadlines.ics).
import type { APIRoute } from 'astro';
import { calendarResponse } from '../lib/calendar.ts';
import { deadlinesCalendar, deadlinesInCalendar } from '../lib/scheme-calendar.ts';
import { siteUrl } from '../lib/build-env.ts';
import { filterOf, filterParams, withDeadline } from '../site/scheme-files.ts';
import { routeProps, staticPaths, type RoutePages } from '../site/route-props.ts';
import { THEMES } from '@mkb010/model';
import { routeLang } from './route-lang.ts';

export const pages = ((_site, { routePattern }) =>
  filterParams([{}, ...THEMES.values.map((theme) => ({ theme }))], routePattern)) satisfies RoutePages;
export const getStaticPaths = staticPaths(pages);

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, pages);
  if (!props) return new Response('Not found', { status: 404 });
  const { content, now } = context.locals.site;
  const lang = routeLang(context.routePattern);
  const { theme } = filterOf(props);
  const schemes = withDeadline(deadlinesInCalendar(content.schemes, theme, now));
  return calendarResponse(deadlinesCalendar(schemes, { lang, siteUrl: siteUrl(), theme }), 'deadlines.ics');
};
