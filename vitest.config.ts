import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { type Tier, testFilesOfTier } from './tests/setup/tiers.ts';

const ROOT = import.meta.dirname;

/** The test files of one tier; tests/components compile .astro files: their own project on Astro's Vite config (below). */
const filesOf = (name: Tier) => testFilesOfTier(ROOT, 'tests', name).filter((f) => !f.startsWith('tests/components/'));

/** One tier of the suite as a vitest project; its files are those whose source puts them in it. */
function tier(name: Tier, globalSetup: string[] = []) {
  return { extends: true as const, test: { name, include: filesOf(name), globalSetup } };
}

// The unit tier's files run in one shared module graph per worker (isolate: false): most of the
// tier's time went to importing the same Studio schema, Sanity and zod modules again for every file.
// A file that replaces a module (vi.mock) needs a graph of its own: it runs in 'unit-isolated'.
// `npm run test:unit` runs both (--project 'unit*').
const MOCKS_MODULES = /\bvi\.(mock|doMock)\(/;
const unitFiles = filesOf('unit');
const mocking = unitFiles.filter((f) => MOCKS_MODULES.test(readFileSync(path.join(ROOT, f), 'utf8')));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Site builds are CPU-heavy; two test files at a time suit this 2-core machine.
    maxWorkers: 2,
    // `npm run test:unit` runs the first two; `npm test` all of them (docs/testing.md).
    projects: [
      { extends: true, test: { name: 'unit', include: unitFiles.filter((f) => !mocking.includes(f)), isolate: false } },
      { extends: true, test: { name: 'unit-isolated', include: mocking } },
      tier('site', ['tests/setup/site-builds.ts', 'tests/setup/postgres.ts']),
      tier('service', ['tests/setup/postgres.ts']),
      tier('browser', ['tests/setup/site-builds.ts', 'tests/setup/postgres.ts']),
      'tests/components/vitest.config.ts',
    ],
  },
});
