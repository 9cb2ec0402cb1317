// The search index itself: built by every `astro build`, reported in the build log, and holding
// exactly the public detail pages (no draft, no campaign outside its window, no invalid document).
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SEED_FILE } from '../helpers/build.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { builtDetailPages } from './built-pages.ts';
import * as pagefind from 'pagefind';
import { INDEX_CONFIG, indexSite } from '../../src/integrations/pagefind.ts';
import { seedSite } from '../setup/seed-site.ts';

const site = await seedSite();

interface IndexedPage {
  url: string;
  title: string;
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDir(site.outDir), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every page in one language's index, read through Pagefind's own browser API. */
async function indexedPages(searchPath: string): Promise<IndexedPage[]> {
  const page = await browser.newPage();
  try {
    await page.goto(server.url + searchPath);
    // A string, so the test runner's transform leaves the browser's dynamic import alone.
    return (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const all = await pf.search(null, {});
      const data = await Promise.all(all.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, title: d.meta.title }));
    })()`)) as IndexedPage[];
  } finally {
    await page.close();
  }
}

function localTitle(title: unknown): string[] {
  if (typeof title === 'string') return [title];
  if (title && typeof title === 'object') return Object.values(title).filter((v): v is string => typeof v === 'string');
  return [];
}

describe('the search index', () => {
  it('holds exactly the built detail pages, each in its own language', async () => {
    const built = await builtDetailPages(site.outDir);
    const [nl, en] = await Promise.all([indexedPages('/zoeken/'), indexedPages('/en/search/')]);
    expect(nl.length).toBeGreaterThan(0);
    expect(en.length).toBeGreaterThan(0);
    expect(nl.map((p) => p.url).sort()).toEqual(
      built
        .filter((p) => p.lang === 'nl')
        .map((p) => p.path)
        .sort(),
    );
    expect(en.map((p) => p.url).sort()).toEqual(
      built
        .filter((p) => p.lang === 'en')
        .map((p) => p.path)
        .sort(),
    );
    // The search pages and overviews are not content: they never show up as results.
    expect([...nl, ...en].some((p) => /\/(zoeken|search)\/$/.test(p.url))).toBe(false);
  });

  it('never holds a draft, a campaign outside its window or an invalid document', async () => {
    const lines = (await readFile(SEED_FILE, 'utf8')).split('\n').filter(Boolean);
    const docs = lines.map((l) => JSON.parse(l) as Record<string, unknown> & { _id: string; _type: string });
    const now = new Date(site.now).getTime();
    const report = JSON.parse(await readFile(path.join(site.reportDir, 'content-report.json'), 'utf8')) as {
      invalid: { id: string }[];
    };
    const invalid = new Set(report.invalid.map((d) => d.id));
    const hidden = docs.filter(
      (d) =>
        d._id.startsWith('drafts.') ||
        invalid.has(d._id) ||
        (d._type === 'campaign' &&
          ((typeof d.publishFrom === 'string' && new Date(d.publishFrom).getTime() > now) ||
            (typeof d.publishUntil === 'string' && new Date(d.publishUntil).getTime() <= now))),
    );
    // The seed deliberately has drafts and scheduled campaigns; without them this test proves nothing.
    expect(hidden.some((d) => d._id.startsWith('drafts.'))).toBe(true);
    expect(hidden.some((d) => d._type === 'campaign')).toBe(true);

    const publicTitles = new Set(docs.filter((d) => !hidden.includes(d)).flatMap((d) => localTitle(d.title)));
    const hiddenTitles = hidden.flatMap((d) => localTitle(d.title)).filter((t) => !publicTitles.has(t));
    expect(hiddenTitles.length).toBeGreaterThan(0);
    const indexed = [...(await indexedPages('/zoeken/')), ...(await indexedPages('/en/search/'))].map((p) => p.title);
    for (const title of hiddenTitles) expect(indexed, `"${title}" must not be searchable`).not.toContain(title);
  });
});

describe('pages handed to the index while they render', () => {
  it('give the same index as Pagefind reading the whole built site from disk', async () => {
    // The build passes each page's <main> to Pagefind from a middleware as it renders. The reference
    // is Pagefind's own addDirectory over the finished files; indexSite is our from-disk path.
    // Fragments are named by a hash of what Pagefind stored for a page, so equal fragment names mean
    // the same pages with the same text, metadata and filters. The built pages already hold their
    // compound parts, and indexing them again adds none twice.
    const copies: string[] = [];
    const copySite = async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'mkb-reindex-'));
      copies.push(dir);
      await cp(site.outDir, dir, { recursive: true, filter: (src) => !src.startsWith(path.join(site.outDir, 'pagefind')) });
      return dir;
    };
    const fragments = async (dir: string) => (await readdir(path.join(dir, 'pagefind', 'fragment'))).sort();
    try {
      const [reference, ours] = await Promise.all([copySite(), copySite()]);
      const { index } = await pagefind.createIndex(INDEX_CONFIG);
      expect((await index!.addDirectory({ path: reference })).errors).toEqual([]);
      expect((await index!.writeFiles({ outputPath: path.join(reference, 'pagefind') })).errors).toEqual([]);
      await pagefind.close();
      const stats = await indexSite(ours);

      const fromBuild = await fragments(site.outDir);
      expect(fromBuild.length).toBeGreaterThan(50);
      expect(fromBuild).toEqual(await fragments(reference));
      expect(await fragments(ours)).toEqual(fromBuild);
      const entry = JSON.parse(await readFile(path.join(reference, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.fromEntries(stats.map((s) => [s.lang, s.pages]))).toEqual(
        Object.fromEntries(Object.entries(entry.languages).map(([lang, v]) => [lang, v.page_count])),
      );
    } finally {
      await Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});

describe('astro build', () => {
  // The run's seed build: its log and its output folder.
  const { output, outDir } = site;

  it('logs how many pages and words it indexed, per language', async () => {
    const line = /Indexed (\d+) pages and (\d+) words in 2 languages \(([^)]*)\)/.exec(output);
    expect(line, output.slice(-2000)).not.toBeNull();
    const [, pages, words, perLanguage] = line!;
    expect(Number(pages)).toBeGreaterThan(0);
    expect(Number(words)).toBeGreaterThan(Number(pages));
    const entry = JSON.parse(await readFile(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'nl']);
    for (const [lang, { page_count }] of Object.entries(entry.languages)) {
      expect(perLanguage).toMatch(new RegExp(`${lang}: ${page_count} pages, \\d+ words`));
    }
    expect(Number(pages)).toBe(entry.languages.nl!.page_count + entry.languages.en!.page_count);
  });
});
