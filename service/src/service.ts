// The service as one object: database (migrated), outbox worker, retention job and HTTP server,
// started together and stopped together. `npm run service` and the tests both start it here.
import type { AddressInfo } from 'node:net';
import type { ServiceConfig } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { type AlertRun, runAlertJob } from './alerts/job.ts';
import { publishedSchemes, type SchemeSource } from './alerts/schemes.ts';
import { type PublishedContent, publishedContent } from './content/published.ts';
import { signingKey } from './alerts/tokens.ts';
import { buildApp, messageDomain } from './http/app.ts';
import { openMailTransport } from './mail/transport.ts';
import { type OutboxWorker, startOutboxWorker } from './outbox/worker.ts';
import { applyRetention } from './privacy/retention.ts';
import type { Directory } from './routing/directory.ts';
import { publishedDirectory } from './routing/published.ts';

/** What a started service offers its owner. */
export interface RunningService {
  /** `http://127.0.0.1:PORT`, with the port actually taken (port 0 picks a free one). */
  url: string;
  db: Database;
  worker: OutboxWorker;
  /** Runs the retention job now (it also runs on start and every hour). */
  retention(): ReturnType<typeof applyRetention>;
  /** Runs the alerts job at `now` (default the service's clock) and sends what it queued; it also runs every SERVICE_ALERTS_EVERY_MS. */
  alerts(now?: Date): Promise<AlertRun>;
  /** Stops taking requests, lets the worker finish the mail in hand, closes the database. */
  close(): Promise<void>;
}

/** Options beside the configuration. */
export interface StartOptions {
  /** The published content routing and alerts share; default the content source the environment names. */
  content?: PublishedContent;
  /** Where intake requests go; default routing from `content`. */
  directory?: Directory;
  /** Published schemes for alerts; default those of `content`. */
  schemes?: SchemeSource;
  /** The service's clock (tests move it); default the real one. */
  clock?: () => Date;
  logger?: boolean | { level: string };
}

const RETENTION_EVERY_MS = 60 * 60 * 1000;

/** Starts the service with `config`. */
export async function startService(config: ServiceConfig, options: StartOptions = {}): Promise<RunningService> {
  const clock = options.clock ?? (() => new Date());
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const linkKey = await signingKey(db, config.secret).catch(async (error) => {
    await db.close();
    throw error;
  });
  const content = options.content ?? publishedContent(config);
  const schemes = options.schemes ?? publishedSchemes(content);
  const transport = openMailTransport(config.mail, config.mailFrom);
  let worker: OutboxWorker | undefined;
  // Known once the server listens (port 0 picks one) unless SERVICE_URL names the public address.
  let listening = '';
  const publicUrl = () => config.publicUrl ?? listening;
  const app = await buildApp({
    config,
    db,
    directory: options.directory ?? publishedDirectory(content, clock),
    clock,
    mailQueued: () => worker?.wake(),
    logger: options.logger,
    schemes,
    linkKey,
    publicUrl,
  });
  worker = startOutboxWorker({
    db,
    transport,
    clock,
    log: app.log,
    retryBaseMs: config.retryBaseMs,
    retryMaxMs: config.retryMaxMs,
    pollMs: config.pollMs,
  });
  const retention = async () => {
    const result = await applyRetention(db, clock(), config.retentionDays);
    app.log.info(result, 'retention applied');
    return result;
  };
  const runRetention = () => retention().catch((error: Error) => app.log.error({ reason: error.message }, 'retention failed'));
  await runRetention();
  const timer = setInterval(runRetention, RETENTION_EVERY_MS);
  timer.unref();

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  listening = `http://${host}:${address.port}`;
  const running = worker;

  // The alerts job on the service's own schedule: every few minutes it asks what is due; the job
  // itself knows the digest hour and what was sent, so a run that finds nothing costs one query.
  const job = { db, schemes, siteUrl: config.siteUrl, publicUrl: publicUrl(), linkKey, messageDomain: messageDomain(config.mailFrom) };
  const alerts = async (now: Date = clock()) => {
    const run = await runAlertJob(job, now);
    if (run.digests + run.reminders > 0) {
      app.log.info(run, 'alerts queued');
      running.wake();
    }
    return run;
  };
  let alertsRunning: Promise<unknown> | undefined;
  const runAlerts = () => {
    alertsRunning ??= alerts()
      .catch((error: Error) => app.log.error({ reason: error.message }, 'alerts job failed'))
      .finally(() => {
        alertsRunning = undefined;
      });
  };
  const alertsTimer = config.alertsEveryMs > 0 ? setInterval(runAlerts, config.alertsEveryMs) : undefined;
  alertsTimer?.unref();

  return {
    url: listening,
    db,
    worker: running,
    retention,
    alerts,
    close: async () => {
      clearInterval(timer);
      clearInterval(alertsTimer);
      await alertsRunning;
      await app.close();
      await running.stop();
      transport.close();
      await db.close();
    },
  };
}
