// Relevance: what a Rotterdam business owner types, in Dutch and English (word forms, typos, sector
// words, district names), and the pages they must get in the first three results, in Chromium
// against the seed site. Closed schemes and past or cancelled events the query does not name must
// come after everything that is still open or to come. A typo is followed through "Bedoelde je …?"
// as a person would: the suggested search must then give the pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { seedSite } from '../setup/seed-site.ts';
import { settled, showAllResults } from './search-driver.ts';

interface Case {
  lang: 'nl' | 'en';
  q: string;
  /** Pages that must all be in the first three results. */
  top3: string[];
  /** Closed or past pages that must be found, below every open, ongoing or upcoming result. */
  below?: string[];
  /** A typo: the page must offer this search ("Bedoelde je …?"), and `top3` holds for it. */
  suggests?: string;
}

const CASES: Case[] = [
  // Generic money words: open schemes first, closed ones after everything current.
  {
    lang: 'nl',
    q: 'subsidie',
    top3: ['/regelingen/groen-dak-subsidie/', '/regelingen/circulaire-innovatiesubsidie/'],
    below: ['/regelingen/elektrische-bestelbus/', '/regelingen/winkelpand-verduurzaming/'],
  },
  { lang: 'nl', q: 'subsidies', top3: ['/regelingen/groen-dak-subsidie/', '/regelingen/circulaire-innovatiesubsidie/'] },
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
  { lang: 'nl', q: 'groen dak', top3: ['/regelingen/groen-dak-subsidie/', '/gidsen/groen-dak-regenwater/'] },
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
    suggests: 'subsidie',
    top3: ['/regelingen/groen-dak-subsidie/', '/regelingen/circulaire-innovatiesubsidie/'],
  },
  { lang: 'nl', q: 'warmtepmop', suggests: 'warmtepomp', top3: ['/gidsen/warmtepomp-werkplaats/'] },
  { lang: 'nl', q: 'duurzaamheidsvoucer', suggests: 'duurzaamheidsvoucher', top3: ['/regelingen/duurzaamheidsvoucher-010/'] },
  // English.
  {
    lang: 'en',
    q: 'grant',
    top3: ['/en/support/circulaire-innovatiesubsidie/', '/en/support/groen-dak-subsidie/'],
    below: ['/en/support/elektrische-bestelbus/'],
  },
  { lang: 'en', q: 'subsidy', top3: ['/en/support/circulaire-innovatiesubsidie/', '/en/support/groen-dak-subsidie/'] },
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
}

/** Every result in order, with its status (pressing "more" until all are shown). */
async function allResults(): Promise<Shown[]> {
  await showAllResults(page);
  return page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      href: li.querySelector('.search-result__title a')?.getAttribute('href') ?? '',
      status: li.querySelector('.search-result__status')?.getAttribute('data-status') ?? null,
    })),
  );
}

/** Runs one case as a person would; returns the results it ends with. */
async function search(c: Case): Promise<Shown[]> {
  await page.goto(`${server.url}${c.lang === 'nl' ? '/zoeken/' : '/en/search/'}?q=${encodeURIComponent(c.q)}`);
  await settled(page);
  if (c.suggests) {
    const link = page.locator('[data-search-status] a[data-search-suggestion]');
    await link.waitFor();
    expect(await link.textContent()).toBe(c.suggests);
    await link.click();
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, c.suggests);
    await settled(page);
  }
  return allResults();
}

describe('search relevance on the seed site', () => {
  it('has at least 40 queries in both languages, with typos and closed or past pages among them', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.some((c) => c.lang === 'en')).toBe(true);
    expect(CASES.filter((c) => c.suggests).length).toBeGreaterThanOrEqual(3);
    expect(CASES.filter((c) => c.below).length).toBeGreaterThanOrEqual(5);
  });

  it.each(CASES.map((c) => [`${c.lang}: ${c.q}`, c] as const))('%s', async (_name, c) => {
    const results = await search(c);
    const top3 = results.slice(0, 3).map((r) => r.href);
    for (const expected of c.top3) expect(top3, `"${c.q}" must have ${expected} in the first three`).toContain(expected);
    for (const stale of c.below ?? []) {
      const at = results.findIndex((r) => r.href === stale);
      expect(at, `"${c.q}" must find ${stale}`).toBeGreaterThanOrEqual(0);
      expect(results[at]!.status === null || !CURRENT.has(results[at]!.status!), `${stale} is shown as closed or past`).toBe(true);
      const lastCurrent = results.findLastIndex((r) => r.status !== null && CURRENT.has(r.status));
      expect(at, `"${c.q}": ${stale} must come after every open or upcoming result`).toBeGreaterThan(lastCurrent);
    }
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
