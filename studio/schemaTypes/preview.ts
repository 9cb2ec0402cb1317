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
  schemeClosesAt,
  SITE_UPDATE_WITHIN_MINUTES,
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

/** Formats a moment as a full Dutch date and time in Amsterdam, e.g. "maandag 7 december 2026 09:00". */
export function longDateTime(iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
  const time = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${day} ${time}`;
}

/** Formats a moment as a short Dutch date with its Amsterdam time, e.g. "7 dec 2026 09:00". */
export function shortDateTime(iso: string): string {
  const time = new Intl.DateTimeFormat('nl-NL', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
  return `${shortDate(iso)} ${time}`;
}

/** The one line at the top of a campaign form and on its badge: draft, scheduled, live or ended. */
export function campaignStatusLine(campaign: PublishWindow & { published: boolean }, now: Date): string {
  if (!campaign.published) return 'Concept — nog niet gepubliceerd';
  const state = windowState(campaign, now);
  if (state === 'scheduled') {
    return `Gepland: live op ${longDateTime(campaign.publishFrom as string)} (de site is uiterlijk ${SITE_UPDATE_WITHIN_MINUTES} minuten daarna bijgewerkt)`;
  }
  if (state === 'ended') return `Afgelopen op ${longDateTime(campaign.publishUntil as string)}`;
  return campaign.publishUntil ? `Nu live tot ${longDateTime(campaign.publishUntil)}` : 'Nu live';
}

/** A scheme's closed line at `now` ("Gesloten sinds 1 jan 2026"), or undefined while it is open. */
export function schemeClosedLine(scheme: DeadlineTiming, now: Date): string | undefined {
  const closesAt = schemeClosesAt(scheme);
  return closesAt && isClosed(scheme, now) ? `Gesloten sinds ${shortDate(closesAt.toISOString())}` : undefined;
}

/** A campaign's state at `now` by the model's window rule: scheduled, live or ended. */
export function campaignStatus(campaign: PublishWindow, now: Date): string {
  const state = windowState(campaign, now);
  if (state === 'scheduled') return `Gepland vanaf ${shortDateTime(campaign.publishFrom as string)}`;
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
