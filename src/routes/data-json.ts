// Open data: the progress summary and every report row as JSON (see the progress page for fields).
import type { APIRoute } from 'astro';
import { progressSummary } from '../site/progress-summary.ts';
import { COUNTING_RULE } from '../components/progress/text.ts';
import { impactJson } from '../lib/impact-data.ts';

export const GET: APIRoute = ({ locals }) => {
  const summary = progressSummary(locals.site);
  return new Response(impactJson(summary, COUNTING_RULE, locals.site.requestsPerQuarter), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
