// Status lines for document previews, so an editor sees in a list what state a document is in. The
// words, dates and states are @mkb010/content's (the site says them the same way); the Studio speaks
// Dutch, so these are its Dutch lines, pure functions of the document and "now".
import type { CheckTiming, DeadlineTiming, PublishWindow } from '@mkb010/model';
import { amsterdamDay } from '@mkb010/model';
import { formatShortDate } from '@mkb010/content/dates';
import {
  type CampaignVersions,
  campaignSiteLine,
  campaignStatusFull,
  campaignStatusShort,
  type EventStateFields,
  eventStatusLine,
  guideCheckLine,
  schemeClosedLine as closedLine,
  schemeStatusLine,
} from '@mkb010/content/status';

/** Formats an ISO date or date-time as a short Dutch date in Amsterdam time, e.g. "12 jan 2026". */
export function shortDate(iso: string | undefined, withYear = true): string {
  return formatShortDate(iso, 'nl', withYear);
}

/**
 * The line at the top of a campaign form: what the site shows of the published version, then what
 * publishing the draft would change.
 */
export function campaignStatusLine(versions: CampaignVersions, now: Date): string {
  return campaignStatusFull(versions, now, 'nl');
}

/** What the site shows of the published campaign, for its badge. */
export function campaignSiteStatus(published: PublishWindow | null | undefined, now: Date): string {
  return campaignSiteLine(published, now, 'nl');
}

/** A scheme's closed line at `now` ("Gesloten sinds 1 jan 2026"), or undefined while it is open. */
export function schemeClosedLine(scheme: DeadlineTiming, now: Date): string | undefined {
  return closedLine(scheme, now, 'nl');
}

/** A campaign's state at `now` by the model's window rule: scheduled, live or ended (or an invalid window). */
export function campaignStatus(campaign: PublishWindow, now: Date): string {
  return campaignStatusShort(campaign, now, 'nl');
}

/** A scheme's state at `now` by the model's rule: ongoing, open until its deadline, or closed. */
export function schemeStatus(scheme: DeadlineTiming, now: Date): string {
  return schemeStatusLine(scheme, now, 'nl');
}

/** An event's state at `now` by the model's rule: cancelled, past, or its date. */
export function eventStatus(event: EventStateFields, now: Date): string {
  return eventStatusLine(event, now, 'nl');
}

/** A guide's check state at `now` by the model's rule: overdue from the day after its check-again date. */
export function guideCheckStatus(guide: CheckTiming, now: Date): string {
  return guideCheckLine(guide, now, 'nl');
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
