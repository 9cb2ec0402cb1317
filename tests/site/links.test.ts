// A person never meets a dead end: every internal link, image and stylesheet on every built page
// points at a file the build wrote.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedSite } from '../setup/seed-site.ts';

const site = await seedSite();

/** True when a site path is served by a file in the build (directory paths by their index.html). */
function served(files: Set<string>, sitePath: string): boolean {
  const rel = decodeURIComponent(sitePath).replace(/^\//, '');
  return rel === '' || files.has(rel) || files.has(path.posix.join(rel, 'index.html'));
}

describe('internal links', () => {
  it('every href and src on every page leads to a built file', async () => {
    const files = new Set(
      (await readdir(site.outDir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => path.relative(site.outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
    );
    const pages = [...files].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(200);
    const dead: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = await readFile(path.join(site.outDir, page), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|srcset)="([^"]+)"/g)) {
        for (const candidate of m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
          if (!candidate.startsWith('/') || candidate.startsWith('//')) continue;
          const sitePath = candidate.replace(/&amp;/g, '&').split(/[?#]/)[0]!;
          checked++;
          if (!served(files, sitePath)) dead.push(`${page} → ${candidate}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(dead, dead.slice(0, 20).join('\n')).toEqual([]);
  });
});
