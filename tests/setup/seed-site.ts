// The site built from the seed, made once per test run by the global setup of the site and browser
// tiers (tests/setup/site-builds.ts) when a test first asks for it, and shared by every test file.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { ROOT } from '../helpers/build.ts';

export interface SeedSite {
  /** The built site. */
  outDir: string;
  /** Content report and schedule of that build. */
  reportDir: string;
  /** The SITE_NOW the seed site was built at (noon in Amsterdam on the seed's anchor day). */
  now: string;
  /** The seed's anchor day (YYYY-MM-DD). */
  anchor: string;
  /** The build's log, stdout and stderr. */
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the run's shared builds; each writes `<name>.json` when done or `<name>.failed` when not. */
    siteBuildsDir: string;
  }
}

/** The SITE_NOW that matches the seed: noon on its anchor day, Amsterdam time. */
export async function seedNow(): Promise<{ anchor: string; now: string }> {
  const meta = JSON.parse(await readFile(path.join(ROOT, 'studio/seed/meta.json'), 'utf8'));
  const anchor: string = meta.anchor;
  // Noon in Amsterdam is 11:00 or 10:00 UTC; 11:00Z is safely inside the anchor day either way.
  return { anchor, now: `${anchor}T11:00:00.000Z` };
}

/**
 * One of the run's shared sites: asks the global setup for it (the first asker starts the build)
 * and waits until it is built.
 */
export async function sharedBuild<T>(name: string): Promise<T> {
  const dir = inject('siteBuildsDir');
  if (!dir) throw new Error(`No shared builds in this tier: "${name}" is built for the site and browser tiers only.`);
  await writeFile(path.join(dir, `${name}.wanted`), '');
  const ready = path.join(dir, `${name}.json`);
  const failed = path.join(dir, `${name}.failed`);
  for (;;) {
    if (existsSync(ready)) return JSON.parse(await readFile(ready, 'utf8')) as T;
    if (existsSync(failed)) throw new Error(await readFile(failed, 'utf8'));
    await sleep(250);
  }
}

/** The seed site of this test run. */
export function seedSite(): Promise<SeedSite> {
  return sharedBuild<SeedSite>('seed');
}
