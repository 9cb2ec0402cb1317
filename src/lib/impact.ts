// Progress figures from the partners' impact reports: totals per stage, "entrepreneurs reached",
// and the same split per run, year, quarter, theme and partner. Pure; the progress pages, the open
// data files and the home page's headline figure all come from here.
//
// THE COUNTING RULE (also stated on /voortgang/ and /en/progress/):
// Partners count each entrepreneur once per report, in the furthest stage reached in that period
// (activated > informed > inspired; docs/content-model.md). So within one report nobody is counted
// twice, and a report's reach is inspired + informed + activated.
// Reports carry numbers, not names, so an entrepreneur who appears in more than one report (informed
// by a partner in one quarter and activated by it the next, or helped by two partners) cannot be
// recognised and is counted once in each of those reports. "Entrepreneurs reached" is therefore the
// sum of the reports' reach: the number of times an entrepreneur was reached, at most once per
// report. The number of different entrepreneurs is lower or equal; the figures do not claim it.
//
// TIME: a report counts in full for the calendar year its period starts in (reports cover a quarter
// or a year). It counts for a quarter only when its whole period lies in that quarter; reports that
// cover a whole year are shown per year only, never spread over quarters by guesswork.
// RUNS: a report belongs to the current run when its period starts on or after
// settings.currentRunStart, otherwise to the first run (2018 up to the day before). A report that
// starts before and ends on or after that day is counted in the first run and listed as straddling.
// PACE: with settings.currentRunEnd, the figure expected by a day is the target on a straight line
// from the run's first to its last day; the run is "on track" when it has reached at least that.
// Pace is judged at the day the figures run to (the last day any report covers, never later than
// today): reports come in a quarter late, so comparing September's figures with December's
// expectation would show a shortfall about twice its real size.
// The year and quarter that contain today are "ongoing": not all of their reports are in yet.
import { THEMES, type Theme } from '@mkb010/model';

/** The funnel stages, from the furthest back: partners report each entrepreneur in one of them. */
export const STAGES = ['inspired', 'informed', 'activated'] as const;
export type Stage = (typeof STAGES)[number];

const THEME_ORDER: readonly Theme[] = THEMES.values;

/** One line of a report: entrepreneurs per stage on one theme. */
export interface ImpactFigure {
  theme: Theme;
  inspired: number;
  informed: number;
  activated: number;
}

/** An impact report as the content pipeline delivers it. */
export interface ImpactReportInput {
  _id: string;
  partner?: { _id: string; name: string; slug: string } | null;
  periodStart: string;
  periodEnd: string;
  activity: string;
  figures: readonly ImpactFigure[];
}

/** The settings the runs and their targets come from. */
export interface RunSettings {
  currentRunStart: string;
  /** Last day of the current run, when it has one. */
  currentRunEnd?: string | null;
  firstRunTarget?: number;
  targetEntrepreneurs?: number;
}

/** Entrepreneurs per stage as reported, and reached under the counting rule above. */
export interface StageCounts {
  inspired: number;
  informed: number;
  activated: number;
  reached: number;
}

export type RunKey = 'first' | 'current';

export interface RunSummary extends StageCounts {
  key: RunKey;
  /** First day of the run (first run: the earliest report's start), if known. */
  start: string | null;
  /** Last day of the run (current run: settings.currentRunEnd, else open, null). */
  end: string | null;
  target: number | null;
  reports: number;
  /** Reached expected by `expectedOn` on a straight line from start to end; null without target, start or end. */
  expected: number | null;
  /** The day `expected` is judged at: the day the figures run to (see PACE above); null without pace. */
  expectedOn: string | null;
}

/** Where a run stands: target reached, missed, and for a running run whether it keeps pace. */
export type RunVerdict = 'reached' | 'missed' | 'onTrack' | 'behind' | 'noPace' | 'noTarget';

export interface YearSummary extends StageCounts {
  year: number;
  /** Q1..Q4 from reports that lie within one quarter; null where no such report exists. */
  quarters: (StageCounts | null)[];
  /** The year holds the summary's day: its reports are not all in yet. */
  ongoing: boolean;
  /** 1-4 for the quarter that holds the summary's day, in that year only; else null. */
  ongoingQuarter: number | null;
  /** Reports of this year that cover more than one quarter (not split over quarters). */
  notByQuarter: StageCounts | null;
}

export interface ThemeSummary extends StageCounts {
  theme: Theme;
}

export interface PartnerSummary extends StageCounts {
  /** Partner slug; '' for reports whose partner is not on the site. */
  slug: string;
  name: string | null;
  /** Reached in the current run. */
  currentRun: number;
}

/** One figure of one report, flattened: the rows of the open data. */
export interface FigureRow extends StageCounts {
  report: string;
  partner: string;
  partnerName: string | null;
  periodStart: string;
  periodEnd: string;
  activity: string;
  theme: Theme;
  year: number;
  /** 1-4 when the report lies within one quarter, else null. */
  quarter: number | null;
  run: RunKey;
}

export interface ImpactSummary {
  totals: StageCounts;
  runs: [RunSummary, RunSummary];
  years: YearSummary[];
  themes: ThemeSummary[];
  partners: PartnerSummary[];
  /** Ids of reports that start in the first run and end in the current one. */
  straddling: string[];
  /** Last day covered by any report, or null without reports. */
  dataUntil: string | null;
  reportCount: number;
  rows: FigureRow[];
  /** The day (YYYY-MM-DD, Amsterdam) the pace and the ongoing periods were judged at, if any. */
  asOf: string | null;
}

/** Zero in every stage. */
export function emptyCounts(): StageCounts {
  return { inspired: 0, informed: 0, activated: 0, reached: 0 };
}

/** Reach of one figure: each entrepreneur is in exactly one stage of it, so the stages add up. */
export function figureReach(figure: ImpactFigure): StageCounts {
  return {
    inspired: figure.inspired,
    informed: figure.informed,
    activated: figure.activated,
    reached: figure.inspired + figure.informed + figure.activated,
  };
}

/** Adds `b` into `a` (returns `a`). */
function add(a: StageCounts, b: StageCounts): StageCounts {
  a.inspired += b.inspired;
  a.informed += b.informed;
  a.activated += b.activated;
  a.reached += b.reached;
  return a;
}

/** Reach of one report: the sum of its figures (nobody is in two figures of one report). */
export function reportReach(report: Pick<ImpactReportInput, 'figures'>): StageCounts {
  return report.figures.reduce((acc, f) => add(acc, figureReach(f)), emptyCounts());
}

/** Reach over many reports: the sum of each report's reach (see the counting rule). */
export function sumReports(reports: readonly Pick<ImpactReportInput, 'figures'>[]): StageCounts {
  return reports.reduce((acc, r) => add(acc, reportReach(r)), emptyCounts());
}

/** The run a report counts for: by the day its period starts. */
export function runOf(report: Pick<ImpactReportInput, 'periodStart'>, currentRunStart: string): RunKey {
  return report.periodStart >= currentRunStart ? 'current' : 'first';
}

/** The calendar year a report counts for: the year its period starts in. */
export function reportYear(report: Pick<ImpactReportInput, 'periodStart'>): number {
  return Number(report.periodStart.slice(0, 4));
}

/** The quarter (1-4) a report lies within, or null when its period crosses a quarter's edge. */
export function reportQuarter(report: Pick<ImpactReportInput, 'periodStart' | 'periodEnd'>): number | null {
  const quarterOf = (day: string) => `${day.slice(0, 4)}-${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
  const start = quarterOf(report.periodStart);
  return start === quarterOf(report.periodEnd) ? Number(start.slice(5)) : null;
}

/** The day before a YYYY-MM-DD day. */
function dayBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (YYYY-MM-DD), counted as calendar days. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/**
 * The number a run should have reached by `today` if it moved in a straight line from nothing on its
 * first day to its target on its last (both days included), rounded down; null when that cannot be
 * said. Before the run it is 0, after it the target.
 */
export function expectedByDay(run: Pick<RunSummary, 'start' | 'end' | 'target'>, today: string): number | null {
  if (!run.target || !run.start || !run.end || run.end < run.start) return null;
  const share = Math.min(1, Math.max(0, (daysBetween(run.start, today) + 1) / (daysBetween(run.start, run.end) + 1)));
  return Math.floor(run.target * share);
}

/** A run's verdict on `today`: reached or missed once over, else on track or behind the straight line. */
export function runVerdict(run: Pick<RunSummary, 'reached' | 'target' | 'end' | 'expected'>, today: string | null): RunVerdict {
  if (!run.target) return 'noTarget';
  if (run.reached >= run.target) return 'reached';
  if (run.end && today && today > run.end) return 'missed';
  if (run.expected === null) return 'noPace';
  return run.reached >= run.expected ? 'onTrack' : 'behind';
}

/** Everything the progress page shows, computed once from the reports and the settings, judged on `today`. */
export function summariseImpact(reports: readonly ImpactReportInput[], settings: RunSettings, today: string | null = null): ImpactSummary {
  const sorted = [...reports].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a._id.localeCompare(b._id));
  const totals = emptyCounts();
  const runs: [RunSummary, RunSummary] = [
    {
      key: 'first',
      start: null,
      end: dayBefore(settings.currentRunStart),
      target: settings.firstRunTarget ?? null,
      reports: 0,
      expected: null,
      expectedOn: null,
      ...emptyCounts(),
    },
    {
      key: 'current',
      start: settings.currentRunStart,
      end: settings.currentRunEnd ?? null,
      target: settings.targetEntrepreneurs ?? null,
      reports: 0,
      expected: null,
      expectedOn: null,
      ...emptyCounts(),
    },
  ];
  const years = new Map<number, YearSummary>();
  const themes = new Map<Theme, ThemeSummary>(THEME_ORDER.map((theme) => [theme, { theme, ...emptyCounts() }]));
  const partners = new Map<string, PartnerSummary>();
  const straddling: string[] = [];
  const rows: FigureRow[] = [];
  let dataUntil: string | null = null;

  for (const report of sorted) {
    const run = runOf(report, settings.currentRunStart);
    const year = reportYear(report);
    const quarter = reportQuarter(report);
    const reach = reportReach(report);
    const runSummary = runs[run === 'first' ? 0 : 1];
    add(totals, reach);
    add(runSummary, reach);
    runSummary.reports += 1;
    if (run === 'first' && (runSummary.start === null || report.periodStart < runSummary.start)) runSummary.start = report.periodStart;
    if (run === 'first' && report.periodEnd >= settings.currentRunStart) straddling.push(report._id);
    if (dataUntil === null || report.periodEnd > dataUntil) dataUntil = report.periodEnd;

    let y = years.get(year);
    if (!y) {
      y = { year, quarters: [null, null, null, null], notByQuarter: null, ongoing: false, ongoingQuarter: null, ...emptyCounts() };
      years.set(year, y);
    }
    add(y, reach);
    if (quarter === null) y.notByQuarter = add(y.notByQuarter ?? emptyCounts(), reach);
    else y.quarters[quarter - 1] = add(y.quarters[quarter - 1] ?? emptyCounts(), reach);

    const slug = report.partner?.slug ?? '';
    let p = partners.get(slug);
    if (!p) {
      p = { slug, name: report.partner?.name ?? null, currentRun: 0, ...emptyCounts() };
      partners.set(slug, p);
    }
    add(p, reach);
    if (run === 'current') p.currentRun += reach.reached;

    for (const figure of report.figures) {
      const counts = figureReach(figure);
      const t = themes.get(figure.theme);
      if (t) add(t, counts);
      rows.push({
        report: report._id,
        partner: slug,
        partnerName: report.partner?.name ?? null,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        activity: report.activity,
        theme: figure.theme,
        year,
        quarter,
        run,
        ...counts,
      });
    }
  }

  if (today) {
    // The first run's pace is moot (it is over); the current run's is what the page reports, judged
    // at the day its figures run to. Without figures in the run there is no pace to judge.
    const paceDay = dataUntil === null ? null : dataUntil < today ? dataUntil : today;
    if (paceDay && runs[1].start && paceDay >= runs[1].start) {
      runs[1].expected = expectedByDay(runs[1], paceDay);
      runs[1].expectedOn = runs[1].expected === null ? null : paceDay;
    }
    const y = years.get(Number(today.slice(0, 4)));
    if (y) {
      y.ongoing = true;
      y.ongoingQuarter = Math.ceil(Number(today.slice(5, 7)) / 3);
    }
  }

  return {
    asOf: today,
    totals,
    runs,
    years: [...years.values()].sort((a, b) => a.year - b.year),
    themes: [...themes.values()],
    // Biggest contribution first; reports without a partner on the site last.
    partners: [...partners.values()].sort(
      (a, b) => Number(a.slug === '') - Number(b.slug === '') || b.reached - a.reached || (a.name ?? '').localeCompare(b.name ?? '', 'nl'),
    ),
    straddling,
    dataUntil,
    reportCount: sorted.length,
    rows,
  };
}

/** Whole percent of a target reached, rounded down so 100% means the target is really met. */
export function percentOf(reached: number, target: number): number {
  return target > 0 ? Math.floor((reached / target) * 100) : 0;
}
