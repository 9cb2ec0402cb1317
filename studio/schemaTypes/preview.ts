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
import { publishUntilAfterFrom } from './rules';

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

/** A campaign's published and draft windows; either may be missing. */
export interface CampaignVersions {
  published: PublishWindow | null | undefined;
  draft: PublishWindow | null | undefined;
}

/** How a status line is shown: the tone of its card or badge. */
export type StatusTone = 'positive' | 'primary' | 'critical' | 'default';

/** Whether a window can never be live: "Zichtbaar tot" lies on or before "Zichtbaar vanaf" (the field's own rule). */
export function invalidWindow(window: PublishWindow): boolean {
  return publishUntilAfterFrom(window.publishFrom ?? undefined, window.publishUntil ?? undefined) !== true;
}

/** What the site shows of the published campaign at `now`, e.g. "Op de site: nu live tot …". */
export function campaignSiteLine(published: PublishWindow | null | undefined, now: Date): string {
  if (!published) return 'Nog niet op de site (niet gepubliceerd)';
  if (invalidWindow(published)) return 'Op de site: nooit te zien, want "Zichtbaar tot" ligt vóór of op "Zichtbaar vanaf"';
  const state = windowState(published, now);
  if (state === 'scheduled') {
    return `Op de site: gepland voor ${longDateTime(published.publishFrom as string)} (de site is uiterlijk ${SITE_UPDATE_WITHIN_MINUTES} minuten daarna bijgewerkt)`;
  }
  if (state === 'ended') return `Op de site: afgelopen op ${longDateTime(published.publishUntil as string)}`;
  return published.publishUntil ? `Op de site: nu live tot ${longDateTime(published.publishUntil)}` : 'Op de site: nu live';
}

/** What publishing the draft would do at `now`, e.g. "Dit concept: live vanaf … (na publiceren)". */
export function campaignDraftLine(draft: PublishWindow, now: Date): string {
  if (invalidWindow(draft)) return 'Dit concept: ongeldige planning, kies "Zichtbaar tot" na "Zichtbaar vanaf"';
  const state = windowState(draft, now);
  if (state === 'scheduled') return `Dit concept: live vanaf ${longDateTime(draft.publishFrom as string)} (na publiceren)`;
  if (state === 'ended')
    return `Dit concept: afgelopen op ${longDateTime(draft.publishUntil as string)}; na publiceren staat de campagne niet meer op de site`;
  return draft.publishUntil
    ? `Dit concept: direct live tot ${longDateTime(draft.publishUntil)} (na publiceren)`
    : 'Dit concept: direct live (na publiceren)';
}

/** True when two windows have the same bounds (an empty bound is the same whether null or missing). */
function sameWindow(a: PublishWindow, b: PublishWindow): boolean {
  return (a.publishFrom ?? null) === (b.publishFrom ?? null) && (a.publishUntil ?? null) === (b.publishUntil ?? null);
}

/**
 * The line at the top of a campaign form: what is on the site now (the published version), then,
 * when the draft's window differs, what publishing it would change.
 */
export function campaignStatusLine(versions: CampaignVersions, now: Date): string {
  const site = campaignSiteLine(versions.published, now);
  const { draft, published } = versions;
  if (!draft || (published && sameWindow(draft, published))) return site;
  return `${site}. ${campaignDraftLine(draft, now)}`;
}

/** The tone of a campaign's status: an invalid window in either version first, then the site's state. */
export function campaignStatusTone(versions: CampaignVersions, now: Date): StatusTone {
  const { draft, published } = versions;
  if ((published && invalidWindow(published)) || (draft && invalidWindow(draft))) return 'critical';
  if (!published) return 'default';
  const state = windowState(published, now);
  return state === 'live' ? 'positive' : state === 'scheduled' ? 'primary' : 'default';
}

/** A scheme's closed line at `now` ("Gesloten sinds 1 jan 2026"), or undefined while it is open. */
export function schemeClosedLine(scheme: DeadlineTiming, now: Date): string | undefined {
  const closesAt = schemeClosesAt(scheme);
  return closesAt && isClosed(scheme, now) ? `Gesloten sinds ${shortDate(closesAt.toISOString())}` : undefined;
}

/** A campaign's state at `now` by the model's window rule: scheduled, live or ended (or an invalid window). */
export function campaignStatus(campaign: PublishWindow, now: Date): string {
  if (invalidWindow(campaign)) return 'Ongeldige planning';
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
