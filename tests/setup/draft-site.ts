// The run's one draft preview build (CONTENT_PERSPECTIVE=drafts), shared by every test about draft
// builds: made by the global setup (tests/setup/site-builds.ts) from the publishing fixture through
// the Content Lake stand-in with a read token, before the fixture's campaign starts.
import path from 'node:path';
import { ROOT } from '../helpers/build.ts';
import { sharedBuild } from './seed-site.ts';

/** The dataset the draft site is built from. */
export const DRAFT_FIXTURE = path.join(ROOT, 'tests/fixtures/publishing/site.ndjson');
/** Before the fixture's campaign starts: it is scheduled, so only a preview shows it. */
export const DRAFT_NOW = '2026-03-01T12:00:00.000Z';
/** Recognisable, so a leak anywhere in the built site is found by a plain search. */
export const DRAFT_TOKEN = 'skPreviewFAKE7c1e0b5d9a3f4e2b8c6d0a1f3e5b7c9d';

export interface DraftSite {
  /** The built preview site. */
  outDir: string;
  /** Its content report and schedule. */
  reportDir: string;
  /** The build's log, stdout and stderr. */
  output: string;
  /** What the build asked the Content Lake stand-in: the perspective and answer of each query. */
  requests: { perspective: string; status: number }[];
}

/** The draft preview site of this test run. */
export function draftSite(): Promise<DraftSite> {
  return sharedBuild<DraftSite>('drafts');
}
