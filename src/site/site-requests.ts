// "Aanvragen via de site": the intake questions the service received per calendar quarter, read at
// build time from its read API when the build has SERVICE_URL and SERVICE_REPORT_TOKEN. A series of
// its own on the progress page and in the open data, never added to what partners report. A service
// that cannot be read leaves the series out with a warning; it never stops a publish.
import { serviceReportFromEnv } from '../lib/service-report.ts';

/** Questions sent through the site in one quarter (`2026-Q4`, Europe/Amsterdam). */
export interface QuarterCount {
  quarter: string;
  count: number;
}

/** The series from the service, or undefined when the build has no service (or cannot read it). */
export async function siteRequests(env: NodeJS.ProcessEnv = process.env): Promise<QuarterCount[] | undefined> {
  const report = await serviceReportFromEnv(env);
  if (report && 'unavailable' in report) {
    console.warn(`[progress] "Aanvragen via de site" left out: ${report.unavailable}`);
    return undefined;
  }
  return report?.requestsPerQuarter;
}
