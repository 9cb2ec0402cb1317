// Open data: one CSV row per impact report and theme, the figures every total is summed from.
import type { APIRoute } from 'astro';
import { progressSummary } from '../components/progress/summary.ts';
import { reportsCsv } from '../lib/impact-data.ts';

export const GET: APIRoute = async () => {
  const summary = await progressSummary();
  return new Response(reportsCsv(summary), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
