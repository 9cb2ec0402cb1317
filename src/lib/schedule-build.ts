// Builds the schedule from content: every moment after the build at which one of the model's
// rules changes its answer for a document (a campaign goes live or ends, an event ends, a scheme
// opens, nears its deadline or closes), so the schedule can never disagree with the pages and feeds.
import {
  CAMPAIGN_LIVE,
  changesAfter,
  type DeadlineTiming,
  EVENT_OVER,
  type EventTiming,
  type PublishWindow,
  SCHEME_DEADLINE_NEAR,
  SCHEME_OPEN,
} from '@mkb010/model';
import type { ChangeKind, Schedule, ScheduledChange } from './schedule.ts';

/** What the schedule needs to know about content: every campaign (also unpublished ones), event and scheme. */
export interface ScheduleInput {
  campaigns: ({ _id: string } & PublishWindow)[];
  events: ({ _id: string } & EventTiming)[];
  schemes: ({ _id: string } & DeadlineTiming)[];
}

/** Builds the schedule: every change after `builtAt`, soonest first. */
export function buildSchedule(input: ScheduleInput, builtAt: Date, perspective: Schedule['perspective']): Schedule {
  const changes: ScheduledChange[] = [];
  const add = (at: Date, kind: ChangeKind, type: ScheduledChange['type'], id: string) =>
    changes.push({ at: at.toISOString(), kind, type, id });
  const seen = new Set<string>();
  for (const c of input.campaigns) {
    // A campaign may be listed both as published and as outside its window; count it once.
    if (seen.has(c._id)) continue;
    seen.add(c._id);
    for (const change of changesAfter(CAMPAIGN_LIVE, c, builtAt))
      add(change.at, change.becomes ? 'campaign-start' : 'campaign-end', 'campaign', c._id);
  }
  for (const e of input.events)
    for (const change of changesAfter(EVENT_OVER, e, builtAt)) if (change.becomes) add(change.at, 'event-end', 'event', e._id);
  for (const s of input.schemes) {
    for (const change of changesAfter(SCHEME_OPEN, s, builtAt))
      add(change.at, change.becomes ? 'scheme-open' : 'scheme-close', 'scheme', s._id);
    // The feeds gain an entry then; the pages stay as they are.
    for (const change of changesAfter(SCHEME_DEADLINE_NEAR, s, builtAt))
      if (change.becomes) add(change.at, 'scheme-deadline-near', 'scheme', s._id);
  }
  changes.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return { version: 1, builtAt: builtAt.toISOString(), perspective, changes, nextChange: changes[0]?.at ?? null };
}
