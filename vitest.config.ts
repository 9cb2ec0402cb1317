import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Site builds are CPU-heavy; two test files at a time suit this 2-core machine.
    maxWorkers: 2,
    globalSetup: ['tests/setup/seed-site.ts'],
  },
});
