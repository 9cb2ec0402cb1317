// The progress summary of this build's content, computed once and shared by both pages and the
// open data files, so the page, the CSV and the JSON can never disagree.
import { summariseImpact, type ImpactSummary } from '../../lib/impact.ts';
import { siteData } from '../../site/site-data.ts';
import { siteNow } from '../../lib/build-env.ts';
import { amsterdamDay } from '@mkb010/model';

/** The run start the content model gives when site settings are missing or invalid. */
const DEFAULT_RUN_START = '2023-07-01';

// Keyed on the content it summarises: one per build, one per content version in the preview server.
const cached = new WeakMap<object, ImpactSummary>();

/** The summary of all impact reports; without settings the runs have no targets. */
export async function progressSummary(): Promise<ImpactSummary> {
  const d = await siteData();
  let summary = cached.get(d);
  if (!summary) {
    // Pace and the ongoing year and quarter are judged on the build's day, like every other time rule.
    summary = summariseImpact(d.impactReports, d.settings ?? { currentRunStart: DEFAULT_RUN_START }, amsterdamDay(siteNow()));
    cached.set(d, summary);
  }
  return summary;
}
