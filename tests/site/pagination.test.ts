// Overviews come in pages of PAGE_SIZE: the seed's 40 Dutch guides fill /gidsen/ and
// /gidsen/pagina/2/. Each page is a page of its own (title, canonical, hreflang only where the
// other language has that page) with GOV.UK-style pagination, and theme hubs stay bounded.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { attr, fileOf, readPage, text, type BuiltPage, type Element } from './html.ts';
import { seedDocs, type RawDoc } from './seed-data.ts';
import { PAGE_SIZE, pageNumbers, pagedAlternates } from '../../src/site/pagination.ts';
import { pagedPath } from '@mkb010/model';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir } = await seedSite();
const ORIGIN = 'https://www.mkb010next.nl';
let docs: RawDoc[] = [];

beforeAll(async () => {
  docs = await seedDocs();
});

const guidesIn = (lang: string) => docs.filter((d) => d._type === 'guide' && d.language === lang);
const main = (page: BuiltPage) => page.all.find((e) => e.tagName === 'main')!;
const inside = (root: Element, pred: (e: Element) => boolean): Element[] => {
  const out: Element[] = [];
  const walk = (n: Element) => {
    if (pred(n)) out.push(n);
    for (const c of (n.childNodes ?? []) as Element[]) if ('tagName' in c) walk(c);
  };
  walk(root);
  return out;
};
/** Guide pages linked from a page's card grid, in order, each once. */
const guideLinks = (page: BuiltPage, section: string) => [
  ...new Set(
    inside(main(page), (e) => e.tagName === 'a')
      .map((a) => attr(a, 'href') ?? '')
      .filter(
        (h) => h.startsWith(section) && /^\/[^/]+(\/[^/]+)?\/[^/]+\/$/.test(h) && !/\/(thema|theme|pagina|page)\//.test(h) && h !== section,
      ),
  ),
];
const paginationNav = (page: BuiltPage) =>
  page.all.find((e) => e.tagName === 'nav' && ['Paginering', 'Pagination'].includes(attr(e, 'aria-label') ?? ''));

describe('page URLs and page numbers', () => {
  it('page 1 is the overview itself; later pages sit under a word, so no number meets a detail slug', () => {
    expect(pagedPath('/gidsen/', 1)).toBe('/gidsen/');
    expect(pagedPath('/gidsen/', 2)).toBe('/gidsen/pagina/2/');
    expect(pagedPath('/en/guides/', 3)).toBe('/en/guides/page/3/');
    expect(pagedPath('/regelingen/thema/duurzaam/soort/subsidie/', 2)).toBe('/regelingen/thema/duurzaam/soort/subsidie/pagina/2/');
    expect(pagedPath('/en/events/archive/', 2)).toBe('/en/events/archive/page/2/');
  });

  it('links the first, last and neighbouring pages, with a gap mark where pages are left out', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 2)).toEqual([1, 2]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, null, 5]);
    expect(pageNumbers(4, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(50, 400)).toEqual([1, null, 49, 50, 51, null, 400]);
  });

  it('a page links to the same page number in the other language only where that page exists', () => {
    const firsts = { nl: '/gidsen/', en: '/en/guides/' };
    expect(pagedAlternates(firsts, 2, { nl: 2, en: 1 })).toEqual({ nl: '/gidsen/pagina/2/' });
    expect(pagedAlternates(firsts, 2, { nl: 3, en: 3 })).toEqual({ nl: '/gidsen/pagina/2/', en: '/en/guides/page/2/' });
  });
});

describe('the guides overview of the seed, in pages', () => {
  it('lists every Dutch guide exactly once over its pages, newest first, PAGE_SIZE to a page', async () => {
    const dutch = guidesIn('nl');
    expect(dutch.length, 'the seed should hold more Dutch guides than fit on one page').toBeGreaterThan(PAGE_SIZE);
    const pages = Math.ceil(dutch.length / PAGE_SIZE);
    const listed: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const links = guideLinks(await readPage(outDir, pagedPath('/gidsen/', n)), '/gidsen/');
      expect(links.length, `page ${n}`).toBe(n < pages ? PAGE_SIZE : dutch.length - PAGE_SIZE * (pages - 1));
      listed.push(...links);
    }
    expect(existsSync(fileOf(outDir, pagedPath('/gidsen/', pages + 1))), 'no empty page after the last').toBe(false);
    expect(new Set(listed).size, 'no guide on two pages').toBe(listed.length);
    expect([...listed].sort()).toEqual(dutch.map((g) => `/gidsen/${g.slug.current}/`).sort());
    const date = new Map(dutch.map((g) => [`/gidsen/${g.slug.current}/`, String(g.publishedAt ?? g.lastChecked ?? '')]));
    const dates = listed.map((l) => date.get(l)!);
    expect(dates, 'newest first across pages').toEqual([...dates].sort().reverse());
  });

  it('each page has its own title, h1, description and canonical URL', async () => {
    const first = await readPage(outDir, '/gidsen/');
    const second = await readPage(outDir, '/gidsen/pagina/2/');
    expect(first.title).toBe('Gidsen | MKB010>>Next');
    expect(second.title).toBe('Gidsen – pagina 2 | MKB010>>Next');
    expect(second.h1s).toEqual(['Gidsen – pagina 2']);
    expect(first.canonical).toBe(`${ORIGIN}/gidsen/`);
    expect(second.canonical).toBe(`${ORIGIN}/gidsen/pagina/2/`);
    expect(second.description).not.toBe(first.description);
    expect(second.description).toContain('Pagina 2 van 2');
    expect(second.robots).toBeUndefined();
  });

  it('hreflang leads to the same page number in English only where English has it', async () => {
    const english = guidesIn('en').length;
    const first = await readPage(outDir, '/gidsen/');
    const second = await readPage(outDir, '/gidsen/pagina/2/');
    expect(first.hreflang.en).toBe(`${ORIGIN}/en/guides/`);
    if (english <= PAGE_SIZE) {
      expect(second.hreflang, 'English has one page of guides, so page 2 has no English twin').toEqual({});
      expect(existsSync(fileOf(outDir, '/en/guides/page/2/'))).toBe(false);
    } else {
      expect(second.hreflang.en).toBe(`${ORIGIN}/en/guides/page/2/`);
    }
  });

  it('the pagination names the page, marks the current number and offers previous and next with words', async () => {
    const first = await readPage(outDir, '/gidsen/');
    const second = await readPage(outDir, '/gidsen/pagina/2/');
    const nav1 = paginationNav(first)!;
    const nav2 = paginationNav(second)!;
    expect(nav1, 'page 1 has a pagination nav').toBeTruthy();
    expect(attr(nav1, 'aria-label')).toBe('Paginering');
    expect(text(nav1)).toContain('Pagina 1 van 2');
    expect(text(nav2)).toContain('Pagina 2 van 2');
    const links = (nav: Element) => inside(nav, (e) => e.tagName === 'a');
    const current = (nav: Element) => links(nav).filter((a) => attr(a, 'aria-current') === 'page');
    expect(current(nav1).map((a) => [attr(a, 'href'), text(a)])).toEqual([['/gidsen/', '1']]);
    expect(current(nav2).map((a) => [attr(a, 'href'), text(a)])).toEqual([['/gidsen/pagina/2/', '2']]);
    const rel = (nav: Element, r: string) => links(nav).filter((a) => attr(a, 'rel') === r);
    expect(rel(nav1, 'prev')).toEqual([]);
    expect(rel(nav1, 'next').map((a) => attr(a, 'href'))).toEqual(['/gidsen/pagina/2/']);
    expect(text(rel(nav1, 'next')[0]!)).toMatch(/^Volgende/);
    expect(rel(nav2, 'next')).toEqual([]);
    expect(rel(nav2, 'prev').map((a) => attr(a, 'href'))).toEqual(['/gidsen/']);
    expect(text(rel(nav2, 'prev')[0]!)).toContain('Vorige');
  });

  it('an overview that fits on one page shows no pagination', async () => {
    for (const p of ['/partners/', '/en/guides/', '/regelingen/thema/duurzaam/soort/subsidie/']) {
      expect(paginationNav(await readPage(outDir, p)), p).toBeUndefined();
    }
  });
});

describe('theme hubs', () => {
  it('show a few guides and partners and link to the full theme overviews with their counts', async () => {
    const hub = await readPage(outDir, '/thema/circulair/');
    const guides = guidesIn('nl').filter((g) => g.themes?.includes('circulair'));
    const partners = docs.filter((d) => d._type === 'partner' && d.themes?.includes('circulair'));
    const section = (id: string) => hub.all.find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === id)!;
    const more = (id: string) => inside(section(id), (e) => e.tagName === 'a').find((a) => text(a).startsWith('Alle'))!;
    expect(guides.length).toBeGreaterThan(6);
    expect(inside(section('guides'), (e) => e.tagName === 'article')).toHaveLength(6);
    expect(text(more('guides'))).toBe(`Alle gidsen over circulair (${guides.length})`);
    expect(attr(more('guides'), 'href')).toBe('/gidsen/thema/circulair/');
    expect(inside(section('partners'), (e) => e.tagName === 'article')).toHaveLength(Math.min(12, partners.length));
    expect(text(more('partners'))).toBe(`Alle partners voor circulair (${partners.length})`);
    expect(attr(more('partners'), 'href')).toBe('/partners/thema/circulair/');
    const directory = await readPage(outDir, '/partners/thema/circulair/');
    expect(guideLinks(directory, '/partners/').sort()).toEqual(partners.map((p) => `/partners/${p.slug.current}/`).sort());
  });
});

describe('a later overview page in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDir(outDir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('axe reports no WCAG 2.1 A/AA violations on /gidsen/pagina/2/', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/gidsen/pagina/2/`);
    const violations = await axeViolations(page);
    await page.close();
    expect(describeViolations(violations)).toBe('');
  });
});
