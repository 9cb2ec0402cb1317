import { defineConfig } from 'vitest/config';
import { type Tier, testFilesOfTier } from './tests/setup/tiers.ts';

const ROOT = import.meta.dirname;

/** One tier of the suite as a vitest project; its files are those whose source puts them in it. */
function tier(name: Tier, globalSetup: string[] = []) {
  return {
    extends: true as const,
    // tests/components compile .astro files: their own project on Astro's Vite config (below).
    test: { name, include: testFilesOfTier(ROOT, 'tests', name).filter((f) => !f.startsWith('tests/components/')), globalSetup },
  };
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Site builds are CPU-heavy; two test files at a time suit this 2-core machine.
    maxWorkers: 2,
    // `npm run test:unit` runs the first; `npm test` all of them (docs/testing.md).
    projects: [
      tier('unit'),
      tier('site', ['tests/setup/site-builds.ts', 'tests/setup/postgres.ts']),
      tier('service', ['tests/setup/postgres.ts']),
      tier('browser', ['tests/setup/site-builds.ts', 'tests/setup/postgres.ts']),
      'tests/components/vitest.config.ts',
    ],
  },
});
