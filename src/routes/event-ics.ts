// One event as a calendar file (/evenementen/{slug}.ics, /en/events/{slug}.ics), for "Zet in je agenda".
import type { APIRoute } from 'astro';
import { calendarResponse, eventCalendar } from '../lib/calendar.ts';
import { siteUrl } from '../lib/build-env.ts';
import { routeProps, staticPaths, type RoutePages } from '../site/route-props.ts';
import { routeLang } from './route-lang.ts';

export const pages = (({ content }) =>
  content.events.map((event) => ({ params: { slug: event.slug }, props: { event } }))) satisfies RoutePages;
export const getStaticPaths = staticPaths(pages);

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, pages);
  if (!props) return new Response('Not found', { status: 404 });
  const { event } = props;
  return calendarResponse(eventCalendar(event, { lang: routeLang(context.routePattern), siteUrl: siteUrl() }), `${event.slug}.ics`);
};
