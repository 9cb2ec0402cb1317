// What state a scheme, event, campaign or guide is in at a moment, and the words for it, written
// once: the site's pages and search results, the search index's ranking, the Studio's list lines
// and badges all say it the same way. The states are the model's time rules (Europe/Amsterdam); the
// dates in the words are dates.ts's.
import {
  BUDGET_STATUSES,
  type CheckTiming,
  type DeadlineTiming,
  dictionary,
  EVENT_OVER,
  type EventTiming,
  holds,
  isClosed,
  isOverdue,
  isWindowInvalid,
  type Lang,
  opensLater,
  type PublishWindow,
  schemeClosesAt,
  schemeRank,
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
    live: string;
    liveUntil(when: string): string;
    scheduledFrom(when: string): string;
    endedOn(when: string): string;
    invalid: string;
    /** What the site shows of the published version. */
    site: {
      none: string;
      invalid: string;
      nowLive: string;
      nowLiveUntil(when: string): string;
      goesLiveOn(when: string, minutes: number): string;
      endedOn(when: string): string;
    };
    /** What publishing the draft would change. */
    draft: {
      invalid: string;
      liveFrom(when: string): string;
      liveNow: string;
      liveNowUntil(when: string): string;
      endedOn(when: string): string;
    };
  };
}

/** Every status word, in Dutch and English. */
export const STATUS_TEXT = dictionary<StatusText>({
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
      live: 'Live',
      liveUntil: (when) => `Live tot ${when}`,
      scheduledFrom: (when) => `Gepland vanaf ${when}`,
      endedOn: (when) => `Afgelopen op ${when}`,
      invalid: 'Ongeldige planning',
      site: {
        none: 'Nog niet op de site (niet gepubliceerd)',
        invalid: 'Op de site: nooit te zien, want "Zichtbaar tot" ligt vóór of op "Zichtbaar vanaf"',
        nowLive: 'Op de site: nu live',
        nowLiveUntil: (when) => `Op de site: nu live tot ${when}`,
        goesLiveOn: (when, minutes) => `Op de site: gepland voor ${when} (de site is uiterlijk ${minutes} minuten daarna bijgewerkt)`,
        endedOn: (when) => `Op de site: afgelopen op ${when}`,
      },
      draft: {
        invalid: 'Dit concept: ongeldige planning, kies "Zichtbaar tot" na "Zichtbaar vanaf"',
        liveFrom: (when) => `Dit concept: live vanaf ${when} (na publiceren)`,
        liveNow: 'Dit concept: direct live (na publiceren)',
        liveNowUntil: (when) => `Dit concept: direct live tot ${when} (na publiceren)`,
        endedOn: (when) => `Dit concept: afgelopen op ${when}; na publiceren staat de campagne niet meer op de site`,
      },
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
      live: 'Live',
      liveUntil: (when) => `Live until ${when}`,
      scheduledFrom: (when) => `Scheduled from ${when}`,
      endedOn: (when) => `Ended on ${when}`,
      invalid: 'Invalid schedule',
      site: {
        none: 'Not on the site yet (not published)',
        invalid: 'On the site: never shown, because "Visible until" is on or before "Visible from"',
        nowLive: 'On the site: live now',
        nowLiveUntil: (when) => `On the site: live now until ${when}`,
        goesLiveOn: (when, minutes) => `On the site: scheduled for ${when} (the site follows within ${minutes} minutes)`,
        endedOn: (when) => `On the site: ended on ${when}`,
      },
      draft: {
        invalid: 'This draft: invalid schedule, choose "Visible until" after "Visible from"',
        liveFrom: (when) => `This draft: live from ${when} (once published)`,
        liveNow: 'This draft: live straight away (once published)',
        liveNowUntil: (when) => `This draft: live straight away until ${when} (once published)`,
        endedOn: (when) => `This draft: ended on ${when}; publishing takes the campaign off the site`,
      },
    },
  },
});

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
  /** Schemes: where the scheme ranks among schemes (the model's schemeRank: open, opens later, closed). */
  rank?: number;
}

/**
 * A scheme's status at `now` for readers: "Opent op 1 maart 2027", "Open tot en met 26 januari
 * 2027", "Doorlopend", "Budget op" or "Gesloten"; an open scheme whose budget is almost gone says so in `budget`.
 */
export function schemeStatus(scheme: DeadlineTiming, now: Date, lang: Lang): StatusInfo {
  const words = STATUS_TEXT[lang].scheme;
  const state = schemeState(scheme, now);
  const rank = schemeRank(scheme, now);
  if (state === 'closed') return { status: 'closed', label: words.closed, stale: true, rank };
  if (state === 'used-up') return { status: 'closed', label: BUDGET_STATUSES.label('op', lang), stale: true, rank };
  if (state === 'opens-later')
    return { status: 'upcoming', label: words.opensOn(formatDay(scheme.opensAt as string, lang)), stale: false, rank };
  const budget = scheme.budgetStatus === 'bijna-op' ? { budget: BUDGET_STATUSES.label('bijna-op', lang) } : {};
  // A scheme without a deadline stays open: for a reader it is ongoing.
  if (state !== 'open') return { status: 'ongoing', label: words.ongoing, stale: false, rank, ...budget };
  return { status: 'open', label: words.openUntil(formatDay(scheme.deadline as string, lang)), stale: false, rank, ...budget };
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

/** A campaign's state at `now` in a short list line: scheduled, live or ended (or an invalid window). */
export function campaignStatusShort(campaign: PublishWindow, now: Date, lang: Lang): string {
  const words = STATUS_TEXT[lang].campaign;
  if (isWindowInvalid(campaign)) return words.invalid;
  const state = windowState(campaign, now);
  if (state === 'scheduled') return words.scheduledFrom(formatShortDateTime(campaign.publishFrom as string, lang));
  if (state === 'ended') return words.endedOn(formatShortDate(campaign.publishUntil, lang));
  return campaign.publishUntil ? words.liveUntil(formatShortDate(campaign.publishUntil, lang)) : words.live;
}

/** A campaign's published and draft windows; either may be missing. */
export interface CampaignVersions {
  published: PublishWindow | null | undefined;
  draft: PublishWindow | null | undefined;
}

/** What the site shows of the published campaign at `now`, with the full moment ("Op de site: nu live tot …"). */
export function campaignSiteLine(published: PublishWindow | null | undefined, now: Date, lang: Lang): string {
  const words = STATUS_TEXT[lang].campaign.site;
  if (!published) return words.none;
  if (isWindowInvalid(published)) return words.invalid;
  const state = windowState(published, now);
  if (state === 'scheduled') return words.goesLiveOn(formatLongDateTime(published.publishFrom as string, lang), SITE_UPDATE_WITHIN_MINUTES);
  if (state === 'ended') return words.endedOn(formatLongDateTime(published.publishUntil as string, lang));
  return published.publishUntil ? words.nowLiveUntil(formatLongDateTime(published.publishUntil, lang)) : words.nowLive;
}

/** What publishing the draft would do at `now` ("Dit concept: live vanaf … (na publiceren)"). */
export function campaignDraftLine(draft: PublishWindow, now: Date, lang: Lang): string {
  const words = STATUS_TEXT[lang].campaign.draft;
  if (isWindowInvalid(draft)) return words.invalid;
  const state = windowState(draft, now);
  if (state === 'scheduled') return words.liveFrom(formatLongDateTime(draft.publishFrom as string, lang));
  if (state === 'ended') return words.endedOn(formatLongDateTime(draft.publishUntil as string, lang));
  return draft.publishUntil ? words.liveNowUntil(formatLongDateTime(draft.publishUntil, lang)) : words.liveNow;
}

/** True when two windows have the same bounds (an empty bound is the same whether null or missing). */
function sameWindow(a: PublishWindow, b: PublishWindow): boolean {
  return (a.publishFrom ?? null) === (b.publishFrom ?? null) && (a.publishUntil ?? null) === (b.publishUntil ?? null);
}

/**
 * The line at the top of a campaign form: what is on the site now (the published version), then,
 * when the draft's window differs, what publishing it would change.
 */
export function campaignStatusFull(versions: CampaignVersions, now: Date, lang: Lang): string {
  const site = campaignSiteLine(versions.published, now, lang);
  const { draft, published } = versions;
  if (!draft || (published && sameWindow(draft, published))) return site;
  return `${site}. ${campaignDraftLine(draft, now, lang)}`;
}

/** How a campaign's status is shown: an invalid window in either version first, then the site's state. */
export function campaignStatusTone(versions: CampaignVersions, now: Date): 'positive' | 'primary' | 'critical' | 'default' {
  const { draft, published } = versions;
  if ((published && isWindowInvalid(published)) || (draft && isWindowInvalid(draft))) return 'critical';
  if (!published) return 'default';
  const state = windowState(published, now);
  return state === 'live' ? 'positive' : state === 'scheduled' ? 'primary' : 'default';
}
