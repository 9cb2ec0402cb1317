// Which tier a test file belongs to, read from what the file does, so a new test file lands in the
// right tier without a list to keep up to date:
// - browser: it drives Chromium (tools/browser.ts);
// - site: it needs a built site, the preview server, or starts a program (astro, sanity, npm);
// - service: it runs the service against PostgreSQL (PGlite and a real server) and an SMTP server;
// - unit: everything else: in-process, no build, no database, seconds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Tier = 'unit' | 'site' | 'service' | 'browser';

const BROWSER = /\blaunchBrowser\(/;
const SERVICE = /\b(startTestService|spawnService|testDatabase|startTestPostgres|createTestDatabase)\(/;
const SITE = /\b(seedSite|draftSite|buildSite|startPreviewServer|runBench)\(|node:child_process/;

/** Returns the tier of a test file from its source text. */
export function testTier(source: string): Tier {
  if (BROWSER.test(source)) return 'browser';
  if (SITE.test(source)) return 'site';
  if (SERVICE.test(source)) return 'service';
  return 'unit';
}

/** Returns the test files under `testsDir` (relative to `root`) of one tier. */
export function testFilesOfTier(root: string, testsDir: string, tier: Tier): string[] {
  return readdirSync(path.join(root, testsDir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(testsDir, f).split(path.sep).join('/'))
    .filter((f) => testTier(readFileSync(path.join(root, f), 'utf8')) === tier)
    .sort();
}
