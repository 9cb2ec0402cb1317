// The site built from the seed, shared by every test file of one run and built only when a test
// asks for it: a unit-test run never builds it. The global setup only makes a folder for the run;
// the first worker that calls seedSite() builds into it while the others wait for it.
import { mkdir, readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from '../helpers/build.ts';

export interface SeedSite {
  /** The built site. */
  outDir: string;
  /** Content report and schedule of that build. */
  reportDir: string;
  /** The SITE_NOW the seed site was built at (noon in Amsterdam on the seed's anchor day). */
  now: string;
  /** The seed's anchor day (YYYY-MM-DD). */
  anchor: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    seedSiteDir: string;
  }
}

/** The SITE_NOW that matches the seed: noon on its anchor day, Amsterdam time. */
export async function seedNow(): Promise<{ anchor: string; now: string }> {
  const meta = JSON.parse(await readFile(path.join(ROOT, 'studio/seed/meta.json'), 'utf8'));
  const anchor: string = meta.anchor;
  // Noon in Amsterdam is 11:00 or 10:00 UTC; 11:00Z is safely inside the anchor day either way.
  return { anchor, now: `${anchor}T11:00:00.000Z` };
}

async function build(dir: string): Promise<SeedSite> {
  const { anchor, now } = await seedNow();
  const result = await buildSite({
    outDir: path.join(dir, 'dist'),
    reportDir: path.join(dir, 'reports'),
    env: { SITE_NOW: now, CONTENT_FILE: undefined, SANITY_PROJECT_ID: undefined },
  });
  if (result.code !== 0) throw new Error(`Building the seed site failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  return { outDir: result.outDir, reportDir: result.reportDir, now, anchor };
}

let site: Promise<SeedSite> | undefined;

/** The seed site of this test run, built by the first test file that asks. */
export function seedSite(): Promise<SeedSite> {
  site ??= (async () => {
    const dir = inject('seedSiteDir');
    const ready = path.join(dir, 'ready.json');
    const failed = path.join(dir, 'failed.txt');
    // mkdir is atomic: exactly one worker takes the lock and builds.
    const builder = await mkdir(path.join(dir, 'lock')).then(
      () => true,
      () => false,
    );
    if (builder) {
      try {
        const built = await build(dir);
        await writeFile(ready, JSON.stringify(built));
        return built;
      } catch (error) {
        await writeFile(failed, error instanceof Error ? error.message : String(error));
        throw error;
      }
    }
    for (;;) {
      if (existsSync(ready)) return JSON.parse(await readFile(ready, 'utf8')) as SeedSite;
      if (existsSync(failed)) throw new Error(await readFile(failed, 'utf8'));
      await sleep(250);
    }
  })();
  return site;
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'mkb-seed-site-'));
  project.provide('seedSiteDir', dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
