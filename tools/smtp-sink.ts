// A real SMTP server on loopback (the `smtp-server` package) that keeps every mail it accepts,
// parsed by `mailparser`, with the envelope as the client gave it. It can be taken down and
// brought back on the same port, to play a mail server that is away for a while.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One accepted mail. */
export interface ReceivedMail {
  /** MAIL FROM and RCPT TO as the client sent them: who really gets the mail. */
  envelope: { from: string; to: string[] };
  parsed: ParsedMail;
  raw: string;
}

/** A running sink. */
export interface SmtpSink {
  /** `smtp://127.0.0.1:PORT`. */
  url: string;
  mails: ReceivedMail[];
  /** Resolves once `count` mails have arrived; rejects after `timeoutMs` naming how many did. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Stops listening: connections are refused until `up`. */
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts a sink on a free loopback port. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          mails.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            parsed: await simpleParser(raw),
            raw,
          });
          for (const wake of waiters) wake();
          callback();
        });
      },
    });
  let server = make();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  let listening = true;
  const close = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      server.close(() => resolve());
    });
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor: (count, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (mails.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(mails);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Waited ${timeoutMs} ms for ${count} mails; ${mails.length} arrived.`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    down: close,
    up: async () => {
      if (listening) return;
      server = make();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      listening = true;
    },
    stop: close,
  };
}
