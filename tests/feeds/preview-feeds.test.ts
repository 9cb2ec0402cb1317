// A draft preview build must not invite search engines: no sitemap, robots.txt disallows everything.
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/content/site.ndjson');

describe('feeds of a preview build', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildSite({
      env: { CONTENT_FILE: FIXTURE, CONTENT_PERSPECTIVE: 'drafts', SITE_NOW: '2026-03-01T11:00:00.000Z', SANITY_PROJECT_ID: undefined },
    });
    if (build.code !== 0) throw new Error(`Preview build failed (exit ${build.code}):\n${build.output.slice(-3000)}`);
  });
  afterAll(async () => {
    if (build) await rm(path.dirname(build.outDir), { recursive: true, force: true });
  });

  it('writes no sitemap', () => {
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(build.outDir, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(path.join(build.outDir, 'sitemap-0.xml'))).toBe(false);
  });

  it('has a robots.txt that disallows everything and names no sitemap', () => {
    const robots = readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/$/m);
    expect(robots).not.toContain('Sitemap:');
  });
});
