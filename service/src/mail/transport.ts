// Where mails go: an SMTP server (nodemailer at SMTP_URL), or, as the embedded default, `.eml`
// files in a local folder. Both compose the message with nodemailer, so headers are encoded the
// same way whichever is used.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { ServiceConfig } from '../config.ts';

/** A person a mail is addressed to; nodemailer encodes the name, so it can never add a header. */
export interface MailAddress {
  name: string;
  address: string;
}

/** A mail as the outbox stores it until it is sent. */
export interface OutboxMail {
  to: MailAddress;
  replyTo?: MailAddress;
  subject: string;
  text: string;
  html: string;
  /** An alert's unsubscribe link: sent as `List-Unsubscribe` with RFC 8058 one-click `List-Unsubscribe-Post`. */
  unsubscribeUrl?: string;
}

/** Sends one mail; throws when it could not be handed over. */
export interface MailTransport {
  send(mail: OutboxMail, messageId: string): Promise<void>;
  close(): void;
}

/** The nodemailer message of an outbox mail. */
function message(mail: OutboxMail, from: string, messageId: string): SendMailOptions {
  const { unsubscribeUrl, ...rest } = mail;
  if (!unsubscribeUrl) return { ...rest, from, messageId };
  return {
    ...rest,
    from,
    messageId,
    list: { unsubscribe: unsubscribeUrl },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** Opens the configured transport. */
export function openMailTransport(config: ServiceConfig['mail'], from: string): MailTransport {
  if (config.kind === 'smtp') {
    const transporter = nodemailer.createTransport({
      url: config.url,
      // A server that accepts the connection and then stalls must not hold the mail for long.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return {
      send: async (mail, messageId) => {
        await transporter.sendMail(message(mail, from, messageId));
      },
      close: () => transporter.close(),
    };
  }
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (mail, messageId) => {
      const info = await composer.sendMail(message(mail, from, messageId));
      await mkdir(config.dir, { recursive: true });
      const name = `${new Date().toISOString().replaceAll(':', '-')}-${messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`;
      await writeFile(path.join(config.dir, name), info.message as Buffer);
    },
    close: () => composer.close(),
  };
}
