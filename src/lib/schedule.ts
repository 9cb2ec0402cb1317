// Publish windows. A campaign is public while publishFrom <= now < publishUntil; an empty bound is open.
// And the schedule: the moments at which the published site would change (see below).
// No imports: `npm run schedule:check` runs this on bare Node, before any `npm ci`.

export interface PublishWindow {
  publishFrom?: string | null;
  publishUntil?: string | null;
}

/** True when the window is open at `now`. */
export function isLive(window: PublishWindow, now: Date): boolean {
  const t = now.getTime();
  if (window.publishFrom && t < Date.parse(window.publishFrom)) return false;
  if (window.publishUntil && t >= Date.parse(window.publishUntil)) return false;
  return true;
}

/** Where a window stands at `now`: not yet started, live, or ended. */
export function windowState(window: PublishWindow, now: Date): 'scheduled' | 'live' | 'ended' {
  if (window.publishFrom && now.getTime() < Date.parse(window.publishFrom)) return 'scheduled';
  if (window.publishUntil && now.getTime() >= Date.parse(window.publishUntil)) return 'ended';
  return 'live';
}

// ---------------------------------------------------------------------------------------------
// The schedule: the moments at which the published site would change if it were rebuilt. The
// build writes it outside dist/ (schedule.json); `npm run schedule:check` reads it to decide
// whether a rebuild is due. It names documents only by id and type, never by title.


/** What happens at a scheduled moment. */
export type ChangeKind = 'campaign-start' | 'campaign-end' | 'event-end' | 'scheme-close';

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

/**
 * What the schedule needs to know about content: every campaign's window (also unpublished ones),
 * and when each event ends and each scheme closes, judged as the pages judge them (src/lib/dates.ts).
 */
export interface ScheduleInput {
  campaigns: ({ _id: string } & PublishWindow)[];
  events: { _id: string; endsAt: Date }[];
  schemes: { _id: string; closesAt: Date | undefined }[];
}

/** Builds the schedule: every change after `builtAt`, soonest first. */
export function buildSchedule(input: ScheduleInput, builtAt: Date, perspective: Schedule['perspective']): Schedule {
  const changes: ScheduledChange[] = [];
  const add = (at: Date | undefined, kind: ChangeKind, type: ScheduledChange['type'], id: string) => {
    if (!at || Number.isNaN(at.getTime()) || at.getTime() <= builtAt.getTime()) return;
    changes.push({ at: at.toISOString(), kind, type, id });
  };
  const seen = new Set<string>();
  for (const c of input.campaigns) {
    // A campaign may be listed both as published and as outside its window; count it once.
    if (seen.has(c._id)) continue;
    seen.add(c._id);
    if (c.publishFrom) add(new Date(c.publishFrom), 'campaign-start', 'campaign', c._id);
    if (c.publishUntil) add(new Date(c.publishUntil), 'campaign-end', 'campaign', c._id);
  }
  for (const e of input.events) add(e.endsAt, 'event-end', 'event', e._id);
  for (const s of input.schemes) add(s.closesAt, 'scheme-close', 'scheme', s._id);
  changes.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return { version: 1, builtAt: builtAt.toISOString(), perspective, changes, nextChange: changes[0]?.at ?? null };
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
