// Events as iCalendar (RFC 5545): the per-language feeds calendar apps subscribe to and the
// one-event files behind "add to calendar". Pure functions: content in, .ics text out, so the same
// input always gives the same bytes and unit tests can call them directly.
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { amsterdamDay, docPath, eventEndsAt, type Lang, routePath, ZONE } from '@mkb010/model';
import { pickText } from './localized.ts';

/** The part of an event document a calendar needs (docs/content-model.md, `event`). */
export interface CalendarEvent {
  _id: string;
  _createdAt?: string;
  _updatedAt?: string;
  slug: string;
  title: { nl: string; en?: string };
  summary: { nl: string; en?: string };
  start: string;
  end: string;
  allDay?: boolean | null;
  location: {
    mode: 'venue' | 'online' | 'hybrid';
    venueName?: string;
    address?: { street?: string; postalCode?: string; city?: string };
    onlineUrl?: string;
  };
  registrationUrl?: string;
  cancelled?: boolean | null;
  cancellationNote?: { nl: string; en?: string };
}

export interface CalendarOptions {
  lang: Lang;
  /** Canonical origin without trailing slash (SITE_URL). */
  siteUrl: string;
}

/** How often subscribed calendar apps should fetch the feed again (seconds). */
export const REFRESH_SECONDS = 6 * 60 * 60;

/** Used for DTSTAMP when a document carries no timestamps at all (a hand-made dataset file). */
const FALLBACK_STAMP = '2020-01-01T00:00:00.000Z';

const TEXT = {
  nl: {
    name: 'MKB010>>Next evenementen',
    description:
      'Workshops, webinars en netwerkbijeenkomsten voor Rotterdamse ondernemers over circulair, duurzaam en digitaal ondernemen.',
    product: 'Evenementen',
    cancelled: 'Geannuleerd',
    online: 'Online',
    register: 'Aanmelden',
    more: 'Meer informatie',
  },
  en: {
    name: 'MKB010>>Next events',
    description: 'Workshops, webinars and networking events for Rotterdam entrepreneurs on circular, sustainable and digital business.',
    product: 'Events',
    cancelled: 'Cancelled',
    online: 'Online',
    register: 'Register',
    more: 'More information',
  },
} as const;

/** The event's UID: one per event document, the same in both languages and in every build. */
export function eventUid(event: Pick<CalendarEvent, '_id'>): string {
  return `${event._id}@mkb010next.nl`;
}

/** Events a feed lists at `now`: everything not yet over and what ended in the past year, by start. */
export function eventsInFeed<T extends CalendarEvent>(events: readonly T[], now: Date): T[] {
  const yearAgo = new Date(now.getTime());
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  return events
    .filter((e) => eventEndsAt(e).getTime() > yearAgo.getTime())
    .sort((a, b) => a.start.localeCompare(b.start) || a._id.localeCompare(b._id));
}

/** A language's calendar feed of the given events (call eventsInFeed first to choose them). */
export function eventsCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const cal = newCalendar(options);
  cal.ttl(REFRESH_SECONDS);
  for (const event of events) addEvent(cal, event, options);
  return render(cal, events);
}

/** A calendar file holding one event, for "add to calendar". */
export function eventCalendar(event: CalendarEvent, options: CalendarOptions): string {
  const cal = newCalendar(options);
  addEvent(cal, event, options);
  return render(cal, [event]);
}

function newCalendar({ lang, siteUrl }: CalendarOptions): ICalCalendar {
  const text = TEXT[lang];
  return calendarShell({
    lang,
    product: text.product,
    name: text.name,
    description: text.description,
    url: siteUrl + routePath('events', lang),
  });
}

/** What names a calendar: its product, its name and description in apps, and the page it belongs to. */
export interface CalendarShell {
  lang: Lang;
  product: string;
  name: string;
  description: string;
  url: string;
}

/** An empty calendar of the site, published in Amsterdam time (events' and schemes' calendars alike). */
export function calendarShell(shell: CalendarShell): ICalCalendar {
  const cal = ical({
    prodId: { company: 'MKB010>>Next', product: shell.product, language: shell.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: shell.name,
    description: shell.description,
    url: shell.url,
  });
  cal.timezone({ name: ZONE, generator: amsterdamTimezone });
  return cal;
}

const timezoneBlocks = new Map<string, string | null>();

/**
 * The VTIMEZONE for Europe/Amsterdam. timezones-ical-library serves Amsterdam under its tzdb alias
 * Europe/Brussels (identical rules); the block must carry the TZID the events refer to.
 */
function amsterdamTimezone(name: string): string | null {
  // The same block goes into every one-event file; building it takes the library a millisecond.
  let text = timezoneBlocks.get(name);
  if (text === undefined) {
    const block = tzlib_get_ical_block(name);
    const raw = Array.isArray(block) ? block[0] : block;
    text = raw?.includes('BEGIN:VTIMEZONE') ? raw.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${name}`) : null;
    timezoneBlocks.set(name, text);
  }
  return text;
}

function addEvent(cal: ICalCalendar, event: CalendarEvent, { lang, siteUrl }: CalendarOptions): void {
  const text = TEXT[lang];
  const title = pickText(event.title, lang);
  const pageUrl = siteUrl + docPath('event', event.slug, lang);
  const timing = event.allDay
    ? {
        allDay: true,
        // DATE values: the Amsterdam days; DTEND is exclusive, so the day after the last day.
        start: amsterdamMidnight(amsterdamDay(event.start)),
        end: amsterdamMidnight(amsterdamDay(event.end), 1),
      }
    : {
        allDay: false,
        // TZDate makes ical-generator write Amsterdam wall-clock times whatever the build machine's zone.
        start: new TZDate(Date.parse(event.start), ZONE),
        end: new TZDate(Date.parse(event.end), ZONE),
      };
  cal.createEvent({
    id: eventUid(event),
    sequence: sequence(event),
    stamp: new Date(stampOf(event)),
    ...timing,
    timezone: ZONE,
    summary: event.cancelled ? `${text.cancelled}: ${title}` : title,
    description: description(event, lang, pageUrl),
    location: locationText(event.location),
    url: pageUrl,
    ...(event.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
  });
}

/** The start of an Amsterdam day as ical-generator needs it for all-day (DATE) values. */
export function amsterdamMidnight(day: string, offsetDays = 0): TZDate {
  const [y, m, d] = day.split('-').map(Number);
  return new TZDate(y, m - 1, d + offsetDays, 0, 0, 0, ZONE);
}

/** When a document was created and last changed, as calendars stamp it. */
export interface Stamped {
  _createdAt?: string | null;
  _updatedAt?: string | null;
}

/** The document's last change, else its creation, else a fixed moment: never the build clock. */
export function stampOf(event: Stamped): string {
  for (const value of [event._updatedAt, event._createdAt]) {
    if (value && !Number.isNaN(Date.parse(value))) return value;
  }
  return FALLBACK_STAMP;
}

/** Grows with every edit (minutes since 2020), so clients that compare SEQUENCE take the change. */
export function sequence(event: Stamped): number {
  if (!event._updatedAt) return 0;
  const minutes = Math.floor((Date.parse(event._updatedAt) - Date.parse(FALLBACK_STAMP)) / 60_000);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/** Where the event happens: venue and address, or the online link. */
export function locationText(location: CalendarEvent['location']): string | null {
  if (location.mode !== 'online') {
    const a = location.address;
    const place = [a?.postalCode, a?.city].filter(Boolean).join(' ');
    const parts = [location.venueName, a?.street, place].filter((p): p is string => Boolean(p?.trim()));
    if (parts.length > 0) return parts.join(', ');
  }
  return location.onlineUrl ?? null;
}

function description(event: CalendarEvent, lang: Lang, pageUrl: string): string {
  const text = TEXT[lang];
  const lines: string[] = [];
  if (event.cancelled) {
    const note = pickText(event.cancellationNote, lang);
    lines.push(`${text.cancelled}.${note ? ` ${note}` : ''}`, '');
  }
  lines.push(pickText(event.summary, lang), '');
  if (event.location.mode !== 'venue' && event.location.onlineUrl) lines.push(`${text.online}: ${event.location.onlineUrl}`);
  if (!event.cancelled && event.registrationUrl) lines.push(`${text.register}: ${event.registrationUrl}`);
  lines.push(`${text.more}: ${pageUrl}`);
  return lines.join('\n');
}

/**
 * ical-generator writes DTSTAMP in the calendar's zone without a TZID, which RFC 5545 forbids
 * (DTSTAMP must be UTC). Events are written in order, so the n-th DTSTAMP belongs to the n-th event:
 * the calendar's text with each DTSTAMP in UTC from its document.
 */
export function render(cal: ICalCalendar, events: readonly Stamped[]): string {
  let i = 0;
  return cal.toString().replace(/^DTSTAMP:[^\r\n]*/gm, () => `DTSTAMP:${utcStamp(stampOf(events[i++]))}`);
}

function utcStamp(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** An .ics file as the endpoint's response; `filename` names the download. */
export function calendarResponse(ics: string, filename: string): Response {
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename.replace(/[^a-z0-9.-]/gi, '-')}"`,
    },
  });
}
