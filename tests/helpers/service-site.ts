// The seed site built to post its forms to a service on a free loopback port: for the tests that run
// that service behind the built pages and fill in the forms in Chromium.
import { freePort } from '../../tools/free-port.ts';
import { seedNow } from '../setup/seed-site.ts';
import { buildSite } from './build.ts';

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
