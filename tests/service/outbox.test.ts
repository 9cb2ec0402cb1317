// The outbox keeps its promise when the mail server does not: nothing is lost while SMTP is down,
// every mail arrives once when it is back, and two workers on one database never send the same one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMailTransport } from '../../service/src/mail/transport.ts';
import { enqueueMail } from '../../service/src/outbox/outbox.ts';
import { startOutboxWorker } from '../../service/src/outbox/worker.ts';
import { startSmtpSink, type SmtpSink } from '../../tools/smtp-sink.ts';
import { DB_KINDS, startTestService, type TestService } from '../helpers/service.ts';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describe.each(DB_KINDS)('the outbox on %s', (kind) => {
  let smtp: SmtpSink;
  let service: TestService;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    service = await startTestService(kind, { env: { SMTP_URL: smtp.url, SERVICE_LIMIT_INTAKE: '1000' } });
  });
  afterAll(async () => {
    await service?.stop();
    await smtp?.stop();
  });

  it('sends all 40 mails of 20 requests exactly once after the SMTP server was down while they came in', async () => {
    await smtp.down();
    for (let i = 1; i <= 20; i++) {
      const response = await service.post('/intake?lang=nl', {
        page: '/regelingen/energiebespaarlening/',
        docId: 'scheme-energielening',
        name: `Ondernemer ${i}`,
        email: `ondernemer${i}@example.nl`,
        question: `Vraag nummer ${i}`,
        consent: 'yes',
      });
      expect(response.status).toBe(303);
    }
    // The worker tries every mail against the closed port and keeps it for later.
    const failed = async () =>
      (await service.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND last_error IS NOT NULL`))[0]!
        .n;
    await expect.poll(failed, { timeout: 20_000 }).toBe(40);
    expect(smtp.mails).toHaveLength(0);
    await smtp.up();
    await smtp.waitFor(40);
    // Wait past a few more retry rounds: nothing may arrive twice.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.mails).toHaveLength(40);
    const ids = smtp.mails.map((m) => m.parsed.messageId);
    expect(new Set(ids).size).toBe(40);
    const questions = smtp.mails
      .filter((m) => m.envelope.to.includes('intake@havenkring.example'))
      .map((m) => /Vraag nummer (\d+)/.exec(m.parsed.text ?? '')?.[1]);
    expect(questions.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const unsent = await service.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL OR message IS NOT NULL`,
    );
    expect(unsent[0]!.n).toBe(0);
  });

  it('lets two workers on one database send 30 queued mails once each', async () => {
    await service.worker.stop();
    const before = smtp.mails.length;
    const now = new Date();
    await service.db.transaction(async (tx) => {
      for (let i = 0; i < 30; i++) {
        await enqueueMail(
          tx,
          {
            kind: 'intake-partner',
            messageDomain: 'test.example',
            mail: { to: { name: 'Partner', address: `partner${i}@example.nl` }, subject: `Mail ${i}`, text: 'tekst', html: '<p>tekst</p>' },
          },
          now,
        );
      }
    });
    const options = { db: service.db, clock: () => new Date(), log: quiet, retryBaseMs: 50, retryMaxMs: 400, pollMs: 100, batch: 3 };
    const transports = [
      openMailTransport({ kind: 'smtp', url: smtp.url }, 'test@example.nl'),
      openMailTransport({ kind: 'smtp', url: smtp.url }, 'test@example.nl'),
    ];
    const workers = transports.map((transport) => startOutboxWorker({ ...options, transport }));
    try {
      await smtp.waitFor(before + 30);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const received = smtp.mails.slice(before).map((m) => m.parsed.subject);
      expect(received).toHaveLength(30);
      expect(new Set(received).size).toBe(30);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      for (const t of transports) t.close();
    }
  });
});
