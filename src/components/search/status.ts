// The status a search result shows and the index ranks by: whether a scheme can still be applied
// for and whether an event is still to come, judged by the model's time rules at build time (the
// site is rebuilt at every deadline and event end, so the index is never behind).
import { isClosed, isUpcoming, type DeadlineTiming, type EventTiming, type Lang } from '@mkb010/model';
import { formatDay } from '../../lib/dates.ts';

/** A result's status: schemes are open, ongoing or closed; events upcoming, past or cancelled. */
export type SearchStatus = 'open' | 'ongoing' | 'closed' | 'upcoming' | 'past' | 'cancelled';

/** What the index stores of a status: its key, the words a result shows, and whether it ranks last. */
export interface StatusInfo {
  status: SearchStatus;
  label: string;
  /** Closed schemes and past or cancelled events: they rank below what is still open or to come. */
  stale: boolean;
}

const WORDS: Record<Lang, Record<Exclude<SearchStatus, 'open'>, string> & { openUntil(day: string): string }> = {
  nl: {
    openUntil: (day) => `Open tot ${day}`,
    ongoing: 'Doorlopend',
    closed: 'Gesloten',
    upcoming: 'Binnenkort',
    past: 'Geweest',
    cancelled: 'Geannuleerd',
  },
  en: {
    openUntil: (day) => `Open until ${day}`,
    ongoing: 'Ongoing',
    closed: 'Closed',
    upcoming: 'Upcoming',
    past: 'Past',
    cancelled: 'Cancelled',
  },
};

/** A scheme's status at `now`: "Open tot 26 januari 2027", "Doorlopend" or "Gesloten". */
export function schemeStatus(scheme: DeadlineTiming, now: Date, lang: Lang): StatusInfo {
  const words = WORDS[lang];
  if (isClosed(scheme, now)) return { status: 'closed', label: words.closed, stale: true };
  if (scheme.ongoing || !scheme.deadline) return { status: 'ongoing', label: words.ongoing, stale: false };
  return { status: 'open', label: words.openUntil(formatDay(scheme.deadline, lang)), stale: false };
}

/** An event's status at `now`; a cancelled event counts as over, whatever its date. */
export function eventStatus(event: EventTiming & { cancelled?: boolean | null }, now: Date, lang: Lang): StatusInfo {
  const words = WORDS[lang];
  if (event.cancelled) return { status: 'cancelled', label: words.cancelled, stale: true };
  if (isUpcoming(event, now)) return { status: 'upcoming', label: words.upcoming, stale: false };
  return { status: 'past', label: words.past, stale: true };
}
