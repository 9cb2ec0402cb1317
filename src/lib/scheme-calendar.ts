// Scheme deadlines as iCalendar (RFC 5545): one scheme's deadline as an all-day event with alarms
// 14 and 2 days before (the "Zet de deadline in je agenda" download), and the calendars of all open
// deadlines, overall and per theme, that calendar apps subscribe to (webcal). Days are Amsterdam
// days, written as DATE values the way the event calendars write all-day events.
import { ICalAlarmType } from 'ical-generator';
import {
  dictionary,
  docPath,
  isClosed,
  type Lang,
  REMINDER_DAYS,
  schemeDeadlinesPath,
  schemesFilterPath,
  type Theme,
  THEMES,
} from '@mkb010/model';
import { amsterdamMidnight, calendarShell, REFRESH_SECONDS, render, sequence, stampOf, type Stamped } from './calendar.ts';
import { pickText } from './localized.ts';
import { formatDay } from '@mkb010/content/dates';

/** The part of a scheme a deadline calendar needs (docs/content-model.md, `scheme`). */
export interface CalendarScheme extends Stamped {
  _id: string;
  slug: string;
  title: { nl: string; en?: string };
  summary: { nl: string; en?: string };
  themes: readonly string[];
  ongoing?: boolean | null;
  deadline?: string | null;
  opensAt?: string | null;
  budgetStatus?: 'beschikbaar' | 'bijna-op' | 'op' | null;
  applyUrl?: string;
}

/** Days before the deadline each alarm goes off: the reminder days, and a last call. */
export const DEADLINE_ALARM_DAYS = [REMINDER_DAYS, 2] as const;

const DAY_SECONDS = 24 * 60 * 60;

const TEXT = dictionary({
  nl: {
    product: 'Regelingen',
    name: 'MKB010>>Next deadlines van regelingen',
    themeName: (theme: string) => `MKB010>>Next deadlines van regelingen, thema ${theme}`,
    description: 'De deadlines van regelingen voor Rotterdamse ondernemers waarvoor je nu of binnenkort een aanvraag kunt doen.',
    summary: (title: string) => `Deadline: ${title}`,
    alarm: (title: string, days: number) => `Over ${days} dagen sluit ${title}.`,
    lastDay: (day: string) => `Aanvragen kan tot en met ${day}.`,
    apply: 'Aanvragen',
    more: 'Meer informatie',
  },
  en: {
    product: 'Support schemes',
    name: 'MKB010>>Next support scheme deadlines',
    themeName: (theme: string) => `MKB010>>Next support scheme deadlines, theme ${theme}`,
    description: 'Deadlines of support schemes for Rotterdam entrepreneurs that you can apply for now or soon.',
    summary: (title: string) => `Deadline: ${title}`,
    alarm: (title: string, days: number) => `${title} closes in ${days} days.`,
    lastDay: (day: string) => `You can apply until ${day}.`,
    apply: 'Apply',
    more: 'More information',
  },
});

/** The deadline's UID: one per scheme, the same in both languages and in every build. */
export function deadlineUid(scheme: Pick<CalendarScheme, '_id'>): string {
  return `${scheme._id}-deadline@mkb010next.nl`;
}

/** True when a scheme has a deadline a calendar can hold (not ongoing). */
export function hasDeadline(scheme: Pick<CalendarScheme, 'ongoing' | 'deadline'>): scheme is CalendarScheme & { deadline: string } {
  return !scheme.ongoing && !!scheme.deadline;
}

/** Schemes a subscription lists at `now`: with a deadline, not closed, on the theme (if any), soonest deadline first. */
export function deadlinesInCalendar<T extends CalendarScheme>(schemes: readonly T[], theme: Theme | undefined, now: Date): T[] {
  return schemes
    .filter((s) => hasDeadline(s) && !isClosed(s, now) && (!theme || s.themes.includes(theme)))
    .sort((a, b) => (a.deadline as string).localeCompare(b.deadline as string) || a._id.localeCompare(b._id));
}

/** A calendar file holding one scheme's deadline, with its alarms. */
export function schemeDeadlineCalendar(scheme: CalendarScheme & { deadline: string }, options: { lang: Lang; siteUrl: string }): string {
  const text = TEXT[options.lang];
  const cal = calendarShell({
    lang: options.lang,
    product: text.product,
    name: text.name,
    description: text.description,
    url: options.siteUrl + docPath('scheme', scheme.slug, options.lang),
  });
  addDeadline(cal, scheme, options);
  return render(cal, [scheme]);
}

/** The subscription calendar of open deadlines, of one theme or all (call deadlinesInCalendar first). */
export function deadlinesCalendar(
  schemes: readonly (CalendarScheme & { deadline: string })[],
  options: { lang: Lang; siteUrl: string; theme?: Theme },
): string {
  const { lang, siteUrl, theme } = options;
  const text = TEXT[lang];
  const cal = calendarShell({
    lang,
    product: text.product,
    name: theme ? text.themeName(THEMES.label(theme, lang)) : text.name,
    description: text.description,
    url: siteUrl + schemesFilterPath(theme ? { theme } : {}, lang),
  });
  cal.ttl(REFRESH_SECONDS);
  cal.source(siteUrl + schemeDeadlinesPath(theme, lang));
  for (const scheme of schemes) addDeadline(cal, scheme, options);
  return render(cal, schemes);
}

function addDeadline(
  cal: ReturnType<typeof calendarShell>,
  scheme: CalendarScheme & { deadline: string },
  { lang, siteUrl }: { lang: Lang; siteUrl: string },
) {
  const text = TEXT[lang];
  const title = pickText(scheme.title, lang);
  const pageUrl = siteUrl + docPath('scheme', scheme.slug, lang);
  const event = cal.createEvent({
    id: deadlineUid(scheme),
    sequence: sequence(scheme),
    stamp: new Date(stampOf(scheme)),
    allDay: true,
    // DTEND is exclusive: the deadline is the last day one can apply.
    start: amsterdamMidnight(scheme.deadline),
    end: amsterdamMidnight(scheme.deadline, 1),
    summary: text.summary(title),
    description: [
      text.lastDay(formatDay(scheme.deadline, lang)),
      '',
      pickText(scheme.summary, lang),
      '',
      ...(scheme.applyUrl ? [`${text.apply}: ${scheme.applyUrl}`] : []),
      `${text.more}: ${pageUrl}`,
    ].join('\n'),
    url: pageUrl,
  });
  for (const days of DEADLINE_ALARM_DAYS) {
    event.createAlarm({ type: ICalAlarmType.display, trigger: days * DAY_SECONDS, description: text.alarm(title, days) });
  }
}
