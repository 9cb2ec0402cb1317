// The search pages in Chromium against the site built from the seed: what a person types, which
// pages they get, how filters narrow, and that the URL carries the search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { builtDetailPages, type BuiltPage } from './built-pages.ts';
import { settled, showAllResults } from './search-driver.ts';
import { seedSite } from '../setup/seed-site.ts';
import { isStopWord } from '../../src/lib/search-words.ts';

const site = await seedSite();
let server: StaticServer;
let browser: Browser;
let page: Page;
let pages: BuiltPage[];

beforeAll(async () => {
  [server, browser, pages] = await Promise.all([serveDir(site.outDir), launchBrowser(), builtDetailPages(site.outDir)]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface ShownResult {
  type: string;
  title: string;
  href: string;
  date: string | null;
}

/** Opens a search URL and waits until the live region says how it went. */
async function open(path: string): Promise<void> {
  await page.goto(server.url + path);
  await settled(page);
}

/** The results as a person sees them, all of them (pressing "more" until it is gone). */
async function shownResults(): Promise<ShownResult[]> {
  await showAllResults(page);
  return page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      type: li.querySelector('.search-result__type')?.textContent ?? '',
      title: li.querySelector('.search-result__title a')?.textContent ?? '',
      href: li.querySelector('.search-result__title a')?.getAttribute('href') ?? '',
      date: li.querySelector('.search-result__date')?.textContent ?? null,
    })),
  );
}

function status(): Promise<string> {
  return page.textContent('[data-search-status]').then((t) => t ?? '');
}

/** Built pages of a language whose main text contains `word` as a whole word. */
function pagesWithWord(lang: string, word: string): BuiltPage[] {
  const re = new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu');
  return pages.filter((p) => p.lang === lang && re.test(p.text));
}

describe('Dutch search', () => {
  it('keeps the query when the language switch is followed, also after a new search on the page', async () => {
    await open('/zoeken/?q=kassa');
    const href = () => page.locator('a.language-switch').getAttribute('href');
    await expect(href()).resolves.toBe('/en/search/?q=kassa');
    await page.fill('[data-search-form] input[type="search"]', 'subsidie');
    await page.press('[data-search-form] input[type="search"]', 'Enter');
    await settled(page);
    await expect(href()).resolves.toBe('/en/search/?q=subsidie');
    await page.click('a.language-switch');
    await settled(page);
    await expect(page.inputValue('[data-search-form] input[type="search"]')).resolves.toBe('subsidie');
  });

  it('finds the guides about a word, with type, title, link and a highlighted excerpt', async () => {
    const expected = pagesWithWord('nl', 'kassa').map((p) => p.path);
    expect(expected.length).toBeGreaterThan(0);
    await open('/zoeken/?q=kassa');
    const results = await shownResults();
    expect(results.map((r) => r.href)).toEqual(expect.arrayContaining(expected));
    expect(results.every((r) => r.type && r.title && r.href.startsWith('/'))).toBe(true);
    expect(await page.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    expect(await status()).toMatch(new RegExp(`^${results.length} resultat?e?n? voor ‘kassa’`));
  });

  it('finds the singular when a person types the plural (Dutch stemming)', async () => {
    // No page says "toonbanken"; the guides that say "toonbank" must still be found.
    expect(pagesWithWord('nl', 'toonbanken')).toEqual([]);
    const singular = pagesWithWord('nl', 'toonbank').map((p) => p.path);
    expect(singular.length).toBeGreaterThan(0);
    await open('/zoeken/?q=toonbanken');
    const results = await shownResults();
    expect(results.map((r) => r.href)).toEqual(expect.arrayContaining(singular));
    expect(singular).toContain(results[0]!.href);
  });

  it('finds a guide by a word that only its editors’ search keywords contain, without showing that word', async () => {
    expect(pagesWithWord('nl', 'gegevensverlies')).toEqual([]);
    await open('/zoeken/?q=gegevensverlies');
    const results = await shownResults();
    expect(results.map((r) => r.href)).toContain('/gidsen/back-ups-maken/');
    expect((await page.locator('[data-search-results]').innerText()).toLowerCase()).not.toContain('gegevensverlies');
    await page.goto(`${server.url}/gidsen/back-ups-maken/`);
    expect((await page.locator('body').innerText()).toLowerCase()).not.toContain('gegevensverlies');
  });

  it('says so, kindly, when nothing matches, and shows the themes and guides instead', async () => {
    await open('/zoeken/?q=xylofoonreparatie');
    expect(await status()).toMatch(/^Geen resultaten voor ‘xylofoonreparatie’/);
    expect(await page.isVisible('[data-search-empty]')).toBe(true);
    expect(await page.locator('[data-search-empty] a[href="/thema/circulair/"]').count()).toBe(1);
    expect(await page.locator('[data-search-empty] a[href^="/gidsen/"]').count()).toBeGreaterThan(1);
  });
});

describe('English search', () => {
  it('finds only English pages from the English search page', async () => {
    await open('/en/search/?q=waste');
    const results = await shownResults();
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.href.startsWith('/en/'))).toBe(true);
    const english = new Set(pages.filter((p) => p.lang === 'en').map((p) => p.path));
    expect(results.every((r) => english.has(r.href))).toBe(true);
    expect(await status()).toMatch(/results? for ‘waste’/);
  });
});

describe('results with some of the words', () => {
  it('lists them below the full matches under their own heading, ranked by how many words they have', async () => {
    await open('/en/search/?q=cyber%20security%20checklist');
    expect(await status()).toMatch(
      /^No results with all your words for ‘cyber security checklist’\. \d+ results? match(es)? some of your words$/,
    );
    expect(await page.isVisible('[data-search-partial] h2')).toBe(true);
    expect(await page.textContent('[data-search-partial] h2')).toBe('Results matching some of your words');
    const partial = await page.$$eval('[data-search-partial-list] .search-result__title a', (as) => as.map((a) => a.getAttribute('href')));
    // The pages about cyber security have two of the three words; they come first.
    const both = new Set(pages.filter((p) => p.lang === 'en' && /\bcyber/i.test(p.text) && /\bsecurity/i.test(p.text)).map((p) => p.path));
    expect(both.size).toBeGreaterThan(1);
    expect(
      partial.slice(0, 3).every((href) => both.has(href!)),
      partial.join(' '),
    ).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // With one result having every word, the others follow under the heading.
    await open('/zoeken/?q=personeel%20digitale%20vaardigheden');
    expect(await status()).toMatch(/^1 resultaat voor ‘personeel digitale vaardigheden’, en \d+ met een deel van je woorden$/);
    expect(await page.locator('[data-search-list] .search-result').count()).toBe(1);
    expect(await page.locator('[data-search-partial-list] .search-result').count()).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  const QUERY = 'kassa';

  it('narrows by each filter group, counts match the results, and groups combine (OR within, AND across)', async () => {
    await open(`/zoeken/?q=${QUERY}`);
    const all = await shownResults();
    const byPath = new Map(pages.map((p) => [p.path, p]));
    expect(all.length).toBeGreaterThan(2);

    // Type: every shown count equals what ticking it gives, and each result has that type.
    const options = await page.$$eval('[data-search-filters] input[type=checkbox]', (inputs) =>
      inputs.map((i) => ({
        name: (i as HTMLInputElement).name,
        value: (i as HTMLInputElement).value,
        label: i.nextElementSibling?.textContent ?? '',
      })),
    );
    for (const name of ['type', 'thema', 'partner']) expect(options.some((o) => o.name === name)).toBe(true);

    for (const option of options) {
      const count = Number(/\((\d+)\)/.exec(option.label)?.[1]);
      await open(`/zoeken/?q=${QUERY}&${option.name}=${encodeURIComponent(option.value)}`);
      const narrowed = await shownResults();
      expect(narrowed.length, `${option.name}=${option.value}`).toBe(count);
      expect(narrowed.length).toBeLessThanOrEqual(all.length);
      const group = { type: 'type', thema: 'theme', partner: 'partner', status: 'status' }[option.name]!;
      for (const r of narrowed) {
        const built = byPath.get(r.href)!;
        expect(
          built.filters[group]?.map((v) => v.toLowerCase()),
          `${r.href} has ${option.name}=${option.value}`,
        ).toContain(option.value);
      }
    }

    // OR within a group: two themes give the union; AND across groups: adding a partner intersects.
    const themes = options.filter((o) => o.name === 'thema').map((o) => o.value);
    if (themes.length >= 2) {
      const union = new Set<string>();
      for (const t of themes.slice(0, 2)) {
        await open(`/zoeken/?q=${QUERY}&thema=${t}`);
        for (const r of await shownResults()) union.add(r.href);
      }
      await open(`/zoeken/?q=${QUERY}&thema=${themes[0]}&thema=${themes[1]}`);
      expect(new Set((await shownResults()).map((r) => r.href))).toEqual(union);
    }
    const partner = options.find((o) => o.name === 'partner')!.value;
    await open(`/zoeken/?q=${QUERY}&thema=${themes[0]}&partner=${encodeURIComponent(partner)}`);
    for (const r of await shownResults()) {
      const f = byPath.get(r.href)!.filters;
      expect(f.theme?.map((v) => v.toLowerCase())).toContain(themes[0]);
      expect(f.partner?.map((v) => v.toLowerCase())).toContain(partner);
    }
  });

  it('filters by status, open or upcoming versus closed or past, matching the built pages', async () => {
    const withStatus = pages.filter((p) => p.lang === 'nl' && p.filters.status);
    expect(new Set(withStatus.flatMap((p) => p.filters.type))).toEqual(new Set(['Regeling', 'Evenement']));
    for (const label of ['Open of binnenkort', 'Gesloten of geweest']) {
      const expected = withStatus
        .filter((p) => p.filters.status!.includes(label))
        .map((p) => p.path)
        .sort();
      expect(expected.length, label).toBeGreaterThan(0);
      await open(`/zoeken/?status=${encodeURIComponent(label.toLowerCase())}`);
      const results = await shownResults();
      expect(results.map((r) => r.href).sort()).toEqual(expected);
    }
  });

  it('shows the status on every scheme and event result, in words', async () => {
    await open('/zoeken/?type=regeling&type=evenement');
    const results = await shownResults();
    expect(results.length).toBe(pages.filter((p) => p.lang === 'nl' && p.filters.status).length);
    const statuses = await page.$$eval('.search-result', (items) =>
      items.map((li) => li.querySelector('.search-result__status')?.textContent ?? ''),
    );
    for (const [i, text] of statuses.entries()) {
      const type = results[i]!.type;
      const allowed =
        type === 'Regeling'
          ? /^(Open tot en met \d{1,2} \p{L}+ \d{4}|Opent op \d{1,2} \p{L}+ \d{4}|Doorlopend|Gesloten|Budget op)$/u
          : /^(Binnenkort|Geweest|Geannuleerd)$/;
      expect(text, results[i]!.href).toMatch(allowed);
    }
    // Events keep their date beside the status.
    expect(results.filter((r) => r.type === 'Evenement').every((r) => /Datum: .+ · /.test(r.date ?? ''))).toBe(true);
    for (const word of ['Gesloten', 'Geweest', 'Geannuleerd', 'Doorlopend']) expect(statuses, word).toContain(word);
  });

  it('ranks a scheme that opens later after open results and before closed ones, as the schemes overview does', async () => {
    await open('/zoeken/?q=subsidie');
    const results = await shownResults();
    const statuses = await page.$$eval('.search-result', (items) =>
      items.map((li) => li.querySelector('.search-result__status')?.textContent ?? ''),
    );
    // 0: open, ongoing, to come or without a status; 1: opens later; 2: closed, used up or over.
    const tiers = statuses.map((text) => (/^Opent op /.test(text) ? 1 : /^(Gesloten|Budget op|Geweest|Geannuleerd)$/.test(text) ? 2 : 0));
    const groenDak = results.findIndex((r) => r.href.includes('/regelingen/groen-dak-subsidie/'));
    expect(groenDak, 'Subsidie groen dak (opens on 19 December 2026) is found').toBeGreaterThan(0);
    expect(tiers[groenDak]).toBe(1);
    expect(tiers, results.map((r, i) => `${tiers[i]} ${r.title}`).join('\n')).toEqual([...tiers].sort((a, b) => a - b));
    expect(tiers).toContain(0);
    expect(tiers).toContain(2);
  });
});

describe('excerpts', () => {
  it('come from body text, not from labels, badges or dates', async () => {
    for (const q of ['lening', 'subsidie', 'workshop', 'energiescan', 'kapper']) {
      await open(`/zoeken/?q=${q}`);
      const excerpts = await page.$$eval('.search-result__excerpt', (els) => els.map((e) => e.textContent ?? ''));
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of excerpts) {
        // Label and value glued together ("Wanneerdinsdag …", "Aangeboden door: …") or a lone badge ("… Open.").
        expect(text, q).not.toMatch(
          /Wanneer\p{Ll}|Tijden in Amsterdamse tijd|Aangeboden door|\. (Open|Gesloten|Geannuleerd)\.|Doorlopend, geen deadline/u,
        );
      }
    }
  });
});

describe('on a phone (390 × 844)', () => {
  let phone: Page;
  beforeAll(async () => {
    phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await phone?.close();
  });

  async function phoneSearch(q: string): Promise<void> {
    await phone.goto(`${server.url}/zoeken/`);
    await phone.fill('#search-page-q', q);
    await phone.press('#search-page-q', 'Enter');
    await phone.waitForFunction(
      () =>
        !!document.querySelector('[data-search-status]')?.textContent &&
        !document.querySelector('[data-search]')?.hasAttribute('aria-busy'),
    );
  }

  it('shows the first result on the first screen, filters behind "Filters (n)"', async () => {
    for (const q of ['subsidie', 'zonnepanelen', 'kapper']) {
      await phoneSearch(q);
      const first = await phone.locator('.search-result').first().boundingBox();
      expect(first, q).not.toBeNull();
      expect(first!.y + first!.height, `${q}: the first result ends within the screen`).toBeLessThanOrEqual(844);
      expect(await phone.isVisible('[data-search-filters] input'), q).toBe(false);
      expect(await phone.textContent('summary[data-search-filter-summary]')).toBe('Filters (0)');
    }
    // Opening the disclosure loads and shows the filters; a ticked one is counted.
    await phone.click('summary[data-search-filter-summary]');
    await phone.locator('[data-search-filters] input[name="thema"]').first().waitFor();
    await phone.locator('[data-search-filters] input[name="thema"]').first().check();
    await phone.waitForURL(/thema=/);
    await phone.waitForFunction(() => document.querySelector('summary[data-search-filter-summary]')?.textContent === 'Filters (1)');
  });

  it('announces the number of results and reaches the first result within 3 Tabs from the search button', async () => {
    await phoneSearch('warmtepomp');
    expect(await phone.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');
    expect(await phone.textContent('[data-search-status]')).toMatch(/^\d+ resultaten voor ‘warmtepomp’/);
    const firstHref = await phone.getAttribute('.search-result__title a', 'href');
    await phone.focus('form[data-search-form] button[type="submit"]');
    let tabs = 0;
    while (tabs < 3 && !(await phone.evaluate((href) => document.activeElement?.getAttribute('href') === href, firstHref))) {
      await phone.keyboard.press('Tab');
      tabs++;
    }
    expect(await phone.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref);
    const violations = await axeViolations(phone);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('word forms and typos', () => {
  it('shows subsidy results for "subsiddie", with the typed query one link away, and nothing for the typed word itself', async () => {
    await open('/zoeken/?q=subsiddie');
    expect(await status()).toMatch(/^\d+ resultaten voor ‘subsidie’\. Zoek in plaats daarvan op subsiddie\.$/);
    expect((await shownResults())[0]!.href).toMatch(/^\/regelingen\/.*subsidie/);
    const link = page.locator('[data-search-status] a[data-search-suggestion]');
    expect(await link.getAttribute('href')).toBe('/zoeken/?q=subsiddie&letterlijk=1');
    await link.click();
    await page.waitForURL(/letterlijk=1$/);
    await settled(page);
    // "’s" is not a word in the index: the stories that say "’s nachts" no longer answer "subsiddie".
    expect(await status()).toMatch(/^Geen resultaten voor ‘subsiddie’.*Bedoelde je subsidie\?$/);
    expect(await page.locator('.search-result').count()).toBe(0);
  });

  it('offers "Bedoelde je duurzaam?" for "duurzam", keeping what "duurzam" finds', async () => {
    await open('/zoeken/?q=duurzam');
    const link = page.locator('[data-search-status] a[data-search-suggestion]');
    expect(await link.textContent()).toBe('duurzaam');
    expect(await link.getAttribute('href')).toBe('/zoeken/?q=duurzaam');
    expect(await status()).toMatch(/^\d+ resultaa?t(en)? voor ‘duurzam’\. Bedoelde je duurzaam\?$/);
    await link.click();
    await page.waitForURL(/\?q=duurzaam$/);
    await settled(page);
    expect((await shownResults()).length).toBeGreaterThan(5);
  });

  it('never suggests a stop word, and never makes one fail a query', async () => {
    for (const q of ['cyberaanval wat nu', 'wat is een subsiddie', 'hoe kan ik isoleeren']) {
      await open(`/zoeken/?q=${encodeURIComponent(q)}`);
      expect(await page.locator('.search-result').count(), q).toBeGreaterThan(0);
      const suggested = await page.locator('[data-search-status] a[data-search-suggestion]').allTextContents();
      const shownFor = /voor ‘([^’]*)’/.exec(await status())?.[1] ?? '';
      for (const words of [...suggested.filter((s) => s !== q), shownFor === q ? '' : shownFor]) {
        for (const word of words.split(/\s+/).filter(Boolean)) expect(isStopWord(word, 'nl'), `"${q}" suggests "${words}"`).toBe(false);
      }
    }
  });

  it('never searches an apostrophe fragment', async () => {
    await open(`/zoeken/?q=${encodeURIComponent('’s')}`);
    expect(await page.locator('.search-result').count()).toBe(0);
    await open(`/zoeken/?q=${encodeURIComponent("'t")}`);
    expect(await page.locator('.search-result').count()).toBe(0);
  });

  it('finds the solar-panel loan for "zonnepaneel" through the editors’ synonyms', async () => {
    // The loan says "zonnepanelen"; the seed's synonym group links the singular to it.
    expect(pagesWithWord('nl', 'zonnepaneel').map((p) => p.path)).not.toContain('/regelingen/zonnepanelen-lening/');
    await open('/zoeken/?q=zonnepaneel');
    expect((await shownResults()).slice(0, 3).map((r) => r.href)).toContain('/regelingen/zonnepanelen-lening/');
  });

  it('offers nothing when the words are known', async () => {
    await open('/zoeken/?q=subsidie');
    expect(await page.locator('[data-search-suggestion]').count()).toBe(0);
  });
});

describe('URL state', () => {
  it('puts query and filters in the URL, survives a reload and the back button', async () => {
    await open('/zoeken/');
    await page.fill('#search-page-q', 'kassa');
    await page.press('#search-page-q', 'Enter');
    await page.waitForURL(/\?q=kassa$/);
    await settled(page);
    const unfiltered = (await shownResults()).length;

    await page.check('[data-search-filters] input[name="thema"][value="circulair"]');
    await page.waitForURL(/thema=circulair/);
    await settled(page);
    const filtered = await shownResults();
    expect(filtered.length).toBeLessThan(unfiltered);

    await page.reload();
    await settled(page);
    expect(await page.inputValue('#search-page-q')).toBe('kassa');
    expect(await page.isChecked('[data-search-filters] input[name="thema"][value="circulair"]')).toBe(true);
    expect((await shownResults()).map((r) => r.href)).toEqual(filtered.map((r) => r.href));

    await page.goBack();
    await page.waitForURL(/\?q=kassa$/);
    await settled(page);
    expect(await page.isChecked('[data-search-filters] input[name="thema"][value="circulair"]')).toBe(false);
    expect((await shownResults()).length).toBe(unfiltered);

    await page.goBack();
    await page.waitForURL(/\/zoeken\/$/);
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-search-empty]')?.hidden);
    expect(await page.inputValue('#search-page-q')).toBe('');
  });
});

describe('accessibility', () => {
  it('has a labelled search box, a live region, keyboard-reachable results and no axe violations', async () => {
    await open('/zoeken/?q=kassa&thema=digitaal');
    expect(await page.locator('label[for="search-page-q"]').count()).toBe(1);
    expect(await page.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Tab from the search button reaches the filters and then the first result link.
    await page.focus('#search-page-q');
    const firstHref = await page.getAttribute('.search-result__title a', 'href');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, firstHref);
    }
    expect(reached).toBe(true);
  });

  it('without JavaScript keeps the query in the box and says why, in "je"', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}/zoeken/`);
    await noJs.fill('#search-page-q', 'kassasysteem');
    await noJs.press('#search-page-q', 'Enter');
    await noJs.click('.search-page__form button[type="submit"]');
    // Nothing to search with, but nothing lost either: same page, the query still typed.
    expect(new URL(noJs.url()).pathname).toBe('/zoeken/');
    expect(await noJs.inputValue('#search-page-q')).toBe('kassasysteem');
    const hint = await noJs.locator('.search-page__hint').innerText();
    expect(hint).toContain('JavaScript');
    // The site speaks to people as "je", also here.
    expect(hint).toMatch(/\bje\b/);
    expect(hint).not.toMatch(/\b(u|uw)\b/i);
    await context.close();
  });
});
