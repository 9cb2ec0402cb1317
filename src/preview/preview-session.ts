// Preview sessions for the Studio's "Voorbeeld" tool (Sanity's Presentation). The Studio and the
// preview server are on different sites, where a frame gets no password prompt, so Presentation opens
// PREVIEW_PATHS.enable with a short-lived secret it wrote to the dataset (@sanity/preview-url-secret).
// The server checks that secret with its own read token and answers with its own session cookie:
// HttpOnly, Secure, SameSite=None (the frame is cross-site) and Partitioned (kept per Studio site, so
// browsers that block third-party cookies keep it too), for as long as the Studio's secret lives.
// The cookie holds an expiry signed with a key that only this process knows; a restart ends sessions.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createClient } from '@sanity/client';
import { validatePreviewUrl } from '@sanity/preview-url-secret';
import { SANITY_API_VERSION } from '@mkb010/content/api';

/** The session cookie's name. */
export const SESSION_COOKIE = 'mkb010_voorbeeld';

/** How long a session lasts: the hour a Studio's preview secret lives. */
const SESSION_SECONDS = 60 * 60;

/** The key sessions are signed with, new for every process. */
const signingKey = randomBytes(32);

/** The signature of a session's expiry. */
function sign(expires: string): string {
  return createHmac('sha256', signingKey).update(expires).digest('base64url');
}

/** A new session value: its expiry in ms and the signature of it. */
export function issueSession(now = Date.now()): string {
  const expires = String(now + SESSION_SECONDS * 1000);
  return `${expires}.${sign(expires)}`;
}

/** True when the request's cookies hold an unexpired session this process signed. */
export function hasSession(cookieHeader: string | null, now = Date.now()): boolean {
  const value = (cookieHeader ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);
  const [expires, signature] = value?.split('.') ?? [];
  if (!expires || !signature || !/^\d+$/.test(expires) || Number(expires) <= now) return false;
  const expected = Buffer.from(sign(expires));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The Set-Cookie value for a session. */
export function sessionCookie(value: string): string {
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${SESSION_SECONDS}; HttpOnly; Secure; SameSite=None; Partitioned`;
}

/** A plain-text answer for people, Dutch first. */
function text(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/** Only a path on this server may be the place to go after enabling (never another site). */
function safePath(path: string | undefined): string {
  return path?.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}

/**
 * The answer to PREVIEW_PATHS.enable: with a valid secret from the Studio, a redirect to the page it
 * asked for with a new session cookie; otherwise 401 saying what to do.
 */
export async function enablePreview(request: Request, env: NodeJS.ProcessEnv): Promise<Response> {
  const projectId = env.SANITY_PROJECT_ID?.trim();
  const token = env.SANITY_API_READ_TOKEN?.trim();
  if (!projectId || !token) {
    return text(
      503,
      'Het voorbeeld in de Studio vraagt een Sanity-project: zet SANITY_PROJECT_ID en SANITY_API_READ_TOKEN. / Previews in the Studio need a Sanity project: set SANITY_PROJECT_ID and SANITY_API_READ_TOKEN.',
    );
  }
  const host = env.SANITY_API_HOST?.trim().replace(/\/+$/, '');
  const client = createClient({
    projectId,
    dataset: env.SANITY_DATASET?.trim() || 'production',
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    token,
    ...(host ? { apiHost: host, useProjectHostname: false } : {}),
  });
  const { isValid, redirectTo } = await validatePreviewUrl(client, request.url).catch((error: unknown) => {
    console.error(`[preview] The Studio's preview secret could not be checked: ${(error as Error).message}`);
    return { isValid: false, redirectTo: undefined };
  });
  if (!isValid) {
    return text(
      401,
      'Deze link naar het voorbeeld is ongeldig of verlopen. Open het voorbeeld opnieuw vanuit de Studio. / This preview link is invalid or has expired. Open the preview again from the Studio.',
    );
  }
  return new Response(null, {
    status: 307,
    headers: { location: safePath(redirectTo), 'set-cookie': sessionCookie(issueSession()), 'cache-control': 'no-store' },
  });
}
