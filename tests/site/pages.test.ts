// Every page type exists in Dutch and English with the metadata search engines and link
// previews read: lang, title, canonical URL, description, hreflang alternates, Open Graph, JSON-LD.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/build-env.ts';
import { documentTitle } from '../../src/lib/seo.ts';
import { seedDocs } from './seed-data.ts';
import { attr, fileOf, readPage, text, type BuiltPage } from './html.ts';
import { templatePairs, type TemplatePair } from './templates.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir } = await seedSite();
const origin = siteUrl();
let pairs: TemplatePair[] = [];
let missing: string[] = [];
let seoTitles: string[] = [];

beforeAll(async () => {
  ({ pairs, missing } = await templatePairs(outDir));
  seoTitles = (await seedDocs())
    .flatMap((d) => (typeof d.seoTitle === 'string' ? [d.seoTitle] : Object.values(d.seoTitle ?? {})))
    .map((t) => documentTitle(String(t), 'MKB010>>Next'));
});

function jsonLdTypes(page: BuiltPage): string[] {
  return page.all
    .filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')
    .map((e) => JSON.parse(text(e)) as { '@type': string })
    .map((d) => d['@type']);
}

describe('page types in both languages', () => {
  it('the seed build has an example of every template', () => {
    expect(missing, `no built page found for: ${missing.join(', ')}`).toEqual([]);
  });

  it('each page has its language, one h1, a title naming it, a description and a canonical URL', async () => {
    for (const pair of pairs) {
      for (const lang of ['nl', 'en'] as const) {
        const where = `${pair.template} (${lang}) ${pair[lang]}`;
        expect(existsSync(fileOf(outDir, pair[lang])), `${where} was not built`).toBe(true);
        const page = await readPage(outDir, pair[lang]);
        expect(page.lang, where).toBe(lang);
        expect(page.h1s, `${where} must have exactly one h1`).toHaveLength(1);
        if (pair.template === 'home') expect(page.title, where).toContain('MKB010>>Next');
        // The h1 with the site name when that fits in 70 characters, or the editor's SEO title.
        if (pair.template !== 'home') expect([documentTitle(page.h1s[0]!, 'MKB010>>Next'), ...seoTitles], where).toContain(page.title);
        expect(page.description?.length ?? 0, `${where} meta description`).toBeGreaterThan(20);
        expect(page.description!.length, `${where} meta description length`).toBeLessThanOrEqual(160);
        expect(page.canonical, where).toBe(origin + pair[lang]);
        const og = (p: string) => attr(page.all.find((e) => e.tagName === 'meta' && attr(e, 'property') === p)!, 'content');
        expect(og('og:url'), where).toBe(page.canonical);
        expect(og('og:title'), where).toBeTruthy();
        expect(page.robots, `${where} must be indexable`).toBeUndefined();
      }
    }
  });

  it('pages that exist in both languages point at each other with hreflang nl, en and x-default', async () => {
    for (const pair of pairs.filter((p) => p.paired)) {
      const nl = await readPage(outDir, pair.nl);
      const en = await readPage(outDir, pair.en);
      const expected = { nl: origin + pair.nl, en: origin + pair.en, 'x-default': origin + pair.nl };
      expect(nl.hreflang, `${pair.template} nl`).toEqual(expected);
      expect(en.hreflang, `${pair.template} en`).toEqual(expected);
    }
  });

  it('the language switch leads to the translation, or to the other home when there is none', async () => {
    for (const pair of pairs) {
      for (const lang of ['nl', 'en'] as const) {
        const page = await readPage(outDir, pair[lang]);
        const other = lang === 'nl' ? 'en' : 'nl';
        const link = page.all.find((e) => e.tagName === 'a' && attr(e, 'class')?.includes('language-switch'));
        expect(link, `${pair.template} ${lang} has a language switch`).toBeTruthy();
        expect(attr(link!, 'lang')).toBe(other);
        expect(text(link!)).toBe(other === 'en' ? 'English' : 'Nederlands');
        const target = page.hreflang[other] ? new URL(page.hreflang[other]!).pathname : other === 'en' ? '/en/' : '/';
        expect(attr(link!, 'href'), `${pair.template} ${lang}`).toBe(target);
      }
    }
  });

  it('structured data fits the page: Organization, HowTo, Article, Event, WebPage', async () => {
    const byTemplate = Object.fromEntries(pairs.map((p) => [p.template, p]));
    const expectations: [string, string][] = [
      ['home', 'Organization'],
      ['guide', 'HowTo'],
      ['story', 'Article'],
      ['event', 'Event'],
      ['static page', 'WebPage'],
    ];
    for (const [template, type] of expectations) {
      const pair = byTemplate[template];
      if (!pair) continue; // reported by the first test
      for (const lang of ['nl', 'en'] as const) {
        expect(jsonLdTypes(await readPage(outDir, pair[lang])), `${template} ${lang}`).toContain(type);
      }
    }
  });

  it('detail pages are marked for the search index and overviews are not', async () => {
    const detail = new Set(['guide', 'story', 'event', 'partner', 'scheme', 'campaign', 'static page']);
    for (const pair of pairs) {
      const page = await readPage(outDir, pair.nl);
      const main = page.all.find((e) => e.tagName === 'main')!;
      expect(attr(main, 'data-pagefind-body') !== undefined, `${pair.template}`).toBe(detail.has(pair.template));
    }
  });
});
