// In Chromium: axe-core (WCAG 2.1 A/AA and best practice) on one page of every template in both
// languages, target sizes, keyboard use of the home page, and reflow at 320 px.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { finderResultPath, finderStepPath, routePath } from '@mkb010/model';
import { templatePairs, type TemplatePair } from './templates.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir } = await seedSite();
let browser: Browser;
let server: StaticServer;
const pairs: TemplatePair[] = [
  ...(await templatePairs(outDir)).pairs,
  { template: '404', nl: '/404.html', en: '/404.html', paired: false },
  { template: 'campaigns overview', nl: '/campagnes/', en: '/en/campaigns/', paired: true },
  { template: 'help finder', nl: routePath('finder', 'nl'), en: routePath('finder', 'en'), paired: true },
  { template: 'help finder question', nl: finderStepPath('duurzaam', 'nl'), en: finderStepPath('duurzaam', 'en'), paired: true },
  {
    template: 'help finder result',
    nl: finderResultPath('duurzaam', undefined, 'nl'),
    en: finderResultPath('duurzaam', undefined, 'en'),
    paired: true,
  },
  { template: 'search', nl: routePath('search', 'nl'), en: routePath('search', 'en'), paired: true },
  { template: 'progress', nl: routePath('progress', 'nl'), en: routePath('progress', 'en'), paired: true },
  // The page a Dutch-only guide's language switch leads to (the seed has no English-only guide).
  {
    template: 'only in the other language',
    nl: await firstBelow('/en/guides/only-in-dutch/'),
    en: await firstBelow('/en/guides/only-in-dutch/'),
    paired: false,
  },
];

/** The first page built below a folder of the site. */
async function firstBelow(folder: string): Promise<string> {
  const [name] = (await readdir(path.join(outDir, folder))).sort();
  return `${folder}${name}/`;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDir(outDir)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const response = await page.goto(server.url + path);
  expect(response?.status(), `${path} should be served`).toBeLessThan(400);
  return page;
}

/** Runs `fn` over `items`, four pages at a time. */
async function inBatches<T, R>(items: T[], fn: (item: T) => Promise<R>, size = 4): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

describe('accessibility in Chromium', () => {
  for (const pair of pairs) {
    it(`axe reports no WCAG 2.1 A/AA or best-practice violations on the ${pair.template} page, in either language`, async () => {
      const problems = await inBatches([...new Set([pair.nl, pair.en])], async (path) => {
        const page = await open(path);
        const violations = await axeViolations(page, undefined, { bestPractice: true });
        await page.close();
        return violations.length ? `${path}:\n${describeViolations(violations)}` : '';
      });
      expect(problems.filter(Boolean).join('\n\n')).toBe('');
    });
  }

  // WCAG 2.2 (2.5.8): links that stand alone are at least 24 x 24 px, also on a phone.
  for (const width of [1280, 375]) {
    it(`breadcrumb, district, filter, menu and footer links are at least 24 x 24 px (${width} px wide)`, async () => {
      const paths = [
        pairs.find((p) => p.template === 'guide')!.nl,
        pairs.find((p) => p.template === 'event')!.en,
        finderResultPath('duurzaam', undefined, 'nl'),
        '/gidsen/',
      ];
      const small = await inBatches(paths, async (path) => {
        const page = await open(path, width);
        const found = await page.evaluate(() => {
          const selector = '.breadcrumbs a, .district-links a, .filter-link, .site-header nav a, .language-switch, .site-footer a, a.tag';
          return [...document.querySelectorAll<HTMLElement>(selector)]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => ({ text: el.textContent?.trim() ?? '', box: el.getBoundingClientRect() }))
            .map(({ text, box }) => ({ text, width: box.width, height: box.height }));
        });
        await page.close();
        expect(found.length, `${path} has stand-alone links to measure`).toBeGreaterThan(5);
        return found
          .filter((l) => l.width < 24 || l.height < 24)
          .map((l) => `${path}: "${l.text}" ${l.width.toFixed(1)} x ${l.height.toFixed(1)} px`);
      });
      expect(small.flat()).toEqual([]);
    });
  }

  it('on the home page the skip link is the first stop, becomes visible and moves focus into main', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), text: el.textContent?.trim(), visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ href: '#main', text: 'Ga direct naar de inhoud', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
    expect(next, 'the next Tab after the skip link lands inside main').toBe(true);
    await page.close();
  });

  it('on the home page Tab visits every control in the order of the page', async () => {
    const page = await open('/');
    const expected = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const els = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => el.getClientRects().length > 0 || el.classList.contains('skip-link'),
      );
      els.forEach((el, i) => {
        el.dataset.order = String(i);
      });
      return els.length;
    });
    expect(expected).toBeGreaterThan(10);
    const visited: string[] = [];
    for (let i = 0; i < expected; i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.order ?? 'outside'));
    }
    expect(visited).toEqual(Array.from({ length: expected }, (_, i) => String(i)));
    await page.close();
  });

  it('focused links get a visible focus style', async () => {
    const page = await open('/');
    const link = page.locator('main a').first();
    const before = await link.evaluate((el) => getComputedStyle(el).backgroundColor + getComputedStyle(el).boxShadow);
    await page.keyboard.press('Tab'); // make the next focus keyboard-driven (:focus-visible)
    await link.focus();
    const after = await link.evaluate((el) => getComputedStyle(el).backgroundColor + getComputedStyle(el).boxShadow);
    expect(after).not.toBe(before);
    await page.close();
  });

  it('a printed guide leaves out navigation and footer and shows where links go', async () => {
    const guide = pairs.find((p) => p.template === 'guide')!;
    const page = await open(guide.nl);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('header.site-header')!).display,
      footer: getComputedStyle(document.querySelector('footer.site-footer')!).display,
      link: getComputedStyle(document.querySelector('main a[href]')!, '::after').content,
    }));
    expect(printed.header).toBe('none');
    expect(printed.footer).toBe('none');
    expect(printed.link).toMatch(/\(.*\/.*\)/);
    await page.close();
  });

  it('every template reads without sideways scrolling at 320 px wide', async () => {
    const wide = await inBatches(pairs, async (pair) => {
      const page = await open(pair.nl, 320);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.close();
      return width > 320 ? `${pair.nl}: ${width}px` : '';
    });
    expect(wide.filter(Boolean)).toEqual([]);
  });

  it('headings hyphenate under the page language, and a long Dutch compound heading stays inside its box at 375 px', async () => {
    for (const [path, lang] of [
      [routePath('finder', 'nl'), 'nl'],
      [routePath('finder', 'en'), 'en'],
    ] as const) {
      const page = await open(path, 375);
      const h1 = page.locator('h1').first();
      const heading = await h1.evaluate((el) => ({
        hyphens: getComputedStyle(el).hyphens,
        lang: el.closest('[lang]')?.getAttribute('lang'),
      }));
      expect(heading, path).toEqual({ hyphens: 'auto', lang });
      if (lang === 'nl') {
        // A word longer than the screen is wide: the heading must wrap it, not push past its box.
        const fits = await h1.evaluate((el) => {
          el.textContent = 'Duurzaamheidsinvesteringssubsidieregelingsvoorwaarden';
          const box = el.getBoundingClientRect();
          return {
            inBox: el.scrollWidth <= el.clientWidth,
            onScreen: box.right <= document.documentElement.clientWidth,
            page: document.documentElement.scrollWidth <= 375,
            lines: Math.round(box.height / parseFloat(getComputedStyle(el).lineHeight)),
          };
        });
        expect(fits, path).toEqual({ inBox: true, onScreen: true, page: true, lines: expect.any(Number) });
        expect(fits.lines, `${path}: the long word wraps`).toBeGreaterThan(1);
      }
      await page.close();
    }
  });
});
