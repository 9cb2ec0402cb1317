// One scheme's deadline as a calendar file (/regelingen/{slug}.ics, /en/support/{slug}.ics), for
// "Zet de deadline in je agenda": the last day as an all-day event with alarms 14 and 2 days before.
import type { APIRoute } from 'astro';
import { calendarResponse } from '../lib/calendar.ts';
import { schemeDeadlineCalendar } from '../lib/scheme-calendar.ts';
import { withDeadline } from '../site/scheme-files.ts';
import { siteUrl } from '../lib/build-env.ts';
import { routeProps, staticPaths, type RoutePages } from '../site/route-props.ts';
import { routeLang } from './route-lang.ts';

export const pages = (({ content }) =>
  withDeadline(content.schemes).map((scheme) => ({ params: { slug: scheme.slug }, props: { scheme } }))) satisfies RoutePages;
export const getStaticPaths = staticPaths(pages);

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, pages);
  if (!props) return new Response('Not found', { status: 404 });
  const { scheme } = props;
  return calendarResponse(
    schemeDeadlineCalendar(scheme, { lang: routeLang(context.routePattern), siteUrl: siteUrl() }),
    `${scheme.slug}.ics`,
  );
};
