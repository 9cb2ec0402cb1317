// The built progress pages, their open data files and the home page's headline figure agree with
// sums taken straight from the dataset, for the seed and for a generated dataset; the pages pass
// axe in Chromium and every chart has a title, a description and a table with the same numbers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';
import { buildSite, SEED_FILE } from '../helpers/build.ts';
import { serveDir, type StaticServer } from '../../tools/serve.ts';
import { expectedFromDataset, type Expected } from './expected.ts';
import { writeGeneratedDataset } from './generate.ts';
import { seedSite } from '../setup/seed-site.ts';

const PAGES = { nl: '/voortgang/', en: '/en/progress/' } as const;
const HOMES = { nl: '/', en: '/en/' } as const;
const fmt = (n: number, lang: 'nl' | 'en') => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);
const dayText = (day: string, lang: 'nl' | 'en') =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
const digits = (s: string) => Number(s.replace(/[^\d]/g, ''));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Rows of a CSV without quoted commas (the summary's numeric columns). */
function csvRows(text: string): string[][] {
  return text
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));
}

/** Sum of one column of the per-report CSV (numbers are the last four columns, never quoted). */
function columnSum(text: string, fromEnd: number): number {
  return text
    .trim()
    .split('\r\n')
    .slice(1)
    .reduce((sum, line) => sum + Number(line.split(',').at(-fromEnd)), 0);
}

function describeSite(name: string, site: () => { outDir: string; dataset: string }) {
  describe(`progress figures on the ${name} site`, () => {
    let server: StaticServer;
    let expected: Expected;
    let outDir: string;
    beforeAll(async () => {
      ({ outDir } = site());
      expected = expectedFromDataset(site().dataset);
      server = await serveDir(outDir);
    });
    afterAll(async () => {
      await server?.close();
    });
    const open = async (pathname: string): Promise<Page> => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const response = await page.goto(server.url + pathname);
      expect(response?.status(), pathname).toBe(200);
      return page;
    };

    it('has the dataset totals in the summary CSV', () => {
      const rows = csvRows(readFileSync(path.join(outDir, 'data/voortgang-overzicht.csv'), 'utf8'));
      expect(rows[0]).toEqual([
        'group',
        'key',
        'label',
        'inspired',
        'informed',
        'activated',
        'reached',
        'target',
        'run_end',
        'expected',
        'expected_on',
      ]);
      const row = (group: string, key: string) => rows.find((r) => r[0] === group && r[1] === key)!;
      const { totals, first, current } = expected;
      expect(row('total', 'all').slice(3, 7).map(Number)).toEqual([totals.inspired, totals.informed, totals.activated, totals.reached]);
      expect(row('run', 'first').slice(6, 8).map(Number)).toEqual([first.reached, expected.firstRunTarget]);
      expect(row('run', 'current').slice(6, 8).map(Number)).toEqual([current.reached, expected.targetEntrepreneurs]);
      expect(row('run', 'current')[8]).toBe(expected.currentRunEnd ?? '');
      // The pace is judged at the day the figures run to, and the file says which day that is.
      if (expected.currentRunEnd) expect(row('run', 'current')[10]).toBe(expected.dataUntil);
      for (const [year, reached] of expected.byYear) expect(Number(row('year', String(year))[6]), `year ${year}`).toBe(reached);
      for (const [theme, reached] of expected.byTheme) expect(Number(row('theme', theme)[6]), `theme ${theme}`).toBe(reached);
      const partnerSum = rows.filter((r) => r[0] === 'partner').reduce((s, r) => s + Number(r[6]), 0);
      expect(partnerSum).toBe(totals.reached);
    });

    it('has one row per report and theme in the reports CSV, adding up to the totals', () => {
      const text = readFileSync(path.join(outDir, 'data/voortgang-rapportages.csv'), 'utf8');
      expect(text.trim().split('\r\n')).toHaveLength(expected.reportRows + 1);
      expect(columnSum(text, 4)).toBe(expected.totals.inspired);
      expect(columnSum(text, 3)).toBe(expected.totals.informed);
      expect(columnSum(text, 2)).toBe(expected.totals.activated);
      expect(columnSum(text, 1)).toBe(expected.totals.reached);
    });

    it('has the same figures in the JSON file', () => {
      const json = JSON.parse(readFileSync(path.join(outDir, 'data/voortgang.json'), 'utf8'));
      expect(json.totals).toEqual(expected.totals);
      expect(json.runs.map((r: any) => [r.key, r.reached, r.target])).toEqual([
        ['first', expected.first.reached, expected.firstRunTarget],
        ['current', expected.current.reached, expected.targetEntrepreneurs],
      ]);
      if (expected.currentRunEnd) expect(json.runs[1].expectedOn).toBe(expected.dataUntil);
      expect(Object.fromEntries(json.years.map((y: any) => [y.year, y.reached]))).toEqual(Object.fromEntries(expected.byYear));
      expect(Object.fromEntries(json.themes.map((t: any) => [t.theme, t.reached]))).toEqual(Object.fromEntries(expected.byTheme));
      expect(json.reports).toHaveLength(expected.reportRows);
      expect(json.rule.nl).toMatch(/één keer per rapportage/);
      expect(json.rule.en).toMatch(/once per report/);
    });

    for (const lang of ['nl', 'en'] as const) {
      it(`shows the dataset totals, both runs against their targets and the counting rule (${lang})`, async () => {
        const page = await open(PAGES[lang]);
        const total = async (stage: string) =>
          digits(await page.locator(`[data-progress-totals] [data-stage="${stage}"] dd`).first().innerText());
        expect(await total('inspired')).toBe(expected.totals.inspired);
        expect(await total('informed')).toBe(expected.totals.informed);
        expect(await total('activated')).toBe(expected.totals.activated);
        expect(await total('reached')).toBe(expected.totals.reached);
        const first = await page.locator('[data-run="first"]').innerText();
        expect(first).toContain(
          `${fmt(expected.first.reached, lang)} ${lang === 'nl' ? 'van de' : 'of'} ${fmt(expected.firstRunTarget, lang)}`,
        );
        const current = await page.locator('[data-run="current"]').innerText();
        expect(current).toContain(
          `${fmt(expected.current.reached, lang)} ${lang === 'nl' ? 'van de' : 'of'} ${fmt(expected.targetEntrepreneurs, lang)}`,
        );
        // The answer first: one sentence per run, whether its target was reached, and the current run's pace.
        const firstVerdict = await page.locator('[data-run-verdict="first"]').innerText();
        const met = expected.first.reached >= expected.firstRunTarget;
        expect(firstVerdict).toContain(
          lang === 'nl' ? (met ? 'doel gehaald — ' : 'doel niet gehaald — ') : met ? 'target reached — ' : 'target missed — ',
        );
        expect(firstVerdict).toContain(
          `${fmt(expected.first.reached, lang)} ${lang === 'nl' ? 'van' : 'of'} ${fmt(expected.firstRunTarget, lang)}`,
        );
        const currentVerdict = await page.locator('[data-run-verdict="current"]').innerText();
        // The pace names the day the figures run to and the figure expected on that same day.
        if (expected.currentRunEnd)
          expect(currentVerdict).toContain(
            lang === 'nl'
              ? `tot en met ${dayText(expected.dataUntil, lang)}: ${fmt(expected.current.reached, lang)}, verwacht op die datum `
              : `up to and including ${dayText(expected.dataUntil, lang)}: ${fmt(expected.current.reached, lang)}, expected by that date `,
          );
        const tile = await page.locator('[data-progress-totals] [data-stage="reached"]').innerText();
        expect(tile).toMatch(lang === 'nl' ? /Contacten met ondernemers/ : /Contacts with entrepreneurs/);
        const yearsFoot = await page.locator('[data-progress-table="years"] tfoot [data-reached]').innerText();
        expect(digits(yearsFoot)).toBe(expected.totals.reached);
        const rule = await page.locator('[data-counting-rule]').innerText();
        expect(rule).toMatch(lang === 'nl' ? /één keer per rapportage/ : /once per report/);
        const links = await page
          .locator('[data-open-data] a')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
        expect(links).toEqual(['/data/voortgang-overzicht.csv', '/data/voortgang-rapportages.csv', '/data/voortgang.json']);
        for (const href of links) expect((await fetch(server.url + href)).status, href!).toBe(200);
        await page.close();
      });

      it(`gives every chart a title, a description with its numbers and a table beside it (${lang})`, async () => {
        const page = await open(PAGES[lang]);
        const charts = await page.locator('main svg[role="img"]').evaluateAll((svgs) =>
          svgs.map((svg) => {
            const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
            const named = ids.map((id) => document.getElementById(id));
            const section = svg.closest('section')!;
            const table = section.querySelector('table');
            return {
              title: svg.querySelector(':scope > title')?.textContent?.trim() ?? '',
              desc: svg.querySelector(':scope > desc')?.textContent?.trim() ?? '',
              labelledByOwn:
                named.length === 2 &&
                named[0]?.tagName === 'title' &&
                named[1]?.tagName === 'desc' &&
                named.every((n) => n?.parentElement === svg),
              caption: table?.querySelector('caption')?.textContent?.trim() ?? '',
              tableReached: [...(table?.querySelectorAll('tbody [data-reached]') ?? [])].map((td) => td.textContent!.trim()),
              section: section.id || section.getAttribute('aria-labelledby'),
            };
          }),
        );
        // Two progress bars, and the charts per year, quarter, theme and partner.
        expect(charts.length).toBe(6);
        for (const c of charts) {
          expect(c.title, `chart in ${c.section}`).not.toBe('');
          expect(c.desc, `chart in ${c.section}`).not.toBe('');
          expect(c.labelledByOwn, `chart in ${c.section}`).toBe(true);
          expect(c.caption, `table beside the chart in ${c.section}`).not.toBe('');
        }
        // Every number in a chart's table is also in the description of the section's charts.
        const bySection = new Map<string | null, typeof charts>();
        for (const c of charts) bySection.set(c.section, [...(bySection.get(c.section) ?? []), c]);
        for (const [section, list] of bySection) {
          const descs = list.map((c) => c.desc).join(' ');
          for (const value of list[0].tableReached) expect(descs, `${section}: ${value}`).toContain(value);
        }
        await page.close();
      });

      it(`has no axe violations on the progress page (${lang})`, async () => {
        const page = await open(PAGES[lang]);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        await page.close();
      });

      it(`shows the current run's reach against its target on the home page (${lang})`, async () => {
        const page = await open(HOMES[lang]);
        const text = await page.locator('main').innerText();
        // "4.559 van 10.000" once the run is over or its target met; "… doel 10.000" while it runs.
        const current = await page.locator('[data-run-verdict="current"]').innerText();
        expect(current).toContain(fmt(expected.current.reached, lang));
        expect(current).toContain(fmt(expected.targetEntrepreneurs, lang));
        // The first run's answer comes first: did it reach its target?
        expect(text).toMatch(
          lang === 'nl'
            ? /Eerste looptijd \(\d{4}–\d{4}\): doel (niet )?gehaald — /
            : /First run \(\d{4}–\d{4}\): target (reached|missed) — /,
        );
        await page.close();
      });
    }
  });
}

const seed = await seedSite();
describeSite('seed', () => ({ outDir: seed.outDir, dataset: SEED_FILE }));

let generated: { outDir: string; dataset: string } | undefined;
const work = mkdtempSync(path.join(tmpdir(), 'mkb-progress-'));
describe('a site built from a generated dataset', () => {
  beforeAll(async () => {
    const dataset = path.join(work, 'data.ndjson');
    writeGeneratedDataset(dataset);
    const result = await buildSite({ env: { CONTENT_FILE: dataset, SITE_NOW: '2025-06-01T10:00:00.000Z', SANITY_PROJECT_ID: undefined } });
    if (result.code !== 0) throw new Error(`Building the generated site failed (exit ${result.code}):\n${result.output.slice(-3000)}`);
    generated = { outDir: result.outDir, dataset };
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    if (generated) rmSync(path.dirname(generated.outDir), { recursive: true, force: true });
  });

  it('counts the straddling report in the first run and the report without a partner under its own row', () => {
    const json = JSON.parse(readFileSync(path.join(generated!.outDir, 'data/voortgang.json'), 'utf8'));
    expect(json.straddlingReports).toEqual(['impact-haven-en-co-2021-h2']);
    expect(json.partners.at(-1)).toMatchObject({ partner: '', name: null });
    expect(json.reports.some((r: any) => r.report.startsWith('drafts.'))).toBe(false);
  });

  describeSite('generated', () => generated!);
});
