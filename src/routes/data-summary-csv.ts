// Open data: the progress summary as CSV (total, runs, years, quarters, themes, partners).
import type { APIRoute } from 'astro';
import { progressSummary } from '../components/progress/summary.ts';
import { summaryCsv } from '../lib/impact-data.ts';

export const GET: APIRoute = async () => {
  const summary = await progressSummary();
  return new Response(summaryCsv(summary), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
