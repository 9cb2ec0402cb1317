// A draft preview build must not invite search engines: no sitemap, robots.txt disallows everything.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DraftSite, draftSite } from '../setup/draft-site.ts';

describe('feeds of a preview build', () => {
  let build: DraftSite;
  beforeAll(async () => {
    build = await draftSite();
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
