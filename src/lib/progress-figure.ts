// The home page's headline figure: entrepreneurs reached in the current run against its target.
// A simple sum; the progress pages own the detailed rules (src/lib/impact.ts).

interface ReportLike {
  periodStart: string;
  figures: { inspired: number; informed: number; activated: number }[];
}

/** Entrepreneurs reached (inspired + informed + activated) in reports starting on or after `since`. */
export function reachedSince(reports: readonly ReportLike[], since: string): number {
  let total = 0;
  for (const report of reports) {
    if (report.periodStart < since) continue;
    for (const f of report.figures) total += f.inspired + f.informed + f.activated;
  }
  return total;
}
