// The service's settings, read from its environment once at start. Every problem names the
// variable and says what to write instead, so a wrong setting stops the start with a clear line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the service workspace (`service/`); its git-ignored data folders sit below it. */
export const SERVICE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The repository (or container) root: relative content settings (`CONTENT_FILE`) resolve against it. */
export const PROJECT_ROOT = path.resolve(SERVICE_ROOT, '..');

/** Requests per hour per client address, per endpoint. */
export interface RateLimits {
  intake: number;
  feedback: number;
  searchSignal: number;
  alerts: number;
}

/** Everything the service needs to start. */
export interface ServiceConfig {
  port: number;
  host: string;
  /** The site's canonical URL (origin plus base path, no trailing slash): redirects, mail links, allowed Origin. */
  siteUrl: string;
  /** `postgres://…` for a server; otherwise the PGlite data folder. */
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  /** `smtp://…` / `smtps://…`; otherwise the folder `.eml` files are written to. */
  mail: { kind: 'smtp'; url: string } | { kind: 'files'; dir: string };
  /** Sender of every mail. */
  mailFrom: string;
  /** Bearer token of the read API; undefined turns the API off (404). */
  reportToken?: string;
  /** Origins of the Studio, whose Redactierapport may read the read API from the browser (with the token). */
  studioOrigins: string[];
  retentionDays: number;
  rateLimits: RateLimits;
  /** Fastify's `trustProxy`: true behind a reverse proxy, so limits count the visitor's address. */
  trustProxy: boolean;
  /** First retry delay of a mail that could not be sent, doubled per attempt up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How often the outbox worker looks for mails another instance queued. */
  pollMs: number;
  /** How long published content is kept in memory before it is read again. */
  contentCacheMs: number;
  /** The service's public address (`SERVICE_URL`), for links in mails; unset: the address it listens on. */
  publicUrl?: string;
  /** Signs confirmation and unsubscribe links; unset: a key the service makes once and keeps in the database. */
  secret?: string;
  /** How often the service runs the alerts job (0: never; then run `npm run alerts:send` from a scheduler). */
  alertsEveryMs: number;
}

/** A setting that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_SITE_URL = 'https://www.mkb010next.nl';

/** Reads the service's settings from `env`; relative folders resolve against `root`. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, root: string = SERVICE_ROOT): ServiceConfig {
  const databaseUrl = text(env, 'DATABASE_URL');
  const smtpUrl = text(env, 'SMTP_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// (for example postgres://user:password@db.example.org:5432/mkb010).`);
  }
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps:// (for example smtps://user:password@mail.example.org:465).`);
  }
  return {
    port: int(env, 'SERVICE_PORT', 4330, 0, 65535),
    host: text(env, 'SERVICE_HOST') ?? '127.0.0.1',
    siteUrl: siteUrl(text(env, 'SITE_URL') ?? DEFAULT_SITE_URL),
    database: databaseUrl
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'pglite', dir: path.resolve(root, text(env, 'SERVICE_DATA_DIR') ?? 'data/pglite') },
    mail: smtpUrl
      ? { kind: 'smtp', url: smtpUrl }
      : { kind: 'files', dir: path.resolve(root, text(env, 'SERVICE_MAIL_DIR') ?? 'data/mail') },
    mailFrom: text(env, 'MAIL_FROM') ?? 'MKB010>>Next <noreply@mkb010next.nl>',
    reportToken: text(env, 'SERVICE_REPORT_TOKEN'),
    studioOrigins: studioOrigins(text(env, 'SERVICE_STUDIO_ORIGIN')),
    retentionDays: int(env, 'SERVICE_RETENTION_DAYS', 90, 1, 3650),
    rateLimits: {
      intake: int(env, 'SERVICE_LIMIT_INTAKE', 5, 1, 1_000_000),
      feedback: int(env, 'SERVICE_LIMIT_FEEDBACK', 60, 1, 1_000_000),
      searchSignal: int(env, 'SERVICE_LIMIT_SEARCH_SIGNAL', 120, 1, 1_000_000),
      alerts: int(env, 'SERVICE_LIMIT_ALERTS', 10, 1, 1_000_000),
    },
    trustProxy: env.SERVICE_TRUST_PROXY === '1' || env.SERVICE_TRUST_PROXY === 'true',
    retryBaseMs: int(env, 'OUTBOX_RETRY_MS', 5_000, 1, 3_600_000),
    retryMaxMs: int(env, 'OUTBOX_RETRY_MAX_MS', 3_600_000, 1, 86_400_000),
    pollMs: int(env, 'OUTBOX_POLL_MS', 5_000, 10, 3_600_000),
    contentCacheMs: int(env, 'SERVICE_CONTENT_CACHE_MS', 180_000, 0, 86_400_000),
    publicUrl: publicUrl(text(env, 'SERVICE_URL')),
    secret: secret(text(env, 'SERVICE_SECRET')),
    alertsEveryMs: int(env, 'SERVICE_ALERTS_EVERY_MS', 300_000, 0, 86_400_000),
  };
}

/** SERVICE_URL: the service's public address, as the site's forms post to it. */
function publicUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `SERVICE_URL="${raw}" is not a URL. Give the service's public address, e.g. SERVICE_URL=https://service.mkb010next.nl.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`SERVICE_URL="${raw}" must start with https:// or http://.`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** SERVICE_SECRET: at least 32 characters, so the links it signs cannot be guessed. */
function secret(raw: string | undefined): string | undefined {
  if (raw !== undefined && raw.length < 32) {
    throw new ConfigError(`SERVICE_SECRET is ${raw.length} characters long; it needs at least 32. Make one with: openssl rand -base64 32`);
  }
  return raw;
}

/** The site URL without its trailing slash; the message says what a good one looks like. */
export function siteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`SITE_URL="${raw}" is not a URL. Use e.g. SITE_URL=https://www.mkb010next.nl.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`SITE_URL="${raw}" must start with https:// or http://.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function text(env: NodeJS.ProcessEnv, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name}="${raw}" is not a whole number from ${min} to ${max}.`);
  }
  return n;
}

/** SERVICE_STUDIO_ORIGIN: space-separated origins (`https://mkb010next.sanity.studio`); each must be an origin. */
function studioOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(/\s+/).map((value) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || url.origin !== value.replace(/\/$/, '')) {
      throw new ConfigError(
        `SERVICE_STUDIO_ORIGIN="${raw}": "${value}" is not an origin. Give the Studio's scheme and host, e.g. SERVICE_STUDIO_ORIGIN=https://mkb010next.sanity.studio.`,
      );
    }
    return url.origin;
  });
}
