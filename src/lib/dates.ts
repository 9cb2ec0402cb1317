// Dates and times as readers in Rotterdam see them: every datetime shown in Europe/Amsterdam,
// `date` fields (YYYY-MM-DD) as calendar days, and the rules for "upcoming", "past" and "closed".
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { nl as nlLocale } from 'date-fns/locale/nl';
import { enGB } from 'date-fns/locale/en-GB';
import type { Lang } from './routes.ts';

export const ZONE = 'Europe/Amsterdam';

const LOCALES = { nl: nlLocale, en: enGB };

// Time-zone formatting is the costliest step of rendering a listing, and the same dates recur on
// thousands of pages of one build: each (pattern, moment, language) is formatted once.
const formatted = new Map<string, string>();
function amsterdamFormat(ms: number, pattern: string, lang?: Lang): string {
  const key = `${pattern}|${ms}|${lang ?? ''}`;
  let out = formatted.get(key);
  if (out === undefined) {
    out = format(new TZDate(ms, ZONE), pattern, lang ? { locale: LOCALES[lang] } : undefined);
    formatted.set(key, out);
  }
  return out;
}

function parseDay(day: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`"${day}" is not a date in the form YYYY-MM-DD.`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

// Building a TZDate costs several time-zone offset lookups, so day starts and formatted days are
// memoised by their input: listings ask for the same few thousand days on every page.
const dayStarts = new Map<string, number>();
const formattedDays = new Map<string, string>();

/** The moment a calendar day starts in Amsterdam (a day offset may be added). */
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
export function amsterdamDay(iso: string | Date): string {
  return amsterdamFormat(new Date(iso).getTime(), 'yyyy-MM-dd');
}

/** A `date` field as readers see it: "12 maart 2026" / "12 March 2026". */
export function formatDay(day: string, lang: Lang): string {
  const key = `${day}|${lang}`;
  let out = formattedDays.get(key);
  if (out === undefined) {
    const [y, m, d] = parseDay(day);
    out = amsterdamFormat(new TZDate(y, m - 1, d, 12, 0, 0, ZONE).getTime(), 'd MMMM yyyy', lang);
    formattedDays.set(key, out);
  }
  return out;
}

/** A datetime's Amsterdam date with weekday: "donderdag 12 maart 2026". */
export function formatLongDate(iso: string, lang: Lang): string {
  return amsterdamFormat(new Date(iso).getTime(), 'EEEE d MMMM yyyy', lang);
}

/** A datetime's Amsterdam clock time: "19:00". */
export function formatTime(iso: string): string {
  return amsterdamFormat(new Date(iso).getTime(), 'HH:mm');
}

/** Value for a `<time datetime>` attribute: the ISO moment with Amsterdam's offset. */
export function machineDateTime(iso: string): string {
  return amsterdamFormat(new Date(iso).getTime(), "yyyy-MM-dd'T'HH:mmxxx");
}

export interface EventTiming {
  start: string;
  end: string;
  allDay?: boolean | null;
}

/** The moment an event is over: its end, or for all-day events the end of its last day. */
export function eventEndsAt(event: EventTiming): Date {
  if (event.allDay) return startOfAmsterdamDay(amsterdamDay(event.end), 1);
  return new Date(event.end);
}

/** True while an event has not yet ended at `now` (running events still count as upcoming). */
export function isUpcoming(event: EventTiming, now: Date): boolean {
  return eventEndsAt(event).getTime() > now.getTime();
}

/** When an event happens, in Amsterdam time, as one readable line. */
export function formatEventWhen(event: EventTiming, lang: Lang): string {
  const startDay = amsterdamDay(event.start);
  const endDay = amsterdamDay(event.end);
  const until = lang === 'nl' ? 't/m' : 'to';
  if (event.allDay) {
    if (startDay === endDay) return formatLongDate(event.start, lang);
    return `${formatLongDate(event.start, lang)} ${until} ${formatLongDate(event.end, lang)}`;
  }
  const clock = lang === 'nl' ? 'uur' : '';
  if (startDay === endDay) {
    return `${formatLongDate(event.start, lang)}, ${formatTime(event.start)}–${formatTime(event.end)}${clock ? ` ${clock}` : ''}`;
  }
  return `${formatLongDate(event.start, lang)} ${formatTime(event.start)} ${until} ${formatLongDate(event.end, lang)} ${formatTime(event.end)}`;
}

export interface DeadlineTiming {
  ongoing?: boolean | null;
  deadline?: string | null;
}

/** True when a scheme's deadline day has fully passed in Amsterdam at `now`. */
export function isClosed(scheme: DeadlineTiming, now: Date): boolean {
  if (scheme.ongoing || !scheme.deadline) return false;
  return now.getTime() >= startOfAmsterdamDay(scheme.deadline, 1).getTime();
}
