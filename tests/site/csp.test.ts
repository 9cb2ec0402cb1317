// The Content-Security-Policy: every page carries it, it allows only the site's own origin, and in
// Chromium no template (nor a search with results, which runs Pagefind's WebAssembly) breaks it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/lib/security.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { seedSite } from '../setup/seed-site.ts';
import { attr, builtPaths, readPage } from './html.ts';
import { templatePairs } from './templates.ts';

const { outDir } = await seedSite();
const headersFile = await readFile(path.join(outDir, '_headers'), 'utf8');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDir(outDir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page that records every CSP violation from its first byte on; returns the page and the record. */
async function openWatched(sitePath: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`));
  });
  const response = await page.goto(server.url + sitePath);
  expect(response?.status(), sitePath).toBeLessThan(400);
  return { page, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

describe('the Content-Security-Policy', () => {
  it('is on every built page as a <meta http-equiv>, before anything is loaded, and allows only the own origin', async () => {
    const expected = metaPolicy(undefined);
    expect(expected).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
    expect(expected).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|frame-ancestors/);
    const pages = (await builtPaths(outDir)).filter((p) => p.endsWith('/') || p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const sitePath of pages) {
      const page = await readPage(outDir, sitePath);
      const head = page.all.find((e) => e.tagName === 'head')!;
      const children = head.childNodes.filter((n) => 'tagName' in n) as typeof page.all;
      const csp = children.findIndex((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy');
      const firstLoad = children.findIndex((e) => e.tagName === 'link' || e.tagName === 'script');
      if (csp === -1 || attr(children[csp]!, 'content') !== expected || (firstLoad !== -1 && firstLoad < csp)) wrong.push(sitePath);
    }
    expect(wrong).toEqual([]);
  });

  it('the built _headers adds frame-ancestors, nosniff, a referrer policy and a permissions policy for hosts that read it', () => {
    const lines = headersFile
      .split('\n')
      .filter((l) => /^\s+\S+:/.test(l))
      .map((l) => l.trim());
    const header = (name: string) =>
      lines
        .find((l) => l.startsWith(`${name}:`))
        ?.slice(name.length + 1)
        .trim();
    expect(header('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header('Permissions-Policy')).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
    expect(headersFile).toMatch(/^\/\*$/m);
  });

  // About 40 pages, each loaded with its images and stylesheet: a busy machine needs more than a minute.
  it('no template, in either language, raises a securitypolicyviolation in Chromium', async () => {
    const { pairs, missing } = await templatePairs(outDir);
    expect(missing).toEqual([]);
    const paths = [
      ...new Set([...pairs.flatMap((p) => [p.nl, p.en]), '/404.html', '/voortgang/', '/en/progress/', '/zoeken/', '/en/search/']),
    ];
    const found: string[] = [];
    for (const sitePath of paths) {
      const { page, violations } = await openWatched(sitePath);
      await page.waitForLoadState('load');
      found.push(...(await violations()).map((v) => `${sitePath}: ${v}`));
      await page.close();
    }
    expect(found).toEqual([]);
  }, 240_000);

  it('a search with results runs Pagefind (WebAssembly) without a violation', async () => {
    for (const sitePath of ['/zoeken/?q=energie', '/en/search/?q=energy']) {
      const { page, violations } = await openWatched(sitePath);
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0, undefined, { timeout: 20_000 });
      expect(await violations(), sitePath).toEqual([]);
      await page.close();
    }
  });

  it('the policy is enforced: an inline script added to a page is blocked and reported', async () => {
    const { page, violations } = await openWatched('/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.ranInline = true';
      document.body.append(s);
    });
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    expect(await violations()).toEqual(['script-src-elem blocked inline']);
    expect(await page.evaluate(() => (window as unknown as { ranInline?: boolean }).ranInline)).toBeUndefined();
    await page.close();
  });
});
