// The iCalendar output as a calendar app reads it: parsed back with node-ical, not string-matched only.
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { eventCalendar, eventsCalendar, eventsInFeed, eventUid, type CalendarEvent } from '../../src/lib/calendar.ts';

const SITE = 'https://www.mkb010next.nl';

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    _id: 'event-energiescan-ontbijt',
    _createdAt: '2025-09-01T08:00:00Z',
    _updatedAt: '2025-10-02T09:30:00Z',
    slug: 'energiescan-ontbijt',
    title: { nl: 'Energiescan-ontbijt', en: 'Energy scan breakfast' },
    summary: { nl: 'Ontbijt met een energieadviseur.', en: 'Breakfast with an energy adviser.' },
    start: '2026-01-15T17:00:00.000Z',
    end: '2026-01-15T19:00:00.000Z',
    allDay: false,
    location: {
      mode: 'venue',
      venueName: 'Ondernemershuis Zuid',
      address: { street: 'Beijerlandselaan 102', postalCode: '3074 EN', city: 'Rotterdam' },
    },
    registrationUrl: 'https://aanmelden.example/energiescan',
    cancelled: false,
    ...overrides,
  };
}

/** The VEVENTs of a calendar text, parsed by node-ical. */
function vevents(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

/** A DATE value as node-ical gives it (local midnight) written as YYYY-MM-DD. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('calendar of events', () => {
  it('puts a winter evening event at 18:00 Amsterdam time (CET) and parses back to the same instant', () => {
    const ics = eventCalendar(event(), { lang: 'nl', siteUrl: SITE });
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20260115T180000');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20260115T200000');
    const [parsed] = vevents(ics);
    expect(parsed.start.toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(parsed.end?.toISOString()).toBe('2026-01-15T19:00:00.000Z');
  });

  it('puts a summer event at its Amsterdam summer time (CEST) and parses back to the same instant', () => {
    const ics = eventCalendar(event({ start: '2026-07-02T16:00:00.000Z', end: '2026-07-02T18:30:00.000Z' }), { lang: 'en', siteUrl: SITE });
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20260702T180000');
    const [parsed] = vevents(ics);
    expect(parsed.start.toISOString()).toBe('2026-07-02T16:00:00.000Z');
    expect(parsed.end?.toISOString()).toBe('2026-07-02T18:30:00.000Z');
  });

  it('ships the Europe/Amsterdam time zone definition the events refer to', () => {
    const ics = eventCalendar(event(), { lang: 'nl', siteUrl: SITE });
    const tz = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    expect(tz).toContain('TZID:Europe/Amsterdam');
    expect(tz).toContain('TZOFFSETTO:+0200');
    expect(tz).toContain('TZOFFSETTO:+0100');
  });

  it('writes all-day events as DATE values with an exclusive end (last day + 1)', () => {
    // 1 June 00:00 to 2 June 23:59 in Amsterdam (CEST, UTC+2).
    const ics = eventCalendar(event({ allDay: true, start: '2026-05-31T22:00:00.000Z', end: '2026-06-02T21:59:00.000Z' }), {
      lang: 'nl',
      siteUrl: SITE,
    });
    expect(ics).toContain('DTSTART;VALUE=DATE:20260601');
    expect(ics).toContain('DTEND;VALUE=DATE:20260603');
    const [parsed] = vevents(ics);
    expect(parsed.datetype).toBe('date');
    expect(localDay(parsed.start)).toBe('2026-06-01');
    expect(localDay(parsed.end!)).toBe('2026-06-03');
  });

  it('marks a cancelled event with STATUS:CANCELLED and a prefix in the feed’s language', () => {
    const cancelled = event({ cancelled: true, cancellationNote: { nl: 'De spreker is ziek.', en: 'The speaker is ill.' } });
    const [nl] = vevents(eventCalendar(cancelled, { lang: 'nl', siteUrl: SITE }));
    const [en] = vevents(eventCalendar(cancelled, { lang: 'en', siteUrl: SITE }));
    expect(nl.status).toBe('CANCELLED');
    expect(nl.summary).toBe('Geannuleerd: Energiescan-ontbijt');
    expect(nl.description).toContain('De spreker is ziek.');
    expect(nl.description).not.toContain('Aanmelden');
    expect(en.status).toBe('CANCELLED');
    expect(en.summary).toBe('Cancelled: Energy scan breakfast');
    const [running] = vevents(eventCalendar(event(), { lang: 'nl', siteUrl: SITE }));
    expect(running.status).toBeUndefined();
  });

  it('keeps one UID per event across generations and languages, and gives the same bytes for the same input', () => {
    const first = eventsCalendar([event()], { lang: 'nl', siteUrl: SITE });
    const second = eventsCalendar([event()], { lang: 'nl', siteUrl: SITE });
    expect(second).toBe(first);
    const english = eventsCalendar([event()], { lang: 'en', siteUrl: SITE });
    expect(vevents(first)[0].uid).toBe('event-energiescan-ontbijt@mkb010next.nl');
    expect(vevents(english)[0].uid).toBe(vevents(first)[0].uid);
    expect(eventUid(event())).toBe('event-energiescan-ontbijt@mkb010next.nl');
  });

  it('stamps events with the document’s last change in UTC and raises SEQUENCE after an edit', () => {
    const before = eventCalendar(event(), { lang: 'nl', siteUrl: SITE });
    const after = eventCalendar(event({ _updatedAt: '2025-11-20T12:00:00Z' }), { lang: 'nl', siteUrl: SITE });
    expect(before).toMatch(/^DTSTAMP:20251002T093000Z\r$/m);
    expect(vevents(before)[0].dtstamp.toISOString()).toBe('2025-10-02T09:30:00.000Z');
    const seq = (ics: string) => Number(/^SEQUENCE:(\d+)/m.exec(ics)?.[1]);
    expect(seq(after)).toBeGreaterThan(seq(before));
  });

  it('falls back to Dutch text where the English is missing, and links the page in the feed’s language', () => {
    const [parsed] = vevents(eventCalendar(event({ title: { nl: 'Repaircafé voor ondernemers' } }), { lang: 'en', siteUrl: SITE }));
    expect(parsed.summary).toBe('Repaircafé voor ondernemers');
    const url = parsed.url as unknown as string | { val: string };
    expect(typeof url === 'string' ? url : url.val).toBe(`${SITE}/en/events/energiescan-ontbijt/`);
    expect(parsed.description).toContain('Breakfast with an energy adviser.');
  });

  it('gives venue and address as location, or the online link for online events', () => {
    const [venue] = vevents(eventCalendar(event(), { lang: 'nl', siteUrl: SITE }));
    expect(venue.location).toBe('Ondernemershuis Zuid, Beijerlandselaan 102, 3074 EN Rotterdam');
    const online = event({ location: { mode: 'online', onlineUrl: 'https://webinar.example/phishing' } });
    const [parsed] = vevents(eventCalendar(online, { lang: 'nl', siteUrl: SITE }));
    expect(parsed.location).toBe('https://webinar.example/phishing');
  });

  it('keeps commas, semicolons and line breaks in text intact', () => {
    const tricky = event({ title: { nl: 'Afval; grondstof, en meer' }, summary: { nl: 'Regel één,\nregel twee; klaar' } });
    const [parsed] = vevents(eventCalendar(tricky, { lang: 'nl', siteUrl: SITE }));
    expect(parsed.summary).toBe('Afval; grondstof, en meer');
    expect(parsed.description).toContain('Regel één,\nregel twee; klaar');
  });

  it('asks subscribed calendars to refresh and names the calendar per language', () => {
    const nl = eventsCalendar([event()], { lang: 'nl', siteUrl: SITE });
    const en = eventsCalendar([event()], { lang: 'en', siteUrl: SITE });
    expect(nl).toContain('X-PUBLISHED-TTL:PT6H');
    expect(nl).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H');
    expect(nl).toContain('X-WR-CALNAME:MKB010>>Next evenementen');
    expect(en).toContain('X-WR-CALNAME:MKB010>>Next events');
  });

  it('lists upcoming events and those of the past year, not older ones', () => {
    const now = new Date('2026-03-01T11:00:00Z');
    const at = (id: string, start: string, end: string) => event({ _id: id, slug: id, start, end });
    const chosen = eventsInFeed(
      [
        at('next-month', '2026-04-01T17:00:00Z', '2026-04-01T19:00:00Z'),
        at('eleven-months-ago', '2025-04-01T17:00:00Z', '2025-04-01T19:00:00Z'),
        at('two-years-ago', '2024-03-01T17:00:00Z', '2024-03-01T19:00:00Z'),
      ],
      now,
    );
    expect(chosen.map((e) => e._id)).toEqual(['eleven-months-ago', 'next-month']);
  });
});
