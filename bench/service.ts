// The service under load: `npm run service`'s entry as its own process against a PostgreSQL server
// on this machine (fsync on, as in production) and, for comparison, PGlite. Two measures:
// - latency at a fixed rate: an open-loop generator starts 200 feedback posts a second whatever the
//   answers do, and times each from the moment it was due (so a stall counts fully, no coordinated
//   omission); p50/p95/p99 over every post;
// - the throughput limit: autocannon with many connections posting as fast as answers come back.
// The load generator runs on the same two cores as the service and the database, so the figures
// are a floor for a real host. Rate limits are raised for the run; everything else is as shipped.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { postgresBinDir, startTestPostgres } from '../tools/postgres.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Latency at a fixed rate. */
export interface RateResult {
  ratePerS: number;
  durationS: number;
  sent: number;
  /** Answers other than the 303 to the thank-you page (errors included). */
  failed: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The most feedback posts a second the service answers. */
export interface LimitResult {
  connections: number;
  durationS: number;
  requestsPerS: number;
  non2xx3xx: number;
  p50Ms: number;
  p99Ms: number;
}

/** One store's figures. */
export interface ServiceBenchStore {
  store: string;
  rate?: RateResult;
  limit?: LimitResult;
  error?: string;
}

const FEEDBACK = new URLSearchParams({
  useful: 'no',
  page: '/gidsen/energie-besparen-in-je-winkel/',
  docId: 'guide-energie-besparen',
  comment: 'De tabel met kosten mist de prijs van ledverlichting. Bel me op 06-12345678.',
}).toString();

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

/** Starts the service as a child process and waits until /healthz answers. */
async function startService(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = 6400 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, [path.join(ROOT, 'service/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      SERVICE_PORT: String(port),
      SITE_URL: 'https://bench.example',
      SERVICE_LIMIT_FEEDBACK: '1000000',
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`The service exited (${child.exitCode}) before it answered /healthz.`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error('The service did not answer /healthz within two minutes.');
}

/** Posts `rate` feedback answers a second for `seconds`, each timed from when it was due. */
async function fixedRate(url: string, rate: number, seconds: number): Promise<RateResult> {
  const total = rate * seconds;
  const latencies: number[] = [];
  let failed = 0;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      fetch(`${url}/feedback?lang=nl`, {
        method: 'POST',
        body: FEEDBACK,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        redirect: 'manual',
      }).then(
        async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - due);
          if (response.status !== 303) failed++;
        },
        () => {
          latencies.push(performance.now() - due);
          failed++;
        },
      ),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return {
    ratePerS: rate,
    durationS: seconds,
    sent: total,
    failed,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? 0),
  };
}

/** As many posts as `connections` connections get answered in `seconds`. */
async function throughput(url: string, connections: number, seconds: number): Promise<LimitResult> {
  const result = await autocannon({
    url: `${url}/feedback?lang=nl`,
    method: 'POST',
    body: FEEDBACK,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    connections,
    duration: seconds,
  });
  return {
    connections,
    durationS: seconds,
    requestsPerS: Math.round(result.requests.average),
    non2xx3xx: result.non2xx - result['3xx'],
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
  };
}

/** Measures one store. */
async function measureStore(store: string, env: Record<string, string>, seconds: number): Promise<ServiceBenchStore> {
  const { url, child } = await startService({ ...env, SERVICE_MAIL_DIR: path.join(os.tmpdir(), 'mkb010-bench-mail') });
  try {
    // A short warm-up: connections, JIT, the first pages of the tables.
    await fixedRate(url, 50, 2);
    const rate = await fixedRate(url, 200, seconds);
    const limit = await throughput(url, 32, seconds);
    return { store, rate, limit };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** The service section of the bench: PostgreSQL (the goal) and PGlite (for comparison). */
export async function measureService(seconds = 20, log: (msg: string) => void = console.log): Promise<ServiceBenchStore[]> {
  const results: ServiceBenchStore[] = [];
  const pg = await startTestPostgres({ durable: true });
  try {
    log('service: feedback posts against PostgreSQL (fsync on)');
    const version = `PostgreSQL ${path.basename(path.dirname(postgresBinDir() ?? ''))} (Debian; fsync on; same machine)`;
    results.push(
      await measureStore(version, { DATABASE_URL: pg.url }, seconds).catch((e: Error) => ({ store: version, error: e.message })),
    );
  } finally {
    await pg.stop();
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mkb010-bench-pglite-'));
  try {
    log('service: feedback posts against PGlite');
    results.push(
      await measureStore('PGlite (embedded default)', { SERVICE_DATA_DIR: dir }, seconds).catch((e: Error) => ({
        store: 'PGlite (embedded default)',
        error: e.message,
      })),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.main) {
  const results = await measureService(Number(process.argv[2] ?? 20));
  console.log(JSON.stringify(results, null, 2));
}
