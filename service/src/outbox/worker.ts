// The outbox worker: takes due mails, sends them, and marks each sent or due again after a delay
// that doubles per failure. It sleeps until the next mail is due, a new one is queued in this
// process (`wake`), or the poll interval has passed (mails queued by another instance).
import type { Database } from '../db/database.ts';
import type { MailTransport } from '../mail/transport.ts';
import { leaseDueMails, markFailed, markSent, nextDueAt, retryDelay } from './outbox.ts';

/** Where the worker reports what it did; never personal data. */
export interface WorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Settings of a worker. */
export interface WorkerOptions {
  db: Database;
  transport: MailTransport;
  clock: () => Date;
  log: WorkerLog;
  retryBaseMs: number;
  retryMaxMs: number;
  pollMs: number;
  /** How long a leased mail is held before another worker may take it; longer than any SMTP timeout. */
  leaseMs?: number;
  batch?: number;
}

/** A running worker. */
export interface OutboxWorker {
  /** Look now: a mail was queued. */
  wake(): void;
  /** Sends every mail that is due now; resolves with how many were handed over. */
  sendDue(): Promise<number>;
  /** Stops after the mail in hand. */
  stop(): Promise<void>;
}

/**
 * Sends every mail that is due now, leasing each first (FOR UPDATE SKIP LOCKED), so this and any
 * running worker never send the same mail; resolves with how many were handed over.
 */
export async function sendDueMails(options: WorkerOptions): Promise<number> {
  const { db, transport, clock, log } = options;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batch = options.batch ?? 10;
  let sent = 0;
  for (;;) {
    const now = clock();
    const mails = await leaseDueMails(db, now, new Date(now.getTime() + leaseMs), batch);
    if (mails.length === 0) return sent;
    for (const entry of mails) {
      try {
        await transport.send(entry.mail, entry.messageId);
        await markSent(db, entry.id, clock());
        sent += 1;
      } catch (error) {
        const delay = retryDelay(entry.attempts, options.retryBaseMs, options.retryMaxMs);
        const reason = error instanceof Error ? error.message : String(error);
        await markFailed(db, entry.id, new Date(clock().getTime() + delay), reason);
        log.warn({ outboxId: entry.id, kind: entry.kind, attempt: entry.attempts, retryInMs: delay, reason }, 'mail not sent yet');
      }
    }
  }
}

/** Starts a worker loop. */
export function startOutboxWorker(options: WorkerOptions): OutboxWorker {
  const { db, clock, log } = options;
  let running = true;
  let timer: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;
  // A wake that comes while the worker is busy is kept, so the next sleep does not wait.
  let woken = false;

  const sendDue = () => sendDueMails(options);

  async function sleep(): Promise<void> {
    if (woken) return;
    const due = await nextDueAt(db).catch(() => undefined);
    const wait = due ? Math.max(0, Math.min(options.pollMs, due.getTime() - clock().getTime())) : options.pollMs;
    if (woken) return;
    await new Promise<void>((resolve) => {
      wakeUp = resolve;
      timer = setTimeout(resolve, wait);
    });
    clearTimeout(timer);
    wakeUp = undefined;
  }

  const loop = (async () => {
    while (running) {
      woken = false;
      try {
        const sent = await sendDue();
        if (sent > 0) log.info({ sent }, 'mails sent');
      } catch (error) {
        // The database is away for a moment; try again after the poll interval.
        log.error({ reason: (error as Error).message }, 'outbox worker could not read the outbox');
      }
      if (running) await sleep();
    }
  })();

  return {
    wake: () => {
      woken = true;
      wakeUp?.();
    },
    sendDue,
    stop: async () => {
      running = false;
      wakeUp?.();
      await loop;
    },
  };
}
