// The progress arithmetic: the counting rule, runs, years and quarters, themes, partners, and the
// open data files built from it.
import { describe, expect, it } from 'vitest';
import { horizontalBars, progressBar, verticalBars } from '../../src/lib/charts.ts';
import { impactJson, reportsCsv, summaryCsv, summaryRows } from '../../src/lib/impact-data.ts';
import { runSentence } from '../../src/components/progress/text.ts';
import {
  expectedByDay,
  runVerdict,
  percentOf,
  reportQuarter,
  reportReach,
  reportYear,
  runOf,
  sumReports,
  summariseImpact,
  type ImpactReportInput,
} from '../../src/lib/impact.ts';

const partnerA = { _id: 'partner-a', name: 'Partner A', slug: 'a' };
const partnerB = { _id: 'partner-b', name: 'Partner B', slug: 'b' };
const settings = { currentRunStart: '2023-07-01', firstRunTarget: 50, targetEntrepreneurs: 100 };

function report(
  id: string,
  periodStart: string,
  periodEnd: string,
  figures: ImpactReportInput['figures'],
  partner: ImpactReportInput['partner'] = partnerA,
): ImpactReportInput {
  return { _id: id, partner, periodStart, periodEnd, activity: 'Spreekuren', figures };
}
const fig = (theme: 'circulair' | 'duurzaam' | 'digitaal', inspired: number, informed: number, activated: number) => ({
  theme,
  inspired,
  informed,
  activated,
});

describe('the counting rule', () => {
  it('counts an entrepreneur informed and then activated within one report once, as activated', () => {
    // The partner reports the furthest stage only: one activated, nobody informed.
    const r = report('r1', '2024-01-01', '2024-03-31', [fig('digitaal', 0, 0, 1)]);
    expect(reportReach(r)).toEqual({ inspired: 0, informed: 0, activated: 1, reached: 1 });
  });

  it('counts the same entrepreneur again when a later report of the same partner and theme includes them', () => {
    const q1 = report('q1', '2024-01-01', '2024-03-31', [fig('digitaal', 0, 1, 0)]);
    const q2 = report('q2', '2024-04-01', '2024-06-30', [fig('digitaal', 0, 0, 1)]);
    const sum = sumReports([q1, q2]);
    // Reports carry numbers, not names: the figure is "times reached", not different people.
    expect(sum.reached).toBe(2);
    expect(sum).toEqual({ inspired: 0, informed: 1, activated: 1, reached: 2 });
  });

  it('adds the stages of a report and the figures of its themes', () => {
    const r = report('r', '2022-01-01', '2022-12-31', [fig('circulair', 10, 5, 2), fig('duurzaam', 4, 3, 1)]);
    expect(reportReach(r)).toEqual({ inspired: 14, informed: 8, activated: 3, reached: 25 });
  });
});

describe('runs, years and quarters', () => {
  it('puts a report in the current run when it starts on or after the run start', () => {
    expect(runOf({ periodStart: '2023-06-30' }, '2023-07-01')).toBe('first');
    expect(runOf({ periodStart: '2023-07-01' }, '2023-07-01')).toBe('current');
  });

  it('attributes a report to the year it starts in', () => {
    expect(reportYear({ periodStart: '2022-09-01' })).toBe(2022);
  });

  it('gives a quarter only to reports that lie within one quarter', () => {
    expect(reportQuarter({ periodStart: '2024-04-01', periodEnd: '2024-06-30' })).toBe(2);
    expect(reportQuarter({ periodStart: '2024-10-01', periodEnd: '2024-11-30' })).toBe(4);
    expect(reportQuarter({ periodStart: '2024-01-01', periodEnd: '2024-12-31' })).toBeNull();
    expect(reportQuarter({ periodStart: '2024-03-01', periodEnd: '2024-04-30' })).toBeNull();
    // Same quarter number in another year is not the same quarter.
    expect(reportQuarter({ periodStart: '2023-01-01', periodEnd: '2024-03-31' })).toBeNull();
  });

  it('splits reach over runs against their targets, and flags a report that straddles the run start', () => {
    const reports = [
      report('y2022', '2022-01-01', '2022-12-31', [fig('circulair', 20, 10, 5)]),
      report('straddle', '2023-04-01', '2023-09-30', [fig('duurzaam', 6, 2, 2)]),
      report('q3', '2023-07-01', '2023-09-30', [fig('digitaal', 3, 2, 1)], partnerB),
      report('y2024', '2024-01-01', '2024-12-31', [fig('digitaal', 30, 20, 10)], partnerB),
    ];
    const s = summariseImpact(reports, settings);
    expect(s.runs[0]).toMatchObject({ key: 'first', reached: 45, target: 50, start: '2022-01-01', end: '2023-06-30', reports: 2 });
    expect(s.runs[1]).toMatchObject({ key: 'current', reached: 66, target: 100, start: '2023-07-01', reports: 2 });
    expect(s.straddling).toEqual(['straddle']);
    expect(s.totals.reached).toBe(s.runs[0].reached + s.runs[1].reached);
    expect(s.dataUntil).toBe('2024-12-31');
  });

  it('keeps yearly reports out of the quarters, so quarters plus the rest add up to the year', () => {
    const reports = [
      report('q1', '2024-01-01', '2024-03-31', [fig('digitaal', 1, 1, 1)]),
      report('q3', '2024-07-01', '2024-09-30', [fig('digitaal', 2, 2, 2)]),
      report('year', '2024-01-01', '2024-12-31', [fig('circulair', 10, 0, 0)], partnerB),
    ];
    const [y] = summariseImpact(reports, settings).years;
    expect(y.year).toBe(2024);
    expect(y.quarters.map((q) => q?.reached ?? null)).toEqual([3, null, 6, null]);
    expect(y.notByQuarter?.reached).toBe(10);
    expect(y.reached).toBe(19);
  });
});

describe('themes and partners', () => {
  const reports = [
    report('a1', '2021-01-01', '2021-12-31', [fig('circulair', 5, 0, 0), fig('digitaal', 0, 3, 0)]),
    report('b1', '2024-01-01', '2024-03-31', [fig('digitaal', 10, 10, 10)], partnerB),
    report('x1', '2024-01-01', '2024-03-31', [fig('duurzaam', 1, 0, 0)], null),
  ];
  const s = summariseImpact(reports, settings);

  it('sums per theme in a fixed order, including themes with nothing reported', () => {
    expect(s.themes.map((t) => [t.theme, t.reached])).toEqual([
      ['circulair', 5],
      ['duurzaam', 1],
      ['digitaal', 33],
    ]);
  });

  it('sums per partner, biggest first, with reports without a partner last', () => {
    expect(s.partners.map((p) => [p.slug, p.name, p.reached, p.currentRun])).toEqual([
      ['b', 'Partner B', 30, 30],
      ['a', 'Partner A', 8, 0],
      ['', null, 1, 1],
    ]);
  });

  it('has no figures and no date without reports', () => {
    const empty = summariseImpact([], settings);
    expect(empty.totals.reached).toBe(0);
    expect(empty.years).toEqual([]);
    expect(empty.dataUntil).toBeNull();
  });

  it('rounds the share of a target down, so 100% means the target is met', () => {
    expect(percentOf(4999, 5000)).toBe(99);
    expect(percentOf(5000, 5000)).toBe(100);
    expect(percentOf(5449, 5000)).toBe(108);
  });
});

describe('open data files', () => {
  const reports = [
    report('r1', '2024-01-01', '2024-03-31', [fig('digitaal', 1, 2, 3)], { _id: 'p', name: 'Bakkers, "De Zoete" & Co', slug: 'bakkers' }),
    { ...report('r2', '2022-01-01', '2022-12-31', [fig('circulair', 4, 0, 0)]), activity: '=HYPERLINK("x")' },
  ];
  const s = summariseImpact(reports, settings);

  it('quotes names with commas and quotes, and defuses text a spreadsheet would run as a formula', () => {
    const csv = reportsCsv(s);
    expect(csv).toContain('"Bakkers, ""De Zoete"" & Co"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.split('\r\n')[0]).toBe(
      'report_id,partner,partner_name,period_start,period_end,year,quarter,run,activity,theme,inspired,informed,activated,reached',
    );
  });

  it('has the same totals in the summary CSV and the JSON', () => {
    const total = summaryCsv(s).split('\r\n')[1];
    expect(total).toBe('total,all,,5,2,3,10,,,,');
    const json = JSON.parse(impactJson(s, { nl: 'regel', en: 'rule' }));
    expect(json.totals).toEqual({ inspired: 5, informed: 2, activated: 3, reached: 10 });
    expect(json.runs.map((r: { key: string; reached: number; target: number }) => [r.key, r.reached, r.target])).toEqual([
      ['first', 4, 50],
      ['current', 6, 100],
    ]);
    expect(json.rule.en).toBe('rule');
  });
});

describe('chart geometry', () => {
  const counts = { inspired: 50, informed: 30, activated: 20, reached: 100 };

  it('stacks the stages end to end and places the target line on the same scale', () => {
    const g = progressBar(counts, 200, 402);
    const [a, b, c] = g.segments;
    expect(g.segments.map((s) => s.stage)).toEqual(['inspired', 'informed', 'activated']);
    expect(a.x + a.width).toBeCloseTo(b.x);
    expect(b.x + b.width).toBeCloseTo(c.x);
    expect(c.x + c.width).toBeCloseTo(201); // half of the 2..400 range
    expect(g.targetX).toBeCloseTo(400);
  });

  it('extends the scale when reach passes the target', () => {
    const g = progressBar(counts, 50, 402);
    expect(g.segments.at(-1)!.x + g.segments.at(-1)!.width).toBeCloseTo(400);
    expect(g.targetX).toBeCloseTo(201);
  });

  it('makes taller bars for bigger totals and a row per item', () => {
    const chart = verticalBars([
      { key: '2022', label: '2022', counts },
      { key: '2023', label: '2023', counts: { inspired: 100, informed: 60, activated: 40, reached: 200 } },
    ]);
    const height = (i: number) => chart.bars[i].segments.reduce((h, s) => h + s.height, 0);
    expect(height(1)).toBeCloseTo(height(0) * 2);
    expect(
      horizontalBars([
        { key: 'a', label: 'A', counts },
        { key: 'b', label: 'B', counts },
      ]).bars,
    ).toHaveLength(2);
  });
});

describe('the pace of a run', () => {
  const run = { start: '2024-01-01', end: '2024-12-31', target: 366 };
  it('expects the target on a straight line from the first to the last day', () => {
    expect(expectedByDay(run, '2024-01-01')).toBe(1);
    expect(expectedByDay(run, '2024-07-01')).toBe(183);
    expect(expectedByDay(run, '2024-12-31')).toBe(366);
    expect(expectedByDay(run, '2023-06-01')).toBe(0);
    expect(expectedByDay(run, '2026-01-01')).toBe(366);
    expect(expectedByDay({ ...run, end: null }, '2024-07-01')).toBeNull();
  });

  it('says reached, missed, on track or behind', () => {
    const at = (reached: number, today: string) =>
      runVerdict({ reached, target: 366, end: run.end, expected: expectedByDay(run, today) }, today);
    expect(at(400, '2024-03-01')).toBe('reached');
    expect(at(183, '2024-07-01')).toBe('onTrack');
    expect(at(182, '2024-07-01')).toBe('behind');
    expect(at(300, '2025-01-01')).toBe('missed');
    expect(runVerdict({ reached: 5, target: null, end: null, expected: null }, '2024-07-01')).toBe('noTarget');
  });

  it('marks the run end, the expected figure and the ongoing year and quarter in the summary', () => {
    const reports = [
      report('q2', '2024-04-01', '2024-06-30', [fig('digitaal', 1, 1, 1)]),
      report('q1', '2023-01-01', '2023-03-31', [fig('digitaal', 1, 0, 0)]),
    ];
    const s = summariseImpact(
      reports,
      { ...settings, currentRunStart: '2024-01-01', currentRunEnd: '2024-12-31', targetEntrepreneurs: 366 },
      '2024-05-10',
    );
    // The figures run to 30 June, after the build's day: pace is judged on the build's day.
    expect(s.runs[1]).toMatchObject({ end: '2024-12-31', expected: 131, expectedOn: '2024-05-10' });
    expect(s.years.map((y) => [y.year, y.ongoing, y.ongoingQuarter])).toEqual([
      [2023, false, null],
      [2024, true, 2],
    ]);
    expect(
      summaryRows(s)
        .find((r) => r[0] === 'run' && r[1] === 'current')
        ?.slice(-4),
    ).toEqual([366, '2024-12-31', 131, '2024-05-10']);
  });

  it('answers per run in one sentence', () => {
    const s = summariseImpact(
      [
        report('a', '2019-01-01', '2019-12-31', [fig('digitaal', 60, 0, 0)]),
        report('b', '2024-01-01', '2024-03-31', [fig('digitaal', 10, 0, 0)]),
      ],
      { currentRunStart: '2023-07-01', currentRunEnd: '2028-06-30', firstRunTarget: 50, targetEntrepreneurs: 100 },
      '2024-05-10',
    );
    expect(runSentence(s.runs[0], s.asOf, 'nl')).toBe('Eerste looptijd (2019–2023): doel gehaald — 60 van 50 (120%)');
    // The figures run to 31 March; the build's day (10 May) would expect 17 instead of 15.
    expect(runSentence(s.runs[1], s.asOf, 'nl')).toBe(
      'Huidige looptijd (2023–2028) tot en met 31 maart 2024: 10, verwacht op die datum 15: achter — doel 100 (10%)',
    );
    expect(runSentence(s.runs[1], s.asOf, 'en')).toBe(
      'Current run (2023–2028) up to and including 31 March 2024: 10, expected by that date 15: behind — target 100 (10%)',
    );
  });

  it('judges the pace at the day the figures run to, not at the build day', () => {
    const settingsWithEnd = { currentRunStart: '2024-01-01', currentRunEnd: '2024-12-31', targetEntrepreneurs: 366 };
    // Figures up to 30 September, built on 7 December: 274 were due by 30 September, 342 by 7 December.
    const s = summariseImpact([report('q3', '2024-07-01', '2024-09-30', [fig('digitaal', 300, 0, 0)])], settingsWithEnd, '2024-12-07');
    expect(s.runs[1]).toMatchObject({ expected: 274, expectedOn: '2024-09-30' });
    expect(runVerdict(s.runs[1], s.asOf)).toBe('onTrack');
    expect(JSON.parse(impactJson(s, { nl: '', en: '' })).runs[1]).toMatchObject({ expected: 274, expectedOn: '2024-09-30' });
    expect(summaryCsv(s).split('\r\n')[0].split(',').at(-1)).toBe('expected_on');
    expect(summaryCsv(s)).toContain('run,current,2024-01-01/2024-12-31,300,0,0,300,366,2024-12-31,274,2024-09-30');
    // No figures in the run yet: there is no pace to judge.
    const none = summariseImpact([report('old', '2023-01-01', '2023-03-31', [fig('digitaal', 1, 0, 0)])], settingsWithEnd, '2024-12-07');
    expect(none.runs[1]).toMatchObject({ expected: null, expectedOn: null });
  });
});
