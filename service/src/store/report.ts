// The read API's figures, from counts only: requests per partner and quarter, feedback per page
// with its latest comments, and the searches that found nothing.
import { ZONE } from '@mkb010/model';
import type { ServiceReport } from '../client.ts';
import type { Sql } from '../db/database.ts';

const iso = (value: Date | string) => new Date(value).toISOString();

/** How many comments per page, and queries in the top list, the report holds. */
const LATEST_COMMENTS = 5;
const TOP_QUERIES = 50;

/** The report as of `now`. */
export async function buildReport(db: Sql, now: Date): Promise<ServiceReport> {
  const requests = await db.query<{ partner_id: string | null; count: number; oldest: Date; newest: Date }>(
    `SELECT partner_id, count(*)::int AS count, min(created_at) AS oldest, max(created_at) AS newest
     FROM intake_request GROUP BY partner_id ORDER BY count(*) DESC, partner_id`,
  );
  const pages = await db.query<{ page: string; doc_id: string | null; yes: number; no: number }>(
    `SELECT page, max(doc_id) AS doc_id, count(*) FILTER (WHERE useful)::int AS yes, count(*) FILTER (WHERE NOT useful)::int AS no
     FROM feedback GROUP BY page ORDER BY count(*) FILTER (WHERE NOT useful) DESC, page`,
  );
  const comments = await db.query<{ page: string; created_at: Date; useful: boolean; comment: string }>(
    `SELECT page, created_at, useful, comment FROM (
       SELECT page, created_at, useful, comment, row_number() OVER (PARTITION BY page ORDER BY created_at DESC, id DESC) AS n
       FROM feedback WHERE comment IS NOT NULL AND comment <> ''
     ) latest WHERE n <= $1 ORDER BY page, created_at DESC`,
    [LATEST_COMMENTS],
  );
  const queries = await db.query<{ query: string; lang: 'nl' | 'en'; count: number; last_day: string }>(
    `SELECT query, lang, sum(count)::int AS count, max(day)::text AS last_day
     FROM search_signal GROUP BY query, lang ORDER BY sum(count) DESC, max(day) DESC, query LIMIT $1`,
    [TOP_QUERIES],
  );
  const quarters = await db.query<{ quarter: string; count: number }>(
    `SELECT to_char(created_at AT TIME ZONE '${ZONE}', 'YYYY-"Q"Q') AS quarter, count(*)::int AS count
     FROM intake_request GROUP BY 1 ORDER BY 1`,
  );
  return {
    generatedAt: now.toISOString(),
    requests: requests.map((r) => ({ partnerId: r.partner_id, count: r.count, oldestAt: iso(r.oldest), newestAt: iso(r.newest) })),
    feedback: pages.map((p) => ({
      page: p.page,
      docId: p.doc_id,
      yes: p.yes,
      no: p.no,
      latestComments: comments.filter((c) => c.page === p.page).map((c) => ({ at: iso(c.created_at), useful: c.useful, text: c.comment })),
    })),
    zeroResultQueries: queries.map((q) => ({ query: q.query, lang: q.lang, count: q.count, lastDay: q.last_day })),
    requestsPerQuarter: quarters,
  };
}
