// HTTP basic auth for the preview server (PREVIEW_BASIC_AUTH=user:password): drafts are not public,
// so the server checks every request itself instead of trusting a proxy in front of it.
import { createHash, timingSafeEqual } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

/** Parses PREVIEW_BASIC_AUTH; undefined when unset; throws with the fix when malformed. */
export function parseBasicAuthSetting(raw: string | undefined): Credentials | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const colon = value.indexOf(':');
  if (colon < 1 || colon === value.length - 1) {
    throw new Error(
      'PREVIEW_BASIC_AUTH must be "user:password" (both parts non-empty), e.g. PREVIEW_BASIC_AUTH=redactie:een-lang-wachtwoord.',
    );
  }
  return { user: value.slice(0, colon), password: value.slice(colon + 1) };
}

/** Digests compared in constant time, so the answer's timing tells nothing about the password. */
function same(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** True when an Authorization header carries exactly these credentials. */
export function isAuthorised(header: string | null, expected: Credentials): boolean {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  // Both parts are always compared, so a wrong user name takes as long as a wrong password.
  const userOk = same(decoded.slice(0, colon), expected.user);
  const passwordOk = same(decoded.slice(colon + 1), expected.password);
  return userOk && passwordOk;
}
