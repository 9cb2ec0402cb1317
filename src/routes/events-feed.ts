// The Dutch calendar feed calendar apps subscribe to: upcoming events and those of the past year.
import type { APIRoute } from 'astro';
import { calendarResponse, eventsCalendar, eventsInFeed } from '../lib/calendar.ts';
import { siteNow, siteUrl } from '../lib/build-env.ts';
import { siteData } from '../lib/site-data.ts';

export const GET: APIRoute = async () => {
  const { events } = await siteData();
  return calendarResponse(eventsCalendar(eventsInFeed(events, siteNow()), { lang: 'nl', siteUrl: siteUrl() }), 'evenementen.ics');
};
