// One event as a calendar file (/evenementen/{slug}.ics, /en/events/{slug}.ics), for "Zet in je agenda".
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, eventCalendar } from '../lib/calendar.ts';
import { siteUrl } from '../lib/build-env.ts';
import { siteData, type Event } from '../site/site-data.ts';
import { routeLang } from './route-lang.ts';
import { routeProps } from '../site/route-props.ts';

export const getStaticPaths = (async () => {
  const { events } = await siteData();
  return events.map((event) => ({ params: { slug: event.slug }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, getStaticPaths);
  if (!props) return new Response('Not found', { status: 404 });
  const { event } = props as { event: Event };
  return calendarResponse(eventCalendar(event, { lang: routeLang(context.routePattern), siteUrl: siteUrl() }), `${event.slug}.ics`);
};
