// Calendar days and moments in Europe/Amsterdam, the zone every rule and every date on the site
// is judged in.
import { TZDate } from '@date-fns/tz';
import { isDay } from './calendar.ts';

/** The time zone of the programme. */
export const ZONE = 'Europe/Amsterdam';

function parseDay(day: string): [number, number, number] {
  // A day that does not exist would silently roll over into the next month here.
  if (!isDay(day)) throw new Error(`"${day}" is not an existing date in the form YYYY-MM-DD.`);
  return day.split('-').map(Number) as [number, number, number];
}

// Building a TZDate costs several offset lookups and builds ask for the same few thousand days
// over and over, so both conversions are memoised by their input.
const dayStarts = new Map<string, number>();
const daysOfMoment = new Map<number, string>();
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The moment a calendar day starts in Amsterdam, optionally `offsetDays` later. */
export function startOfAmsterdamDay(day: string, offsetDays = 0): Date {
  const key = `${day}|${offsetDays}`;
  let ms = dayStarts.get(key);
  if (ms === undefined) {
    const [y, m, d] = parseDay(day);
    ms = new TZDate(y, m - 1, d + offsetDays, 0, 0, 0, ZONE).getTime();
    dayStarts.set(key, ms);
  }
  // A fresh Date each call: callers may change the one they get.
  return new Date(ms);
}

/** The Amsterdam calendar day (YYYY-MM-DD) of a moment. */
export function amsterdamDay(moment: string | Date): string {
  const ms = new Date(moment).getTime();
  if (Number.isNaN(ms)) throw new Error(`"${String(moment)}" is not a moment in time.`);
  let day = daysOfMoment.get(ms);
  if (day === undefined) {
    day = dayFormat.format(ms);
    if (daysOfMoment.size > 50_000) daysOfMoment.clear();
    daysOfMoment.set(ms, day);
  }
  return day;
}

/** The moment a clock time falls on an Amsterdam calendar day (daylight saving included): 08:00 is 08:00 all year. */
export function amsterdamTime(day: string, hour: number, minute = 0): Date {
  const [y, m, d] = parseDay(day);
  return new Date(new TZDate(y, m - 1, d, hour, minute, 0, ZONE).getTime());
}
