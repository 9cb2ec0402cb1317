// Status lines for document previews, so an editor sees in a list what state a document is in.
// Pure functions of the document and "now", tested directly.

import {
  amsterdamDay,
  type CheckTiming,
  type DeadlineTiming,
  EVENT_OVER,
  holds,
  isClosed,
  isOverdue,
  type PublishWindow,
  windowState,
  ZONE,
} from '@mkb010/model';

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** Formats an ISO date or date-time as a short Dutch date in Amsterdam time, e.g. "12 jan 2026". */
export function shortDate(iso: string | undefined, withYear = true): string {
  if (!iso) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const text = `${get('day')} ${MONTHS[get('month') - 1]}`;
  return withYear ? `${text} ${get('year')}` : text;
}

/** A campaign's state at `now` by the model's window rule: scheduled, live or ended. */
export function campaignStatus(campaign: PublishWindow, now: Date): string {
  const state = windowState(campaign, now);
  if (state === 'scheduled') return `Gepland vanaf ${shortDate(campaign.publishFrom ?? undefined)}`;
  if (state === 'ended') return `Afgelopen op ${shortDate(campaign.publishUntil ?? undefined)}`;
  return campaign.publishUntil ? `Live tot ${shortDate(campaign.publishUntil)}` : 'Live';
}

/** A scheme's state at `now` by the model's rule: ongoing, open until its deadline, or closed. */
export function schemeStatus(scheme: DeadlineTiming, now: Date): string {
  if (scheme.ongoing) return 'Doorlopend';
  if (!scheme.deadline) return 'Geen sluitingsdatum';
  return isClosed(scheme, now) ? 'Gesloten' : `Open tot en met ${shortDate(scheme.deadline)}`;
}

/** The fields of an event its list line shows. */
export interface EventPreview {
  start?: string;
  end?: string;
  allDay?: boolean;
  cancelled?: boolean;
}

/** An event's state at `now` by the model's rule: cancelled, past, or its date. */
export function eventStatus(event: EventPreview, now: Date): string {
  const when = shortDate(event.start);
  if (event.cancelled) return `Geannuleerd · ${when}`;
  const end = event.end ?? event.start;
  if (end && holds(EVENT_OVER, { ...event, end }, now)) return `Geweest · ${when}`;
  return when;
}

/** A guide's check state at `now` by the model's rule: overdue from the day after its check-again date. */
export function guideCheckStatus(guide: CheckTiming, now: Date): string {
  if (!guide.checkAgainBy) return 'Geen controledatum';
  return isOverdue(guide, now)
    ? `Controle verlopen sinds ${shortDate(guide.checkAgainBy)}`
    : `Controleren uiterlijk op ${shortDate(guide.checkAgainBy)}`;
}

/** Today's date in Amsterdam as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date): string {
  return amsterdamDay(now);
}

/** A language code as the short label editors see ("NL", "EN"). */
export function languageLabel(language: string | undefined): string {
  return language ? language.toUpperCase() : '';
}

/** Joins the non-empty parts of a preview subtitle. */
export function subtitle(...parts: (string | undefined | null | false)[]): string {
  return parts.filter(Boolean).join(' · ');
}
