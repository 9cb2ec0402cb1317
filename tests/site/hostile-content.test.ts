// A dataset full of script tags, event-handler attributes and javascript: URLs in text and link
// fields (tests/fixtures/site/xss.ndjson) builds into pages where all of it is harmless text.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir } from '../../tools/serve.ts';
import { attr, builtPaths, elements, readPage, text } from './html.ts';
import { parse } from 'parse5';

const FIXTURE = path.join(ROOT, 'tests/fixtures/site/xss.ndjson');
// The search pages load Pagefind's script by design; every other page must have none.
const SCRIPTED_PAGES = new Set(['/zoeken/', '/en/search/']);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data', 'xlink:href'];

let build: BuildResult;
let pages: string[] = [];

beforeAll(async () => {
  build = await buildSite({ env: { CONTENT_FILE: FIXTURE, SITE_NOW: '2026-11-27T11:00:00.000Z', SANITY_PROJECT_ID: undefined } });
  if (build.code === 0) pages = await builtPaths(build.outDir);
});

describe('hostile content renders as harmless text', () => {
  it('the site builds from the hostile dataset', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(pages).toContain('/gidsen/kwade-gids/');
  });

  it('no page has a script other than JSON-LD, an on* attribute, or a javascript:/data:/vbscript: URL', async () => {
    const problems: string[] = [];
    for (const sitePath of pages) {
      const html = await readFile(path.join(build.outDir, sitePath, sitePath.endsWith('/') ? 'index.html' : ''), 'utf8');
      for (const el of elements(parse(html))) {
        if (el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json' && !SCRIPTED_PAGES.has(sitePath)) {
          problems.push(`${sitePath}: <script ${el.attrs.map((a) => a.name).join(' ')}>`);
        }
        for (const a of el.attrs) {
          if (/^on/i.test(a.name)) problems.push(`${sitePath}: <${el.tagName} ${a.name}>`);
          if (URL_ATTRS.includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\u0000-\u001f]/g, ''))) {
            problems.push(`${sitePath}: <${el.tagName} ${a.name}="${a.value}">`);
          }
          if (a.name === 'href' && /^\s*\/[/\\]/.test(a.value)) problems.push(`${sitePath}: off-site protocol-relative href "${a.value}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the hostile text is shown to readers as text, not dropped', async () => {
    const guide = await readPage(build.outDir, '/gidsen/kwade-gids/');
    expect(guide.h1s[0]).toBe('<script>alert("xss")</script> gids met kwade tekst');
    const main = text(guide.all.find((e) => e.tagName === 'main')!);
    expect(main).toContain('Klik hier <script>alert("xss")</script>');
    expect(main).toContain('<img src=x onerror=alert("xss")>');
  });

  it('JSON-LD keeps the text as data and cannot be closed early by "</script>"', async () => {
    const guide = await readPage(build.outDir, '/en/guides/bad-guide/');
    const ld = guide.all.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
    expect(ld).toHaveLength(1);
    const data = JSON.parse(text(ld[0]!)) as { name: string };
    expect(data.name).toBe('</script><script>alert("ld")</script> guide with bad text');
    // Had "</script>" closed the element early, the parser would see a second script element.
    expect(guide.all.filter((e) => e.tagName === 'script')).toHaveLength(1);
  });

  it('links with unsafe targets keep their words but lose the link', async () => {
    const guide = await readPage(build.outDir, '/gidsen/kwade-gids/');
    const hrefs = guide.all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? '');
    expect(hrefs.some((h) => /evil\.example|script:/i.test(h))).toBe(false);
    const spans = guide.all.filter((e) => e.tagName === 'span' && text(e).startsWith('Klik hier'));
    expect(spans.length).toBeGreaterThanOrEqual(7);
  });

  it('a document whose link field is a javascript: URL is left out, not published', () => {
    expect(pages.some((p) => p.includes('javascript-link'))).toBe(false);
  });

  it('Chromium opens the hostile pages without any script running', async () => {
    const browser = await launchBrowser();
    const server = await serveDir(build.outDir);
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      for (const p of ['/', '/gidsen/kwade-gids/', '/en/guides/bad-guide/', '/verhalen/kwaad-verhaal/', '/evenementen/kwaad-evenement/', '/regelingen/kwade-regeling/', '/partners/kwaad/', '/campagnes/kwade-campagne/', '/over/']) {
        await page.goto(server.url + p);
        // Hover and click everything a handler could hide behind.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('body *')) {
            el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          }
        });
      }
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

