// Reading an alert mail as the subscriber's mail program does: its confirm or unsubscribe link and
// its headers as sent. Shared by the service's alert tests and the end-to-end browser test.
import { expect } from 'vitest';
import type { ReceivedMail } from '../../tools/smtp-sink.ts';

/** The link to `endpoint` (with its token and language) in a mail's text, under any origin. */
export function linkIn(mail: ReceivedMail, endpoint: string): string {
  const match = new RegExp(`https?://\\S+?${endpoint}\\?token=[\\w.-]+&lang=(?:nl|en)`).exec(mail.parsed.text ?? '');
  expect(match, `a ${endpoint} link in: ${mail.parsed.text}`).not.toBeNull();
  return match![0];
}

/** A header of a mail as sent (unfolded). */
export function header(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.replace(/\r?\n[ \t]+/g, ' ').replace(/^[^:]+:\s*/, '');
}
