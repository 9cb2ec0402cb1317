// The site's pure rules, called directly: link safety, JSON-LD escaping, Amsterdam dates,
// closed schemes, hreflang, locale fallback, image widths and scheme filter URLs.
import { describe, expect, it } from 'vitest';
import {
  isReservedPageSlug,
  LANGS,
  pagedPath,
  RESERVED_PAGE_SLUGS,
  reservedDocSlugs,
  SECTIONS,
  type SectionType,
  sectionPath,
} from '@mkb010/model';
import { ROUTE_TEMPLATES } from '../../src/integrations/routes.ts';
import { internalHref, outlineHeadings, safeHref } from '../../src/lib/portable-text.ts';
import { documentTitle, hreflangLinks, metaDescription, serializeJsonLd } from '../../src/lib/seo.ts';
import { formatDay, formatEventWhen, formatMonth } from '@mkb010/content/dates';
import { eventEndsAt, isClosed, isUpcoming } from '@mkb010/model';
import { pick } from '../../src/lib/localized.ts';
import { cdnDownloadUrl, imageSources, variantWidths } from '../../src/lib/images.ts';
import { schemeFilterPath, schemeFilters } from '../../src/lib/scheme-filters.ts';
import { mainNavigation } from '../../src/lib/navigation.ts';

describe('safeHref', () => {
  it('keeps web, mail, phone and site paths', () => {
    expect(safeHref('https://www.rotterdam.nl/ondernemen')).toBe('https://www.rotterdam.nl/ondernemen');
    expect(safeHref('mailto:info@example.nl')).toBe('mailto:info@example.nl');
    expect(safeHref('tel:+31101234567')).toBe('tel:+31101234567');
    expect(safeHref('/gidsen/back-ups-maken/')).toBe('/gidsen/back-ups-maken/');
  });
  it('drops script, data and off-site protocol-relative targets', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example',
      '/\\evil.example',
      'ftp://x',
      '',
      42,
    ]) {
      expect(safeHref(bad), String(bad)).toBeNull();
    }
  });
  it('internal links follow the target language for translated documents and the page otherwise', () => {
    expect(internalHref({ _type: 'guide', slug: 'saving-energy', language: 'en' }, 'nl')).toBe('/en/guides/saving-energy/');
    expect(internalHref({ _type: 'event', slug: 'borrel' }, 'en')).toBe('/en/events/borrel/');
    expect(internalHref({ _type: 'impactReport', slug: 'x' }, 'nl')).toBeNull();
    expect(internalHref(null, 'nl')).toBeNull();
  });
});

describe('headings in rich text', () => {
  const h = (style: string) => ({ _type: 'block', style });
  const styles = (blocks: { style?: string }[]) => blocks.map((b) => b.style);
  it('start at the level the page gives them and never go more than one level deeper', () => {
    expect(styles(outlineHeadings([h('normal'), h('h3'), h('h3')], 2))).toEqual(['normal', 'h2', 'h2']);
    expect(styles(outlineHeadings([h('h2'), h('h3'), h('h2')], 3))).toEqual(['h3', 'h4', 'h3']);
    expect(styles(outlineHeadings([h('h2'), h('h6')], 2))).toEqual(['h2', 'h3']);
    expect(styles(outlineHeadings([h('h1')], 2))).toEqual(['h2']);
  });
});

describe('seo', () => {
  it('JSON-LD cannot contain "<", ">" or "&" raw, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & co' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(data);
  });
  it('hreflang only for pages in both languages, with Dutch as x-default', () => {
    expect(hreflangLinks({ nl: '/gidsen/a/' })).toEqual([]);
    expect(hreflangLinks({ nl: '/gidsen/a/', en: '/en/guides/a/' }).map((l) => l.hreflang)).toEqual(['nl', 'en', 'x-default']);
  });
  it('titles keep the site name only while the whole fits in 70 characters, and are cut at a word beyond that', () => {
    expect(documentTitle('Gidsen', 'MKB010>>Next')).toBe('Gidsen | MKB010>>Next');
    const sixty = 'Energie besparen in je horecazaak: een rondje door de zaak!';
    expect(documentTitle(sixty, 'MKB010>>Next')).toBe(sixty);
    expect(documentTitle('MKB010>>Next: circulair ondernemen', 'MKB010>>Next')).toBe('MKB010>>Next: circulair ondernemen');
    const cut = documentTitle('Restaurant Morabeza weegt elke avond het afval, en gooit nu de helft minder weg', 'MKB010>>Next');
    expect([...cut].length).toBeLessThanOrEqual(70);
    expect(cut).toBe('Restaurant Morabeza weegt elke avond het afval, en gooit nu de helft…');
  });
  it('meta descriptions are cut at a word, never mid-word', () => {
    const long = 'woord '.repeat(60);
    const d = metaDescription(long);
    expect(d.length).toBeLessThanOrEqual(160);
    expect(d.endsWith('woord…')).toBe(true);
  });
});

describe('dates in Europe/Amsterdam', () => {
  it('shows winter and summer times in Amsterdam time', () => {
    expect(formatEventWhen({ start: '2026-03-12T18:00:00.000Z', end: '2026-03-12T20:00:00.000Z' }, 'nl')).toBe(
      'donderdag 12 maart 2026, 19:00–21:00 uur',
    );
    expect(formatEventWhen({ start: '2026-07-02T07:30:00.000Z', end: '2026-07-02T09:00:00.000Z' }, 'en')).toBe(
      'Thursday 2 July 2026, 09:30–11:00',
    );
  });
  it('an evening event late in UTC is on the Amsterdam day', () => {
    expect(formatEventWhen({ start: '2026-12-31T23:30:00.000Z', end: '2027-01-01T01:00:00.000Z' }, 'nl')).toBe(
      'vrijdag 1 januari 2027, 00:30–02:00 uur',
    );
  });
  it('an all-day event lasts until the end of its last Amsterdam day', () => {
    const fair = { start: '2026-10-05T22:00:00.000Z', end: '2026-10-06T22:00:00.000Z', allDay: true };
    expect(eventEndsAt(fair).toISOString()).toBe('2026-10-07T22:00:00.000Z');
    expect(isUpcoming(fair, new Date('2026-10-07T21:59:00.000Z'))).toBe(true);
    expect(isUpcoming(fair, new Date('2026-10-07T22:00:00.000Z'))).toBe(false);
  });
  it('a scheme closes when its deadline day has ended in Amsterdam', () => {
    const s = { deadline: '2026-11-06' };
    expect(isClosed(s, new Date('2026-11-06T22:59:00.000Z'))).toBe(false);
    expect(isClosed(s, new Date('2026-11-06T23:00:00.000Z'))).toBe(true);
    expect(isClosed({ ongoing: true }, new Date('2030-01-01'))).toBe(false);
  });
  it('formats date fields as calendar days', () => {
    expect(formatDay('2026-03-29', 'nl')).toBe('29 maart 2026');
    expect(formatDay('2026-03-29', 'en')).toBe('29 March 2026');
  });
  it('names a calendar month as the Studio says it in a date problem', () => {
    expect(formatMonth(2027, 2, 'nl')).toBe('februari 2027');
    expect(formatMonth(2027, 12, 'en')).toBe('December 2027');
  });
});

describe('field-level translation', () => {
  it('falls back to Dutch and says so', () => {
    expect(pick({ nl: 'Gratis', en: 'Free' }, 'en')).toEqual({ value: 'Free', lang: 'en' });
    expect(pick({ nl: 'Gratis' }, 'en')).toEqual({ value: 'Gratis', lang: 'nl' });
    expect(pick({ nl: 'Gratis', en: '  ' }, 'en')).toEqual({ value: 'Gratis', lang: 'nl' });
  });
  it('navigation ignores unknown route keys and falls back to the default menu', () => {
    expect(mainNavigation([{ route: 'javascript:alert(1)', label: { nl: 'x' } }], 'nl').map((l) => l.href)).toContain('/gidsen/');
    expect(mainNavigation([{ route: 'javascript:alert(1)', label: { nl: 'x' } }], 'nl').map((l) => l.href)).toContain('/hulpwijzer/');
  });
  it('navigation always has the Hulpwijzer: first when site settings leave it out, once when they list it', () => {
    expect(mainNavigation([{ route: 'guides', label: { nl: 'Gidsen' } }], 'en')).toEqual([
      { href: '/en/help-finder/', label: 'Help finder', lang: 'en' },
      { href: '/en/guides/', label: 'Gidsen', lang: 'nl' },
    ]);
    const listed = mainNavigation(
      [
        { route: 'guides', label: { nl: 'Gidsen' } },
        { route: 'finder', label: { nl: 'Wegwijzer' } },
      ],
      'nl',
    );
    expect(listed.map((l) => l.label)).toEqual(['Gidsen', 'Wegwijzer']);
  });
});

describe('images', () => {
  it('never upscales and offers a few widths', () => {
    expect(variantWidths(1200)).toEqual([480, 800, 1200]);
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(4000)).toEqual([480, 800, 1200, 1600]);
  });
  it('serves Content Lake images from the site itself, downloaded through @sanity/image-url', () => {
    const url = 'https://cdn.sanity.io/images/abc123/production/0123abcd-2000x1000.jpg';
    const src = imageSources({ alt: 'x', width: 2000, height: 1000, url }, 800)!;
    expect(src.width).toBe(800);
    expect(src.height).toBe(400);
    expect(src.src).toBe('/media/0123abcd-2000x1000-800w.webp');
    expect(src.srcset).not.toContain('cdn.sanity.io');
    expect(cdnDownloadUrl(url, 1600, {})).toBe(`${url}?w=1600&fm=webp`);
    expect(cdnDownloadUrl(url, 1600, { SANITY_IMAGE_HOST: 'http://127.0.0.1:9999' })).toBe(
      'http://127.0.0.1:9999/images/abc123/production/0123abcd-2000x1000.jpg?w=1600&fm=webp',
    );
  });
  it('dataset files become /media/ variants', () => {
    const src = imageSources({ alt: 'x', width: 1200, height: 675, file: '/data/images/abc-1200x675.png' })!;
    expect(src.src).toBe('/media/abc-1200x675-1200w.webp');
  });
});

describe('scheme filter pages', () => {
  it('cover every theme, every type and each pair, with localised URL words', () => {
    const nl = schemeFilters().map((f) => schemeFilterPath(f, 'nl'));
    const en = schemeFilters().map((f) => schemeFilterPath(f, 'en'));
    expect(new Set(nl).size).toBe(3 + 5 + 15);
    expect(nl).toContain('/regelingen/thema/duurzaam/soort/subsidie/');
    expect(en).toContain('/en/support/theme/sustainable/type/subsidy/');
    expect(schemeFilterPath({}, 'en')).toBe('/en/support/');
  });
});

describe('addresses a static page may not take', () => {
  // A page lives at /{slug}/ (or /en/{slug}/); a route the site injects there would take its address.
  it('include the first segment of every route the site injects, in its language', () => {
    for (const route of ROUTE_TEMPLATES) {
      for (const lang of route.once ? (['nl'] as const) : LANGS) {
        const rest = route.pattern(lang).replace(/^\/(en\/)?/, '');
        // A file at the root (/rss.xml) never meets a page's folder (/rss/).
        const first = rest.split('/')[0];
        if (!first || first.startsWith('[') || first.includes('.')) continue;
        expect(RESERVED_PAGE_SLUGS[lang], `${route.entrypoint} (${lang})`).toContain(first);
      }
    }
  });

  it('below a section, include every fixed word of a route injected there, and the word of its later pages', () => {
    for (const type of Object.keys(SECTIONS) as SectionType[]) {
      for (const lang of LANGS) {
        const section = sectionPath(type, lang);
        const words = ROUTE_TEMPLATES.map((route) => route.pattern(lang))
          .filter((pattern) => pattern.startsWith(section))
          // A file's stem is what a document's slug would meet (`deadlines.ics` and `{slug}.ics`).
          .map((pattern) => pattern.slice(section.length).split(/[/.]/)[0]!)
          .filter((word) => word && !word.startsWith('['));
        const paged = ROUTE_TEMPLATES.some((route) => route.pattern(lang) === `${section}[...page]`);
        for (const word of [...words, ...(paged ? [pagedPath(section, 2).slice(section.length).split('/')[0]!] : [])]) {
          expect(reservedDocSlugs(type, lang), `${type} (${lang}): ${word}`).toContain(word);
        }
      }
    }
    expect(reservedDocSlugs('event', 'nl')).toEqual(['archief', 'pagina']);
  });

  it('are judged per language', () => {
    expect(isReservedPageSlug('gidsen', 'nl')).toBe(true);
    expect(isReservedPageSlug('guides', 'nl')).toBe(false);
    expect(isReservedPageSlug('guides', 'en')).toBe(true);
    expect(isReservedPageSlug('over', 'nl')).toBe(false);
  });
});
