// Dates and times as readers in Rotterdam see them, written once for the site, the Studio's previews
// and the editor report: every moment is shown in Europe/Amsterdam and `date` fields (YYYY-MM-DD) as
// calendar days. Built on the platform's Intl (no library, so it bundles into the Studio as is); the
// words (weekday and month names) are the locale's, the order of the parts is ours, so Dutch and
// English read the same way everywhere: "donderdag 12 maart 2026", "Thursday 12 March 2026".
import { amsterdamDay, type EventTiming, type Lang, ZONE } from '@mkb010/model';

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

type Kind = 'day' | 'long' | 'short' | 'time' | 'machine';

const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  machine: {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  },
};

// A formatter is costly to make and the same few are used for every date of a build: one per kind and language.
const formatters = new Map<string, Intl.DateTimeFormat>();
// Time-zone formatting is the costliest step of rendering a listing, and the same dates recur on
// thousands of pages of one build: each (kind, moment, language) is taken apart once.
const cache = new Map<string, Record<string, string>>();

/** The Amsterdam parts of a moment (weekday, day, month, year, hour, minute, timeZoneName) for one kind of format. */
function parts(ms: number, kind: Kind, lang: Lang): Record<string, string> {
  const key = `${kind}|${ms}|${lang}`;
  let out = cache.get(key);
  if (out === undefined) {
    const id = `${kind}|${lang}`;
    let format = formatters.get(id);
    if (!format) {
      format = new Intl.DateTimeFormat(LOCALES[lang], { ...OPTIONS[kind], timeZone: ZONE });
      formatters.set(id, format);
    }
    out = {};
    for (const part of format.formatToParts(ms)) if (part.type !== 'literal') out[part.type] = part.value;
    cache.set(key, out);
  }
  return out;
}

/** A moment in ms: a `date` value (YYYY-MM-DD) counts as noon of that day, which is that same day in Amsterdam. */
function moment(value: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(ms)) throw new Error(`"${value}" is not a date (YYYY-MM-DD) or an ISO moment.`);
  return ms;
}

/** A `date` field as readers see it: "12 maart 2026" / "12 March 2026". */
export function formatDay(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`"${day}" is not a date in the form YYYY-MM-DD.`);
  const p = parts(moment(day), 'day', lang);
  return `${p.day} ${p.month} ${p.year}`;
}

/** A calendar month as readers see it: "februari 2026" / "February 2026" (month 1–12). */
export function formatMonth(year: number, month: number, lang: Lang): string {
  const p = parts(moment(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`), 'day', lang);
  return `${p.month} ${p.year}`;
}

/** A datetime's Amsterdam date with weekday: "donderdag 12 maart 2026". */
export function formatLongDate(iso: string, lang: Lang): string {
  const p = parts(moment(iso), 'long', lang);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** A datetime's Amsterdam clock time: "19:00". */
export function formatTime(iso: string): string {
  const p = parts(moment(iso), 'time', 'nl');
  return `${p.hour}:${p.minute}`;
}

/** A datetime's Amsterdam date and clock time: "maandag 7 december 2026 09:00". */
export function formatLongDateTime(iso: string, lang: Lang): string {
  return `${formatLongDate(iso, lang)} ${formatTime(iso)}`;
}

/**
 * A date or datetime as a short Amsterdam date for lists where space is tight (the Studio's
 * previews): "12 jan 2026", or "12 jan" without the year. Empty for no value; an unreadable value is
 * shown as it is, so an editor sees what is wrong.
 */
export function formatShortDate(value: string | undefined | null, lang: Lang, withYear = true): string {
  if (!value) return '';
  let p: Record<string, string>;
  try {
    p = parts(moment(value), 'short', lang);
  } catch {
    return value;
  }
  // Some ICU versions end an abbreviated month with a full stop ("mrt."); lists show it without.
  const text = `${p.day} ${p.month.replace(/\.$/, '')}`;
  return withYear ? `${text} ${p.year}` : text;
}

/** A moment as a short Amsterdam date with its clock time: "7 dec 2026 09:00". */
export function formatShortDateTime(iso: string, lang: Lang): string {
  return `${formatShortDate(iso, lang)} ${formatTime(iso)}`;
}

/** Value for a `<time datetime>` attribute: the ISO moment with Amsterdam's offset, "2026-03-12T19:00+01:00". */
export function machineDateTime(iso: string): string {
  const p = parts(moment(iso), 'machine', 'en');
  const offset = p.timeZoneName.replace(/^GMT/, '') || '+00:00';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}${offset}`;
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
