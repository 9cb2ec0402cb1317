// The progress summary of a site's content, computed once per content and day and shared by both
// progress pages, the home pages and the open data files, so the page, the CSV and the JSON can
// never disagree.
import { amsterdamDay } from '@mkb010/model';
import { summariseImpact, type ImpactSummary } from '../lib/impact.ts';
import type { Site, SiteData } from './site-data.ts';

/** The run start the content model gives when site settings are missing or invalid. */
const DEFAULT_RUN_START = '2023-07-01';

// Keyed on the content it summarises (one per build, one per snapshot in the preview server), and
// on the day it is judged on, since the preview server's "now" moves with each request.
const cached = new WeakMap<SiteData, { day: string; summary: ImpactSummary }>();

/** The summary of all impact reports on the site's day; without settings the runs have no targets. */
export function progressSummary({ content, now }: Site): ImpactSummary {
  // Pace and the ongoing year and quarter are judged on the site's day, like every other time rule.
  const day = amsterdamDay(now);
  const hit = cached.get(content);
  if (hit?.day === day) return hit.summary;
  const summary = summariseImpact(content.impactReports, content.settings ?? { currentRunStart: DEFAULT_RUN_START }, day);
  cached.set(content, { day, summary });
  return summary;
}
