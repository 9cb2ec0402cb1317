// Status lines for document previews, so an editor sees in a list what state a document is in.
// Pure functions of the document and "now", tested directly.

import { amsterdamDay } from './time';

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Formats an ISO date or date-time as a short Dutch date in Amsterdam time, e.g. "12 jan 2026". */
export function shortDate(iso: string | undefined, withYear = true): string {
  if (!iso) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const text = `${get('day')} ${MONTHS[get('month') - 1]}`;
  return withYear ? `${text} ${get('year')}` : text;
}

/** A campaign's state: scheduled, live or ended, relative to `now`. */
export function campaignStatus(publishFrom: string | undefined, publishUntil: string | undefined, now: Date): string {
  const t = now.getTime();
  if (publishFrom && Date.parse(publishFrom) > t) return `Gepland vanaf ${shortDate(publishFrom)}`;
  if (publishUntil && Date.parse(publishUntil) <= t) return `Afgelopen op ${shortDate(publishUntil)}`;
  return publishUntil ? `Live tot ${shortDate(publishUntil)}` : 'Live';
}

/** A scheme's state: ongoing, open until its deadline, or closed. */
export function schemeStatus(ongoing: boolean | undefined, deadline: string | undefined, today: string): string {
  if (ongoing) return 'Doorlopend';
  if (!deadline) return 'Geen sluitingsdatum';
  return deadline < today ? 'Gesloten' : `Open tot ${shortDate(deadline)}`;
}

/** An event's state: cancelled, past, or its date. */
export function eventStatus(start: string | undefined, end: string | undefined, cancelled: boolean | undefined, now: Date): string {
  const when = shortDate(start);
  if (cancelled) return `Geannuleerd · ${when}`;
  if ((end ?? start) && Date.parse((end ?? start) as string) < now.getTime()) return `Geweest · ${when}`;
  return when;
}

/** A guide's check state: overdue when its check-again date has passed. */
export function guideCheckStatus(checkAgainBy: string | undefined, today: string): string {
  if (!checkAgainBy) return 'Geen controledatum';
  return checkAgainBy < today ? `Controle verlopen sinds ${shortDate(checkAgainBy)}` : `Controleren vóór ${shortDate(checkAgainBy)}`;
}

/** Today's date in Amsterdam as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date): string {
  return amsterdamDay(now.toISOString()) as string;
}

/** A language code as the short label editors see ("NL", "EN"). */
export function languageLabel(language: string | undefined): string {
  return language ? language.toUpperCase() : '';
}

/** Joins the non-empty parts of a preview subtitle. */
export function subtitle(...parts: (string | undefined | null | false)[]): string {
  return parts.filter(Boolean).join(' · ');
}
