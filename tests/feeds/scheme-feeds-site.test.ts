// The scheme feeds and deadline calendars of the site built from the seed, read the way a feed
// reader and a calendar app read them: every Atom feed checked against RFC 4287 (atomErrors) and
// parsed, every calendar checked (icsErrors) and parsed with node-ical, compared with the dataset.
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, SCHEME_TYPES, THEMES, schemesFeedPath, themePath, type Lang, type SchemeType, type Theme } from '@mkb010/model';
import { atomErrors, icsErrors } from '../helpers/strict-parse.ts';
import { attr, readPage, text, type BuiltPage } from '../site/html.ts';
import { seedDocs, type RawDoc } from '../site/seed-data.ts';
import { seedSite } from '../setup/seed-site.ts';

const site = await seedSite();
let schemes: RawDoc[] = [];
beforeAll(async () => {
  schemes = (await seedDocs()).filter((d) => d._type === 'scheme');
});

const read = (rel: string) => readFileSync(path.join(site.outDir, rel.replace(/^\//, '')), 'utf8');
const SECTION: Record<Lang, string> = { nl: '/regelingen/', en: '/en/support/' };
const withDeadline = () => schemes.filter((s) => !s.ongoing && s.deadline);
/** Closed at the seed's moment: the deadline has passed or the budget is used up. */
const closed = (s: RawDoc) => s.budgetStatus === 'op' || (!s.ongoing && s.deadline < site.anchor);
const vevents = (ics: string): VEvent[] => Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

interface Entry {
  title: string;
  link: string;
  content: string;
}
/** The entries of an Atom feed as a reader lists them. */
function entries(xml: string): Entry[] {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' }).parse(xml);
  return (parsed.feed.entry ?? []).map((e: Record<string, any>) => ({
    title: typeof e.title === 'string' ? e.title : e.title['#text'],
    link: e.link['@href'],
    content: typeof e.content === 'string' ? e.content : e.content['#text'],
  }));
}

/** Every filter of the overview, and none. */
const filters: { theme?: Theme; type?: SchemeType }[] = [
  {},
  ...THEMES.values.map((theme) => ({ theme })),
  ...SCHEME_TYPES.values.map((type) => ({ type })),
  ...THEMES.values.flatMap((theme) => SCHEME_TYPES.values.map((type) => ({ theme, type }))),
];

describe('Atom feeds of new and changed schemes', () => {
  it('exist for all schemes, every theme, every type and each pair, in both languages, and are valid Atom', () => {
    expect(existsSync(path.join(site.outDir, 'regelingen/feed.xml'))).toBe(true);
    expect(existsSync(path.join(site.outDir, 'en/support/theme/digital/feed.xml'))).toBe(true);
    for (const lang of LANGS) {
      for (const filter of filters) {
        const xml = read(schemesFeedPath(filter, lang));
        expect(atomErrors(xml), `${schemesFeedPath(filter, lang)}`).toEqual([]);
        expect(xml).toContain(`xml:lang="${lang}"`);
      }
    }
  });

  it('carry each change with its note, in the feed of every theme and type the scheme belongs to, in its language', () => {
    const changed = schemes.filter((s) => Array.isArray(s.changeLog) && s.changeLog.length > 0);
    expect(changed.length).toBeGreaterThanOrEqual(2);
    for (const s of changed) {
      for (const lang of LANGS) {
        for (const file of [
          schemesFeedPath({}, lang),
          ...s.themes.map((theme: Theme) => schemesFeedPath({ theme, type: s.schemeType }, lang)),
        ]) {
          const own = entries(read(file)).filter((e) => e.link.endsWith(`${SECTION[lang]}${s.slug.current}/`));
          for (const change of s.changeLog) {
            expect(
              own.some((e) => e.content.includes(change.note[lang])),
              `${file}: ${s._id} ${change._key}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('a theme feed holds only schemes of that theme; a scheme that has not opened is in no feed yet', () => {
    const later = schemes.filter((s) => s.opensAt && s.opensAt > site.anchor);
    expect(later.length).toBeGreaterThan(0);
    for (const theme of THEMES.values) {
      const slugs = new Set(schemes.filter((s) => s.themes.includes(theme)).map((s) => s.slug.current));
      for (const entry of entries(read(schemesFeedPath({ theme }, 'nl')))) {
        expect(slugs.has(entry.link.split('/').at(-2)!), `${theme}: ${entry.link}`).toBe(true);
      }
    }
    const all = entries(read(schemesFeedPath({}, 'nl')));
    expect(all.length).toBeGreaterThan(0);
    for (const s of later)
      expect(
        all.some((e) => e.link.endsWith(`/${s.slug.current}/`)),
        s._id,
      ).toBe(false);
  });
});

describe('scheme deadlines in your calendar', () => {
  it('each scheme with a deadline has an .ics: the deadline as an all-day event with alarms 14 and 2 days before', () => {
    expect(withDeadline().length).toBeGreaterThan(0);
    for (const s of withDeadline()) {
      for (const lang of LANGS) {
        const ics = read(`${SECTION[lang]}${s.slug.current}.ics`);
        expect(icsErrors(ics), s._id).toEqual([]);
        const [event, ...rest] = vevents(ics);
        expect(rest).toEqual([]);
        expect(event!.datetype).toBe('date');
        expect(localDay(event!.start), s._id).toBe(s.deadline);
        expect(event!.alarms?.map((a) => String(a.trigger)).sort(), s._id).toEqual(['-P14D', '-P2D']);
      }
    }
    for (const s of schemes.filter((x) => x.ongoing)) {
      expect(existsSync(path.join(site.outDir, `regelingen/${s.slug.current}.ics`)), s._id).toBe(false);
    }
  });

  it('deadlines.ics lists exactly the deadlines of schemes that are not closed, overall and per theme', () => {
    for (const theme of [undefined, ...THEMES.values]) {
      const file = theme ? `regelingen/thema/${THEMES.slug(theme, 'nl')}/deadlines.ics` : 'regelingen/deadlines.ics';
      const ics = read(file);
      expect(icsErrors(ics), file).toEqual([]);
      const ids = vevents(ics)
        .map((v) => v.uid.replace(/-deadline@mkb010next\.nl$/, ''))
        .sort();
      const expected = withDeadline()
        .filter((s) => !closed(s) && (!theme || s.themes.includes(theme)))
        .map((s) => s._id)
        .sort();
      expect(ids, file).toEqual(expected);
    }
  });
});

describe('links to feeds and calendars', () => {
  it('the overview and each filter page link their feed and the deadlines subscription', async () => {
    for (const [page, feed, deadlines] of [
      ['/regelingen/', '/regelingen/feed.xml', '/regelingen/deadlines.ics'],
      ['/regelingen/thema/duurzaam/', '/regelingen/thema/duurzaam/feed.xml', '/regelingen/thema/duurzaam/deadlines.ics'],
      ['/en/support/type/loan/', '/en/support/type/loan/feed.xml', '/en/support/deadlines.ics'],
    ] as const) {
      const hrefs = (await readPage(site.outDir, page)).all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? '');
      expect(hrefs, page).toContain(feed);
      expect(
        hrefs.some((h) => h.startsWith('webcal://') && h.endsWith(deadlines)),
        `${page} → webcal ${deadlines}`,
      ).toBe(true);
    }
  });

  /** The Atom feeds a page announces in its head. */
  const headFeeds = (page: BuiltPage) =>
    page.all.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'type') === 'application/atom+xml');

  it('each theme hub links the feed of its theme ("Volg deze regelingen") in its language and announces it in the head', async () => {
    for (const [hub, feed, words] of [
      ['/thema/duurzaam/', '/regelingen/thema/duurzaam/feed.xml', 'Volg deze regelingen'],
      ['/en/themes/digital/', '/en/support/theme/digital/feed.xml', 'Follow these schemes'],
    ] as const) {
      const page = await readPage(site.outDir, hub);
      const link = page.all.find((e) => e.tagName === 'a' && attr(e, 'href') === feed);
      expect(link, `${hub} → ${feed}`).toBeDefined();
      expect(text(link!)).toContain(words);
      expect(
        headFeeds(page)
          .map((e) => attr(e, 'href'))
          .filter((h) => h?.endsWith(feed)),
        `${hub} head`,
      ).toHaveLength(1);
    }
    for (const lang of LANGS) {
      for (const theme of THEMES.values) {
        const page = await readPage(site.outDir, themePath(theme, lang));
        const feed = page.all.find((e) => e.tagName === 'a' && attr(e, 'type') === 'application/atom+xml');
        const href = attr(feed!, 'href')!;
        expect(href, `${theme} ${lang}`).toBe(schemesFeedPath({ theme }, lang));
        // The feed the hub names is the theme's, in the hub's language.
        const xml = read(href);
        expect(atomErrors(xml), href).toEqual([]);
        const title = new XMLParser().parse(xml).feed.title as string;
        expect(title, href).toContain(THEMES.label(theme, lang));
        expect(
          headFeeds(page).map((e) => attr(e, 'title')),
          `${theme} ${lang}`,
        ).toEqual([title]);
      }
    }
  });

  it('the overview announces its feed in the head too', async () => {
    const page = await readPage(site.outDir, '/en/support/');
    const [link] = headFeeds(page);
    expect(attr(link!, 'href')).toMatch(/^https?:\/\/.+\/en\/support\/feed\.xml$/);
  });

  it('an open scheme with a deadline links its .ics; a closed one does not', async () => {
    for (const s of withDeadline()) {
      const page = await readPage(site.outDir, `/regelingen/${s.slug.current}/`);
      const links = page.all.some((e) => e.tagName === 'a' && attr(e, 'href') === `/regelingen/${s.slug.current}.ics`);
      expect(links, s._id).toBe(!closed(s));
    }
  });
});
