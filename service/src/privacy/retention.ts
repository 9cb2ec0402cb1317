// Retention: personal data is kept for SERVICE_RETENTION_DAYS and then deleted by this job, which
// the service runs on start and every hour. Counts stay (a request's partner, page and moment; a
// yes or no), so reports and the progress series keep their history without anyone's details.
import { ALERT_CONFIRM_DAYS } from '@mkb010/model';
import type { Database } from '../db/database.ts';

/** What one run deleted. */
export interface RetentionResult {
  requests: number;
  comments: number;
  searchSignals: number;
  mails: number;
  /** Alert subscriptions never confirmed within ALERT_CONFIRM_DAYS. */
  unconfirmed: number;
}

/** How long the record of what an alert subscription was sent is kept: longer than any window the job looks back. */
const ALERT_SENT_KEEP_DAYS = 60;

/** Deletes the personal data older than `days` before `now`. */
export async function applyRetention(db: Database, now: Date, days: number): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return db.transaction(async (tx) => {
    const mails = await tx.query(`DELETE FROM outbox WHERE created_at < $1 RETURNING id`, [cutoff]);
    const requests = await tx.query(
      `UPDATE intake_request
       SET name = NULL, email = NULL, phone = NULL, company = NULL, question = NULL, answers = NULL, personal_data_deleted_at = $2
       WHERE created_at < $1 AND personal_data_deleted_at IS NULL RETURNING id`,
      [cutoff, now],
    );
    const comments = await tx.query(`UPDATE feedback SET comment = NULL WHERE created_at < $1 AND comment IS NOT NULL RETURNING id`, [
      cutoff,
    ]);
    // Search queries are free text someone typed; they go with the rest.
    const signals = await tx.query(`DELETE FROM search_signal WHERE day < $1::date RETURNING day`, [cutoff.toISOString().slice(0, 10)]);
    // Double opt-in: an address nobody confirmed is not kept beyond the confirmation link's life.
    const unconfirmed = await tx.query(`DELETE FROM alert_subscription WHERE confirmed_at IS NULL AND created_at < $1 RETURNING id`, [
      new Date(now.getTime() - ALERT_CONFIRM_DAYS * 86_400_000),
    ]);
    await tx.query(`DELETE FROM alert_sent WHERE sent_at < $1`, [new Date(now.getTime() - ALERT_SENT_KEEP_DAYS * 86_400_000)]);
    return {
      requests: requests.length,
      comments: comments.length,
      searchSignals: signals.length,
      mails: mails.length,
      unconfirmed: unconfirmed.length,
    };
  });
}
