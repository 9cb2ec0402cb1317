// The outbox: every mail is a row written in the same transaction as the request that caused it,
// so a request is never stored without its mails, nor a mail sent for a request that was rolled
// back. Workers lease due rows with FOR UPDATE SKIP LOCKED, so two workers (in one process or in
// several instances on one database) never take the same mail.
import { randomUUID } from 'node:crypto';
import type { Sql } from '../db/database.ts';
import type { OutboxMail } from '../mail/transport.ts';

/** What kind of mail a row holds (for the log and the read API; never personal data). */
export type MailKind = 'intake-partner' | 'intake-confirmation' | 'alert-confirmation' | 'alert-digest' | 'alert-reminder';

/** A leased row, ready to send. */
export interface LeasedMail {
  id: number;
  messageId: string;
  kind: MailKind;
  attempts: number;
  mail: OutboxMail;
}

/** Queues `mail` in the transaction `tx`; returns its Message-ID. */
export async function enqueueMail(
  tx: Sql,
  entry: { kind: MailKind; mail: OutboxMail; requestId?: number; subscriptionId?: number; messageDomain: string },
  now: Date,
): Promise<string> {
  const messageId = `<${randomUUID()}@${entry.messageDomain}>`;
  await tx.query(
    `INSERT INTO outbox (created_at, request_id, subscription_id, kind, message_id, message, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $1)`,
    [now, entry.requestId ?? null, entry.subscriptionId ?? null, entry.kind, messageId, JSON.stringify(entry.mail)],
  );
  return messageId;
}

/** Leases up to `limit` due mails until `leaseUntil`; a worker that dies lets them go when the lease ends. */
export async function leaseDueMails(db: Sql, now: Date, leaseUntil: Date, limit: number): Promise<LeasedMail[]> {
  const rows = await db.query<{ id: string | number; message_id: string; kind: MailKind; attempts: number; message: OutboxMail }>(
    `UPDATE outbox SET leased_until = $2, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbox
       WHERE sent_at IS NULL AND message IS NOT NULL AND next_attempt_at <= $1
         AND (leased_until IS NULL OR leased_until <= $1)
       ORDER BY next_attempt_at, id
       LIMIT $3
       FOR UPDATE SKIP LOCKED
     )
     RETURNING id, message_id, kind, attempts, message`,
    [now, leaseUntil, limit],
  );
  return rows.map((row) => ({ id: Number(row.id), messageId: row.message_id, kind: row.kind, attempts: row.attempts, mail: row.message }));
}

/** Marks a mail sent and drops its content: the outbox keeps no personal data once it is out. */
export async function markSent(db: Sql, id: number, now: Date): Promise<void> {
  await db.query(`UPDATE outbox SET sent_at = $2, message = NULL, leased_until = NULL, last_error = NULL WHERE id = $1`, [id, now]);
}

/** Puts a mail back for another attempt at `retryAt`, with what went wrong. */
export async function markFailed(db: Sql, id: number, retryAt: Date, error: string): Promise<void> {
  await db.query(`UPDATE outbox SET next_attempt_at = $2, leased_until = NULL, last_error = $3 WHERE id = $1`, [
    id,
    retryAt,
    error.slice(0, 500),
  ]);
}

/** When the next unsent mail is due (or undefined when none waits). */
export async function nextDueAt(db: Sql): Promise<Date | undefined> {
  const rows = await db.query<{ due: Date | null }>(
    `SELECT min(greatest(next_attempt_at, coalesce(leased_until, next_attempt_at))) AS due
     FROM outbox WHERE sent_at IS NULL AND message IS NOT NULL`,
  );
  const due = rows[0]?.due;
  return due ? new Date(due) : undefined;
}

/** The delay before attempt `attempts + 1`: `base` doubled per failed attempt, at most `max`. */
export function retryDelay(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}
