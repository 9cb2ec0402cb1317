// The build's one "now". Whether a campaign is live, a scheme closed or an event over is decided at
// one moment per build: SITE_NOW, or the clock when the build starts. The content loader (which
// leaves out campaigns outside their window), every page and the schedule read that same moment
// through the build's hand-over, so no page judges "live" a few seconds later than another.
import { siteNow } from './build-env.ts';
import { buildHandover } from './build-handover.ts';

/** Fixes this build's "now" (SITE_NOW or the clock) for every part of the build; returns it. */
export function fixBuildNow(env: NodeJS.ProcessEnv = process.env): Date {
  const now = siteNow(env);
  buildHandover().now = now;
  return now;
}

/** This build's "now": the moment fixed when the build started, or on first use outside a build. */
export function buildNow(): Date {
  return buildHandover().now ?? fixBuildNow();
}
