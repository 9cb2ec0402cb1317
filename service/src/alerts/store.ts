// Alert subscriptions in the database: asked for (with the confirmation mail queued in the same
// transaction), confirmed, looked up, and deleted on unsubscribe. A row holds the address, the
// choices, the moments it was asked for and confirmed, and for a reminder its scheme's deadline as
// last seen; nothing else.
import { ALERT_CONFIRM_DAYS, type AlertKind, type Lang } from '@mkb010/model';
import type { Database, Sql } from '../db/database.ts';
import type { OutboxMail } from '../mail/transport.ts';
import { enqueueMail } from '../outbox/outbox.ts';

/** A subscription as stored. */
export interface Subscription {
  id: number;
  email: string;
  lang: Lang;
  kind: AlertKind;
  theme: string | null;
  docId: string | null;
  /** A reminder's scheme deadline (YYYY-MM-DD) as last seen in published content. */
  deadline: string | null;
  createdAt: Date;
  confirmedAt: Date | null;
}

/** What a visitor asked for. */
export interface SubscriptionInput {
  email: string;
  lang: Lang;
  kind: AlertKind;
  theme?: string;
  docId?: string;
  /** A reminder's scheme deadline at the moment it is asked for. */
  deadline?: string;
}

interface Row {
  id: string | number;
  email: string;
  lang: Lang;
  kind: AlertKind;
  theme: string | null;
  doc_id: string | null;
  deadline: string | null;
  created_at: Date | string;
  confirmed_at: Date | string | null;
}

const COLUMNS = 'id, email, lang, kind, theme, doc_id, deadline, created_at, confirmed_at';

function fromRow(row: Row): Subscription {
  return {
    id: Number(row.id),
    email: row.email,
    lang: row.lang,
    kind: row.kind,
    theme: row.theme,
    docId: row.doc_id,
    deadline: row.deadline,
    createdAt: new Date(row.created_at),
    confirmedAt: row.confirmed_at ? new Date(row.confirmed_at) : null,
  };
}

/**
 * Stores a request and queues its confirmation mail. Asking again for the same thing never makes a
 * second subscription: an unconfirmed one gets a fresh week and its mail again; a confirmed one is
 * left as it is, with no mail (the visitor sees the same thank-you page either way).
 */
export async function requestSubscription(
  db: Database,
  input: SubscriptionInput,
  options: { now: Date; messageDomain: string; confirmMail: (id: number) => OutboxMail },
): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx.query<{ id: string | number }>(
      `INSERT INTO alert_subscription (email, lang, kind, theme, doc_id, deadline, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [input.email, input.lang, input.kind, input.theme ?? null, input.docId ?? null, input.deadline ?? null, options.now],
    );
    let id = inserted[0] ? Number(inserted[0].id) : undefined;
    if (id === undefined) {
      const [existing] = await tx.query<Row>(
        `SELECT ${COLUMNS} FROM alert_subscription
         WHERE lower(email) = lower($1) AND kind = $2 AND coalesce(theme, '') = $3 AND coalesce(doc_id, '') = $4 FOR UPDATE`,
        [input.email, input.kind, input.theme ?? '', input.docId ?? ''],
      );
      if (!existing || existing.confirmed_at) return;
      id = Number(existing.id);
      await tx.query(`UPDATE alert_subscription SET created_at = $2, lang = $3, deadline = $4 WHERE id = $1`, [
        id,
        options.now,
        input.lang,
        input.deadline ?? null,
      ]);
    }
    await enqueueMail(
      tx,
      { kind: 'alert-confirmation', subscriptionId: id, mail: options.confirmMail(id), messageDomain: options.messageDomain },
      options.now,
    );
  });
}

/** What following a confirmation link did. */
export type ConfirmOutcome =
  | { state: 'confirmed' | 'already'; subscription: Subscription }
  | { state: 'expired'; subscription: Subscription }
  | { state: 'gone' };

/** True when an unconfirmed subscription asked for at `createdAt` can no longer be confirmed at `now`. */
export function confirmationExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() > ALERT_CONFIRM_DAYS * 86_400_000;
}

/** Confirms subscription `id` at `now`; a second confirmation or an expired link changes nothing. */
export async function confirmSubscription(db: Database, id: number, now: Date): Promise<ConfirmOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<Row>(`SELECT ${COLUMNS} FROM alert_subscription WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) return { state: 'gone' };
    const subscription = fromRow(row);
    if (subscription.confirmedAt) return { state: 'already', subscription };
    if (confirmationExpired(subscription.createdAt, now)) return { state: 'expired', subscription };
    await tx.query(`UPDATE alert_subscription SET confirmed_at = $2 WHERE id = $1`, [id, now]);
    return { state: 'confirmed', subscription: { ...subscription, confirmedAt: now } };
  });
}

/** Subscription `id`, if it still exists. */
export async function findSubscription(db: Sql, id: number): Promise<Subscription | undefined> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM alert_subscription WHERE id = $1`, [id]);
  return row ? fromRow(row) : undefined;
}

/** Keeps `deadline` as the deadline subscription `id`'s scheme was last seen with (null: none, or ongoing). */
export async function rememberDeadline(db: Sql, id: number, deadline: string | null): Promise<void> {
  await db.query(`UPDATE alert_subscription SET deadline = $2 WHERE id = $1`, [id, deadline]);
}

/** Deletes subscription `id` with what it was sent and any mail still waiting for it; the deleted row, if there was one. */
export async function deleteSubscription(db: Sql, id: number): Promise<Subscription | undefined> {
  const [row] = await db.query<Row>(`DELETE FROM alert_subscription WHERE id = $1 RETURNING ${COLUMNS}`, [id]);
  return row ? fromRow(row) : undefined;
}

/** Every confirmed subscription, oldest first. */
export async function confirmedSubscriptions(db: Sql): Promise<Subscription[]> {
  const rows = await db.query<Row>(`SELECT ${COLUMNS} FROM alert_subscription WHERE confirmed_at IS NOT NULL ORDER BY id`);
  return rows.map(fromRow);
}
