// The service's read API as a build or a command reaches it: with SERVICE_URL and SERVICE_REPORT_TOKEN
// set, its report or why it could not be read; without them, nothing to ask.
import { readServiceReport, type ServiceReport } from '@mkb010/service/client';
import { serviceUrl } from './build-env.ts';

/** The service's report for this environment; undefined when it names no service or no token. */
export async function serviceReportFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServiceReport | { unavailable: string } | undefined> {
  const url = serviceUrl(env);
  const token = env.SERVICE_REPORT_TOKEN?.trim();
  return url && token ? readServiceReport(url, token) : undefined;
}
