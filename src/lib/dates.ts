// Dates and times as readers in Rotterdam see them: every datetime shown in Europe/Amsterdam and
// `date` fields (YYYY-MM-DD) as calendar days. The rules for "upcoming", "past" and "closed" are the
// model's (@mkb010/model), re-exported here for the pages.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { nl as nlLocale } from 'date-fns/locale/nl';
import { enGB } from 'date-fns/locale/en-GB';
import { amsterdamDay, type EventTiming, type Lang, ZONE } from '@mkb010/model';

export { amsterdamDay, eventEndsAt, isClosed, isUpcoming, startOfAmsterdamDay, ZONE } from '@mkb010/model';
export type { DeadlineTiming, EventTiming } from '@mkb010/model';

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

const formattedDays = new Map<string, string>();

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
