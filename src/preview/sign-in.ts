// The preview server's door: every request must carry PREVIEW_BASIC_AUTH's credentials. Failed
// sign-ins are counted per client address; after too many in a minute that address is refused for
// the rest of the minute without its guesses being checked, and each failure is logged (the
// address and what was wrong, never what was typed).
import { requiredCredentials, signInAttempt } from './basic-auth.ts';

/** Failed sign-ins an address may make in one window before it is refused. */
export const FAILED_SIGN_IN_LIMIT = 10;
/** The window failed sign-ins are counted in. */
export const FAILED_SIGN_IN_WINDOW_MS = 60_000;
/** Addresses remembered at most, so a flood of addresses cannot fill the memory. */
const MAX_ADDRESSES = 10_000;

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

export interface SignInGateOptions {
  limit?: number;
  windowMs?: number;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
  /** Where a failed sign-in is reported (default: the server log). */
  log?: (line: string) => void;
}

export interface SignInGate {
  /** Undefined when the request may pass; otherwise the answer it gets (401, 429, or 500 for a broken setting). */
  check(request: Request, clientAddress: string, env: NodeJS.ProcessEnv): Response | undefined;
}

/** A gate with its own count of failed sign-ins per address. */
export function createSignInGate(options: SignInGateOptions = {}): SignInGate {
  const limit = options.limit ?? FAILED_SIGN_IN_LIMIT;
  const windowMs = options.windowMs ?? FAILED_SIGN_IN_WINDOW_MS;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.warn(line));
  const failures = new Map<string, number[]>();

  /** The failures of `address` still inside the window (older ones forgotten). */
  const recent = (address: string, at: number): number[] => {
    const kept = (failures.get(address) ?? []).filter((t) => at - t < windowMs);
    if (kept.length) failures.set(address, kept);
    else failures.delete(address);
    return kept;
  };

  const remember = (address: string, at: number, times: number[]) => {
    failures.delete(address);
    failures.set(address, [...times, at]);
    if (failures.size <= MAX_ADDRESSES) return;
    for (const key of failures.keys()) recent(key, at);
    // Still full: forget the addresses whose last failure is oldest (a Map keeps insertion order).
    for (const key of failures.keys()) {
      if (failures.size <= MAX_ADDRESSES) break;
      failures.delete(key);
    }
  };

  return {
    check(request, clientAddress, env) {
      let credentials: ReturnType<typeof requiredCredentials>;
      try {
        credentials = requiredCredentials(env);
      } catch (error) {
        // Fail closed: a broken setting never opens the drafts to everyone.
        return new Response(`${(error as Error).message}\n`, { status: 500, headers: TEXT });
      }
      if (!credentials) return undefined;
      const header = request.headers.get('authorization');
      const at = now();
      const times = recent(clientAddress, at);
      if (header && times.length >= limit) {
        const seconds = Math.max(1, Math.ceil((times[0]! + windowMs - at) / 1000));
        return new Response(
          `Te veel mislukte pogingen om in te loggen. Probeer het over ${seconds} seconden opnieuw. / Too many failed sign-ins. Try again in ${seconds} seconds.\n`,
          { status: 429, headers: { ...TEXT, 'retry-after': String(seconds) } },
        );
      }
      const attempt = signInAttempt(header, credentials);
      if (attempt === 'right') return undefined;
      if (attempt !== 'none') {
        remember(clientAddress, at, times);
        const what = attempt === 'wrong-password' ? 'wrong password' : 'unknown user name';
        const refused = times.length + 1 >= limit ? `; refused for ${Math.round(windowMs / 1000)} s` : '';
        log(`[preview] Failed sign-in from ${clientAddress} (${what}), ${times.length + 1} of ${limit} allowed per minute${refused}`);
      }
      return new Response('Inloggen nodig voor het voorbeeld. / Sign in to see the preview.\n', {
        status: 401,
        headers: { ...TEXT, 'www-authenticate': 'Basic realm="MKB010 preview", charset="UTF-8"' },
      });
    },
  };
}
