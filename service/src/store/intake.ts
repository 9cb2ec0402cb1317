// An intake request and its two mails, committed in one transaction: either the request is stored
// and both mails are queued, or nothing is.
import { amsterdamDay, type FinderAnswer, type Lang } from '@mkb010/model';
import type { Database } from '../db/database.ts';
import { confirmationMail, type IntakeForMail, partnerMail } from '../mail/intake-mails.ts';
import { enqueueMail } from '../outbox/outbox.ts';
import type { IntakeRoute } from '../routing/directory.ts';

/** A valid intake request, as the form gave it. */
export interface IntakeInput {
  lang: Lang;
  page: string;
  pageUrl: string;
  docId?: string;
  name: string;
  email: string;
  phone?: string;
  company?: string;
  question: string;
  answers: Partial<Record<FinderAnswer, string>>;
}

/** The reference an entrepreneur quotes: `MKB-2026-000042`, the year in Amsterdam and a sequence number. */
export function referenceNumber(now: Date, sequence: number): string {
  return `MKB-${amsterdamDay(now).slice(0, 4)}-${String(sequence).padStart(6, '0')}`;
}

/** Stores the request and queues its mails; returns the reference number. */
export async function storeIntake(
  db: Database,
  input: IntakeInput,
  route: IntakeRoute,
  options: { now: Date; retentionDays: number; messageDomain: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [seq] = await tx.query<{ n: string | number }>(`SELECT nextval('intake_reference_seq') AS n`);
    const reference = referenceNumber(options.now, Number(seq!.n));
    const [row] = await tx.query<{ id: string | number }>(
      `INSERT INTO intake_request (reference, created_at, lang, page, doc_id, partner_id, name, email, phone, company, question, answers)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb) RETURNING id`,
      [
        reference,
        options.now,
        input.lang,
        input.page,
        input.docId ?? null,
        route.recipient.partnerId,
        input.name,
        input.email,
        input.phone ?? null,
        input.company ?? null,
        input.question,
        JSON.stringify(input.answers),
      ],
    );
    const requestId = Number(row!.id);
    const forMail: IntakeForMail = { ...input, reference, docTitle: route.docTitle, retentionDays: options.retentionDays };
    const common = { requestId, messageDomain: options.messageDomain };
    await enqueueMail(tx, { ...common, kind: 'intake-partner', mail: partnerMail(forMail, route.recipient) }, options.now);
    await enqueueMail(tx, { ...common, kind: 'intake-confirmation', mail: confirmationMail(forMail, route.recipient) }, options.now);
    return reference;
  });
}
