// Recurring events: editions of one event share a `series` key (e.g. `netwerkborrel`), so a page
// about an edition that is over can point to the next one. The Studio validates the key with the
// same pattern the site's schema checks.
import { isUpcoming, type EventTiming } from './rules.ts';
import { SLUG_PATTERN } from './slugs.ts';

/** A series key: lowercase words and digits with single hyphens, like a slug. */
export const SERIES_PATTERN = SLUG_PATTERN;

/** The fields of an event the next-edition rule reads. */
export interface SeriesEdition extends EventTiming {
  _id: string;
  series?: string | null;
  cancelled?: boolean | null;
}

/**
 * The next edition of `event`'s series at `now`: the soonest other event with the same series that
 * is still to come and not cancelled; undefined when the event has no series or none is planned.
 */
export function nextInSeries<E extends SeriesEdition>(event: SeriesEdition, events: readonly E[], now: Date): E | undefined {
  if (!event.series) return undefined;
  return events
    .filter((e) => e._id !== event._id && e.series === event.series && !e.cancelled && isUpcoming(e, now))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
}
