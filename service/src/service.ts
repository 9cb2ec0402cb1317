// The service as one object: database (migrated), outbox worker, retention job and HTTP server,
// started together and stopped together. `npm run service` and the tests both start it here.
import type { AddressInfo } from 'node:net';
import type { ServiceConfig } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './http/app.ts';
import { openMailTransport } from './mail/transport.ts';
import { type OutboxWorker, startOutboxWorker } from './outbox/worker.ts';
import { applyRetention } from './privacy/retention.ts';
import type { Directory } from './routing/directory.ts';

/** What a started service offers its owner. */
export interface RunningService {
  /** `http://127.0.0.1:PORT`, with the port actually taken (port 0 picks a free one). */
  url: string;
  db: Database;
  worker: OutboxWorker;
  /** Runs the retention job now (it also runs on start and every hour). */
  retention(): ReturnType<typeof applyRetention>;
  /** Stops taking requests, lets the worker finish the mail in hand, closes the database. */
  close(): Promise<void>;
}

/** Options beside the configuration. */
export interface StartOptions {
  directory: Directory;
  /** The service's clock (tests move it); default the real one. */
  clock?: () => Date;
  logger?: boolean | { level: string };
}

const RETENTION_EVERY_MS = 60 * 60 * 1000;

/** Starts the service with `config`. */
export async function startService(config: ServiceConfig, options: StartOptions): Promise<RunningService> {
  const clock = options.clock ?? (() => new Date());
  const db = await openDatabase(config.database);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const transport = openMailTransport(config.mail, config.mailFrom);
  let worker: OutboxWorker | undefined;
  const app = await buildApp({
    config,
    db,
    directory: options.directory,
    clock,
    mailQueued: () => worker?.wake(),
    logger: options.logger,
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
  const running = worker;
  return {
    url: `http://${host}:${address.port}`,
    db,
    worker: running,
    retention,
    close: async () => {
      clearInterval(timer);
      await app.close();
      await running.stop();
      transport.close();
      await db.close();
    },
  };
}
