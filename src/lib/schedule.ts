// Publish windows. A campaign is public while publishFrom <= now < publishUntil; an empty bound is open.

export interface PublishWindow {
  publishFrom?: string | null;
  publishUntil?: string | null;
}

/** True when the window is open at `now`. */
export function isLive(window: PublishWindow, now: Date): boolean {
  const t = now.getTime();
  if (window.publishFrom && t < Date.parse(window.publishFrom)) return false;
  if (window.publishUntil && t >= Date.parse(window.publishUntil)) return false;
  return true;
}

/** Where a window stands at `now`: not yet started, live, or ended. */
export function windowState(window: PublishWindow, now: Date): 'scheduled' | 'live' | 'ended' {
  if (window.publishFrom && now.getTime() < Date.parse(window.publishFrom)) return 'scheduled';
  if (window.publishUntil && now.getTime() >= Date.parse(window.publishUntil)) return 'ended';
  return 'live';
}
