// `npm run alerts:send -- --now <ISO time>`: queues every alert that is due at that moment (default:
// now) and sends the queued mails, then stops. The service runs the same job on its own timer; this
// command is for a scheduler (cron, a CI job) or a test. It reads only published content. With
// PGlite the service must not be running (one process per PGlite folder); with PostgreSQL they can
// run side by side: what was sent is recorded in the same transaction that queues the mail.
import { parseArgs } from 'node:util';
import { runAlertJob } from './alerts/job.ts';
import { loadPublishedSchemes } from './alerts/schemes.ts';
import { signingKey } from './alerts/tokens.ts';
import { ConfigError, configFromEnv, PROJECT_ROOT } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { messageDomain } from './http/app.ts';
import { openMailTransport } from './mail/transport.ts';
import { sendDueMails } from './outbox/worker.ts';

/** The moment asked for with `--now`; a wrong one stops with a line that says what to write. */
function moment(raw: string | undefined): Date {
  if (raw === undefined) return new Date();
  const at = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at.getTime())) {
    throw new ConfigError(`--now "${raw}" is not an ISO moment. Write it like --now 2026-12-26T08:00:00+01:00.`);
  }
  return at;
}

try {
  const { values } = parseArgs({ options: { now: { type: 'string' } } });
  const now = moment(values.now);
  const config = configFromEnv();
  if (!config.publicUrl) {
    throw new ConfigError('Set SERVICE_URL to the service’s public address: the unsubscribe links in the mails point there.');
  }
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
    const job = {
      db,
      schemes: { schemes: (at: Date) => loadPublishedSchemes(process.env, PROJECT_ROOT, at) },
      siteUrl: config.siteUrl,
      publicUrl: config.publicUrl,
      linkKey: await signingKey(db, config.secret),
      messageDomain: messageDomain(config.mailFrom),
    };
    const run = await runAlertJob(job, now);
    const transport = openMailTransport(config.mail, config.mailFrom);
    const log = {
      info: () => {},
      warn: (obj: object, msg: string) => console.warn(msg, obj),
      error: (obj: object, msg: string) => console.error(msg, obj),
    };
    // Everything due by `now`: this run's mails, and any an earlier run queued but did not send.
    const sent = await sendDueMails({
      db,
      transport,
      clock: () => now,
      log,
      retryBaseMs: config.retryBaseMs,
      retryMaxMs: config.retryMaxMs,
      pollMs: 0,
    });
    transport.close();
    console.log(
      `Alerts at ${now.toISOString()}: ${run.digests} digest(s) and ${run.reminders} reminder(s) queued; ${sent} mail(s) sent now.`,
    );
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `The alerts could not be sent: ${(error as Error).message}`);
  process.exit(1);
}
