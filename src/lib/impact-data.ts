// The progress figures as open data: a summary CSV, a CSV with one row per report and theme, and
// one JSON file with both. Language-neutral (column names in English, themes by their Dutch slug
// as in the content model), served under /data/ and linked from both progress pages.
import { STAGES, type ImpactSummary, type StageCounts } from './impact.ts';

/** Where the open data files are published. */
export const OPEN_DATA_PATHS = {
  summaryCsv: '/data/voortgang-overzicht.csv',
  reportsCsv: '/data/voortgang-rapportages.csv',
  json: '/data/voortgang.json',
} as const;

/** Columns of the summary CSV, in order. */
export const SUMMARY_COLUMNS = [
  'group',
  'key',
  'label',
  'inspired',
  'informed',
  'activated',
  'reached',
  'target',
  'run_end',
  'expected',
  'expected_on',
] as const;

/** Columns of the per-report CSV, in order. */
export const REPORT_COLUMNS = [
  'report_id',
  'partner',
  'partner_name',
  'period_start',
  'period_end',
  'year',
  'quarter',
  'run',
  'activity',
  'theme',
  'inspired',
  'informed',
  'activated',
  'reached',
] as const;

type Cell = string | number | null;

/** A CSV field per RFC 4180; text that a spreadsheet would run as a formula is prefixed with '. */
function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csv(header: readonly string[], rows: Cell[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function stageCells(c: StageCounts): number[] {
  return [...STAGES.map((s) => c[s]), c.reached];
}

/** Summary rows: total, runs, years, quarters, themes and partners, as shown on the page. */
export function summaryRows(summary: ImpactSummary): Cell[][] {
  // Target, run end and the expected figure with its day belong to runs only; other rows leave them empty.
  const none = [null, null, null, null];
  const rows: Cell[][] = [['total', 'all', null, ...stageCells(summary.totals), ...none]];
  for (const run of summary.runs)
    rows.push([
      'run',
      run.key,
      `${run.start ?? ''}/${run.end ?? ''}`,
      ...stageCells(run),
      run.target,
      run.end,
      run.expected,
      run.expectedOn,
    ]);
  for (const y of summary.years) rows.push(['year', String(y.year), null, ...stageCells(y), ...none]);
  for (const y of summary.years) {
    y.quarters.forEach((q, i) => {
      if (q) rows.push(['quarter', `${y.year}-Q${i + 1}`, null, ...stageCells(q), ...none]);
    });
    if (y.notByQuarter) rows.push(['year-not-by-quarter', String(y.year), null, ...stageCells(y.notByQuarter), ...none]);
  }
  for (const t of summary.themes) rows.push(['theme', t.theme, null, ...stageCells(t), ...none]);
  for (const p of summary.partners) rows.push(['partner', p.slug, p.name, ...stageCells(p), ...none]);
  return rows;
}

/** The summary CSV file. */
export function summaryCsv(summary: ImpactSummary): string {
  return csv(SUMMARY_COLUMNS, summaryRows(summary));
}

/** The CSV with one row per report and theme. */
export function reportsCsv(summary: ImpactSummary): string {
  return csv(
    REPORT_COLUMNS,
    summary.rows.map((r) => [
      r.report,
      r.partner,
      r.partnerName,
      r.periodStart,
      r.periodEnd,
      r.year,
      r.quarter,
      r.run,
      r.activity,
      r.theme,
      ...stageCells(r),
    ]),
  );
}

/** The JSON file: the counting rule, the summary as on the page, and every report row. */
export function impactJson(
  summary: ImpactSummary,
  rule: { nl: string; en: string },
  siteRequests?: { quarter: string; count: number }[],
): string {
  const pickCounts = (c: StageCounts) => ({ inspired: c.inspired, informed: c.informed, activated: c.activated, reached: c.reached });
  const data = {
    rule,
    // Questions sent through the site per quarter: a series of its own, never part of the totals.
    siteRequests: siteRequests ?? null,
    dataUntil: summary.dataUntil,
    asOf: summary.asOf,
    reportCount: summary.reportCount,
    totals: pickCounts(summary.totals),
    runs: summary.runs.map((r) => ({
      key: r.key,
      start: r.start,
      end: r.end,
      target: r.target,
      expected: r.expected,
      expectedOn: r.expectedOn,
      reports: r.reports,
      ...pickCounts(r),
    })),
    straddlingReports: summary.straddling,
    years: summary.years.map((y) => ({
      year: y.year,
      ongoing: y.ongoing,
      ...pickCounts(y),
      quarters: y.quarters.map((q, i) => (q ? { quarter: i + 1, ...pickCounts(q) } : null)).filter((q) => q !== null),
      notByQuarter: y.notByQuarter ? pickCounts(y.notByQuarter) : null,
    })),
    themes: summary.themes.map((t) => ({ theme: t.theme, ...pickCounts(t) })),
    partners: summary.partners.map((p) => ({ partner: p.slug, name: p.name, currentRun: p.currentRun, ...pickCounts(p) })),
    reports: summary.rows.map((r) => ({
      report: r.report,
      partner: r.partner,
      partnerName: r.partnerName,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      year: r.year,
      quarter: r.quarter,
      run: r.run,
      activity: r.activity,
      theme: r.theme,
      ...pickCounts(r),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
