// The Hulpwijzer on the seed site. For several theme/sector/district choices and for every goal in
// both languages, Chromium shows exactly the documents whose fields match: the expected sets are
// computed here from the raw dataset (open schemes and upcoming events only), not with the site's
// own code. Also: no
// JavaScript, axe in both languages, its own head per result page, and the links that lead in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { GOALS, finderResultPath, goalTheme } from '@mkb010/model';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { seedSite } from '../setup/seed-site.ts';
import { attr, builtPaths, fileOf, readPage } from './html.ts';
import { seedDocs, type RawDoc } from './seed-data.ts';

const { outDir, now, anchor } = await seedSite();
const docs = await seedDocs();
const NOW = Date.parse(now);
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDir(outDir)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Lang = 'nl' | 'en';
const SECTIONS: Record<Lang, Record<string, string>> = {
  nl: { scheme: '/regelingen/', partner: '/partners/', guide: '/gidsen/', event: '/evenementen/' },
  en: { scheme: '/en/support/', partner: '/en/partners/', guide: '/en/guides/', event: '/en/events/' },
};
const amsterdamDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
const admits = (list: string[] | undefined, value: string | undefined) => !value || !list?.length || list.includes(value);

interface Choice {
  lang: Lang;
  /** The address of the result page. */
  page: string;
  theme: string;
  /** A goal of the theme: the page lists what is made for it, or on the theme without a goal of it. */
  goal?: string;
  sector?: string;
  /** Fragment of the district link, and the district it stands for. */
  districts: [string | undefined, string][];
}

/** What a reader should see per section, from the raw dataset: hrefs, items made for them first. */
function expected(choice: Choice, district: string | undefined) {
  const { lang, theme, goal, sector } = choice;
  const goalsOfTheme = GOALS.values.filter((g) => goalTheme(g) === theme) as string[];
  // Partners name no goals: a goal page lists the partners of its theme.
  const onChoice = (d: RawDoc) =>
    !goal || d._type === 'partner'
      ? d.themes?.includes(theme)
      : d.goals?.includes(goal) || (d.themes?.includes(theme) && !d.goals?.some((g: string) => goalsOfTheme.includes(g)));
  const fits = (d: RawDoc) => onChoice(d) && admits(d.sectors, sector);
  const madeFor = (d: RawDoc) =>
    (!!goal && !!d.goals?.includes(goal)) ||
    (!!sector && !!d.sectors?.includes(sector)) ||
    (!!district && (d.districts?.includes(district) || d.district === district));
  const href = (type: string, d: RawDoc) => `${SECTIONS[type === 'guide' ? (d.language as Lang) : lang][type]}${d.slug.current}/`;
  const of = (type: string, keep: (d: RawDoc) => boolean) => {
    const found = docs.filter((d) => d._type === type && fits(d) && keep(d));
    return {
      all: found.map((d) => href(type, d)).sort(),
      first: found
        .filter(madeFor)
        .map((d) => href(type, d))
        .sort(),
    };
  };
  // A used-up budget counts as closed (the model's SCHEME_CLOSED).
  const open = (s: RawDoc) => (s.ongoing || (s.deadline as string) >= anchor) && s.budgetStatus !== 'op';
  const upcoming = (e: RawDoc) => !e.cancelled && (e.allDay ? amsterdamDay(e.end) >= anchor : Date.parse(e.end) > NOW);
  return {
    'finder-schemes': of('scheme', (s) => open(s) && admits(s.districts, district)),
    'finder-partners': of('partner', (p) => admits(p.districts, district)),
    'finder-guides': of('guide', (g) => g.language === lang),
    'finder-events': of('event', upcoming),
  };
}

/** The visible items of each result section, in order, with the visible count line. */
async function visibleLists(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ['finder-schemes', 'finder-partners', 'finder-guides', 'finder-events'].map((id) => {
        const section = document.querySelector(`section[aria-labelledby="${id}"]`)!;
        const items = [...section.querySelectorAll('ul[role="list"] > li')].filter((li) => li.checkVisibility());
        const count = section.querySelector('.finder-count')!;
        const shownCount = [count, ...count.querySelectorAll('span')].filter((e) => e.checkVisibility()).at(-1);
        return [
          id,
          {
            hrefs: items.map((li) => new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname),
            count: shownCount?.textContent?.trim() ?? '',
          },
        ];
      }),
    ),
  ) as Promise<Record<string, { hrefs: string[]; count: string }>>;
}

const CHOICES: Choice[] = [
  {
    lang: 'nl',
    page: '/hulpwijzer/duurzaam/horeca/',
    theme: 'duurzaam',
    sector: 'horeca',
    districts: [
      [undefined, 'wijk-all'],
      ['charlois', 'wijk-charlois'],
      ['noord', 'wijk-noord'],
    ],
  },
  {
    lang: 'nl',
    page: '/hulpwijzer/circulair/bouw-en-installatie/',
    theme: 'circulair',
    sector: 'bouw-installatie',
    districts: [
      [undefined, ''],
      ['charlois', 'wijk-charlois'],
      ['hoogvliet', 'wijk-hoogvliet'],
    ],
  },
  {
    lang: 'nl',
    page: '/hulpwijzer/duurzaam/logistiek-en-haven/',
    theme: 'duurzaam',
    sector: 'logistiek-haven',
    districts: [
      [undefined, ''],
      ['pernis', 'wijk-pernis'],
      ['centrum', 'wijk-centrum'],
    ],
  },
  {
    lang: 'nl',
    page: '/hulpwijzer/digitaal/anders/',
    theme: 'digitaal',
    sector: undefined,
    districts: [
      [undefined, ''],
      ['feijenoord', 'wijk-feijenoord'],
    ],
  },
  {
    lang: 'en',
    page: '/en/help-finder/sustainable/hospitality/',
    theme: 'duurzaam',
    sector: 'horeca',
    districts: [
      [undefined, ''],
      ['ijsselmonde', 'district-ijsselmonde'],
    ],
  },
];

describe('Hulpwijzer result pages list exactly the matching documents', () => {
  for (const choice of CHOICES) {
    for (const [district, fragment] of choice.districts) {
      it(`${choice.page}${fragment ? `#${fragment}` : ''}`, async () => {
        const page = await browser.newPage();
        await page.goto(`${server.url}${choice.page}${fragment ? `#${fragment}` : ''}`);
        const shown = await visibleLists(page);
        await page.close();
        for (const [id, want] of Object.entries(expected(choice, district))) {
          const got = shown[id];
          expect([...got.hrefs].sort(), `${id} for ${district ?? 'anywhere'}`).toEqual(want.all);
          expect(new Set(got.hrefs).size, `${id}: each item once`).toBe(got.hrefs.length);
          // Items made for the sector or district come before the general ones.
          expect(got.hrefs.slice(0, want.first.length).sort(), `${id}: made-for items first`).toEqual(want.first);
          expect(got.count, `${id}: count`).toMatch(new RegExp(`^${want.all.length} `));
        }
      });
    }
  }

  it('the choices above cover district-bound partners, sector-made items and events in a district', () => {
    const zuid = expected(CHOICES[0], 'charlois')['finder-partners'];
    expect(zuid.first.length).toBeGreaterThan(0);
    expect(expected(CHOICES[0], 'noord')['finder-partners'].all.length).toBeLessThan(
      expected(CHOICES[0], undefined)['finder-partners'].all.length,
    );
    expect(expected(CHOICES[1], undefined)['finder-events'].first.length).toBeGreaterThan(0);
    expect(expected(CHOICES[1], 'charlois')['finder-events'].first.length).toBeGreaterThan(
      expected(CHOICES[1], undefined)['finder-events'].first.length,
    );
    // Closed schemes and past events exist in the seed, so "open" and "upcoming" are really tested.
    expect(docs.some((d) => d._type === 'scheme' && d.themes.includes('duurzaam') && !d.ongoing && d.deadline < anchor)).toBe(true);
    expect(docs.some((d) => d._type === 'event' && d.themes.includes('duurzaam') && Date.parse(d.end) < NOW)).toBe(true);
  });
});

/** Every goal's "any sector" page, in both languages, with no district chosen. */
const GOAL_CHOICES: Choice[] = GOALS.values.flatMap((goal) =>
  (['nl', 'en'] as const).map((lang) => ({
    lang,
    page: finderResultPath(goal, undefined, lang),
    theme: goalTheme(goal),
    goal,
    districts: [[undefined, '']] as [string | undefined, string][],
  })),
);

describe('Hulpwijzer result pages per goal list what is made for the goal first, and nothing a more specific goal took', () => {
  for (const choice of GOAL_CHOICES) {
    it(choice.page, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}${choice.page}`);
      const shown = await visibleLists(page);
      const heading = await page.locator('h1').textContent();
      await page.close();
      expect(heading, 'the heading names the goal').toContain(GOALS.label(choice.goal!, choice.lang));
      for (const [id, want] of Object.entries(expected(choice, undefined))) {
        const got = shown[id];
        expect([...got.hrefs].sort(), id).toEqual(want.all);
        expect(got.hrefs.slice(0, want.first.length).sort(), `${id}: items made for the goal first`).toEqual(want.first);
      }
    });
  }

  it('the three sustainable goals give different lists, and a lower energy bill is not offered the green-roof subsidy', () => {
    const lists = ['energierekening', 'pand-verduurzamen', 'schoon-vervoer'].map((goal) => {
      const want = expected(GOAL_CHOICES.find((c) => c.goal === goal && c.lang === 'nl')!, undefined);
      return JSON.stringify([want['finder-schemes'].all, want['finder-guides'].all, want['finder-events'].all]);
    });
    expect(new Set(lists).size).toBe(3);
    const energy = expected(GOAL_CHOICES.find((c) => c.goal === 'energierekening' && c.lang === 'nl')!, undefined);
    const greenRoof = docs.find((d) => d._id === 'scheme-groen-dak-subsidie')!;
    expect(energy['finder-schemes'].all).not.toContain(`/regelingen/${greenRoof.slug.current}/`);
    expect(energy['finder-schemes'].first.length).toBeGreaterThan(0);
    // A document on the theme without a goal still shows for each of the theme's goals.
    expect(docs.some((d) => d._type === 'guide' && d.themes.includes('duurzaam') && !d.goals?.length)).toBe(true);
  });
});

const PAGES: { nl: string; en: string }[] = [
  { nl: '/hulpwijzer/', en: '/en/help-finder/' },
  { nl: '/hulpwijzer/minder-afval/', en: '/en/help-finder/less-waste/' },
  { nl: '/hulpwijzer/duurzaam/', en: '/en/help-finder/sustainable/' },
  { nl: '/hulpwijzer/duurzaam/horeca/', en: '/en/help-finder/sustainable/hospitality/' },
  { nl: '/hulpwijzer/digitaal/anders/', en: '/en/help-finder/digital/other/' },
  { nl: '/hulpwijzer/lagere-energierekening/horeca/', en: '/en/help-finder/lower-energy-bills/hospitality/' },
];

describe('Hulpwijzer pages', () => {
  it('each page has its own title, a canonical URL and an hreflang pair, and is in the sitemap', async () => {
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const titles = new Set<string>();
    for (const pair of PAGES) {
      for (const lang of ['nl', 'en'] as const) {
        const page = await readPage(outDir, pair[lang]);
        expect(page.lang).toBe(lang);
        expect(page.h1s).toHaveLength(1);
        titles.add(page.title);
        expect(new URL(page.canonical!).pathname).toBe(pair[lang]);
        expect(new URL(page.hreflang.nl).pathname).toBe(pair.nl);
        expect(new URL(page.hreflang.en).pathname).toBe(pair.en);
        expect(sitemap).toContain(`${new URL(page.canonical!).origin}${pair[lang]}</loc>`);
      }
    }
    expect(titles.size).toBe(PAGES.length * 2);
  });

  it('ship no JavaScript and leave the search index alone', async () => {
    for (const pair of PAGES) {
      for (const sitePath of [pair.nl, pair.en]) {
        const page = await readPage(outDir, sitePath);
        const scripts = page.all.filter((e) => e.tagName === 'script' && attr(e, 'type') !== 'application/ld+json');
        expect(scripts, sitePath).toEqual([]);
        expect(
          page.all.some((e) => e.attrs.some((a) => a.name.startsWith('on'))),
          sitePath,
        ).toBe(false);
        expect(
          page.all.some((e) => e.attrs.some((a) => a.name === 'data-pagefind-body')),
          sitePath,
        ).toBe(false);
      }
    }
  });

  it('every step is a list of links: goals and themes, then sectors, then districts on the result page', async () => {
    const start = await readPage(outDir, '/hulpwijzer/');
    const hrefs = start.all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href'));
    expect(hrefs).toContain('/hulpwijzer/minder-afval/');
    expect(hrefs).toContain('/hulpwijzer/circulair/');
    const step = await readPage(outDir, '/hulpwijzer/minder-afval/');
    const sectorLinks = step.all.filter((e) => e.tagName === 'a' && /^\/hulpwijzer\/minder-afval\/[a-z-]+\/$/.test(attr(e, 'href') ?? ''));
    expect(sectorLinks.length).toBe(10);
    const result = await readPage(outDir, '/hulpwijzer/duurzaam/horeca/');
    const districtLinks = result.all.filter((e) => e.tagName === 'a' && /^#wijk-/.test(attr(e, 'href') ?? ''));
    expect(districtLinks.length).toBe(15);
    for (const link of districtLinks)
      expect(
        result.all.some((e) => attr(e, 'id') === attr(link, 'href')!.slice(1)),
        attr(link, 'href'),
      ).toBe(true);
  });

  it('every result page ends with the programme’s own phone number and e-mail address', async () => {
    const settings = docs.find((d) => d._type === 'siteSettings')!;
    for (const sitePath of ['/hulpwijzer/duurzaam/horeca/', '/en/help-finder/digital/other/']) {
      const page = await readPage(outDir, sitePath);
      const hrefs = page.all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href'));
      expect(hrefs).toContain(`mailto:${settings.contact.email}`);
    }
  });

  it('axe finds no WCAG 2.1 A/AA violations, also with a district chosen, in both languages, and the CSP blocks nothing', async () => {
    const paths = [
      ...PAGES.flatMap((p) => [p.nl, p.en]),
      '/hulpwijzer/duurzaam/horeca/#wijk-charlois',
      '/en/help-finder/sustainable/hospitality/#district-charlois',
    ];
    for (const sitePath of paths) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`),
        );
      });
      await page.goto(server.url + sitePath);
      const blocked = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      const violations = await axeViolations(page);
      await page.close();
      expect(blocked, sitePath).toEqual([]);
      expect(violations, `${sitePath}\n${describeViolations(violations)}`).toEqual([]);
    }
  }, 180_000);

  it('switching language on a result page with a district chosen lands on the same district in the other language', async () => {
    const page = await browser.newPage();
    for (const [start, district, target, note] of [
      ['/hulpwijzer/duurzaam/horeca/', 'Charlois', '/en/help-finder/sustainable/hospitality/#district-charlois', /You chose Charlois/],
      [
        '/en/help-finder/lower-energy-bills/other/',
        'IJsselmonde',
        '/hulpwijzer/lagere-energierekening/anders/#wijk-ijsselmonde',
        /Je koos IJsselmonde/,
      ],
    ] as const) {
      await page.goto(`${server.url}${start}`);
      await page.getByRole('link', { name: district, exact: true }).click();
      // Exactly one language switch is visible: the chosen district's.
      const visible = page.locator('a.language-switch:visible');
      expect(await visible.count(), start).toBe(1);
      await visible.click();
      await page.waitForURL(`${server.url}${target}`);
      const shownNotes = await page.locator('.finder-note:visible').allTextContents();
      expect(shownNotes, target).toHaveLength(1);
      expect(shownNotes[0], target).toMatch(note);
    }
    // Without a district the switch leads to the plain page in the other language.
    await page.goto(`${server.url}/hulpwijzer/duurzaam/horeca/`);
    expect(await page.locator('a.language-switch:visible').getAttribute('href')).toBe('/en/help-finder/sustainable/hospitality/');
    await page.close();
  });

  it('a district link moves focus to the note that says what the list now shows', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/hulpwijzer/duurzaam/horeca/`);
    await page.getByRole('link', { name: 'Charlois', exact: true }).click();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.close();
    expect(focused).toMatch(/Je koos Charlois/);
  });
});

describe('ways into the Hulpwijzer', () => {
  it('every built page with the site header has the Hulpwijzer in its main menu, in its own language', async () => {
    const paths = await builtPaths(outDir);
    let checked = 0;
    const missing: string[] = [];
    for (const sitePath of paths) {
      const html = readFileSync(fileOf(outDir, sitePath), 'utf8');
      const lang = /<html[^>]* lang="(nl|en)"/.exec(html)?.[1];
      const menu = /<nav aria-label="(?:Hoofdmenu|Main menu)"[\s\S]*?<\/nav>/.exec(html)?.[0];
      if (!lang || !menu) continue;
      checked++;
      const finder = lang === 'nl' ? 'href="/hulpwijzer/"' : 'href="/en/help-finder/"';
      if (!menu.includes(finder)) missing.push(sitePath);
    }
    expect(checked).toBeGreaterThan(300);
    expect(missing, missing.slice(0, 10).join('\n')).toEqual([]);
  });

  it('sector choices show kinds of business as examples, in both languages', async () => {
    for (const [sitePath, examples] of [
      ['/hulpwijzer/minder-afval/', ['kapper, schoonheidssalon, fysiotherapeut', 'restaurant, café, hotel, lunchroom']],
      ['/en/help-finder/less-waste/', ['hairdresser, beauty salon, physiotherapist', 'haulier, courier, warehousing, freight forwarder']],
    ] as const) {
      const page = await readPage(outDir, sitePath);
      const examplesShown = page.all.filter((e) => attr(e, 'class')?.includes('sector-examples')).length;
      expect(examplesShown, sitePath).toBe(9);
      for (const example of examples) expect(page.html, sitePath).toContain(example);
    }
  });

  it('home, theme hubs, the schemes overview and the search page link to it', async () => {
    for (const [sitePath, target] of [
      ['/', '/hulpwijzer/'],
      ['/en/', '/en/help-finder/'],
      ['/thema/duurzaam/', '/hulpwijzer/duurzaam/'],
      ['/en/themes/digital/', '/en/help-finder/digital/'],
      ['/regelingen/', '/hulpwijzer/'],
      ['/zoeken/', '/hulpwijzer/'],
    ]) {
      const page = await readPage(outDir, sitePath);
      expect(
        page.all.some((e) => e.tagName === 'a' && attr(e, 'href') === target),
        `${sitePath} → ${target}`,
      ).toBe(true);
    }
  });

  it('a scheme page says in plain words who it is for', async () => {
    const voucher = docs.find((d) => d._id === 'scheme-duurzaamheidsvoucher-010')!;
    const page = await readPage(outDir, `/regelingen/${voucher.slug.current}/`);
    const block = page.html.slice(page.html.indexOf('Past dit bij mij?'));
    expect(block).toMatch(/Alle sectoren/);
    expect(block).toMatch(/Zzp \(alleen jezelf\), 1 tot 9 mensen in dienst en 10 tot 49 mensen in dienst/);
    expect(block).toMatch(/Heel Rotterdam/);
    expect(block).toMatch(/minder dan 50 mensen in dienst/);
    const english = await readPage(outDir, `/en/support/${voucher.slug.current}/`);
    expect(english.html).toMatch(/Is this for me\?[\s\S]*All sectors/);
  });
});
