// The Sanity Content Lake as content source, through @sanity/client. Builds never use the CDN
// (they must see what was just published) and retry transient failures with backoff.
import { createClient, type ClientPerspective } from '@sanity/client';
import { SANITY_API_VERSION } from '../api.ts';
import { ContentSourceError, describeAnswer } from '../errors.ts';
import type { Perspective } from '../perspective.ts';
import type { ContentSource, SourceChange } from '../source-types.ts';

export interface LakeSourceOptions {
  projectId: string;
  dataset: string;
  perspective: Perspective;
  /** API host override (a proxy, or a local server in tests); used as is, without the project subdomain. */
  apiHost?: string;
  /** Read token; only sent for the drafts perspective. */
  token?: string;
  /** Attempts per query before giving up (default 4). */
  maxAttempts?: number;
  /** First retry delay in ms, doubled per retry (default 1000). */
  retryDelayMs?: number;
  /** Time one request may take without an answer, in ms (default 30000). */
  timeoutMs?: number;
}

/** Default per-request timeout: with 4 attempts and the backoff, an unreachable Lake fails in about 2 minutes. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Returns a source that runs the site's queries against the Content Lake. */
export function openLakeSource(options: LakeSourceOptions): ContentSource {
  const { projectId, dataset, perspective } = options;
  if (perspective === 'drafts' && !options.token) {
    throw new ContentSourceError(
      `CONTENT_PERSPECTIVE=drafts needs SANITY_API_READ_TOKEN (a Viewer token of project ${projectId}); drafts are not public.`,
    );
  }
  const host = options.apiHost?.replace(/\/+$/, '');
  const timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  const client = createClient({
    projectId,
    dataset,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    perspective: perspective as ClientPerspective,
    // The token never goes out for a published build, so a leaked build log or config cannot expose drafts.
    ...(perspective === 'drafts' ? { token: options.token } : {}),
    // A custom host is taken literally; the client would otherwise put the project id in front of it.
    ...(host ? { apiHost: host, useProjectHostname: false } : {}),
    // Retries are ours: the client's own retry skips 500 and cannot be tuned per build.
    maxRetries: 0,
    // The client's default (300 s, per connect and per silence) would hold a build for 20 minutes.
    timeout: timeoutMs,
  });
  const label = `Content Lake project "${projectId}", dataset "${dataset}" at ${host ?? `https://${projectId}.api.sanity.io`}`;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const baseDelay = Math.max(0, options.retryDelayMs ?? 1000);

  async function query(name: string, groq: string, params: Record<string, unknown> = {}): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      let failure: { status?: number; what: string; error?: unknown };
      try {
        // The whole body, so an answer without `result` (an HTML error page, a cut-off body) is seen
        // as such instead of silently becoming `undefined`.
        const body: unknown = await client.fetch(groq, params, { perspective: perspective as ClientPerspective, filterResponse: false });
        if (body && typeof body === 'object' && !Array.isArray(body) && 'result' in body) return (body as { result: unknown }).result;
        failure = { what: `an answer that is not the query API's JSON: ${describeAnswer(body)}` };
      } catch (error) {
        const status = statusOf(error);
        if (status !== undefined && status !== 429 && status < 500) {
          throw new ContentSourceError(`${label}: query "${name}" failed (HTTP ${status}). ${advice(status)}`);
        }
        failure = { status, error, what: status === undefined ? networkProblem(error, timeoutMs) : `HTTP ${status}` };
      }
      if (attempt >= maxAttempts) {
        const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
        throw new ContentSourceError(`${label}: query "${name}" failed${tries} (${failure.what}). ${advice(failure.status)}`);
      }
      const wait = Math.max(baseDelay * 2 ** (attempt - 1), retryAfterMs(failure.error));
      console.warn(`[content] ${label}: query "${name}" got ${failure.what}; retry ${attempt} of ${maxAttempts - 1} in ${wait} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** The listener on every document, ids and revisions only; events come once queries see the change. */
  function watch(changed: (change: SourceChange) => void, lost: () => void): () => void {
    const events = client.listen(
      '*',
      {},
      { events: ['welcome', 'mutation', 'reconnect'], includeResult: false, visibility: 'query', tag: 'preview' },
    );
    const subscription = events.subscribe({
      next: (event) => {
        if (event.type === 'mutation' && event.resultRev) changed({ id: event.documentId, rev: event.resultRev });
        // Reconnecting: changes made meanwhile were not reported.
        else if (event.type === 'reconnect') lost();
      },
      error: () => lost(),
    });
    return () => subscription.unsubscribe();
  }

  return { kind: 'lake', label, perspective, images: { projectId, dataset }, query, watch };
}

/** Names a failure without an HTTP status: a timeout says which setting to raise. */
function networkProblem(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string };
  if (e?.name === 'TimeoutError' || /aborted due to timeout|timed out/i.test(e?.message ?? '')) {
    return `no answer within ${timeoutMs} ms (SANITY_REQUEST_TIMEOUT_MS)`;
  }
  return `network error: ${e?.message ?? String(error)}`;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Honours a Retry-After (seconds) answer to 429/503, capped so a build cannot hang for long. */
function retryAfterMs(error: unknown): number {
  const headers = (error as { response?: { headers?: Record<string, string> } } | undefined)?.response?.headers;
  const raw = headers?.['retry-after'];
  const seconds = raw ? Number(raw) : NaN;
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, 30_000) : 0;
}

function advice(status: number | undefined): string {
  if (status === undefined) return 'Check the network and SANITY_API_HOST, then build again.';
  if (status === 401 || status === 403) return 'Check SANITY_API_READ_TOKEN and that the dataset is readable with it.';
  if (status === 404) return 'Check SANITY_PROJECT_ID and SANITY_DATASET.';
  if (status === 429) return 'The API kept rate-limiting; build again later.';
  if (status >= 500) return 'The Content Lake kept failing; check https://www.sanity-status.com and build again.';
  return 'Check the query and the API version.';
}
