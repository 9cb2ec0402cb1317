// The site and the Studio desk judge time by the same rules: at each edge moment, the site's
// functions and the desk's GROQ filters (run by groq-js, Sanity's own engine, on the same documents)
// must pick the same documents, and the answer must be the one a reader in Rotterdam expects.
import { describe, expect, test } from 'vitest';
import { evaluate, parse } from 'groq-js';
import {
  type CheckTiming,
  type DeadlineTiming,
  GUIDE_CHECKED_LONG_AGO,
  groq,
  isDeadlineNear,
  isCheckedLongAgo,
  isLive,
  isOverdue,
  opensLater,
  type PublishWindow,
  ruleParams,
  SCHEME_DEADLINE_NEAR,
  schemePhase,
  schemeRank,
  windowState,
} from '@mkb010/model';
import { isClosed, isUpcoming } from '@mkb010/model';
import { buildSchedule } from '../../src/lib/schedule-build.ts';
import {
  CLOSED_SCHEMES,
  ENDED_CAMPAIGNS,
  LIVE_CAMPAIGNS,
  OPEN_SCHEMES,
  OPENS_LATER_SCHEMES,
  OVERDUE_GUIDES,
  PAST_EVENTS,
  SCHEDULED_CAMPAIGNS,
  UPCOMING_EVENTS,
} from '../../studio/structure/filters.ts';

type Doc = { _id: string; _type: string } & Record<string, unknown>;

const docs: Doc[] = [
  // Deadlines on an ordinary day, on both daylight-saving switch days, and ongoing.
  { _id: 'scheme-nov', _type: 'scheme', deadline: '2026-11-27' },
  { _id: 'scheme-spring', _type: 'scheme', deadline: '2026-03-29' },
  { _id: 'scheme-autumn', _type: 'scheme', deadline: '2026-10-25' },
  { _id: 'scheme-ongoing', _type: 'scheme', ongoing: true, deadline: '2020-01-01' },
  { _id: 'scheme-open-ended', _type: 'scheme' },
  // Opening on the spring switch day and on an ordinary day; budgets almost gone and used up.
  { _id: 'scheme-opens-spring', _type: 'scheme', opensAt: '2026-03-29', deadline: '2026-04-30' },
  { _id: 'scheme-opens-december', _type: 'scheme', opensAt: '2026-12-09', deadline: '2026-12-21' },
  { _id: 'scheme-budget-almost', _type: 'scheme', budgetStatus: 'bijna-op', deadline: '2026-12-31' },
  { _id: 'scheme-budget-used', _type: 'scheme', budgetStatus: 'op', deadline: '2026-12-31' },
  { _id: 'scheme-budget-used-later', _type: 'scheme', budgetStatus: 'op', opensAt: '2027-02-01', ongoing: true },
  // All-day events, stored as the editor picked them (noon UTC of the day), and a timed one.
  { _id: 'event-allday', _type: 'event', allDay: true, start: '2026-12-08T11:00:00Z', end: '2026-12-08T11:00:00Z' },
  { _id: 'event-spring', _type: 'event', allDay: true, start: '2026-03-29T10:00:00Z', end: '2026-03-29T10:00:00Z' },
  { _id: 'event-autumn', _type: 'event', allDay: true, start: '2026-10-25T11:00:00Z', end: '2026-10-25T11:00:00Z' },
  { _id: 'event-timed', _type: 'event', start: '2026-12-08T11:00:00Z', end: '2026-12-08T12:00:00Z' },
  // Guides due on an ordinary day and on the switch days.
  { _id: 'guide-due', _type: 'guide', checkAgainBy: '2026-12-08' },
  { _id: 'guide-spring', _type: 'guide', checkAgainBy: '2026-03-29' },
  { _id: 'guide-autumn', _type: 'guide', checkAgainBy: '2026-10-25' },
  { _id: 'guide-undated', _type: 'guide' },
  // Campaign windows starting and ending at the switch days' odd hours.
  { _id: 'campaign-spring', _type: 'campaign', publishFrom: '2026-03-29T01:30:00Z', publishUntil: '2026-10-25T00:30:00Z' },
  { _id: 'campaign-december', _type: 'campaign', publishFrom: '2026-12-08T08:00:00Z' },
  { _id: 'campaign-open', _type: 'campaign' },
];

const ids = (type: string, keep: (d: Doc) => boolean) =>
  docs
    .filter((d) => d._type === type && keep(d))
    .map((d) => d._id)
    .sort();

async function desk(filter: string, now: Date): Promise<string[]> {
  const result = await evaluate(parse(`*[${filter}]._id`), { dataset: docs, params: ruleParams(now) });
  return ((await result.get()) as string[]).sort();
}

/** The schemes whose deadline is near: their feeds gain an entry (no desk list; the GROQ is the model's). */
const NEAR_DEADLINE = `_type == "scheme" && ${groq(SCHEME_DEADLINE_NEAR)}`;

/** What the site shows, list by list, at `now`. */
function site(now: Date): Record<string, string[]> {
  const scheme = (d: Doc) => d as DeadlineTiming;
  const event = (d: Doc) => d as unknown as { start: string; end: string; allDay?: boolean };
  return {
    [OPEN_SCHEMES]: ids('scheme', (d) => schemePhase(scheme(d), now) === 'open'),
    [OPENS_LATER_SCHEMES]: ids('scheme', (d) => opensLater(scheme(d), now)),
    [CLOSED_SCHEMES]: ids('scheme', (d) => isClosed(scheme(d), now)),
    [NEAR_DEADLINE]: ids('scheme', (d) => isDeadlineNear(scheme(d), now)),
    [UPCOMING_EVENTS]: ids('event', (d) => isUpcoming(event(d), now)),
    [PAST_EVENTS]: ids('event', (d) => !isUpcoming(event(d), now)),
    [OVERDUE_GUIDES]: ids('guide', (d) => isOverdue(d as CheckTiming, now)),
    [LIVE_CAMPAIGNS]: ids('campaign', (d) => isLive(d as PublishWindow, now)),
    [SCHEDULED_CAMPAIGNS]: ids('campaign', (d) => windowState(d as PublishWindow, now) === 'scheduled'),
    [ENDED_CAMPAIGNS]: ids('campaign', (d) => windowState(d as PublishWindow, now) === 'ended'),
  };
}

// Each moment in Amsterdam time, with what a reader there must see.
const MOMENTS: { name: string; at: string; expect: (lists: Record<string, string[]>) => void }[] = [
  {
    name: '00:30 Amsterdam after a deadline day',
    at: '2026-11-27T23:30:00Z',
    expect: (l) => expect(l[CLOSED_SCHEMES]).toContain('scheme-nov'),
  },
  {
    name: '23:30 Amsterdam on the deadline day',
    at: '2026-11-27T22:30:00Z',
    expect: (l) => expect(l[OPEN_SCHEMES]).toContain('scheme-nov'),
  },
  {
    name: '23:30 Amsterdam the evening before the spring switch day, when a scheme opens',
    at: '2026-03-28T22:30:00Z',
    expect: (l) => {
      expect(l[OPENS_LATER_SCHEMES]).toContain('scheme-opens-spring');
      expect(l[OPEN_SCHEMES]).not.toContain('scheme-opens-spring');
    },
  },
  {
    name: '00:00 Amsterdam on the spring switch day: the scheme is open',
    at: '2026-03-28T23:00:00Z',
    expect: (l) => {
      expect(l[OPEN_SCHEMES]).toContain('scheme-opens-spring');
      expect(l[OPENS_LATER_SCHEMES]).not.toContain('scheme-opens-spring');
    },
  },
  {
    name: '23:59 Amsterdam the day before a deadline comes within 14 days',
    at: '2026-12-06T22:59:00Z',
    expect: (l) => {
      expect(l[NEAR_DEADLINE]).not.toContain('scheme-opens-december');
      expect(l[NEAR_DEADLINE]).not.toContain('scheme-budget-almost');
    },
  },
  {
    name: "15:00 on an all-day event's day",
    at: '2026-12-08T14:00:00Z',
    expect: (l) => {
      expect(l[UPCOMING_EVENTS]).toContain('event-allday');
      expect(l[PAST_EVENTS]).toContain('event-timed');
      // Deadline 21 December is 13 days away, but the scheme opens only tomorrow: not near yet.
      expect(l[OPENS_LATER_SCHEMES]).toContain('scheme-opens-december');
      expect(l[NEAR_DEADLINE]).not.toContain('scheme-opens-december');
    },
  },
  {
    name: 'the due day of checkAgainBy, late evening',
    at: '2026-12-08T22:59:00Z',
    expect: (l) => expect(l[OVERDUE_GUIDES]).not.toContain('guide-due'),
  },
  {
    name: 'the day after checkAgainBy, just after midnight',
    at: '2026-12-08T23:01:00Z',
    expect: (l) => {
      expect(l[OVERDUE_GUIDES]).toContain('guide-due');
      expect(l[PAST_EVENTS]).toContain('event-allday');
      // Opened at midnight, 12 days before its deadline: open and near at once.
      expect(l[OPEN_SCHEMES]).toContain('scheme-opens-december');
      expect(l[NEAR_DEADLINE]).toContain('scheme-opens-december');
    },
  },
  {
    name: 'the spring switch day (23 hours), 23:30 CEST',
    at: '2026-03-29T21:30:00Z',
    expect: (l) => {
      expect(l[OPEN_SCHEMES]).toContain('scheme-spring');
      expect(l[UPCOMING_EVENTS]).toContain('event-spring');
      expect(l[OVERDUE_GUIDES]).not.toContain('guide-spring');
      expect(l[LIVE_CAMPAIGNS]).toContain('campaign-spring');
    },
  },
  {
    name: 'the day after the spring switch, 00:30 CEST',
    at: '2026-03-29T22:30:00Z',
    expect: (l) => {
      expect(l[CLOSED_SCHEMES]).toContain('scheme-spring');
      expect(l[PAST_EVENTS]).toContain('event-spring');
      expect(l[OVERDUE_GUIDES]).toContain('guide-spring');
    },
  },
  {
    name: 'the autumn switch day (25 hours), 02:30 CEST before the clocks go back',
    at: '2026-10-25T00:30:00Z',
    expect: (l) => {
      expect(l[ENDED_CAMPAIGNS]).toContain('campaign-spring');
      expect(l[OPEN_SCHEMES]).toContain('scheme-autumn');
    },
  },
  {
    name: 'the autumn switch day, 23:30 CET',
    at: '2026-10-25T22:30:00Z',
    expect: (l) => {
      expect(l[OPEN_SCHEMES]).toContain('scheme-autumn');
      expect(l[UPCOMING_EVENTS]).toContain('event-autumn');
      expect(l[OVERDUE_GUIDES]).not.toContain('guide-autumn');
    },
  },
  {
    name: 'the day after the autumn switch, 00:00 CET',
    at: '2026-10-25T23:00:00Z',
    expect: (l) => {
      expect(l[CLOSED_SCHEMES]).toContain('scheme-autumn');
      expect(l[PAST_EVENTS]).toContain('event-autumn');
      expect(l[OVERDUE_GUIDES]).toContain('guide-autumn');
    },
  },
];

describe('the site and the Studio desk agree at every edge moment', () => {
  for (const moment of MOMENTS) {
    test(moment.name, async () => {
      const now = new Date(moment.at);
      const lists = site(now);
      for (const [filter, expected] of Object.entries(lists)) {
        expect(await desk(filter, now), filter).toEqual(expected);
      }
      moment.expect(lists);
      // Documents without the fields a rule needs are never closed, past or overdue.
      expect(lists[OPEN_SCHEMES]).toEqual(expect.arrayContaining(['scheme-ongoing', 'scheme-open-ended']));
      expect(lists[OVERDUE_GUIDES]).not.toContain('guide-undated');
      // A used-up budget closes a scheme whatever its dates; one almost gone leaves it open.
      expect(lists[CLOSED_SCHEMES]).toEqual(expect.arrayContaining(['scheme-budget-used', 'scheme-budget-used-later']));
      expect(lists[CLOSED_SCHEMES]).not.toContain('scheme-budget-almost');
      expect(lists[NEAR_DEADLINE]).not.toContain('scheme-budget-used');
      // Every scheme is in exactly one of open, opens later and closed.
      const phases = [...lists[OPEN_SCHEMES]!, ...lists[OPENS_LATER_SCHEMES]!, ...lists[CLOSED_SCHEMES]!].sort();
      expect(phases).toEqual(ids('scheme', () => true));
    });
  }
});

describe('the schedule rebuilds the site at the moments the rules change their answer', () => {
  test('a scheme opens, nears its deadline and closes, and an all-day event ends, at midnight in Amsterdam; a campaign at its own minute', () => {
    const builtAt = new Date('2026-01-01T00:00:00Z');
    const schedule = buildSchedule(
      {
        campaigns: docs.filter((d) => d._type === 'campaign'),
        events: docs.filter((d) => d._type === 'event') as unknown as { _id: string; start: string; end: string }[],
        schemes: docs.filter((d) => d._type === 'scheme'),
      },
      builtAt,
      'published',
    );
    const at = (id: string) => schedule.changes.filter((c) => c.id === id).map((c) => `${c.kind} ${c.at}`);
    // 2026-03-29 ends at 22:00 UTC (CEST), 2026-10-25 at 23:00 UTC (CET again).
    // 14 days before the deadline the feeds gain an entry: 15 March starts at 23:00 UTC (CET).
    expect(at('scheme-spring')).toEqual(['scheme-deadline-near 2026-03-14T23:00:00.000Z', 'scheme-close 2026-03-29T22:00:00.000Z']);
    expect(at('scheme-autumn')).toEqual(['scheme-deadline-near 2026-10-10T22:00:00.000Z', 'scheme-close 2026-10-25T23:00:00.000Z']);
    // The switch day starts at 00:00 CET (23:00 UTC); its clocks go forward only at 02:00.
    expect(at('scheme-opens-spring')).toEqual([
      'scheme-open 2026-03-28T23:00:00.000Z',
      'scheme-deadline-near 2026-04-15T22:00:00.000Z',
      'scheme-close 2026-04-30T22:00:00.000Z',
    ]);
    // Opening inside the reminder window: open and near at the same midnight.
    expect(at('scheme-opens-december')).toEqual([
      'scheme-open 2026-12-08T23:00:00.000Z',
      'scheme-deadline-near 2026-12-08T23:00:00.000Z',
      'scheme-close 2026-12-21T23:00:00.000Z',
    ]);
    expect(at('scheme-budget-used')).toEqual([]);
    expect(at('event-spring')).toEqual(['event-end 2026-03-29T22:00:00.000Z']);
    expect(at('event-timed')).toEqual(['event-end 2026-12-08T12:00:00.000Z']);
    expect(at('campaign-spring')).toEqual(['campaign-start 2026-03-29T01:30:00.000Z', 'campaign-end 2026-10-25T00:30:00.000Z']);
    expect(at('scheme-ongoing')).toEqual([]);
    // Each moment is one at which the site's answer really differs a millisecond before and after.
    for (const change of schedule.changes) {
      const t = Date.parse(change.at);
      expect(site(new Date(t - 1)), `${change.kind} ${change.id}`).not.toEqual(site(new Date(t)));
    }
  });
});

describe('schemes rank open, then opening later, then closed', () => {
  test('on the site, as the overviews and the Hulpwijzer order them', () => {
    const now = new Date('2026-12-01T11:00:00Z');
    const schemes = docs.filter((d) => d._type === 'scheme') as (Doc & DeadlineTiming)[];
    const ranked = [...schemes].sort((a, b) => schemeRank(a, now) - schemeRank(b, now)).map((s) => schemePhase(s, now));
    expect(ranked.indexOf('opens-later')).toBeGreaterThan(ranked.lastIndexOf('open'));
    expect(ranked.indexOf('closed')).toBeGreaterThan(ranked.lastIndexOf('opens-later'));
    expect(schemePhase({ opensAt: '2026-12-09', deadline: '2026-12-21' }, now)).toBe('opens-later');
    expect(schemePhase({ budgetStatus: 'op', opensAt: '2026-12-09' }, now)).toBe('closed');
    expect(schemePhase({ budgetStatus: 'bijna-op' }, now)).toBe('open');
  });
});

describe('a guide checked long ago', () => {
  const at = (day: string) => new Date(`${day}T11:00:00Z`);
  test('counts as old from the day after its check turned a year old, on the site and in GROQ alike', async () => {
    const guide = { _id: 'guide-old', _type: 'guide', lastChecked: '2025-03-14' };
    for (const [day, old] of [
      ['2026-03-14', false],
      ['2026-03-15', true],
      ['2025-12-01', false],
    ] as const) {
      expect(isCheckedLongAgo(guide, at(day)), day).toBe(old);
      const result = await evaluate(parse(`*[${groq(GUIDE_CHECKED_LONG_AGO)}]._id`), { dataset: [guide], params: ruleParams(at(day)) });
      expect(await result.get(), day).toEqual(old ? ['guide-old'] : []);
    }
  });
  test('a check on 29 February is a year old after 28 February; a guide without a check is never old', () => {
    expect(isCheckedLongAgo({ lastChecked: '2024-02-29' }, at('2025-02-28'))).toBe(false);
    expect(isCheckedLongAgo({ lastChecked: '2024-02-29' }, at('2025-03-01'))).toBe(true);
    expect(isCheckedLongAgo({}, at('2030-01-01'))).toBe(false);
  });
});
