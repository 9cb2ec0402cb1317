// The calendar feed of a language that calendar apps subscribe to: upcoming events and those of the past year.
import type { APIRoute } from 'astro';
import { eventsFeedPath } from '@mkb010/model';
import { calendarResponse, eventsCalendar, eventsInFeed } from '../lib/calendar.ts';
import { siteUrl } from '../lib/build-env.ts';
import { routeLang } from './route-lang.ts';

export const GET: APIRoute = ({ routePattern, locals }) => {
  const lang = routeLang(routePattern);
  const { content, now } = locals.site;
  const fileName = eventsFeedPath(lang).split('/').pop() ?? 'events.ics';
  return calendarResponse(eventsCalendar(eventsInFeed(content.events, now), { lang, siteUrl: siteUrl() }), fileName);
};
