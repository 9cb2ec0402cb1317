// The time rules: when a campaign is live, a scheme open or closed, an event over, a guide overdue. Each
// rule is written once, as a small condition tree; the site evaluates it as a function, the Studio
// desk runs it as GROQ (`groq`), and the build's schedule asks it when its answer next changes
// (`changesAfter`). All three read the same tree, so they cannot disagree.
import type { BudgetStatus } from './lists.ts';
import { amsterdamDay, startOfAmsterdamDay } from './time.ts';

/** Days before a scheme's deadline that its reminder goes out, its feed entry appears and the digest names it. */
export const REMINDER_DAYS = 14;

/**
 * The moments a condition compares with, all taken from one "now":
 * `now` the instant, `today` the Amsterdam calendar day (YYYY-MM-DD), `todayStart` the instant
 * that day began in Amsterdam, `yearAgo` the same calendar day a year earlier (29 February → 28),
 * `reminderHorizon` the calendar day REMINDER_DAYS after today.
 */
export type MomentName = 'now' | 'today' | 'todayStart' | 'yearAgo' | 'reminderHorizon';

/** The calendar moments: compared with `date` fields (YYYY-MM-DD), each a fixed shift of `today`. */
type DayMoment = 'today' | 'yearAgo' | 'reminderHorizon';

/** A condition on one document. Fields are top-level document fields. */
export type Condition =
  | { op: 'and' | 'or'; of: readonly Condition[] }
  | { op: 'not'; of: Condition }
  | { op: 'defined'; field: string }
  | { op: 'isTrue'; field: string }
  /** The field holds exactly this value (a value from a model list, never input). */
  | { op: 'equals'; field: string; value: string }
  | {
      op: 'compare';
      field: string;
      /** `date`: a YYYY-MM-DD field against `today`; `datetime`: an instant against `now` or `todayStart`. */
      kind: 'date' | 'datetime';
      cmp: '<' | '<=' | '>' | '>=';
      moment: MomentName;
    };

/** The values of the moments at one "now", as GROQ parameters (`$now`, `$today`, `$todayStart`, `$yearAgo`, `$reminderHorizon`). */
export type RuleParams = {
  now: string;
  today: string;
  todayStart: string;
  yearAgo: string;
  reminderHorizon: string;
};

/** The calendar day `years` years after `day` (YYYY-MM-DD); 29 February becomes 28 February. */
function shiftYears(day: string, years: number): string {
  const [y, m, d] = day.split('-');
  const year = String(Number(y) + years).padStart(4, '0');
  const leap = (n: number) => (n % 4 === 0 && n % 100 !== 0) || n % 400 === 0;
  return `${year}-${m}-${m === '02' && d === '29' && !leap(Number(year)) ? '28' : d}`;
}

/** The calendar day `days` days after `day` (YYYY-MM-DD), counted in calendar days whatever the clock change. */
export function shiftDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The `date` field value at which a day moment equals it: the inverse of the moment's shift of `today`. */
function dayWhenMomentIs(moment: DayMoment, value: string): string {
  if (moment === 'yearAgo') return shiftYears(value, 1);
  if (moment === 'reminderHorizon') return shiftDays(value, -REMINDER_DAYS);
  return value;
}

let lastParams: { ms: number; params: RuleParams } | undefined;

/** The moments every rule compares with, at `now`. */
export function ruleParams(now: Date): RuleParams {
  // A build judges thousands of documents at one moment: compute its parameters once.
  if (lastParams?.ms === now.getTime()) return lastParams.params;
  const today = amsterdamDay(now);
  const params = {
    now: now.toISOString(),
    today,
    todayStart: startOfAmsterdamDay(today).toISOString(),
    yearAgo: shiftYears(today, -1),
    reminderHorizon: shiftDays(today, REMINDER_DAYS),
  };
  lastParams = { ms: now.getTime(), params };
  return params;
}

const and = (...of: Condition[]): Condition => ({ op: 'and', of });
const or = (...of: Condition[]): Condition => ({ op: 'or', of });
const not = (of: Condition): Condition => ({ op: 'not', of });
const defined = (field: string): Condition => ({ op: 'defined', field });
const isTrue = (field: string): Condition => ({ op: 'isTrue', field });
const equals = (field: string, value: string): Condition => ({ op: 'equals', field, value });
const compare = (field: string, kind: 'date' | 'datetime', cmp: '<' | '<=' | '>' | '>=', moment: MomentName): Condition => ({
  op: 'compare',
  field,
  kind,
  cmp,
  moment,
});

/** A campaign whose start lies ahead. */
export const CAMPAIGN_SCHEDULED = and(defined('publishFrom'), compare('publishFrom', 'datetime', '>', 'now'));
/** A campaign whose end has passed. */
export const CAMPAIGN_ENDED = and(defined('publishUntil'), compare('publishUntil', 'datetime', '<=', 'now'));
/** A campaign on the site: publishFrom <= now < publishUntil, either bound may be empty. */
export const CAMPAIGN_LIVE = and(not(CAMPAIGN_SCHEDULED), not(CAMPAIGN_ENDED));

/** A scheme's budget that is used up ("budget op"): nobody can apply any more. */
const BUDGET_USED_UP: BudgetStatus = 'op';

/** A scheme whose deadline day has fully passed in Amsterdam (an ongoing scheme's never does). */
export const SCHEME_DEADLINE_PASSED = and(not(isTrue('ongoing')), defined('deadline'), compare('deadline', 'date', '<', 'today'));
/** A scheme one can no longer apply for: its deadline has passed or its budget is used up. */
export const SCHEME_CLOSED = or(SCHEME_DEADLINE_PASSED, equals('budgetStatus', BUDGET_USED_UP));
/** A scheme that is not closed but whose opening day (`opensAt`) is still ahead: it ranks like an upcoming event. */
export const SCHEME_OPENS_LATER = and(not(SCHEME_CLOSED), defined('opensAt'), compare('opensAt', 'date', '>', 'today'));
/** A scheme one can apply for now: opened (or without an opening day), deadline not passed, budget left. */
export const SCHEME_OPEN = and(not(SCHEME_CLOSED), not(SCHEME_OPENS_LATER));
/**
 * An open scheme whose deadline is at most REMINDER_DAYS away: from this day on its reminder goes
 * out, its feed has an entry and the digest names it.
 */
export const SCHEME_DEADLINE_NEAR = and(
  SCHEME_OPEN,
  not(isTrue('ongoing')),
  defined('deadline'),
  compare('deadline', 'date', '<=', 'reminderHorizon'),
);

/**
 * An event that is over: at its end, or for an all-day event at the end of the Amsterdam day it
 * ends on (so it still shows as upcoming all that day).
 */
export const EVENT_OVER = or(
  and(isTrue('allDay'), compare('end', 'datetime', '<', 'todayStart')),
  and(not(isTrue('allDay')), compare('end', 'datetime', '<=', 'now')),
);
/** An event that has not ended yet (a running event still counts as upcoming). */
export const EVENT_UPCOMING = not(EVENT_OVER);

/** A guide whose check-again day has passed: overdue from the day after `checkAgainBy`. */
export const GUIDE_OVERDUE = and(defined('checkAgainBy'), compare('checkAgainBy', 'date', '<', 'today'));

/** A guide last checked more than 12 months ago, which readers are told to verify (from the day after the anniversary). */
export const GUIDE_CHECKED_LONG_AGO = and(defined('lastChecked'), compare('lastChecked', 'date', '<', 'yearAgo'));

/** A document as the rules read it: any object; only the fields a rule names are read. */
type Doc = object;

const read = (doc: Doc, field: string): unknown => (doc as Record<string, unknown>)[field];

function isDayMoment(name: MomentName): name is DayMoment {
  return name === 'today' || name === 'yearAgo' || name === 'reminderHorizon';
}

function momentValue(name: MomentName, params: RuleParams): string | number {
  return isDayMoment(name) ? params[name] : Date.parse(params[name]);
}

function fieldValue(doc: Doc, field: string, kind: 'date' | 'datetime'): string | number | undefined {
  const value = read(doc, field);
  if (typeof value !== 'string') return undefined;
  if (kind === 'date') return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function evaluate(condition: Condition, doc: Doc, params: RuleParams): boolean {
  switch (condition.op) {
    case 'and':
      return condition.of.every((c) => evaluate(c, doc, params));
    case 'or':
      return condition.of.some((c) => evaluate(c, doc, params));
    case 'not':
      return !evaluate(condition.of, doc, params);
    case 'defined':
      return read(doc, condition.field) !== undefined && read(doc, condition.field) !== null;
    case 'isTrue':
      return read(doc, condition.field) === true;
    case 'equals':
      return read(doc, condition.field) === condition.value;
    case 'compare': {
      const a = fieldValue(doc, condition.field, condition.kind);
      if (a === undefined) return false;
      const b = momentValue(condition.moment, params);
      if (condition.cmp === '<') return a < b;
      if (condition.cmp === '<=') return a <= b;
      if (condition.cmp === '>') return a > b;
      return a >= b;
    }
  }
}

/** Whether a document meets a rule at `now`. */
export function holds(condition: Condition, doc: Doc, now: Date): boolean {
  return evaluate(condition, doc, ruleParams(now));
}

/**
 * The rule as a GROQ condition with the parameters `$now`, `$today` and `$todayStart` (see
 * `ruleParams`). Field names come from this module, never from input.
 */
export function groq(condition: Condition): string {
  switch (condition.op) {
    case 'and':
    case 'or':
      return `(${condition.of.map(groq).join(condition.op === 'and' ? ' && ' : ' || ')})`;
    case 'not':
      return `!${groq(condition.of)}`;
    case 'defined':
      return `defined(${condition.field})`;
    case 'isTrue':
      return `(${condition.field} == true)`;
    case 'equals':
      return `(${condition.field} == ${JSON.stringify(condition.value)})`;
    case 'compare':
      return condition.kind === 'date'
        ? `(${condition.field} ${condition.cmp} $${condition.moment})`
        : `(dateTime(${condition.field}) ${condition.cmp} dateTime($${condition.moment}))`;
  }
}

/** The moments at which one comparison could change its answer for this document. */
function candidateMoments(condition: Condition, doc: Doc, out: number[]): void {
  if (condition.op === 'and' || condition.op === 'or') {
    for (const c of condition.of) candidateMoments(c, doc, out);
  } else if (condition.op === 'not') {
    candidateMoments(condition.of, doc, out);
  } else if (condition.op === 'compare') {
    const value = read(doc, condition.field);
    if (typeof value !== 'string') return;
    try {
      if (condition.kind === 'date') {
        // Against a shifted day (`yearAgo`, `reminderHorizon`) the answer changes on the shifted day.
        const day = isDayMoment(condition.moment) ? dayWhenMomentIs(condition.moment, value) : value;
        out.push(startOfAmsterdamDay(day).getTime(), startOfAmsterdamDay(day, 1).getTime());
      } else if (condition.moment === 'todayStart') {
        const day = amsterdamDay(value);
        out.push(startOfAmsterdamDay(day).getTime(), startOfAmsterdamDay(day, 1).getTime());
      } else if (!Number.isNaN(Date.parse(value))) out.push(Date.parse(value), Date.parse(value) + 1);
    } catch {
      // A malformed value never changes the answer; validation reports it elsewhere.
    }
  }
}

/** One moment at which a rule's answer for a document changes. */
export interface RuleChange {
  at: Date;
  /** The answer from that moment on. */
  becomes: boolean;
}

/** Every moment after `after` at which the rule's answer for the document changes, soonest first. */
export function changesAfter(condition: Condition, doc: Doc, after: Date): RuleChange[] {
  const moments: number[] = [];
  candidateMoments(condition, doc, moments);
  const changes: RuleChange[] = [];
  for (const ms of [...new Set(moments)].sort((a, b) => a - b)) {
    if (ms <= after.getTime()) continue;
    const before = holds(condition, doc, new Date(ms - 1));
    const at = holds(condition, doc, new Date(ms));
    if (before !== at) changes.push({ at: new Date(ms), becomes: at });
  }
  return changes;
}

const EPOCH = new Date(0);

/** The first moment a rule starts to hold for a document, if it ever does. */
function firstHolds(condition: Condition, doc: Doc): Date | undefined {
  return changesAfter(condition, doc, EPOCH).find((c) => c.becomes)?.at;
}

/** The fields of a campaign that decide its window. */
export interface PublishWindow {
  publishFrom?: string | null;
  publishUntil?: string | null;
}

/** Where a campaign's window can stand: not yet started, live, or ended. */
export const WINDOW_STATES = ['scheduled', 'live', 'ended'] as const;

/** Where a campaign's window stands at `now`. */
export type WindowState = (typeof WINDOW_STATES)[number];

/** True when a campaign's window can never be live: it ends on or before it starts. */
export function isWindowInvalid(campaign: PublishWindow): boolean {
  const { publishFrom, publishUntil } = campaign;
  return Boolean(publishFrom && publishUntil && Date.parse(publishUntil) <= Date.parse(publishFrom));
}

/** True when a campaign is on the site at `now`. */
export function isLive(campaign: PublishWindow, now: Date): boolean {
  return holds(CAMPAIGN_LIVE, campaign, now);
}

/** Where a campaign's window stands at `now`: not yet started, live, or ended. */
export function windowState(campaign: PublishWindow, now: Date): WindowState {
  if (holds(CAMPAIGN_SCHEDULED, campaign, now)) return 'scheduled';
  return holds(CAMPAIGN_ENDED, campaign, now) ? 'ended' : 'live';
}

/** The fields of a scheme that decide whether it is open. */
export interface DeadlineTiming {
  ongoing?: boolean | null;
  deadline?: string | null;
  /** The Amsterdam day applications open (YYYY-MM-DD); absent: open from publication. */
  opensAt?: string | null;
  budgetStatus?: BudgetStatus | null;
}

/** Where a scheme stands, in the order lists rank them: open, not open yet, closed (deadline passed or budget used up). */
export const SCHEME_PHASES = ['open', 'opens-later', 'closed'] as const;

/** Where a scheme stands at `now`. */
export type SchemePhase = (typeof SCHEME_PHASES)[number];

/** True when one can no longer apply at `now`: the deadline day has fully passed in Amsterdam, or the budget is used up. */
export function isClosed(scheme: DeadlineTiming, now: Date): boolean {
  return holds(SCHEME_CLOSED, scheme, now);
}

/** True when a scheme is not closed but opens on a later day than `now`'s. */
export function opensLater(scheme: DeadlineTiming, now: Date): boolean {
  return holds(SCHEME_OPENS_LATER, scheme, now);
}

/** Where a scheme stands at `now`: not open yet, open, or closed. */
export function schemePhase(scheme: DeadlineTiming, now: Date): SchemePhase {
  if (isClosed(scheme, now)) return 'closed';
  return opensLater(scheme, now) ? 'opens-later' : 'open';
}

/**
 * How a scheme ranks at `now` among others (lower first): open schemes, then those that open
 * later (like upcoming events), then closed ones.
 */
export function schemeRank(scheme: DeadlineTiming, now: Date): number {
  return SCHEME_PHASES.indexOf(schemePhase(scheme, now));
}

/** True when an open scheme's deadline is at most REMINDER_DAYS away at `now` (its reminder is due). */
export function isDeadlineNear(scheme: DeadlineTiming, now: Date): boolean {
  return holds(SCHEME_DEADLINE_NEAR, scheme, now);
}

/** The moment a scheme's deadline passes (the start of the day after it), or undefined if it never does. */
export function schemeClosesAt(scheme: DeadlineTiming): Date | undefined {
  return firstHolds(SCHEME_DEADLINE_PASSED, scheme);
}

/** The Amsterdam day a scheme's deadline reminder is due (REMINDER_DAYS before the deadline), if it has a deadline. */
export function reminderDay(scheme: DeadlineTiming): string | undefined {
  return !scheme.ongoing && scheme.deadline ? shiftDays(scheme.deadline, -REMINDER_DAYS) : undefined;
}

/** The fields of an event that decide when it is over. */
export interface EventTiming {
  start: string;
  end: string;
  allDay?: boolean | null;
}

/** True while an event has not ended at `now` (running events still count as upcoming). */
export function isUpcoming(event: EventTiming, now: Date): boolean {
  return holds(EVENT_UPCOMING, event, now);
}

/** The moment an event is over: its end, or for all-day events the end of its last Amsterdam day. */
export function eventEndsAt(event: EventTiming): Date {
  const at = firstHolds(EVENT_OVER, event);
  if (!at) throw new Error(`The event's end "${event.end}" is not a moment in time.`);
  return at;
}

/** The fields of a guide that decide when it is due for a check. */
export interface CheckTiming {
  checkAgainBy?: string | null;
}

/** True when a guide's check-again day has passed at `now`. */
export function isOverdue(guide: CheckTiming, now: Date): boolean {
  return holds(GUIDE_OVERDUE, guide, now);
}

/** The fields of a guide that say when it was last checked. */
export interface LastCheck {
  lastChecked?: string | null;
}

/** True when a guide was last checked more than 12 months before `now` (Amsterdam days). */
export function isCheckedLongAgo(guide: LastCheck, now: Date): boolean {
  return holds(GUIDE_CHECKED_LONG_AGO, guide, now);
}

/**
 * The longest time, in minutes, between a scheduled moment and the public site showing it: the
 * scheduled check runs every 15 minutes (.github/workflows/site.yml) and a build takes up to 15 more.
 */
export const SITE_UPDATE_WITHIN_MINUTES = 30;
