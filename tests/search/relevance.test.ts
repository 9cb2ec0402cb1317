// Relevance: what a Rotterdam business owner types, in Dutch and English (word forms, typos, sector
// words, district names, compounds, whole questions with stop words, several words of which the site
// lacks one), and the pages they must get in the first three results, in Chromium against the seed
// site. Closed schemes and past or cancelled events the query does not name must come after
// everything that is still open or to come. A typo is either corrected (the suggestion's results
// are shown, with "Zoek in plaats daarvan op …") or offered ("Bedoelde je …?", followed as a person
// would): the suggested search must then give the pages. The hit rate per language is printed at the
// end and recorded in docs/search.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { seedSite } from '../setup/seed-site.ts';
import { searchFor, settled, showAllResults } from './search-driver.ts';
import { queryWords, searchWords } from '../../src/lib/search-words.ts';

interface Case {
  lang: 'nl' | 'en';
  q: string;
  /** Pages that must all be in the first three results. */
  top3: string[];
  /** Closed or past pages that must be found, below every open, ongoing or upcoming result. */
  below?: string[];
  /** A typo the typed query still finds things for: the page must offer this search ("Bedoelde je …?"), and `top3` holds for it. */
  suggests?: string;
  /** A typo that finds little: the page must show this search's results instead, and `top3` holds for them. */
  corrects?: string;
}

const CASES: Case[] = [
  // Generic money words: open schemes first, then those that open later (groen-dak), closed ones after everything current.
  {
    lang: 'nl',
    q: 'subsidie',
    top3: ['/regelingen/circulaire-innovatiesubsidie/'],
    below: ['/regelingen/elektrische-bestelbus/', '/regelingen/winkelpand-verduurzaming/'],
  },
  { lang: 'nl', q: 'subsidies', top3: ['/regelingen/circulaire-innovatiesubsidie/'] },
  { lang: 'nl', q: 'lening', top3: ['/regelingen/zonnepanelen-lening/'] },
  { lang: 'nl', q: 'leningen', top3: ['/regelingen/zonnepanelen-lening/'] },
  { lang: 'nl', q: 'innovatiekrediet', top3: ['/regelingen/mkb-innovatiekrediet/'] },
  {
    lang: 'nl',
    q: 'voucher',
    top3: ['/regelingen/digitaliseringsvoucher/', '/regelingen/duurzaamheidsvoucher-010/'],
    below: ['/regelingen/ai-praktijkvoucher/'],
  },
  { lang: 'nl', q: 'energieadvies', top3: ['/regelingen/gratis-energieadvies/'] },
  // Singular and plural, and the editors' synonyms.
  { lang: 'nl', q: 'zonnepaneel', top3: ['/regelingen/zonnepanelen-lening/', '/gidsen/zonnepanelen-bedrijfsdak/'] },
  { lang: 'nl', q: 'zonnepanelen', top3: ['/regelingen/zonnepanelen-lening/', '/gidsen/zonnepanelen-bedrijfsdak/'] },
  {
    lang: 'nl',
    q: 'warmtepomp',
    top3: ['/gidsen/warmtepomp-werkplaats/', '/verhalen/installateur-uit-ijsselmonde-stapt-over-op-warmtepompen/'],
  },
  {
    lang: 'nl',
    q: 'warmtepompen',
    top3: ['/gidsen/warmtepomp-werkplaats/', '/verhalen/installateur-uit-ijsselmonde-stapt-over-op-warmtepompen/'],
  },
  { lang: 'nl', q: 'isoleren', top3: ['/gidsen/winkelpand-isoleren/'] },
  // The green-roof scheme opens on 19 December 2026 (after the seed's anchor): like the schemes overview,
  // search ranks it after open results and before closed ones (tests/search/search-page.test.ts).
  { lang: 'nl', q: 'groen dak', top3: ['/gidsen/groen-dak-regenwater/'] },
  { lang: 'nl', q: 'phishing', top3: ['/gidsen/nepmails-herkennen/'] },
  { lang: 'nl', q: 'nepmail', top3: ['/gidsen/nepmails-herkennen/'] },
  { lang: 'nl', q: 'back-up', top3: ['/gidsen/back-ups-maken/'] },
  { lang: 'nl', q: 'gijzelsoftware', top3: ['/gidsen/back-ups-maken/'] },
  { lang: 'nl', q: 'webshop', top3: ['/regelingen/webshop-training/', '/gidsen/veilig-online-verkopen/'] },
  { lang: 'nl', q: 'kassa', top3: ['/gidsen/digitale-kassa-en-voorraad/'] },
  { lang: 'nl', q: 'bestelbus', top3: ['/gidsen/elektrische-bestelbus/'], below: ['/regelingen/elektrische-bestelbus/'] },
  { lang: 'nl', q: 'zero-emissiezone', top3: ['/gidsen/zero-emissiezone-rotterdam/'] },
  {
    lang: 'nl',
    q: 'AI',
    top3: ['/gidsen/ai-tools-verantwoord-gebruiken/', '/evenementen/cursus-ai-in-je-administratie-februari-2027/'],
    below: ['/regelingen/ai-praktijkvoucher/'],
  },
  { lang: 'nl', q: 'afval', top3: ['/gidsen/bedrijfsafval-scheiden/'] },
  { lang: 'nl', q: 'textiel', top3: ['/gidsen/upv-textiel/'] },
  // Sector words.
  { lang: 'nl', q: 'kapper', top3: ['/gidsen/online-afspraken-laten-maken/', '/verhalen/studio-naima-werkt-met-online-afspraken/'] },
  { lang: 'nl', q: 'kapsalon', top3: ['/verhalen/studio-naima-werkt-met-online-afspraken/'] },
  { lang: 'nl', q: 'horeca', top3: ['/partners/horeca-collectief-rotterdam/', '/gidsen/energie-besparen-horeca/'] },
  { lang: 'nl', q: 'restaurant', top3: ['/gidsen/voedselverspilling-horeca/', '/verhalen/restaurant-morabeza-gooit-minder-eten-weg/'] },
  { lang: 'nl', q: 'bakkerij', top3: ['/verhalen/bakkerij-aydin-bespaart-energie/'] },
  // District names.
  { lang: 'nl', q: 'Delfshaven', top3: ['/evenementen/inloopspreekuur-regelingen-december-2026/'] },
  { lang: 'nl', q: 'Hoogvliet', top3: ['/verhalen/bouwbedrijf-oudeland-renoveert-met-oude-materialen/'] },
  // Who a scheme is for (sector, company size, district) is found, as "Past dit bij mij?" shows it.
  { lang: 'nl', q: 'subsidie winkel Feijenoord', top3: ['/regelingen/winkelpand-verduurzaming/'] },
  { lang: 'nl', q: 'IJsselmonde', top3: ['/verhalen/installateur-uit-ijsselmonde-stapt-over-op-warmtepompen/'] },
  // Events: the coming edition before the past one.
  {
    lang: 'nl',
    q: 'workshop van afval naar grondstof',
    top3: ['/evenementen/van-afval-naar-grondstof-maart-2027/'],
    below: ['/evenementen/van-afval-naar-grondstof-mei-2026/'],
  },
  {
    lang: 'nl',
    q: 'netwerkborrel',
    top3: ['/evenementen/netwerkborrel-zuid-december-2026/'],
    below: ['/evenementen/netwerkborrel-prins-alexander-mei-2026/'],
  },
  {
    lang: 'nl',
    q: 'Ondernemen010 Live',
    top3: ['/evenementen/ondernemen010-live-2027/'],
    below: ['/evenementen/ondernemen010-live-2025/'],
  },
  {
    lang: 'nl',
    q: 'energiescan',
    top3: ['/evenementen/energiescan-ontbijt-december-2026/'],
    below: ['/evenementen/energiescan-ontbijt-januari-2026/'],
  },
  // Typos, through "Bedoelde je …?".
  {
    lang: 'nl',
    q: 'subsdie',
    corrects: 'subsidie',
    top3: ['/regelingen/circulaire-innovatiesubsidie/'],
  },
  { lang: 'nl', q: 'warmtepmop', corrects: 'warmtepomp', top3: ['/gidsen/warmtepomp-werkplaats/'] },
  { lang: 'nl', q: 'duurzaamheidsvoucer', corrects: 'duurzaamheidsvoucher', top3: ['/regelingen/duurzaamheidsvoucher-010/'] },
  {
    lang: 'nl',
    q: 'subsiddie',
    corrects: 'subsidie',
    top3: ['/regelingen/circulaire-innovatiesubsidie/'],
  },
  {
    lang: 'nl',
    q: 'zonnepanleen',
    corrects: 'zonnepanelen',
    top3: ['/gidsen/zonnepanelen-bedrijfsdak/', '/regelingen/zonnepanelen-lening/'],
  },
  { lang: 'nl', q: 'kasa', corrects: 'kassa', top3: ['/gidsen/digitale-kassa-en-voorraad/'] },
  { lang: 'nl', q: 'bakerij', corrects: 'bakkerij', top3: ['/verhalen/bakkerij-aydin-bespaart-energie/'] },
  { lang: 'nl', q: 'isoleeren', suggests: 'isoleren', top3: ['/gidsen/winkelpand-isoleren/'] },
  { lang: 'nl', q: 'duurzam', suggests: 'duurzaam', top3: ['/regelingen/duurzaamheidsvoucher-010/'] },
  // Compounds: a part of a word finds the whole ("krediet" the Innovatiekrediet).
  { lang: 'nl', q: 'krediet', top3: ['/regelingen/mkb-innovatiekrediet/'] },
  { lang: 'nl', q: 'panelen', top3: ['/gidsen/zonnepanelen-bedrijfsdak/', '/regelingen/zonnepanelen-lening/'] },
  { lang: 'nl', q: 'scan', top3: ['/evenementen/energiescan-ontbijt-december-2026/', '/regelingen/cyberveiligheidsscan/'] },
  { lang: 'nl', q: 'plicht', top3: ['/gidsen/energiebesparingsplicht/'] },
  { lang: 'nl', q: 'emissiezone', top3: ['/gidsen/zero-emissiezone-rotterdam/'] },
  { lang: 'nl', q: 'loket', top3: ['/partners/energieloket-mkb-rijnmond/'] },
  { lang: 'nl', q: 'pand', top3: ['/gidsen/bedrijfspand-energieneutraal/', '/gidsen/winkelpand-isoleren/'] },
  { lang: 'nl', q: 'innovatie subsidie', top3: ['/regelingen/circulaire-innovatiesubsidie/'] },
  { lang: 'nl', q: 'energie advies', top3: ['/regelingen/gratis-energieadvies/'] },
  // Whole questions: stop words never make a query fail.
  { lang: 'nl', q: 'cyberaanval wat nu', top3: ['/partners/cyberveilig-010/'] },
  { lang: 'nl', q: 'hoe kan ik energie besparen', top3: ['/campagnes/energie-besparen-deze-winter/', '/gidsen/energie-besparen-horeca/'] },
  { lang: 'nl', q: 'wat is de zero-emissiezone', top3: ['/gidsen/zero-emissiezone-rotterdam/'] },
  { lang: 'nl', q: 'subsidie voor een groen dak', top3: ['/regelingen/groen-dak-subsidie/'] },
  { lang: 'nl', q: 'ik wil een warmtepomp', top3: ['/gidsen/warmtepomp-werkplaats/'] },
  { lang: 'nl', q: 'hoe maak ik een back-up', top3: ['/gidsen/back-ups-maken/'] },
  // Several words, one of which the site does not have: pages with the others still come.
  { lang: 'nl', q: 'personeel digitale vaardigheden', top3: ['/partners/praktijkacademie-rotterdam/'] },
  { lang: 'nl', q: 'warmtepomp werkplaats geluid', top3: ['/gidsen/warmtepomp-werkplaats/'] },
  { lang: 'nl', q: 'kassa voorraad app', top3: ['/gidsen/digitale-kassa-en-voorraad/'] },
  { lang: 'nl', q: 'zonnepanelen lening rente', top3: ['/regelingen/zonnepanelen-lening/'] },
  { lang: 'nl', q: 'webshop beginnen tips', top3: ['/gidsen/veilig-online-verkopen/'] },
  // More sector and district words.
  { lang: 'nl', q: 'bouwbedrijf', top3: ['/verhalen/bouwbedrijf-oudeland-renoveert-met-oude-materialen/'] },
  { lang: 'nl', q: 'installateur', top3: ['/verhalen/installateur-uit-ijsselmonde-stapt-over-op-warmtepompen/'] },
  { lang: 'nl', q: 'drukkerij', top3: ['/verhalen/drukkerij-noordzon-gaat-digitaal/'] },
  { lang: 'nl', q: 'logistiek', top3: ['/gidsen/pallets-kratten-folie-logistiek/'] },
  { lang: 'nl', q: 'Feijenoord', top3: ['/partners/ondernemersvereniging-rotterdam-zuid/'] },
  { lang: 'nl', q: 'Kralingen', top3: ['/evenementen/minder-verspillen-in-de-keuken/'] },
  {
    lang: 'nl',
    q: 'kapper Feijenoord',
    top3: ['/partners/ondernemersvereniging-rotterdam-zuid/', '/gidsen/online-afspraken-laten-maken/'],
  },
  // English.
  {
    lang: 'en',
    q: 'grant',
    top3: ['/en/support/circulaire-innovatiesubsidie/'],
    below: ['/en/support/elektrische-bestelbus/'],
  },
  { lang: 'en', q: 'subsidy', top3: ['/en/support/circulaire-innovatiesubsidie/'] },
  { lang: 'en', q: 'loan', top3: ['/en/support/zonnepanelen-lening/', '/en/support/groene-verbouwlening/'] },
  { lang: 'en', q: 'solar panel', top3: ['/en/support/zonnepanelen-lening/', '/en/guides/solar-panels-business-roof/'] },
  { lang: 'en', q: 'solar panels', top3: ['/en/support/zonnepanelen-lening/', '/en/guides/solar-panels-business-roof/'] },
  { lang: 'en', q: 'heat pumps', top3: ['/en/guides/heat-pump-for-your-workshop/'] },
  { lang: 'en', q: 'hairdresser', top3: ['/en/stories/studio-naima-takes-bookings-online/'] },
  { lang: 'en', q: 'restaurant', top3: ['/en/guides/food-waste-restaurant/'] },
  {
    lang: 'en',
    q: 'voucher',
    top3: ['/en/support/digitaliseringsvoucher/', '/en/support/duurzaamheidsvoucher-010/'],
    below: ['/en/support/ai-praktijkvoucher/'],
  },
  { lang: 'en', q: 'zero emission zone', top3: ['/en/guides/rotterdam-zero-emission-zone/'] },
  { lang: 'en', q: 'cyber security', top3: ['/en/guides/spotting-fake-emails/'] },
  { lang: 'en', q: 'energy saving obligation', top3: ['/en/guides/energy-saving-obligation/'] },
  { lang: 'en', q: 'Delfshaven', top3: ['/en/events/inloopspreekuur-regelingen-december-2026/'] },
  { lang: 'en', q: 'retail grant Feijenoord', top3: ['/en/support/winkelpand-verduurzaming/'] },
  { lang: 'en', q: 'sustainabilty voucher', suggests: 'sustainability voucher', top3: ['/en/support/duurzaamheidsvoucher-010/'] },
  { lang: 'en', q: 'subisdy', corrects: 'subsidy', top3: ['/en/support/circulaire-innovatiesubsidie/'] },
  { lang: 'en', q: 'hairdreser', suggests: 'hairdresser', top3: ['/en/stories/studio-naima-takes-bookings-online/'] },
  { lang: 'en', q: 'restuarant', corrects: 'restaurant', top3: ['/en/guides/food-waste-restaurant/'] },
  { lang: 'en', q: 'electirc van', corrects: 'electric van', top3: ['/en/support/elektrische-bestelbus/'] },
  { lang: 'en', q: 'how do I spot a fake email', top3: ['/en/guides/spotting-fake-emails/'] },
  { lang: 'en', q: 'what is the zero emission zone', top3: ['/en/guides/rotterdam-zero-emission-zone/'] },
  { lang: 'en', q: 'how to save energy', top3: ['/en/campaigns/saving-energy-this-winter/'] },
  { lang: 'en', q: 'cyber security checklist', top3: ['/en/guides/spotting-fake-emails/', '/en/support/cyberveiligheidsscan/'] },
  { lang: 'en', q: 'heat pump workshop noise', top3: ['/en/guides/heat-pump-for-your-workshop/'] },
  { lang: 'en', q: 'solar panel loan interest', top3: ['/en/support/zonnepanelen-lening/'] },
  { lang: 'en', q: 'construction', top3: ['/en/partners/bouwkring-rijnmond/'] },
  { lang: 'en', q: 'bakery', top3: ['/en/stories/aydin-bakery-cuts-energy-use/'] },
  { lang: 'en', q: 'hairdresser Charlois', top3: ['/en/stories/studio-naima-takes-bookings-online/'] },
];

const CURRENT = new Set(['open', 'ongoing', 'upcoming']);

const site = await seedSite();
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveDir(site.outDir), launchBrowser()]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Shown {
  href: string;
  status: string | null;
  /** Listed with the results that have some of the words (below those with all of them). */
  partial: boolean;
}

/** Every result in order, with its status (pressing "more" until all are shown). */
async function allResults(): Promise<Shown[]> {
  await showAllResults(page);
  return page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      href: li.querySelector('.search-result__title a')?.getAttribute('href') ?? '',
      status: li.querySelector('.search-result__status')?.getAttribute('data-status') ?? null,
      partial: !!li.closest('[data-search-partial]'),
    })),
  );
}

/** Runs one case as a person would; returns the results it ends with. */
async function search(c: Case): Promise<Shown[]> {
  await searchFor(page, server.url, c.lang === 'nl' ? '/zoeken/' : '/en/search/', c.q);
  if (c.suggests) {
    const link = page.locator('[data-search-status] a[data-search-suggestion]');
    await link.waitFor();
    expect(await link.textContent()).toBe(c.suggests);
    await link.click();
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, c.suggests);
    await settled(page);
  }
  if (c.corrects) {
    // The results are the suggestion's; the typed query stays one click away.
    const status = (await page.textContent('[data-search-status]')) ?? '';
    expect(status, `"${c.q}" shows the results of "${c.corrects}"`).toContain(`‘${c.corrects}’`);
    expect(await page.textContent('[data-search-status] a[data-search-suggestion]')).toBe(c.q);
  }
  return allResults();
}

/** Which cases found their pages, per language, for the hit rate. */
const hits = new Map<Case, boolean>();

describe('search relevance on the seed site', () => {
  it('has at least 80 queries in both languages, with typos, stop words and closed or past pages among them', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(CASES.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(20);
    for (const lang of ['nl', 'en'] as const) {
      expect(CASES.filter((c) => c.lang === lang && (c.suggests || c.corrects)).length, lang).toBeGreaterThanOrEqual(3);
      expect(
        CASES.filter((c) => c.lang === lang && searchWords(c.q, lang).length < queryWords(c.q).length).length,
        lang,
      ).toBeGreaterThanOrEqual(3);
    }
    expect(CASES.filter((c) => c.below).length).toBeGreaterThanOrEqual(5);
  });

  afterAll(() => {
    const rate = (cases: Case[]) => `${cases.filter((c) => hits.get(c)).length}/${cases.length}`;
    const run = [...hits.keys()];
    console.log(
      `Relevance hit rate: ${rate(run)} (nl ${rate(run.filter((c) => c.lang === 'nl'))}, en ${rate(run.filter((c) => c.lang === 'en'))})`,
    );
  });

  it.each(CASES.map((c) => [`${c.lang}: ${c.q}`, c] as const))('%s', async (_name, c) => {
    hits.set(c, false);
    const results = await search(c);
    const top3 = results.slice(0, 3).map((r) => r.href);
    for (const expected of c.top3) expect(top3, `"${c.q}" must have ${expected} in the first three`).toContain(expected);
    for (const stale of c.below ?? []) {
      const at = results.findIndex((r) => r.href === stale);
      expect(at, `"${c.q}" must find ${stale}`).toBeGreaterThanOrEqual(0);
      expect(results[at]!.status === null || !CURRENT.has(results[at]!.status!), `${stale} is shown as closed or past`).toBe(true);
      // Within its own list: results with some of the words all come after those with all of them.
      const lastCurrent = results.findLastIndex((r) => r.partial === results[at]!.partial && r.status !== null && CURRENT.has(r.status));
      expect(at, `"${c.q}": ${stale} must come after every open or upcoming result`).toBeGreaterThan(lastCurrent);
    }
    hits.set(c, true);
  });

  it('for generic queries shows no closed scheme or past event in the first three while current ones match', async () => {
    let staleFound = 0;
    for (const [lang, q] of [
      ['nl', 'subsidie'],
      ['nl', 'lening'],
      ['nl', 'energie'],
      ['en', 'grant'],
      ['en', 'energy'],
    ] as const) {
      const results = await search({ lang, q, top3: [] });
      const current = results.filter((r) => r.status !== null && CURRENT.has(r.status));
      const stale = results.filter((r) => r.status !== null && !CURRENT.has(r.status));
      expect(current.length, `"${q}" has current matches`).toBeGreaterThan(0);
      staleFound += stale.length;
      expect(
        results.slice(0, 3).filter((r) => r.status !== null && !CURRENT.has(r.status)),
        q,
      ).toEqual([]);
    }
    // Without closed or past matches among them, these queries would prove nothing.
    expect(staleFound).toBeGreaterThan(0);
  });
});
