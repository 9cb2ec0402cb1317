// Starts the service for a test: in this process (to move its clock and reach its database) or as
// a child process (`npm run service`'s entry, to kill it), on a free port, with PGlite in a
// temporary folder or a fresh database on a real PostgreSQL server, and mail to a given SMTP URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import {
  configFromEnv,
  publishedContent,
  publishedSchemes,
  type RoutingContent,
  type RunningService,
  type SchemeSource,
  routeRequest,
  startService,
} from '@mkb010/service';
import { createTestDatabase } from '../../tools/postgres.ts';

/** The two stores every behaviour test runs on. */
export const DB_KINDS = ['pglite', 'postgres'] as const;
export type DbKind = (typeof DB_KINDS)[number];

/** The site URL the test service redirects to (with a base path, as on a project site). */
export const TEST_SITE_URL = 'https://site.example/mkb010';
export const TEST_SITE_ORIGIN = 'https://site.example';
export const TEST_REPORT_TOKEN = 'test-report-token-3f9a';

/** Published content for routing: partners with and without an intake address, and what they own. */
export const TEST_ROUTING: RoutingContent = {
  programme: { name: 'MKB010>>Next', address: 'programma@mkb010.example' },
  partners: [
    { _id: 'partner-havenkring', name: 'Havenkring MKB', intakeEmail: 'intake@havenkring.example' },
    { _id: 'partner-zonder', name: 'Zonder Intake BV' },
  ],
  docs: [
    {
      _id: 'scheme-energielening',
      _type: 'scheme',
      title: { nl: 'Energiebespaarlening', en: 'Energy saving loan' },
      providerPartner: { _ref: 'partner-havenkring' },
    },
    {
      _id: 'guide-webshop',
      _type: 'guide',
      title: { nl: 'Veilig een webshop', en: 'Veilig een webshop' },
      partner: { _ref: 'partner-zonder' },
    },
  ],
};

// A fresh PGlite folder costs an initdb in WebAssembly (seconds, tens on a busy machine); tests
// copy one empty cluster made once per PGlite version instead.
const PGLITE_VERSION = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json'), 'utf8'),
).version;
const PGLITE_TEMPLATE = path.join(os.tmpdir(), `mkb010-pglite-template-${PGLITE_VERSION}`);

/** The empty PGlite cluster tests copy, made when missing (two test workers may race: the first rename wins). */
async function pgliteTemplate(): Promise<string> {
  if (existsSync(PGLITE_TEMPLATE)) return PGLITE_TEMPLATE;
  const staging = await mkdtemp(`${PGLITE_TEMPLATE}-staging-`);
  const db = await PGlite.create(staging);
  await db.close();
  await rename(staging, PGLITE_TEMPLATE).catch(() => rm(staging, { recursive: true, force: true }));
  return PGLITE_TEMPLATE;
}

/** A database of the kind asked for, as SERVICE/DATABASE settings, with a way to throw it away. */
export async function testDatabase(kind: DbKind): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (kind === 'postgres') {
    const db = await createTestDatabase();
    return { env: { DATABASE_URL: db.url }, drop: db.drop };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mkb010-pglite-'));
  await cp(await pgliteTemplate(), dir, { recursive: true });
  return { env: { SERVICE_DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
}

/** The environment a test service starts with; `extra` overrides. */
export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    SERVICE_PORT: '0',
    SITE_URL: TEST_SITE_URL,
    SERVICE_REPORT_TOKEN: TEST_REPORT_TOKEN,
    OUTBOX_RETRY_MS: '50',
    OUTBOX_RETRY_MAX_MS: '400',
    OUTBOX_POLL_MS: '200',
    ...extra,
  };
}

/** A service started in this process. */
export interface TestService extends RunningService {
  /** The environment it started with, its database included: for a command run beside it (`npm run alerts:send`). */
  env: Record<string, string>;
  /** Posts a form (urlencoded) to `endpoint`; never follows redirects. */
  post(endpoint: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
  /** Stops the service and throws its database away. */
  stop(): Promise<void>;
}

/** Starts the service in this process on `kind`'s store. */
export async function startTestService(
  kind: DbKind,
  options: {
    env?: Record<string, string>;
    clock?: () => Date;
    routing?: RoutingContent | 'published';
    /** Wraps the published schemes alerts read (a test takes one off the site, or moves a deadline); default as they are. */
    schemes?: (published: SchemeSource) => SchemeSource;
  } = {},
): Promise<TestService> {
  const db = await testDatabase(kind);
  const routing = options.routing ?? TEST_ROUTING;
  const env = { ...testEnv(options.env), ...db.env };
  const config = configFromEnv(env);
  // The published content of the source the environment names (CONTENT_FILE, default the seed).
  const content = publishedContent(config, env);
  const service = await startService(config, {
    content,
    // 'published': routing from that content, as the service runs; else the given routing.
    directory: routing === 'published' ? undefined : { route: async (docId) => routeRequest(routing, docId) },
    // Alerts read that content's schemes.
    schemes: options.schemes?.(publishedSchemes(content)),
    clock: options.clock,
    logger: false,
  });
  return {
    ...service,
    env,
    post: (endpoint, fields, headers = {}) =>
      fetch(`${service.url}${endpoint}`, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        redirect: 'manual',
      }),
    stop: async () => {
      await service.close();
      await db.drop();
    },
  };
}

/** The service as a child process running `npm run service`'s entry. */
export interface ChildService {
  url: string;
  process: ChildProcess;
  /** Resolves when the process has ended. */
  exited: Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Starts `service/src/main.ts` with `env` and waits for its "listening" line. */
export async function spawnService(env: Record<string, string>): Promise<ChildService> {
  const child = spawn(process.execPath, [path.join(ROOT, 'service/src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Service listening on (http:\/\/\S+?) \(/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`The service exited (${code}) before it listened:\n${output}`)));
  });
  return { url, process: child, exited };
}
