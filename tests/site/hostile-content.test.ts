// A dataset full of script tags, event-handler attributes and javascript: URLs in text and link
// fields (tests/fixtures/site/xss.ndjson), with control characters, noncharacters and lone
// surrogates pasted into every piece of prose, builds into pages where all of it is harmless text,
// and into feeds, calendars, sitemaps and data files that strict parsers accept.
import path from 'node:path';
import { mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir } from '../../tools/serve.ts';
import { attr, builtPaths, elements, readPage, text } from './html.ts';
import { parse } from 'parse5';
import { csvErrors, htmlErrors, icsErrors, jsonErrors, xmlErrors } from '../helpers/strict-parse.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/site/xss.ndjson');
// The search pages load Pagefind's script by design; every other page must have none.
const SCRIPTED_PAGES = new Set(['/zoeken/', '/en/search/']);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data', 'xlink:href'];

/** What an editor can paste without seeing it: NUL, VT, ESC, BS, DEL, a noncharacter, a lone surrogate. */
const INVISIBLE = '\u0000\u000b\u001b\u0008\u007f\uffff\ud800';

/** Pastes the invisible characters into every piece of prose (a string with a space; not a URL). */
function pasteInvisible(value: unknown): unknown {
  if (typeof value === 'string')
    return / /.test(value) && !/^(https?|mailto|tel):/.test(value) ? value.replace(' ', `${INVISIBLE} `) : value;
  if (Array.isArray(value)) return value.map(pasteInvisible);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pasteInvisible(v)]));
  return value;
}

/** The XSS fixture, plus a progress report (for the CSV and JSON files), with invisible characters pasted in. */
async function hostileDataset(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mkb-hostile-'));
  await symlink(path.join(path.dirname(FIXTURE), 'images'), path.join(dir, 'images'));
  const docs = (await readFile(FIXTURE, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  docs.push({
    _id: 'impact-kwaad-2026',
    _type: 'impactReport',
    partner: { _type: 'reference', _ref: 'partner-kwaad' },
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    activity: 'Spreekuur "circulair", met komma\'s; en <b>tags</b>',
    figures: [{ _type: 'impactFigure', _key: 'circulair', theme: 'circulair', inspired: 12, informed: 7, activated: 3 }],
  });
  const file = path.join(dir, 'data.ndjson');
  await writeFile(file, docs.map((d) => JSON.stringify(pasteInvisible(d))).join('\n'));
  return file;
}

let build: BuildResult;
let pages: string[] = [];

beforeAll(async () => {
  build = await buildSite({
    env: { CONTENT_FILE: await hostileDataset(), SITE_NOW: '2026-11-27T11:00:00.000Z', SANITY_PROJECT_ID: undefined },
  });
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
    // The guide's HowTo and its BreadcrumbList.
    expect(ld).toHaveLength(2);
    const data = ld.map((e) => JSON.parse(text(e)) as { '@type': string; name: string }).find((d) => d['@type'] === 'HowTo')!;
    expect(data.name).toBe('</script><script>alert("ld")</script> guide with bad text');
    // Had "</script>" closed an element early, the parser would see a script element that is not JSON-LD.
    expect(guide.all.filter((e) => e.tagName === 'script')).toHaveLength(ld.length);
  });

  it('links with unsafe targets keep their words but lose the link', async () => {
    const guide = await readPage(build.outDir, '/gidsen/kwade-gids/');
    const hrefs = guide.all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? '');
    expect(hrefs.some((h) => /evil\.example|script:/i.test(h))).toBe(false);
    const spans = guide.all.filter((e) => e.tagName === 'span' && text(e).startsWith('Klik hier'));
    expect(spans.length).toBeGreaterThanOrEqual(7);
    // Inside a callout too, where a block that claims to be a heading stays a paragraph.
    expect(guide.all.some((e) => e.tagName === 'span' && text(e) === 'kaderlink')).toBe(true);
    expect(guide.h1s).toHaveLength(1);
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
      for (const p of [
        '/',
        '/gidsen/kwade-gids/',
        '/en/guides/bad-guide/',
        '/verhalen/kwaad-verhaal/',
        '/evenementen/kwaad-evenement/',
        '/regelingen/kwade-regeling/',
        '/partners/kwaad/',
        '/campagnes/kwade-campagne/',
        '/over/',
      ]) {
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

  it('the content report names each document and field the invisible characters were removed from', async () => {
    const report = JSON.parse(await readFile(path.join(build.reportDir, 'content-report.json'), 'utf8'));
    expect(report.warnings).toContainEqual({
      id: 'guide-kwaad',
      type: 'guide',
      path: 'title',
      message: '7 invisible control character(s) removed',
    });
    expect(report.warnings).toContainEqual({
      id: 'impact-kwaad-2026',
      type: 'impactReport',
      path: 'activity',
      message: '7 invisible control character(s) removed',
    });
  });

  it('every RSS feed, sitemap, HTML page, calendar, CSV and JSON file passes a strict parser', async () => {
    const files = (await readdir(build.outDir, { recursive: true })).map(String).filter((f) => !f.startsWith('pagefind'));
    const check: [RegExp, (text: string) => string[]][] = [
      [/\.xml$/, xmlErrors],
      [/\.html$/, htmlErrors],
      [/\.ics$/, icsErrors],
      [/\.csv$/, csvErrors],
      [/\.json$/, jsonErrors],
    ];
    const seen: Record<string, number> = {};
    const problems: string[] = [];
    for (const file of files) {
      const [pattern, errors] = check.find(([p]) => p.test(file)) ?? [];
      if (!pattern || !errors) continue;
      seen[pattern.source] = (seen[pattern.source] ?? 0) + 1;
      for (const e of errors(await readFile(path.join(build.outDir, file), 'utf8'))) problems.push(`${file}: ${e}`);
    }
    expect(problems).toEqual([]);
    // Each kind was really there to check: two RSS feeds and the sitemaps, pages, calendars, data files.
    expect(seen['\\.xml$']).toBeGreaterThanOrEqual(4);
    expect(seen['\\.html$']).toBeGreaterThan(20);
    expect(seen['\\.ics$']).toBeGreaterThanOrEqual(3);
    expect(seen['\\.csv$']).toBeGreaterThanOrEqual(2);
    expect(seen['\\.json$']).toBeGreaterThanOrEqual(1);
    // And the hostile words are in them, as text.
    expect(await readFile(path.join(build.outDir, 'rss.xml'), 'utf8')).toContain(
      '&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; gids met kwade tekst',
    );
  });
});
