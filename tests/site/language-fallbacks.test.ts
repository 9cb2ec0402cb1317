// A guide or story written in one language only: its language switch leads to a short page in the
// other language that says so, links to the original and to that language's overview, and stays
// out of search engines, the sitemap and the site search.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { otherLanguageOnlyPath, sectionPath, type Lang } from '@mkb010/model';
import { describe, expect, it } from 'vitest';
import { seedSite } from '../setup/seed-site.ts';
import { attr, readPage, text } from './html.ts';
import { seedDocs } from './seed-data.ts';

const site = await seedSite();
const docs = await seedDocs();

/** Documents of a type without a translation: Dutch ones no English document points to, and English ones without translationOf. */
function untranslated(type: 'guide' | 'story') {
  const all = docs.filter((d) => d._type === type);
  const translated = new Set(all.flatMap((d) => (d.translationOf?._ref ? [d._id, d.translationOf._ref] : [])));
  return all.filter((d) => !translated.has(d._id));
}

const pathOf = (type: 'guide' | 'story', slug: string, lang: Lang) =>
  lang === 'nl' ? `${sectionPath(type, 'nl')}${slug}/` : `${sectionPath(type, 'en')}${slug}/`;

describe('pages without a translation', () => {
  for (const type of ['guide', 'story'] as const) {
    it(`every ${type} in one language only leads through its language switch to a noindex page that explains and links back`, async () => {
      const only = untranslated(type);
      expect(only.length, `the seed has ${type}s in one language`).toBeGreaterThan(0);
      for (const doc of only) {
        const lang = doc.language as Lang;
        const other: Lang = lang === 'nl' ? 'en' : 'nl';
        const original = pathOf(type, doc.slug.current, lang);
        const page = await readPage(site.outDir, original);
        const switchLink = page.all.find((e) => e.tagName === 'a' && attr(e, 'class')?.includes('language-switch'))!;
        const fallback = otherLanguageOnlyPath(type, doc.slug.current, other);
        expect(attr(switchLink, 'href'), original).toBe(fallback);
        expect(page.hreflang, `${original} has no translation, so no hreflang`).toEqual({});

        const note = await readPage(site.outDir, fallback);
        expect(note.lang).toBe(other);
        expect(note.robots).toBe('noindex');
        expect(note.hreflang).toEqual({});
        expect(note.h1s[0]).toMatch(other === 'en' ? /only available in Dutch/ : /alleen in het Engels/);
        const links = note.all.filter((e) => e.tagName === 'a');
        const toOriginal = links.find((a) => attr(a, 'href') === original && !attr(a, 'class')?.includes('language-switch'));
        expect(toOriginal && text(toOriginal), fallback).toBe(doc.title);
        expect(attr(toOriginal!, 'lang')).toBe(lang);
        expect(links.some((a) => attr(a, 'href') === sectionPath(type, other) && !attr(a, 'class')?.includes('language-switch'))).toBe(
          true,
        );
        const back = links.find((a) => attr(a, 'class')?.includes('language-switch'))!;
        expect(attr(back, 'href')).toBe(original);
        expect(note.all.some((e) => e.tagName === 'main' && attr(e, 'data-pagefind-body') !== undefined)).toBe(false);
      }
    });
  }

  it('translated documents have no such page, and none of these pages is in the sitemap', async () => {
    const paired = docs.find((d) => d._type === 'guide' && d.translationOf)!;
    const nlSlug = docs.find((d) => d._id === paired.translationOf._ref)!.slug.current;
    const folder = path.join(site.outDir, 'en/guides/only-in-dutch');
    expect(await readdir(folder)).not.toContain(nlSlug);
    const sitemaps = (await readdir(site.outDir)).filter((f) => /^sitemap.*\.xml$/.test(f));
    const xml = (await Promise.all(sitemaps.map((f) => readFile(path.join(site.outDir, f), 'utf8')))).join('\n');
    expect(xml).toContain('/gidsen/');
    expect(xml).not.toMatch(/only-in-dutch|alleen-in-het-engels/);
  });
});
