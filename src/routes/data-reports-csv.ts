// Open data: one CSV row per impact report and theme, the figures every total is summed from.
import type { APIRoute } from 'astro';
import { progressSummary } from '../site/progress-summary.ts';
import { reportsCsv } from '../lib/impact-data.ts';

export const GET: APIRoute = ({ locals }) => {
  const summary = progressSummary(locals.site);
  return new Response(reportsCsv(summary), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
