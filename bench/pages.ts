// Page weight: the HTML of one built page of each template with the CSS and JS it loads, raw, gzip
// and brotli (node:zlib at its defaults for static hosting: gzip -9, brotli quality 11).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PATH_WORDS, routePath, SCHEME_TYPES, type SectionType, sectionPath, themePath } from '@mkb010/model';

export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  template: string;
  path: string;
  /** Whether the template is a content page (everything but search, which needs JavaScript). */
  content: boolean;
  html: Weight;
  css: Weight;
  js: Weight;
  /** Files the page loads (stylesheets and scripts), relative to the site root. */
  assets: string[];
}

function weigh(buf: Buffer): Weight {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function add(a: Weight, b: Weight): Weight {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const ZERO: Weight = { raw: 0, gzip: 0, brotli: 0 };

/** Weighs one built page: its HTML, linked stylesheets, and scripts (external and inline, not JSON-LD). */
export async function weighPage(dist: string, template: string, urlPath: string, content: boolean): Promise<PageWeight> {
  const file = path.join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  const html = await readFile(file);
  const text = html.toString('utf8');
  let css = ZERO;
  let js = ZERO;
  const assets: string[] = [];
  for (const m of text.matchAll(/<link\b[^>]*>/g)) {
    if (!/rel="?stylesheet/.test(m[0])) continue;
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (!href?.startsWith('/')) continue;
    assets.push(href);
    css = add(css, weigh(await readFile(path.join(dist, href))));
  }
  for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, weigh(Buffer.from(m[1])));
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    const type = /type="([^"]+)"/.exec(attrs)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD and other data
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      if (!src.startsWith('/')) continue;
      assets.push(src);
      const buf = await readFile(path.join(dist, src));
      js = add(js, weigh(buf));
      // A module's static imports load too.
      for (const dep of buf.toString('utf8').matchAll(/from\s*"(\.\/[^"]+\.js)"/g)) {
        const depPath = path.posix.join(path.posix.dirname(src), dep[1]);
        if (!assets.includes(depPath) && existsSync(path.join(dist, depPath))) {
          assets.push(depPath);
          js = add(js, weigh(await readFile(path.join(dist, depPath))));
        }
      }
    } else if (m[2].trim()) {
      js = add(js, weigh(Buffer.from(m[2])));
    }
  }
  return { template, path: urlPath, content, html: weigh(html), css, js, assets };
}

/** The first folder under `dir` (sorted) that holds an index.html and matches `accept`. */
async function firstPage(dist: string, dir: string, accept: (name: string) => boolean = () => true): Promise<string | undefined> {
  const base = path.join(dist, dir);
  if (!existsSync(base)) return undefined;
  const names = (await readdir(base, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const name of names) if (accept(name) && existsSync(path.join(base, name, 'index.html'))) return `/${dir}/${name}/`;
  return undefined;
}

/** One page per template, found in the built site (Dutch URLs). */
export async function templatePages(dist: string): Promise<{ template: string; path: string; content: boolean }[]> {
  const known = (p: string) => existsSync(path.join(dist, p, 'index.html'));
  // Generated clones end in -<number>; the seed's own documents come first.
  const seedLike = (n: string) => !/-\d+$/.test(n);
  // Words below a section that are not detail pages: the model's path words and scheme-type slugs.
  const FILTER_DIRS = new Set<string>([
    ...Object.values(PATH_WORDS).map((w) => w.nl),
    ...SCHEME_TYPES.values.map((t) => SCHEME_TYPES.slug(t, 'nl')),
  ]);
  const detail = (n: string) => seedLike(n) && !FILTER_DIRS.has(n);
  const folder = (type: SectionType) => sectionPath(type, 'nl').slice(1, -1);
  const candidates: [string, string | undefined, boolean][] = [
    ['home', routePath('home', 'nl'), true],
    ['theme hub', themePath('circulair', 'nl'), true],
    ['guide overview', sectionPath('guide', 'nl'), true],
    ['guide', await firstPage(dist, folder('guide'), detail), true],
    ['story', await firstPage(dist, folder('story'), detail), true],
    ['event', await firstPage(dist, folder('event'), detail), true],
    ['scheme', await firstPage(dist, folder('scheme'), detail), true],
    ['partner', await firstPage(dist, folder('partner'), detail), true],
    ['campaign', await firstPage(dist, folder('campaign')), true],
    ['static page', routePath('about', 'nl'), true],
    ['search', routePath('search', 'nl'), false],
    ['progress', routePath('progress', 'nl'), true],
  ];
  return candidates
    .filter((c): c is [string, string, boolean] => !!c[1] && known(c[1]))
    .map(([template, p, content]) => ({ template, path: p, content }));
}
