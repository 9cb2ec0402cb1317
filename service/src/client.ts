// What other parts of the project use of the service, without its server code: the read API's
// answer (the Redactierapport and the progress series read it) and a typed way to fetch it.

/** Requests per receiving partner (null: the programme contact). Counts only; details stay in the mail. */
export interface ReportRequests {
  partnerId: string | null;
  count: number;
  oldestAt: string;
  newestAt: string;
}

/** Feedback on one page. */
export interface ReportFeedback {
  page: string;
  docId: string | null;
  yes: number;
  no: number;
  /** The newest comments first, at most five, personal data already removed. */
  latestComments: { at: string; useful: boolean; text: string }[];
}

/** A search that found (almost) nothing. */
export interface ReportQuery {
  query: string;
  lang: 'nl' | 'en';
  count: number;
  lastDay: string;
}

/** The read API's answer (`GET /api/report`). */
export interface ServiceReport {
  generatedAt: string;
  requests: ReportRequests[];
  feedback: ReportFeedback[];
  zeroResultQueries: ReportQuery[];
  /** Intake requests per calendar quarter in Europe/Amsterdam, oldest first: a series of its own. */
  requestsPerQuarter: { quarter: string; count: number }[];
}

/** The read API's path below the service's URL. */
export const REPORT_PATH = '/api/report';

/** A failed read of the service's report; the message says what to check. */
export class ServiceReportError extends Error {
  override name = 'ServiceReportError';
}

/** Fetches the report from the service at `serviceUrl` with the bearer `token`. */
export async function fetchServiceReport(serviceUrl: string, token: string, fetchImpl: typeof fetch = fetch): Promise<ServiceReport> {
  const url = `${serviceUrl.replace(/\/+$/, '')}${REPORT_PATH}`;
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  } catch (error) {
    throw new ServiceReportError(`The service at ${url} could not be reached (${(error as Error).message}). Is it running?`);
  }
  if (response.status === 401) throw new ServiceReportError(`The service at ${url} refused the token: check SERVICE_REPORT_TOKEN.`);
  if (response.status === 404)
    throw new ServiceReportError(`The service at ${url} has no read API: set SERVICE_REPORT_TOKEN where it runs.`);
  if (!response.ok) throw new ServiceReportError(`The service at ${url} answered ${response.status}.`);
  const report = (await response.json()) as ServiceReport;
  for (const list of ['requests', 'feedback', 'zeroResultQueries', 'requestsPerQuarter'] as const) {
    if (!Array.isArray(report?.[list])) throw new ServiceReportError(`The service at ${url} answered without a "${list}" list.`);
  }
  return report;
}

/** The report, or why it could not be read (the error's message for people): for reports that go on without it. */
export function readServiceReport(
  serviceUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ServiceReport | { unavailable: string }> {
  return fetchServiceReport(serviceUrl, token, fetchImpl).catch((error: Error) => ({ unavailable: error.message }));
}
