// Language and reading (issue 24, item 7) in the built seed site: the language switch keeps the page
// number of an overview and leads from the 404 page to the English search; the campaigns are linked
// from the footer and a campaign page has a breadcrumb back to them; Dutch text on English pages says so.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routePath, sectionPath } from '@mkb010/model';
import { attr, builtPaths, elements, fileOf, readPage, text, type BuiltPage, type Element } from './html.ts';
import { seedSite } from '../setup/seed-site.ts';
import { articleText } from '../../src/lib/text/articles.ts';
import { campaignText } from '../../src/lib/text/campaigns.ts';
import { eventText } from '../../src/lib/text/events.ts';
import { homeText } from '../../src/lib/text/home.ts';
import { layoutText } from '../../src/lib/text/layout.ts';
import { overviewText } from '../../src/lib/text/overviews.ts';
import { partnerText } from '../../src/lib/text/partners.ts';
import { schemeText } from '../../src/lib/text/schemes.ts';
import { searchText } from '../../src/lib/text/search.ts';
import { themeText } from '../../src/lib/text/themes.ts';

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

/** Every string of a text dictionary (nested values too), by key path; wording functions are left out. */
function strings(value: unknown, key = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(key, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of strings(v, `${key}.${k}`)) out.set(kk, vv);
  return out;
}

/**
 * The site's Dutch interface wording that an English page must not show: each Dutch dictionary value
 * that differs from its English one, when it is a phrase of two or more words or a single word long
 * enough not to be a shared name; plus the seed's Dutch example marker.
 */
function dutchWording(): string[] {
  const areas = [articleText, campaignText, eventText, homeText, layoutText, overviewText, partnerText, schemeText, searchText, themeText];
  const found = new Set<string>(['(voorbeeld)']);
  for (const area of areas) {
    const nl = strings(area('nl'));
    const en = strings(area('en'));
    for (const [key, dutch] of nl) {
      const phrase = dutch.replace(/\s+/g, ' ').trim();
      if (!phrase || phrase === en.get(key)?.replace(/\s+/g, ' ').trim()) continue;
      if (phrase.includes(' ') || phrase.length >= 8) found.add(phrase);
    }
  }
  return [...found];
}

/** Whether a Dutch element comes right after the English notice that says the text is Dutch. */
function hasNotice(el: Element): boolean {
  const siblings = ((el.parentNode as { childNodes?: Element[] } | null)?.childNodes ?? []).filter((n) => 'tagName' in n);
  const before = siblings[siblings.indexOf(el) - 1];
  return before !== undefined && attr(before, 'data-language-notice') !== undefined;
}

/**
 * A page's text and labels outside anything marked lang="nl" (scripts and styles left out), and the
 * text of short Dutch parts marked lang="nl" without a notice (names such as a scheme's provider).
 */
function englishText(root: Element): { shown: string; dutchNames: string } {
  const shown: string[] = [];
  const names: string[] = [];
  const walk = (node: Element) => {
    if (['script', 'style', 'template'].includes(node.tagName)) return;
    if (attr(node, 'lang')?.startsWith('nl')) {
      if (!hasNotice(node)) names.push(text(node));
      return;
    }
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = attr(node, name);
      if (value) shown.push(value);
    }
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') shown.push((child as unknown as { value: string }).value);
      else if ('tagName' in child) walk(child as Element);
    }
  };
  walk(root);
  return { shown: shown.join(' ').replace(/\s+/g, ' '), dutchNames: names.join(' | ') };
}

/** Whether `phrase` occurs in `s` as whole words (not inside a longer word such as a partner's name). */
const hasWords = (s: string, phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(s);

describe('English chrome', () => {
  it('shows none of the Dutch interface wording outside text marked lang="nl" on every English page, nor Dutch notes in marked names', async () => {
    const wording = dutchWording();
    expect(wording).toEqual(expect.arrayContaining(['Ga direct naar de inhoud', 'Aangeboden door', '(voorbeeld)']));
    const english = paths.filter((p) => p.startsWith('/en/'));
    expect(english.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const sitePath of english) {
      const page = await readPage(outDir, sitePath);
      const body = page.all.find((e) => e.tagName === 'body')!;
      const { shown, dutchNames } = englishText(body);
      for (const dutch of wording) if (hasWords(shown, dutch)) found.push(`${sitePath}: "${dutch}"`);
      // A name may stay Dutch (marked lang="nl"), but a Dutch note added to it is no name.
      for (const name of dutchNames.split(' | ').filter((n) => n.includes('(voorbeeld)'))) found.push(`${sitePath}: "${name}"`);
    }
    expect(found).toEqual([]);
  });

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
