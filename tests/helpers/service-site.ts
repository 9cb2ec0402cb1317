// The seed site built to post its forms to a service on a free loopback port: for the tests that run
// that service behind the built pages and fill in the forms in Chromium.
import { expect } from 'vitest';
import { freePort } from '../../tools/free-port.ts';
import { type StaticServer, serveDir } from '../../tools/serve.ts';
import { type SmtpSink, startSmtpSink } from '../../tools/smtp-sink.ts';
import { seedNow } from '../setup/seed-site.ts';
import { buildSite, SEED_FILE } from './build.ts';
import { type DbKind, startTestService, type TestService } from './service.ts';

/** A seed build whose forms post to `serviceUrl` (start the service with SERVICE_PORT = `port`). */
export interface ServiceSite {
  outDir: string;
  port: number;
  serviceUrl: string;
  /** The build's SITE_NOW: the seed's moment. */
  now: string;
}

/** Builds the seed site at the seed's moment with SERVICE_URL on a free port; a failed build throws with its output. */
export async function buildServiceSite(): Promise<ServiceSite> {
  const [port, { now }] = await Promise.all([freePort(), seedNow()]);
  const serviceUrl = `http://127.0.0.1:${port}`;
  const build = await buildSite({ env: { SITE_NOW: now, SERVICE_URL: serviceUrl, CONTENT_FILE: undefined, SANITY_PROJECT_ID: undefined } });
  if (build.code !== 0)
    throw new Error(`Building the seed site with SERVICE_URL failed (exit ${build.code}):\n${build.output.slice(-4000)}`);
  return { outDir: build.outDir, port, serviceUrl, now };
}

/** A service site served as static files, its service on the port the forms post to, and an SMTP server. */
export interface ServedServiceSite {
  site: StaticServer;
  sink: SmtpSink;
  service: TestService;
  /** Stops the service (throwing its database away), the SMTP server and the site. */
  close(): Promise<void>;
}

/**
 * Serves `built` and starts the service behind its forms on `kind`'s store, routing to the owners in
 * the published seed and mailing through a local SMTP server; `options` adds the service's clock and
 * environment.
 */
export async function serveServiceSite(
  built: ServiceSite,
  kind: DbKind,
  options: { clock?: () => Date; env?: Record<string, string> } = {},
): Promise<ServedServiceSite> {
  const [site, sink] = await Promise.all([serveDir(built.outDir), startSmtpSink()]);
  let service: TestService;
  try {
    service = await startTestService(kind, {
      routing: 'published',
      clock: options.clock,
      env: { SERVICE_PORT: String(built.port), SITE_URL: site.url, SMTP_URL: sink.url, CONTENT_FILE: SEED_FILE, ...options.env },
    });
  } catch (error) {
    await Promise.all([sink.stop(), site.close()]);
    throw error;
  }
  expect(service.url).toBe(built.serviceUrl);
  return {
    site,
    sink,
    service,
    async close() {
      await service.stop();
      await sink.stop();
      await site.close();
    },
  };
}
