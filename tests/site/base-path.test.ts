// A project site lives under a path (GitHub Pages: https://org.github.io/mkb010/). Built with
// SITE_URL=https://example.org/mkb010/, no link, asset, image, feed, calendar, sitemap entry or
// canonical URL may leave that path, every internal address must reach a built file, and search
// must find and link pages there.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { srcsetWithBase, withBase, withoutBase } from '../../src/lib/base.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir } from '../../tools/serve.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { seedNow } from '../setup/seed-site.ts';

const SITE = 'https://example.org/mkb010';
let build: BuildResult;
let files: string[] = [];

beforeAll(async () => {
  const { now } = await seedNow();
  build = await buildSite({ env: { SITE_URL: `${SITE}/`, SITE_NOW: now, CONTENT_FILE: undefined, SANITY_PROJECT_ID: undefined } });
  if (build.code === 0) files = (await readdir(build.outDir, { recursive: true })).map(String);
});
afterAll(async () => {
  if (build) await rm(path.dirname(build.outDir), { recursive: true, force: true });
});

/** The built file an address on the site reaches, or undefined when it is not on the site. */
function builtFile(address: string): string | undefined {
  const url = new URL(address, `${SITE}/page/`);
  if (url.origin !== new URL(SITE).origin) return undefined;
  const rest = decodeURIComponent(url.pathname).slice('/mkb010'.length);
  return path.join(build.outDir, rest.endsWith('/') ? `${rest}index.html` : rest);
}

describe('the site under a base path', () => {
  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('every link, asset, image and form in every page stays below the base path and reaches a built file', async () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const leaving = new Set<string>();
    const broken = new Set<string>();
    for (const page of pages) {
      const html = await readFile(path.join(build.outDir, page), 'utf8');
      const addresses = [
        ...[...html.matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
        // JSON-LD and Open Graph carry absolute URLs.
        ...[...html.matchAll(/https?:\/\/example\.org[^"'\s<>]*/g)].map((m) => m[0]),
      ]
        // A calendar subscription is the feed's address with the webcal: scheme.
        .map((a) => a.replace(/&amp;/g, '&').replace(/^webcal:/, 'https:'));
      for (const address of addresses) {
        if (/^(#|mailto:|tel:)/.test(address) || /^https?:\/\/(?!example\.org)/.test(address)) continue;
        const resolved = new URL(address, `${SITE}/${page}`).href;
        if (!resolved.startsWith(`${SITE}/`)) leaving.add(`${page}: ${address}`);
        else if (!existsSync(builtFile(resolved.replace(/[?#].*$/, ''))!)) broken.add(`${page}: ${address}`);
      }
    }
    expect([...leaving]).toEqual([]);
    expect([...broken]).toEqual([]);
  });

  it('feeds, calendars, the sitemap and robots.txt give addresses below the base path', async () => {
    const read = (f: string) => readFile(path.join(build.outDir, f), 'utf8');
    const xmlUrls = (xml: string) => [...xml.matchAll(/<(?:loc|link)>([^<]+)<|href="(https?:[^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
    const sitemapFiles = files.filter((f) => /^sitemap-.*\.xml$/.test(f));
    const urls = [
      ...(await Promise.all(sitemapFiles.map(read))).flatMap(xmlUrls),
      ...xmlUrls(await read('rss.xml')),
      ...xmlUrls(await read('en/rss.xml')),
      ...[...(await read('evenementen.ics')).replace(/\r\n[ \t]/g, '').matchAll(/^URL[^:]*:(.+)$/gm)].map((m) => m[1]!.trim()),
      /Sitemap: (\S+)/.exec(await read('robots.txt'))![1]!,
    ];
    expect(urls.length).toBeGreaterThan(100);
    const onSite = urls.filter((u) => u.startsWith('https://example.org'));
    expect(onSite.filter((u) => !u.startsWith(`${SITE}/`))).toEqual([]);
    expect(onSite.filter((u) => !existsSync(builtFile(u)!))).toEqual([]);
    expect(urls).toContain(`${SITE}/sitemap-0.xml`);
  });

  it('in Chromium, served below /mkb010/: styles load and a search finds pages with links below the base path', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'mkb-base-'));
    await symlink(build.outDir, path.join(root, 'mkb010'));
    const [browser, server] = await Promise.all([launchBrowser(), serveDir(root)]);
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${server.url}/mkb010/`);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
      await page.goto(`${server.url}/mkb010/zoeken/?q=energie`);
      await page.waitForFunction(() => document.querySelectorAll('.search-result a[href]').length > 0, undefined, { timeout: 20_000 });
      const hrefs = await page.$$eval('.search-result a[href]', (links) => links.map((a) => a.getAttribute('href')!));
      expect(
        hrefs.every((h) => h.startsWith('/mkb010/')),
        hrefs.join(', '),
      ).toBe(true);
      const response = await page.goto(server.url + hrefs[0]!);
      expect(response?.status()).toBe(200);
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('withBase', () => {
  it('puts root-relative addresses below the base and leaves the rest alone', () => {
    expect(withBase('/gidsen/', '/mkb010/')).toBe('/mkb010/gidsen/');
    expect(withBase('/', '/mkb010/')).toBe('/mkb010/');
    for (const other of ['https://www.rotterdam.nl/', '//cdn.example/x', '#main', 'mailto:a@b.nl', 'tel:010']) {
      expect(withBase(other, '/mkb010/')).toBe(other);
    }
    expect(withBase('/gidsen/', '/')).toBe('/gidsen/');
    expect(srcsetWithBase('/media/a-400.webp 400w, /media/a-800.webp 800w', '/mkb010/')).toBe(
      '/mkb010/media/a-400.webp 400w, /mkb010/media/a-800.webp 800w',
    );
    expect(withoutBase('/mkb010/gidsen/', '/mkb010/')).toBe('/gidsen/');
  });
});
