// One event as a calendar file (/evenementen/{slug}.ics, /en/events/{slug}.ics), for "Zet in je agenda".
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse, eventCalendar } from '../lib/calendar.ts';
import { siteUrl } from '../lib/build-env.ts';
import { siteData, type Event } from '../site/site-data.ts';
import { routeLang } from './route-lang.ts';

export const getStaticPaths = (async () => {
  const { events } = await siteData();
  return events.map((event) => ({ params: { slug: event.slug }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, routePattern }) => {
  const { event } = props as { event: Event };
  return calendarResponse(eventCalendar(event, { lang: routeLang(routePattern), siteUrl: siteUrl() }), `${event.slug}.ics`);
};
