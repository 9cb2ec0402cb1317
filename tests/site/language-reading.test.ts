// Language and reading (issue 24, item 7) in the built seed site: the language switch keeps the page
// number of an overview and leads from the 404 page to the English search; the campaigns are linked
// from the footer and a campaign page has a breadcrumb back to them; Dutch text on English pages says so.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routePath, sectionPath } from '@mkb010/model';
import { attr, builtPaths, elements, fileOf, readPage, text, type BuiltPage, type Element } from './html.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir } = await seedSite();
const paths = await builtPaths(outDir);

/** The href of the page's language switch. */
const switchHref = (page: BuiltPage) => attr(page.all.find((e) => attr(e, 'class')?.split(' ').includes('language-switch'))!, 'href');
const exists = (sitePath: string) => existsSync(fileOf(outDir, sitePath));

describe('the language switch', () => {
  it('on the 404 page leads to the English search', async () => {
    expect(switchHref(await readPage(outDir, '/404.html'))).toBe(routePath('search', 'en'));
  });

  it('on page N of an overview leads to page N in the other language, or to its last page', async () => {
    const paged = paths.filter((p) => /\/(pagina|page)\/\d+\/$/.test(p));
    expect(paged.length, 'the seed has overviews of more than one page').toBeGreaterThan(0);
    for (const sitePath of paged) {
      const n = Number(sitePath.match(/(\d+)\/$/)![1]);
      const href = switchHref(await readPage(outDir, sitePath))!;
      expect(exists(href), `${sitePath} switches to ${href}, which exists`).toBe(true);
      const m = href.match(/\/(pagina|page)\/(\d+)\/$/);
      const target = m ? Number(m[2]) : 1;
      if (target !== n) {
        // A shorter list in the other language: its last page, so the next page must not exist.
        expect(target, sitePath).toBeLessThan(n);
        const next = m ? href.replace(/\d+\/$/, `${target + 1}/`) : `${href}${href.startsWith('/en/') ? 'page' : 'pagina'}/2/`;
        expect(exists(next), `${sitePath}: ${href} is the last page`).toBe(false);
      }
      expect(href.startsWith('/en/'), sitePath).toBe(!sitePath.startsWith('/en/'));
    }
  });
});

describe('campaigns', () => {
  it('are linked from the footer of every page', async () => {
    for (const [home, lang] of [
      ['/', 'nl'],
      ['/en/', 'en'],
    ] as const) {
      const page = await readPage(outDir, home);
      const footer = page.all.find((e) => e.tagName === 'footer')!;
      expect(elements(footer).map((e) => attr(e, 'href'))).toContain(sectionPath('campaign', lang));
    }
  });

  it('a campaign page has a breadcrumb back to the campaigns', async () => {
    const campaigns = paths.filter((p) => /^\/(en\/campaigns|campagnes)\/[^/]+\/$/.test(p) && !/\/(pagina|page)\//.test(p));
    expect(campaigns.length).toBeGreaterThan(0);
    for (const sitePath of campaigns) {
      const page = await readPage(outDir, sitePath);
      const crumbs = page.all.find((e) => e.tagName === 'nav' && attr(e, 'class')?.split(' ').includes('breadcrumbs'));
      expect(crumbs, `${sitePath} has a breadcrumb`).toBeTruthy();
      const lang = sitePath.startsWith('/en/') ? 'en' : 'nl';
      expect(elements(crumbs!).map((e) => attr(e, 'href'))).toContain(sectionPath('campaign', lang));
    }
  });
});

describe('Dutch text on English pages', () => {
  it('is marked lang="nl" and preceded by a short notice in English', async () => {
    const english = paths.filter((p) => /^\/en\/(events|support|partners)\/[^/]+\/$/.test(p));
    let fallbacks = 0;
    for (const sitePath of english) {
      const page = await readPage(outDir, sitePath);
      const dutch = page.all.filter((e) => attr(e, 'class')?.split(' ').includes('prose') && attr(e, 'lang') === 'nl');
      for (const prose of dutch) {
        fallbacks += 1;
        const siblings = (prose.parentNode as { childNodes: Element[] }).childNodes.filter((n) => 'tagName' in n);
        const before = siblings[siblings.indexOf(prose) - 1];
        expect(before && attr(before, 'data-language-notice') !== undefined, `${sitePath}: notice before the Dutch text`).toBe(true);
        expect(text(before!), sitePath).toBe('This text is only available in Dutch.');
      }
    }
    expect(fallbacks, 'the seed has Dutch-only texts on English pages').toBeGreaterThan(0);
  });
});

describe('English chrome', () => {
  it('marks the Dutch provider of a scheme as Dutch on English pages', async () => {
    const schemes = paths.filter((p) => /^\/en\/support\/[^/]+\/$/.test(p));
    expect(schemes.length).toBeGreaterThan(0);
    for (const sitePath of schemes) {
      const page = await readPage(outDir, sitePath);
      const label = page.all.find((e) => e.tagName === 'dt' && text(e) === 'Offered by');
      if (!label) continue;
      const siblings = (label.parentNode as { childNodes: Element[] }).childNodes.filter((n) => 'tagName' in n);
      expect(attr(siblings[siblings.indexOf(label) + 1]!, 'lang'), sitePath).toBe('nl');
    }
  });
});
