// The schedule file: the moments at which the published site would change (see below), and the
// check that reads it. No imports: `npm run schedule:check` runs this on bare Node, before any
// `npm ci`. The moments themselves come from the model's rules (schedule-build.ts).

// ---------------------------------------------------------------------------------------------
// The schedule: the moments at which the published site would change if it were rebuilt. The
// build writes it outside dist/ (schedule.json); `npm run schedule:check` reads it to decide
// whether a rebuild is due. It names documents only by id and type, never by title.

/** What happens at a scheduled moment. */
export type ChangeKind = 'campaign-start' | 'campaign-end' | 'event-end' | 'scheme-open' | 'scheme-deadline-near' | 'scheme-close';

/** One moment at which the site changes. */
export interface ScheduledChange {
  /** ISO timestamp (UTC). */
  at: string;
  kind: ChangeKind;
  type: 'campaign' | 'event' | 'scheme';
  id: string;
}

/** The schedule file (`schedule.json`) a build writes. */
export interface Schedule {
  version: 1;
  /** The moment the build judged its content at (SITE_NOW or the clock when it started). */
  builtAt: string;
  perspective: 'published' | 'drafts';
  /** Every future change, soonest first. */
  changes: ScheduledChange[];
  /** The first of `changes`, or null when nothing is scheduled. */
  nextChange: string | null;
}

/** Changes that have happened since the build: builtAt < at <= now. */
export function dueChanges(schedule: Pick<Schedule, 'builtAt' | 'changes'>, now: Date): ScheduledChange[] {
  const built = Date.parse(schedule.builtAt);
  const t = now.getTime();
  return schedule.changes.filter((c) => {
    const at = Date.parse(c.at);
    return at > built && at <= t;
  });
}

/** The first change still ahead of `now`, if any. */
export function nextChangeAfter(schedule: Pick<Schedule, 'changes'>, now: Date): ScheduledChange | undefined {
  return schedule.changes.find((c) => Date.parse(c.at) > now.getTime());
}

const CHANGE_WORDS: Record<ChangeKind, string> = {
  'campaign-start': 'campaign starts',
  'campaign-end': 'campaign ends',
  'event-end': 'event ends (upcoming → past)',
  'scheme-open': 'scheme opens (opens later → open)',
  'scheme-deadline-near': 'scheme deadline comes within the reminder days (feed entry)',
  'scheme-close': 'scheme deadline passes (open → closed)',
};

/** A change as a person reads it: `2026-03-01T08:00:00.000Z campaign starts (campaign-x)`. */
export function describeChange(change: ScheduledChange): string {
  return `${change.at} ${CHANGE_WORDS[change.kind]} (${change.type} ${change.id})`;
}

/** Parses schedule.json text; throws an Error naming what is wrong. */
export function parseSchedule(text: string): Schedule {
  const data = JSON.parse(text) as Partial<Schedule>;
  if (!data || typeof data !== 'object' || typeof data.builtAt !== 'string' || Number.isNaN(Date.parse(data.builtAt))) {
    throw new Error('it has no valid "builtAt" timestamp');
  }
  if (!Array.isArray(data.changes) || data.changes.some((c) => !c || typeof c.at !== 'string' || Number.isNaN(Date.parse(c.at)))) {
    throw new Error('its "changes" are not a list of timed changes');
  }
  return data as Schedule;
}
