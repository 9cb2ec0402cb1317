// What state a scheme, event, campaign or guide is in at a moment, and the words for it, written
// once: the site's pages and search results, the search index's ranking, the Studio's list lines
// and badges all say it the same way. The states are the model's time rules (Europe/Amsterdam); the
// dates in the words are dates.ts's.
import {
  BUDGET_STATUSES,
  type CheckTiming,
  type DeadlineTiming,
  EVENT_OVER,
  type EventTiming,
  holds,
  isClosed,
  isOverdue,
  type Lang,
  opensLater,
  type PublishWindow,
  schemeClosesAt,
  SITE_UPDATE_WITHIN_MINUTES,
  windowState,
} from '@mkb010/model';
import { formatDay, formatLongDateTime, formatShortDate, formatShortDateTime } from './dates.ts';

/**
 * A scheme's state: not open yet, open until its deadline, ongoing, without any deadline (an
 * unfinished draft), closed because its budget is used up, or closed after its deadline.
 */
export type SchemeState = 'opens-later' | 'open' | 'ongoing' | 'undated' | 'used-up' | 'closed';
/** An event's state: still to come (or running), over, or cancelled whatever its date. */
export type EventState = 'upcoming' | 'past' | 'cancelled';

/** The status words for one language. */
interface StatusText {
  scheme: Record<Exclude<SchemeState, 'open' | 'opens-later' | 'used-up'>, string> & {
    openUntil(day: string): string;
    opensOn(day: string): string;
    closedSince(day: string): string;
  };
  event: Record<EventState, string>;
  guide: { none: string; checkBy(day: string): string; overdueSince(day: string): string };
  campaign: {
    draft: string;
    live: string;
    liveUntil(when: string): string;
    scheduledFrom(when: string): string;
    endedOn(when: string): string;
    nowLive: string;
    nowLiveUntil(when: string): string;
    goesLiveOn(when: string, minutes: number): string;
  };
}

/** Every status word, in Dutch and English. */
export const STATUS_TEXT: Record<Lang, StatusText> = {
  nl: {
    scheme: {
      // The deadline day itself is still open (the model's SCHEME_CLOSED), hence "tot en met".
      openUntil: (day) => `Open tot en met ${day}`,
      opensOn: (day) => `Opent op ${day}`,
      ongoing: 'Doorlopend',
      undated: 'Geen sluitingsdatum',
      closed: 'Gesloten',
      closedSince: (day) => `Gesloten sinds ${day}`,
    },
    event: { upcoming: 'Binnenkort', past: 'Geweest', cancelled: 'Geannuleerd' },
    guide: {
      none: 'Geen controledatum',
      checkBy: (day) => `Controleren uiterlijk op ${day}`,
      overdueSince: (day) => `Controle verlopen sinds ${day}`,
    },
    campaign: {
      draft: 'Concept — nog niet gepubliceerd',
      live: 'Live',
      liveUntil: (when) => `Live tot ${when}`,
      scheduledFrom: (when) => `Gepland vanaf ${when}`,
      endedOn: (when) => `Afgelopen op ${when}`,
      nowLive: 'Nu live',
      nowLiveUntil: (when) => `Nu live tot ${when}`,
      goesLiveOn: (when, minutes) => `Gepland: live op ${when} (de site is uiterlijk ${minutes} minuten daarna bijgewerkt)`,
    },
  },
  en: {
    scheme: {
      openUntil: (day) => `Open until ${day}`,
      opensOn: (day) => `Opens on ${day}`,
      ongoing: 'Ongoing',
      undated: 'No closing date',
      closed: 'Closed',
      closedSince: (day) => `Closed since ${day}`,
    },
    event: { upcoming: 'Upcoming', past: 'Past', cancelled: 'Cancelled' },
    guide: {
      none: 'No check date',
      checkBy: (day) => `Check again by ${day}`,
      overdueSince: (day) => `Check overdue since ${day}`,
    },
    campaign: {
      draft: 'Draft — not published yet',
      live: 'Live',
      liveUntil: (when) => `Live until ${when}`,
      scheduledFrom: (when) => `Scheduled from ${when}`,
      endedOn: (when) => `Ended on ${when}`,
      nowLive: 'Live now',
      nowLiveUntil: (when) => `Live now until ${when}`,
      goesLiveOn: (when, minutes) => `Scheduled: live on ${when} (the site follows within ${minutes} minutes)`,
    },
  },
};

/** A scheme's state at `now` by the model's rule. */
export function schemeState(scheme: DeadlineTiming, now: Date): SchemeState {
  if (isClosed(scheme, now)) return scheme.budgetStatus === 'op' ? 'used-up' : 'closed';
  if (opensLater(scheme, now)) return 'opens-later';
  if (scheme.ongoing) return 'ongoing';
  return scheme.deadline ? 'open' : 'undated';
}

/** The fields of an event its state reads; a document being edited may lack its dates. */
export interface EventStateFields {
  start?: string | null;
  end?: string | null;
  allDay?: boolean | null;
  cancelled?: boolean | null;
}

/** An event's state at `now` by the model's rule; without an end its start counts, without either it is still to come. */
export function eventState(event: EventStateFields, now: Date): EventState {
  if (event.cancelled) return 'cancelled';
  const end = event.end ?? event.start;
  return end && holds(EVENT_OVER, { ...event, end }, now) ? 'past' : 'upcoming';
}

/**
 * A result's status key: schemes are open, ongoing or closed, or upcoming while they open later
 * (they rank like an upcoming event); events upcoming, past or cancelled.
 */
export type StatusKey = 'open' | 'ongoing' | 'closed' | EventState;

/** What a page and the search index show of a status: its key, its words, and whether it ranks last. */
export interface StatusInfo {
  status: StatusKey;
  label: string;
  /** Closed schemes and past or cancelled events: they rank below what is still open or to come. */
  stale: boolean;
  /** "Budget bijna op" when an open scheme's budget is almost gone. */
  budget?: string;
}

/**
 * A scheme's status at `now` for readers: "Opent op 1 maart 2027", "Open tot en met 26 januari
 * 2027", "Doorlopend", "Budget op" or "Gesloten"; an open scheme whose budget is almost gone says so in `budget`.
 */
export function schemeStatus(scheme: DeadlineTiming, now: Date, lang: Lang): StatusInfo {
  const words = STATUS_TEXT[lang].scheme;
  const state = schemeState(scheme, now);
  if (state === 'closed') return { status: 'closed', label: words.closed, stale: true };
  if (state === 'used-up') return { status: 'closed', label: BUDGET_STATUSES.label('op', lang), stale: true };
  if (state === 'opens-later') return { status: 'upcoming', label: words.opensOn(formatDay(scheme.opensAt as string, lang)), stale: false };
  const budget = scheme.budgetStatus === 'bijna-op' ? { budget: BUDGET_STATUSES.label('bijna-op', lang) } : {};
  // A scheme without a deadline stays open: for a reader it is ongoing.
  if (state !== 'open') return { status: 'ongoing', label: words.ongoing, stale: false, ...budget };
  return { status: 'open', label: words.openUntil(formatDay(scheme.deadline as string, lang)), stale: false, ...budget };
}

/** An event's status at `now` for readers; a cancelled event counts as over, whatever its date. */
export function eventStatus(event: EventTiming & { cancelled?: boolean | null }, now: Date, lang: Lang): StatusInfo {
  const status = eventState(event, now);
  return { status, label: STATUS_TEXT[lang].event[status], stale: status !== 'upcoming' };
}

/** A scheme's state at `now` in a short list line: "Open tot en met 5 jan 2026", "Geen sluitingsdatum". */
export function schemeStatusLine(scheme: DeadlineTiming, now: Date, lang: Lang): string {
  const words = STATUS_TEXT[lang].scheme;
  const state = schemeState(scheme, now);
  if (state === 'open') return words.openUntil(formatShortDate(scheme.deadline, lang));
  if (state === 'opens-later') return words.opensOn(formatShortDate(scheme.opensAt, lang));
  if (state === 'used-up') return BUDGET_STATUSES.label('op', lang);
  return words[state];
}

/** A scheme's closed line at `now` ("Gesloten sinds 1 jan 2026"), or undefined while it is open. */
export function schemeClosedLine(scheme: DeadlineTiming, now: Date, lang: Lang): string | undefined {
  if (schemeState(scheme, now) === 'used-up') return BUDGET_STATUSES.label('op', lang);
  const closesAt = schemeClosesAt(scheme);
  return closesAt && isClosed(scheme, now)
    ? STATUS_TEXT[lang].scheme.closedSince(formatShortDate(closesAt.toISOString(), lang))
    : undefined;
}

/** An event's state at `now` in a short list line: "Geannuleerd · 12 mrt 2026", "Geweest · …", or its date. */
export function eventStatusLine(event: EventStateFields, now: Date, lang: Lang): string {
  const when = formatShortDate(event.start, lang);
  const state = eventState(event, now);
  return state === 'upcoming' ? when : `${STATUS_TEXT[lang].event[state]} · ${when}`;
}

/** A guide's check state at `now`: overdue from the day after its check-again date. */
export function guideCheckLine(guide: CheckTiming, now: Date, lang: Lang): string {
  const words = STATUS_TEXT[lang].guide;
  if (!guide.checkAgainBy) return words.none;
  const day = formatShortDate(guide.checkAgainBy, lang);
  return isOverdue(guide, now) ? words.overdueSince(day) : words.checkBy(day);
}

/** A campaign's state at `now` in a short list line: scheduled, live or ended. */
export function campaignStatusShort(campaign: PublishWindow, now: Date, lang: Lang): string {
  const words = STATUS_TEXT[lang].campaign;
  const state = windowState(campaign, now);
  if (state === 'scheduled') return words.scheduledFrom(formatShortDateTime(campaign.publishFrom as string, lang));
  if (state === 'ended') return words.endedOn(formatShortDate(campaign.publishUntil, lang));
  return campaign.publishUntil ? words.liveUntil(formatShortDate(campaign.publishUntil, lang)) : words.live;
}

/** The one line at the top of a campaign form and on its badge: draft, scheduled, live or ended, with the full moment. */
export function campaignStatusFull(campaign: PublishWindow & { published: boolean }, now: Date, lang: Lang): string {
  const words = STATUS_TEXT[lang].campaign;
  if (!campaign.published) return words.draft;
  const state = windowState(campaign, now);
  if (state === 'scheduled') return words.goesLiveOn(formatLongDateTime(campaign.publishFrom as string, lang), SITE_UPDATE_WITHIN_MINUTES);
  if (state === 'ended') return words.endedOn(formatLongDateTime(campaign.publishUntil as string, lang));
  return campaign.publishUntil ? words.nowLiveUntil(formatLongDateTime(campaign.publishUntil, lang)) : words.nowLive;
}
