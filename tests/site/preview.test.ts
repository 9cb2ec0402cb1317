// A draft preview build (CONTENT_PERSPECTIVE=drafts) says so on every page and asks search
// engines to stay away.
import { beforeAll, describe, expect, it } from 'vitest';
import { type DraftSite, draftSite } from '../setup/draft-site.ts';
import { builtPaths, readPage, text } from './html.ts';

let build: DraftSite;
let pages: string[] = [];

beforeAll(async () => {
  build = await draftSite();
  pages = await builtPaths(build.outDir);
});

describe('preview build', () => {
  it('shows a visible preview banner and noindex on every page', async () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      const page = await readPage(build.outDir, p);
      expect(page.robots, p).toBe('noindex');
      const banner = page.all.find((e) => e.attrs.some((a) => a.name === 'class' && a.value.includes('preview-banner')));
      expect(banner && text(banner), p).toContain('Voorbeeld / Preview');
    }
  });
});
