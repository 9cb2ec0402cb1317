// Builds the site from the seed once per test run; tests read it through inject('seedSite').
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
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
    seedSite: SeedSite;
  }
}

/** The SITE_NOW that matches the seed: noon on its anchor day, Amsterdam time. */
export async function seedNow(): Promise<{ anchor: string; now: string }> {
  const meta = JSON.parse(await readFile(path.join(ROOT, 'studio/seed/meta.json'), 'utf8'));
  const anchor: string = meta.anchor;
  // Noon in Amsterdam is 11:00 or 10:00 UTC; 11:00Z is safely inside the anchor day either way.
  return { anchor, now: `${anchor}T11:00:00.000Z` };
}

export default async function setup(project: TestProject) {
  const { anchor, now } = await seedNow();
  const result = await buildSite({ env: { SITE_NOW: now, CONTENT_FILE: undefined, SANITY_PROJECT_ID: undefined } });
  if (result.code !== 0) {
    throw new Error(`Building the seed site failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  }
  project.provide('seedSite', { outDir: result.outDir, reportDir: result.reportDir, now, anchor });
  return async () => {
    await rm(path.dirname(result.outDir), { recursive: true, force: true });
  };
}
