// A Hulpwijzer result section with more items than FINDER_SECTION_MAX, rendered on its own with the
// district stylesheet in Chromium: what a reader sees for "anywhere" and for a district.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser, Page } from 'playwright-core';
import { DISTRICTS, FINDER_SECTION_MAX } from '@mkb010/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import FinderSection from '../../src/components/finder/FinderSection.astro';
import { ALL, DISTRICT_CHOICES, districtStylesheet, sectionRows } from '../../src/components/finder/district-choice.ts';
import { type FinderItem, forDistrict } from '../../src/site/finder.ts';
import type { Partner } from '../../src/site/site-data.ts';
import { axeViolations, describeViolations, launchBrowser } from '../../tools/browser.ts';

let container: AstroContainer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  container = await AstroContainer.create();
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

function partner(name: string, onlyIn: string[] = []): FinderItem<Partner> {
  const doc = {
    _id: `partner-${name}`,
    _type: 'partner',
    name,
    slug: name,
    kind: 'kennisinstelling',
    themes: ['duurzaam'],
    sectors: [],
    districts: onlyIn,
    services: [],
    shortDescription: { nl: `Partner ${name}` },
  } as unknown as Partner;
  return { doc, forGoal: false, forSector: false, onlyIn };
}

const MORE = { label: 'Alle partners voor duurzaam', href: '/partners/thema/duurzaam/' };

/** Renders the section inside a result page's district notes; returns the page at `#wijk-{district}` (none: anywhere). */
async function show(items: FinderItem<Partner>[], district?: string): Promise<Page> {
  const html = await container.renderToString(FinderSection, {
    props: {
      id: 'finder-partners',
      kind: 'partner',
      items,
      title: 'Partners die je helpen',
      more: MORE,
      sector: undefined,
      lang: 'nl',
      now: new Date(),
    },
  });
  // A fresh document: a #fragment set for an earlier render would still be the :target.
  await page.goto('about:blank');
  await page.setContent(
    `<!doctype html><html lang="nl"><head><title>Hulpwijzer</title><style>${districtStylesheet()}</style></head><body><main class="finder">
      <p id="wijk-all" class="finder-note finder-note-all" tabindex="-1">Heel Rotterdam</p>
      ${DISTRICTS.values.map((d) => `<p id="wijk-${d}" class="finder-note" data-district="${d}" tabindex="-1">${d}</p>`).join('')}
      ${html}</main></body></html>`,
  );
  if (district) await page.evaluate((d) => (location.hash = `#wijk-${d}`), district);
  return page;
}

/** The partner names a reader sees in the list, in order. */
const visibleNames = (p: Page) =>
  p.$$eval('li', (lis) => lis.filter((li) => li.checkVisibility()).map((li) => li.querySelector('a')?.textContent?.trim()));
/** The visible paragraphs that say only part of the list is shown, with their link. */
const visibleNotes = (p: Page) =>
  p.$$eval('p', (ps) =>
    ps
      .filter((el) => el.checkVisibility() && /eerste/.test(el.textContent ?? ''))
      .map((el) => ({ text: el.textContent?.replace(/\s+/g, ' ').trim(), href: el.querySelector('a')?.getAttribute('href') })),
  );

describe('a Hulpwijzer result section with many items', () => {
  const general = Array.from({ length: 30 }, (_, i) => partner(`algemeen-${String(i).padStart(2, '0')}`));
  const charlois = Array.from({ length: 5 }, (_, i) => partner(`charlois-${i}`, ['charlois']));
  const items = [...charlois, ...general];

  it(`lists at most ${FINDER_SECTION_MAX} for anywhere and links to the full overview`, async () => {
    const p = await show(items);
    expect(await visibleNames(p)).toEqual(items.slice(0, FINDER_SECTION_MAX).map((i) => i.doc.name));
    expect(await visibleNotes(p)).toEqual([
      { text: `Je ziet de eerste ${FINDER_SECTION_MAX} van 35. Bekijk ze allemaal: ${MORE.label}`, href: MORE.href },
    ]);
    expect(describeViolations(await axeViolations(p))).toBe('');
  });

  it(`lists at most ${FINDER_SECTION_MAX} for a district: its own first, then the general ones`, async () => {
    const p = await show(items, 'charlois');
    expect(await visibleNames(p)).toEqual([...charlois, ...general].slice(0, FINDER_SECTION_MAX).map((i) => i.doc.name));
    expect(await visibleNotes(p)).toEqual([
      { text: `Je ziet de eerste ${FINDER_SECTION_MAX} van 35. Bekijk ze allemaal: ${MORE.label}`, href: MORE.href },
    ]);
  });

  it('a district with fewer items sees them all, without the note', async () => {
    const fewer = [...charlois, ...general.slice(0, 20)];
    const p = await show(fewer, 'delfshaven');
    expect(await visibleNames(p)).toEqual(general.slice(0, 20).map((i) => i.doc.name));
    expect(await visibleNotes(p)).toEqual([]);
    const all = await show(fewer);
    expect(await visibleNames(all)).toHaveLength(FINDER_SECTION_MAX);
    expect(await visibleNotes(all)).toEqual([expect.objectContaining({ text: expect.stringContaining(`van ${fewer.length}.`) })]);
  });
});

describe('sectionRows', () => {
  it('gives every district choice its own list, cut to the limit, for schemes bound to districts and events held in one', () => {
    const [a, b] = DISTRICTS.values;
    const item = (name: string, onlyIn: string[], heldIn?: string): FinderItem<string> => ({
      doc: name,
      forGoal: false,
      forSector: false,
      onlyIn,
      heldIn,
    });
    const items = [
      ...Array.from({ length: 4 }, (_, i) => item(`in-${a}-${i}`, [], a)),
      ...Array.from({ length: 3 }, (_, i) => item(`only-${a}-${b}-${i}`, [a, b])),
      ...Array.from({ length: 6 }, (_, i) => item(`all-${i}`, [])),
      ...Array.from({ length: 2 }, (_, i) => item(`in-${b}-${i}`, [], b)),
    ];
    const rows = sectionRows(items, 5);
    for (const choice of DISTRICT_CHOICES) {
      const sees = rows.filter((r) => (r.only === undefined || r.only.split(' ').includes(choice)) && (choice === ALL || r.not !== choice));
      expect(
        sees.map((r) => r.item.doc),
        choice,
      ).toEqual(
        forDistrict(items, choice === ALL ? undefined : choice)
          .slice(0, 5)
          .map((i) => i.doc),
      );
    }
  });
});
