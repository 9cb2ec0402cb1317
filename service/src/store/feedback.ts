// Page feedback and search signals: no personal data asked for, and what a visitor typed anyway
// (an e-mail address, a phone number, an IBAN) is removed before it is stored.
import { amsterdamDay, type Lang, SEARCH_SIGNAL_MAX_QUERY } from '@mkb010/model';
import type { Sql } from '../db/database.ts';
import { REDACTED, redactPersonalData } from '../privacy/redact.ts';

/** A yes or no about a page, with an optional comment. */
export interface FeedbackInput {
  lang: Lang;
  page: string;
  docId?: string;
  useful: boolean;
  comment?: string;
}

/** Stores one answer; the comment without personal data. */
export async function storeFeedback(db: Sql, input: FeedbackInput, now: Date): Promise<void> {
  const comment = input.comment ? redactPersonalData(input.comment) : null;
  await db.query(`INSERT INTO feedback (created_at, lang, page, doc_id, useful, comment) VALUES ($1, $2, $3, $4, $5, $6)`, [
    now,
    input.lang,
    input.page,
    input.docId ?? null,
    input.useful,
    comment,
  ]);
}

/**
 * A search query as it is counted: personal data removed, lower case, one space between words,
 * no punctuation at either end, at most SEARCH_SIGNAL_MAX_QUERY characters. Empty when nothing is left.
 */
export function normaliseQuery(raw: string): string {
  // Personal data leaves no trace in a query: not even the marker that replaced it.
  let text = redactPersonalData(raw.normalize('NFKC'));
  for (const marker of Object.values(REDACTED)) text = text.replaceAll(marker, ' ');
  return text
    .toLocaleLowerCase('nl')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .slice(0, SEARCH_SIGNAL_MAX_QUERY)
    .trim();
}

/** Counts one search in its day (Amsterdam), language and normalised query. */
export async function countSearchSignal(db: Sql, lang: Lang, query: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO search_signal (day, lang, query, count) VALUES ($1, $2, $3, 1)
     ON CONFLICT (day, lang, query) DO UPDATE SET count = search_signal.count + 1`,
    [amsterdamDay(now), lang, query],
  );
}
