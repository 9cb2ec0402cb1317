// HTTP basic auth for the preview server (PREVIEW_BASIC_AUTH=user:password): drafts are not public,
// so the server checks every request itself instead of trusting a proxy in front of it.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

export interface Credentials {
  user: string;
  password: string;
}

/** The address the preview server listens on when HOST is not set (as Astro's Node adapter). */
export const DEFAULT_HOST = 'localhost';

const FORMAT = 'PREVIEW_BASIC_AUTH must be "user:password" (both parts non-empty), e.g. PREVIEW_BASIC_AUTH=redactie:een-lang-wachtwoord.';

/** Parses PREVIEW_BASIC_AUTH; undefined when unset or blank; throws with the fix when malformed. */
export function parseBasicAuthSetting(raw: string | undefined): Credentials | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const colon = value.indexOf(':');
  if (colon < 1 || colon === value.length - 1) throw new Error(FORMAT);
  return { user: value.slice(0, colon), password: value.slice(colon + 1) };
}

/** True when `host` (a HOST setting) only reaches this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  if (name === 'localhost') return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) === 6) return name === '::1' || /^::ffff:127\./.test(name) || /^(0:){7}0*1$/.test(name);
  return false;
}

/**
 * The credentials every visitor must give, from PREVIEW_BASIC_AUTH. Only a server that listens on a
 * loopback address (your own machine) may run without them: anywhere else drafts would be public,
 * so a missing, blank or malformed setting throws with the fix.
 */
export function requiredCredentials(env: NodeJS.ProcessEnv): Credentials | undefined {
  const credentials = parseBasicAuthSetting(env.PREVIEW_BASIC_AUTH);
  const host = env.HOST?.trim() || DEFAULT_HOST;
  if (!credentials && !isLoopbackHost(host)) {
    throw new Error(
      `PREVIEW_BASIC_AUTH is not set, but HOST=${host} lets other machines reach the drafts. ${FORMAT} Only a server on your own machine (HOST=localhost or 127.0.0.1) may run without it.`,
    );
  }
  return credentials;
}

/** Digests compared in constant time, so the answer's timing tells nothing about the password. */
function same(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** What an Authorization header amounts to: no basic credentials, the right ones, or wrong ones. */
export type SignInAttempt = 'none' | 'right' | 'wrong-user' | 'wrong-password';

/** Judges an Authorization header against the expected credentials. */
export function signInAttempt(header: string | null, expected: Credentials): SignInAttempt {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return header?.trim() ? 'wrong-user' : 'none';
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'wrong-user';
  // Both parts are always compared, so a wrong user name takes as long as a wrong password.
  const userOk = same(decoded.slice(0, colon), expected.user);
  const passwordOk = same(decoded.slice(colon + 1), expected.password);
  return !userOk ? 'wrong-user' : passwordOk ? 'right' : 'wrong-password';
}
