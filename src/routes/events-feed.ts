// The calendar feed of a language that calendar apps subscribe to: upcoming events and those of the past year.
import type { APIRoute } from 'astro';
import { eventsFeedPath } from '@mkb010/model';
import { calendarResponse, eventsCalendar, eventsInFeed } from '../lib/calendar.ts';
import { siteNow, siteUrl } from '../lib/build-env.ts';
import { siteData } from '../site/site-data.ts';
import { routeLang } from './route-lang.ts';

export const GET: APIRoute = async ({ routePattern }) => {
  const lang = routeLang(routePattern);
  const { events } = await siteData();
  const fileName = eventsFeedPath(lang).split('/').pop() ?? 'events.ics';
  return calendarResponse(eventsCalendar(eventsInFeed(events, siteNow()), { lang, siteUrl: siteUrl() }), fileName);
};
