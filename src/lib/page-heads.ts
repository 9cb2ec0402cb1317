// What each rendered page's <head> says about itself for the sitemap (hreflang alternates and
// noindex), recorded by the layout while the page renders, so the sitemap does not have to read
// and parse every built page again. The record passes through the build's hand-over
// (build-handover.ts), because the page bundle and the integrations are separate module instances.
import { buildHandover } from './build-handover.ts';

/** One hreflang alternate, as the sitemap writes it. */
export interface HeadAlternate {
  lang: string;
  url: string;
}

/** What a page's head declares: noindex, and its hreflang alternates (empty when it has none). */
export interface RecordedHead {
  noindex: boolean;
  alternates: HeadAlternate[];
}

function registry(): Map<string, RecordedHead> {
  const handover = buildHandover();
  handover.pageHeads ??= new Map();
  return handover.pageHeads;
}

/** Same key for `/gidsen/café/` and `/gidsen/caf%C3%A9/`. */
function keyOf(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** Records the head of the page rendered at `pathname`. */
export function recordPageHead(pathname: string, head: RecordedHead): void {
  registry().set(keyOf(pathname), head);
}

/** The head recorded for `pathname` in this build, if the layout recorded one. */
export function recordedPageHead(pathname: string): RecordedHead | undefined {
  return registry().get(keyOf(pathname));
}

/** Forgets every record; called when a build starts, so a second build in one process starts clean. */
export function clearPageHeads(): void {
  registry().clear();
}
