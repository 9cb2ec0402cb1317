// Open data: the progress summary as CSV (total, runs, years, quarters, themes, partners).
import type { APIRoute } from 'astro';
import { progressSummary } from '../site/progress-summary.ts';
import { summaryCsv } from '../lib/impact-data.ts';

export const GET: APIRoute = ({ locals }) => {
  const summary = progressSummary(locals.site);
  return new Response(summaryCsv(summary), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
