// A draft preview build (CONTENT_PERSPECTIVE=drafts) says so on every page and asks search
// engines to stay away.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { builtPaths, readPage, text } from './html.ts';

let build: BuildResult;
let pages: string[] = [];

beforeAll(async () => {
  build = await buildSite({
    env: {
      CONTENT_FILE: path.join(ROOT, 'tests/fixtures/site/xss.ndjson'),
      CONTENT_PERSPECTIVE: 'drafts',
      SITE_NOW: '2026-11-27T11:00:00.000Z',
      SANITY_PROJECT_ID: undefined,
    },
  });
  if (build.code === 0) pages = await builtPaths(build.outDir);
});

describe('preview build', () => {
  it('shows a visible preview banner and noindex on every page', async () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const page = await readPage(build.outDir, p);
      expect(page.robots, p).toBe('noindex');
      const banner = page.all.find((e) => e.attrs.some((a) => a.name === 'class' && a.value.includes('preview-banner')));
      expect(banner && text(banner), p).toContain('Voorbeeld / Preview');
    }
  });
});
