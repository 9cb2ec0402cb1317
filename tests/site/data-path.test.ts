// One data path: routes (src/routes/) load the site and hand each view props; views, components and
// the layout only render them. A component that reads the clock, loads content or takes the site
// from Astro.locals is a second data path, and a page could then judge "live" at another moment
// than the rest of the build.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/** What only a route (or the middleware that serves it) may do, with what to do instead. */
const ROUTE_ONLY: { pattern: RegExp; instead: string }[] = [
  { pattern: /\bsiteNow\(/, instead: 'take `now` as a prop from the route (Astro.locals.site.now)' },
  { pattern: /\bbuildNow\(/, instead: 'take `now` as a prop from the route (Astro.locals.site.now)' },
  { pattern: /\bsiteData\(|\bbuildSite\(/, instead: 'take the content as props from the route (Astro.locals.site.content)' },
  { pattern: /\bgetCollection\(|\bgetEntry\(/, instead: 'take the content as props from the route' },
  { pattern: /\bAstro\.locals\.site\b|\blocals\.site\b/, instead: 'only routes read the site; take what you need as props' },
  { pattern: /new Date\(\)|Date\.now\(\)/, instead: 'take `now` as a prop: the build judges everything at one moment' },
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { recursive: true });
  return entries
    .map(String)
    .filter((f) => /\.(astro|ts)$/.test(f))
    .map((f) => path.join(dir, f));
}

describe('routes load, views render', () => {
  it('no view, component or layout reads the clock, loads content or takes the site from locals', async () => {
    const files = [...(await filesUnder('src/components')), ...(await filesUnder('src/layouts'))];
    expect(files.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const file of files) {
      const lines = (await readFile(path.join(ROOT, file), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const rule of ROUTE_ONLY) {
          if (rule.pattern.test(line)) found.push(`${file}:${i + 1}: ${line.trim()} (${rule.instead})`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('the rule finds a component that reads the clock', () => {
    const line = 'const closed = isClosed(scheme, siteNow());';
    expect(ROUTE_ONLY.some((rule) => rule.pattern.test(line))).toBe(true);
  });
});
