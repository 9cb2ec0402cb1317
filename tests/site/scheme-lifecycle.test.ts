// Schemes that open later, run out of budget or change, as a reader of the seed site sees them:
// "Opent op …", "Budget bijna op", "Budget op", no apply button while one cannot apply, the order
// of the overview (open, then opening later, then closed), and the change log ("Gewijzigd op …",
// "Wat is er veranderd") on scheme and guide pages, in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, builtPaths, readPage, text, type BuiltPage } from './html.ts';
import { seedDocs, type RawDoc } from './seed-data.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir, anchor } = await seedSite();
let docs: RawDoc[] = [];
let paths: string[] = [];

beforeAll(async () => {
  [docs, paths] = await Promise.all([seedDocs(), builtPaths(outDir)]);
});

const schemes = () => docs.filter((d) => d._type === 'scheme');
/** A day as the site writes it in a language: "19 december 2026", "19 December 2026". */
const day = (iso: string, lang: 'nl' | 'en') =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );
const main = (page: BuiltPage) => text(page.all.find((e) => e.tagName === 'main')!);
const hasApplyButton = (page: BuiltPage) => page.all.some((e) => e.tagName === 'a' && attr(e, 'class') === 'button');
const schemePage = (s: RawDoc, lang: 'nl' | 'en') =>
  readPage(outDir, `${lang === 'nl' ? '/regelingen/' : '/en/support/'}${s.slug.current}/`);
/** The card of a scheme on a page: the text of the `article.card` that links to it. */
const cardText = (page: BuiltPage, s: RawDoc) =>
  text(
    page.all.find(
      (e) =>
        e.tagName === 'article' &&
        attr(e, 'class')?.split(' ').includes('card') &&
        page.all.some((a) => a.tagName === 'a' && attr(a, 'href')?.endsWith(`/${s.slug.current}/`) && contains(e, a)),
    )!,
  );
const contains = (outer: BuiltPage['all'][number], inner: BuiltPage['all'][number]): boolean =>
  outer === inner || outer.childNodes.some((c) => 'tagName' in c && contains(c as typeof outer, inner));

describe('a scheme that opens later', () => {
  const opensLater = () => schemes().filter((s) => s.opensAt && s.opensAt > anchor);

  it('says "Opent op …" on its page and card, and offers no apply button yet', async () => {
    expect(opensLater().length, 'the seed should hold a scheme that opens after its anchor day').toBeGreaterThan(0);
    const overview = await readPage(outDir, '/regelingen/');
    for (const s of opensLater()) {
      const nl = await schemePage(s, 'nl');
      expect(main(nl)).toContain(`Opent op ${day(s.opensAt, 'nl')}`);
      expect(main(nl)).toContain(`Je kunt deze regeling aanvragen vanaf ${day(s.opensAt, 'nl')}.`);
      expect(hasApplyButton(nl), s._id).toBe(false);
      const en = await schemePage(s, 'en');
      expect(main(en)).toContain(`Opens on ${day(s.opensAt, 'en')}`);
      expect(hasApplyButton(en), s._id).toBe(false);
      const pages = paths.filter((p) => /^\/regelingen\/(pagina\/\d+\/)?$/.test(p));
      const cards = await Promise.all(pages.map(async (p) => (p === '/regelingen/' ? overview : readPage(outDir, p))));
      const card = cards.map((page) => (page.html.includes(`/${s.slug.current}/`) ? cardText(page, s) : '')).find(Boolean);
      expect(card, `${s._id} card`).toContain(`Opent op ${day(s.opensAt, 'nl')}`);
    }
  });

  it('is listed after the open schemes and before the closed ones', async () => {
    const pages = paths.filter((p) => /^\/regelingen\/(pagina\/\d+\/)?$/.test(p)).sort();
    const order: string[] = [];
    for (const p of pages) {
      for (const e of (await readPage(outDir, p)).all) {
        const href = e.tagName === 'a' ? attr(e, 'href') : undefined;
        const slug = href?.match(/^\/regelingen\/([^/]+)\/$/)?.[1];
        if (slug && slug !== 'pagina' && !order.includes(slug)) order.push(slug);
      }
    }
    const at = (s: RawDoc) => order.indexOf(s.slug.current);
    const closed = schemes().filter((s) => s.budgetStatus === 'op' || (!s.ongoing && s.deadline < anchor));
    const open = schemes().filter((s) => !closed.includes(s) && !opensLater().includes(s));
    expect(closed.length).toBeGreaterThan(0);
    for (const later of opensLater()) {
      expect(at(later)).toBeGreaterThan(-1);
      for (const s of open) expect(at(s), `${s._id} (open) before ${later._id}`).toBeLessThan(at(later));
      for (const s of closed) expect(at(s), `${s._id} (closed) after ${later._id}`).toBeGreaterThan(at(later));
    }
  });
});

describe('a scheme with a budget status', () => {
  it('"Budget bijna op": still open, says so on its page and card, in both languages', async () => {
    const almost = schemes().filter((s) => s.budgetStatus === 'bijna-op' && !s.ongoing && s.deadline >= anchor);
    expect(almost.length, 'the seed should hold an open scheme whose budget is almost gone').toBeGreaterThan(0);
    const theme = await readPage(outDir, '/regelingen/');
    for (const s of almost) {
      const nl = await schemePage(s, 'nl');
      expect(main(nl)).toContain('Budget bijna op');
      expect(main(nl)).not.toContain('Gesloten');
      expect(hasApplyButton(nl)).toBe(true);
      expect(main(await schemePage(s, 'en'))).toContain('Budget almost gone');
      if (theme.html.includes(`/${s.slug.current}/`)) expect(cardText(theme, s)).toContain('Budget bijna op');
    }
  });

  it('"Budget op": shows as closed before its deadline, with no apply button', async () => {
    const usedUp = schemes().filter((s) => s.budgetStatus === 'op' && !s.ongoing && s.deadline >= anchor);
    expect(usedUp.length, 'the seed should hold a scheme whose budget is used up before its deadline').toBeGreaterThan(0);
    for (const s of usedUp) {
      const nl = await schemePage(s, 'nl');
      expect(main(nl)).toContain('Budget op');
      expect(main(nl)).toContain('Het budget van deze regeling is op. Je kunt niet meer aanvragen.');
      expect(hasApplyButton(nl), s._id).toBe(false);
      const en = await schemePage(s, 'en');
      expect(main(en)).toContain('Budget used up');
      expect(hasApplyButton(en), s._id).toBe(false);
    }
  });
});

describe('what changed', () => {
  const withChanges = () => docs.filter((d) => Array.isArray(d.changeLog) && d.changeLog.length > 0);
  const newestFirst = (d: RawDoc) => [...d.changeLog].sort((a, b) => b.date.localeCompare(a.date));

  it('a scheme page shows its newest change near the top and every change under the content, in both languages', async () => {
    const changed = withChanges().filter((d) => d._type === 'scheme');
    expect(changed.length, 'the seed should hold schemes with change notes').toBeGreaterThanOrEqual(2);
    for (const s of changed) {
      for (const lang of ['nl', 'en'] as const) {
        const page = await schemePage(s, lang);
        const all = main(page);
        const [latest] = newestFirst(s);
        const top = `${lang === 'nl' ? 'Gewijzigd op' : 'Updated on'} ${day(latest.date, lang)}: ${latest.note[lang]}`;
        expect(all, `${s._id} ${lang}`).toContain(top);
        // Near the top: before the first section of the content.
        expect(all.indexOf(top)).toBeLessThan(all.indexOf(lang === 'nl' ? 'Zo vraag je het aan' : 'How to apply'));
        const heading = lang === 'nl' ? 'Wat is er veranderd' : 'What has changed';
        expect(page.all.some((e) => e.tagName === 'h2' && text(e) === heading)).toBe(true);
        const list = all.slice(all.lastIndexOf(heading));
        for (const entry of newestFirst(s)) expect(list).toContain(`${day(entry.date, lang)}: ${entry.note[lang]}`);
      }
    }
  });

  it('a guide page shows its change note, in both languages ("Updated on …" in English)', async () => {
    const guides = withChanges().filter((d) => d._type === 'guide');
    expect(new Set(guides.map((g) => g.language)), 'the seed should hold a guide with a change note in each language').toEqual(
      new Set(['nl', 'en']),
    );
    for (const g of guides) {
      const lang = g.language as 'nl' | 'en';
      const page = await readPage(outDir, `${lang === 'nl' ? '/gidsen/' : '/en/guides/'}${g.slug.current}/`);
      const [latest] = newestFirst(g);
      expect(main(page)).toContain(`${lang === 'nl' ? 'Gewijzigd op' : 'Updated on'} ${day(latest.date, lang)}: ${latest.note[lang]}`);
    }
  });
});
