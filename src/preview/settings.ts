// The preview server's own settings from its environment; checked when it starts, so a typo stops
// the server with a message instead of serving something unexpected.

/** The promise to editors: a draft change shows within this many milliseconds. */
const MAX_CACHE_MS = 5000;

/** How long Content Lake content is reused (PREVIEW_CACHE_MS, default 2000, at most 5000). */
export function previewCacheMs(env: NodeJS.ProcessEnv): number {
  const raw = env.PREVIEW_CACHE_MS?.trim();
  if (!raw) return 2000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_CACHE_MS) {
    throw new Error(
      `PREVIEW_CACHE_MS="${raw}" must be a whole number of milliseconds from 0 to ${MAX_CACHE_MS}, so a draft change shows within 5 seconds.`,
    );
  }
  return ms;
}
