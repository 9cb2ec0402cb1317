// "Eerst gepubliceerd op … · Laatst gewijzigd op …" on every content page of the seed site (guides,
// schemes, events, stories, partners, campaigns, plain pages) in both languages, as a pair of
// <time datetime> days in Amsterdam time, read from the documents' own dates.
import { beforeAll, describe, expect, it } from 'vitest';
import { docPath, type Lang } from '@mkb010/model';
import { attr, builtPaths, readPage, text, type BuiltPage } from './html.ts';
import { seedDocs, type RawDoc } from './seed-data.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir, anchor } = await seedSite();
let docs: RawDoc[] = [];
let paths: Set<string>;

beforeAll(async () => {
  const [all, built] = await Promise.all([seedDocs(), builtPaths(outDir)]);
  docs = all.filter((d) => !d._id.startsWith('drafts.'));
  paths = new Set(built);
});

const TYPES = ['guide', 'scheme', 'event', 'story', 'partner', 'campaign', 'page'] as const;
/** The Amsterdam day of a moment, or a day as it is. */
const amsterdam = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(value));
/** A day as readers see it: "3 februari 2026", "3 February 2026". */
const spoken = (day: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
/** The languages a document has a page in: its own, or both for documents with translated fields. */
const langsOf = (d: RawDoc): Lang[] => (d.language ? [d.language] : ['nl', 'en']);
const line = (page: BuiltPage) => page.all.find((e) => e.tagName === 'p' && attr(e, 'class')?.split(' ').includes('publication-dates'));
const times = (page: BuiltPage) => {
  const p = line(page);
  return p ? page.all.filter((e) => e.tagName === 'time' && p.childNodes.includes(e)).map((e) => attr(e, 'datetime')) : [];
};

describe('first published and last changed', () => {
  it('shows on every built content page of every type, in both languages, with Amsterdam days', async () => {
    const seen = new Map<string, number>();
    for (const d of docs.filter((doc) => (TYPES as readonly string[]).includes(doc._type))) {
      for (const lang of langsOf(d)) {
        const path = docPath(d._type as (typeof TYPES)[number], d.slug.current, lang);
        if (!paths.has(path)) continue;
        const page = await readPage(outDir, path);
        const p = line(page);
        expect(p, `${path} has no publication line`).toBeDefined();
        const first = d.publishedAt ?? amsterdam(d.publishFrom ?? d._createdAt);
        const [shownFirst, shownLast] = times(page);
        expect(shownFirst, `${path} first published`).toBe(first);
        expect(text(p!)).toMatch(new RegExp(`^${lang === 'nl' ? 'Eerst gepubliceerd op' : 'First published on'} ${spoken(first, lang)}`));
        if (shownLast) {
          expect(shownLast > first, `${path}: last changed after first published`).toBe(true);
          expect(shownLast <= anchor, `${path}: no change after the site's day`).toBe(true);
          expect(text(p!)).toContain(` · ${lang === 'nl' ? 'Laatst gewijzigd op' : 'Last updated on'} ${spoken(shownLast, lang)}`);
        }
        seen.set(`${d._type} ${lang}`, (seen.get(`${d._type} ${lang}`) ?? 0) + 1);
      }
    }
    for (const type of TYPES)
      for (const lang of ['nl', 'en']) expect(seen.get(`${type} ${lang}`), `${type} pages in ${lang}`).toBeGreaterThan(0);
  });

  it('a guide: its publish day, and its newest change note as the last change', async () => {
    const nl = await readPage(outDir, '/gidsen/bedrijfspand-energieneutraal/');
    expect(text(line(nl)!)).toBe('Eerst gepubliceerd op 6 februari 2025 · Laatst gewijzigd op 10 november 2026');
    expect(times(nl)).toEqual(['2025-02-06', '2026-11-10']);
    const en = await readPage(outDir, '/en/guides/energy-neutral-business-premises/');
    expect(text(line(en)!)).toBe('First published on 27 April 2025 · Last updated on 10 November 2026');
  });

  it('a scheme: last changed on the day of its newest change note, in both languages', async () => {
    const scheme = docs.find((d) => d._id === 'scheme-duurzaamheidsvoucher-010')!;
    const newest = [...scheme.changeLog]
      .map((c: { date: string }) => c.date)
      .sort()
      .at(-1) as string;
    for (const lang of ['nl', 'en'] as const) {
      const page = await readPage(outDir, docPath('scheme', scheme.slug.current, lang));
      expect(times(page)).toEqual([amsterdam(scheme._createdAt), newest]);
    }
  });

  it('a plain page: last changed on its own "updated" day', async () => {
    const page = docs.find((d) => d._type === 'page' && d.updatedAt && amsterdam(d._createdAt) < d.updatedAt)!;
    expect(page, 'the seed should hold a plain page updated after it was made').toBeDefined();
    const built = await readPage(outDir, docPath('page', page.slug.current, page.language));
    expect(times(built).at(-1)).toBe(page.updatedAt);
  });
});
