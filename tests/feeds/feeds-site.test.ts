// The feeds of the site built from the seed, read the way subscribers and crawlers read them:
// calendars through node-ical, RSS and the sitemap through an XML parser, compared with the dataset.
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../helpers/build.ts';
import { seedSite } from '../setup/seed-site.ts';

const site = await seedSite();
const ORIGIN = 'https://www.mkb010next.nl';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = { _id: string; _type: string; [field: string]: any };

const docs: Doc[] = readFileSync(SEED_FILE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
// Documents the build left out (invalid, duplicate slug) are in its content report.
const report = JSON.parse(readFileSync(path.join(site.reportDir, 'content-report.json'), 'utf8')) as {
  invalid: { id: string }[];
  duplicates: { leftOut: string[] }[];
};
const leftOut = new Set([...report.invalid.map((i) => i.id), ...report.duplicates.flatMap((d) => d.leftOut)]);
const published = docs.filter((d) => !d._id.startsWith('drafts.') && !leftOut.has(d._id));
const ofType = (type: string) => published.filter((d) => d._type === type);
const byId = new Map(published.map((d) => [d._id, d]));

const read = (rel: string) => readFileSync(path.join(site.outDir, rel), 'utf8');
const vevents = (ics: string): VEvent[] => Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
const idOfUid = (uid: string) => uid.replace(/@mkb010next\.nl$/, '');
const localDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const amsterdamDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
const DAY = 24 * 60 * 60 * 1000;

/** Checks a parsed VEVENT against its event document: the times a calendar app would show. */
function expectSameTimes(vevent: VEvent, event: Doc) {
  if (event.allDay) {
    expect(vevent.datetype, event._id).toBe('date');
    expect(localDay(vevent.start), event._id).toBe(amsterdamDay(event.start));
    // DTEND is exclusive: the day after the event's last day.
    const lastDay = new Date(`${amsterdamDay(event.end)}T12:00:00Z`).getTime();
    expect(localDay(vevent.end!), event._id).toBe(new Date(lastDay + DAY).toISOString().slice(0, 10));
  } else {
    expect(vevent.start.getTime(), event._id).toBe(Date.parse(event.start));
    expect(vevent.end?.getTime(), event._id).toBe(Date.parse(event.end));
    expect(vevent.start.tz, event._id).toBe('Europe/Amsterdam');
  }
}

describe('calendar feeds of the seed site', () => {
  const now = Date.parse(site.now);
  const events = ofType('event');

  for (const [file, lang] of [
    ['evenementen.ics', 'nl'],
    ['en/events.ics', 'en'],
  ] as const) {
    it(`${file} holds upcoming events and those of the past year, each once, at the dataset's times`, () => {
      const parsed = vevents(read(file));
      const uids = parsed.map((v) => v.uid);
      expect(new Set(uids).size).toBe(uids.length);
      const ids = new Set(uids.map(idOfUid));
      for (const e of events) {
        const end = Date.parse(e.end);
        if (end > now - 360 * DAY) expect(ids.has(e._id), `${e._id} should be in ${file}`).toBe(true);
        if (end < now - 370 * DAY) expect(ids.has(e._id), `${e._id} ended over a year ago`).toBe(false);
      }
      expect(parsed.some((v) => Date.parse(byId.get(idOfUid(v.uid))!.end) > now)).toBe(true);
      for (const v of parsed) {
        const event = byId.get(idOfUid(v.uid));
        expect(event, `${v.uid} is no published event`).toBeDefined();
        expectSameTimes(v, event!);
        const title = (lang === 'en' && event!.title.en) || event!.title.nl;
        expect(v.summary).toBe(event!.cancelled ? `${lang === 'nl' ? 'Geannuleerd' : 'Cancelled'}: ${title}` : title);
        if (event!.cancelled) expect(v.status).toBe('CANCELLED');
      }
    });
  }

  it('marks the seed’s cancelled event as cancelled in the feed', () => {
    const cancelled = events.filter((e) => e.cancelled && Date.parse(e.end) > now - 360 * DAY);
    expect(cancelled.length).toBeGreaterThan(0);
    const parsed = vevents(read('evenementen.ics'));
    for (const e of cancelled) expect(parsed.find((v) => idOfUid(v.uid) === e._id)?.status).toBe('CANCELLED');
  });

  it('gives every event its own .ics in both languages with the same UID and the right times', () => {
    for (const e of events) {
      for (const file of [`evenementen/${e.slug.current}.ics`, `en/events/${e.slug.current}.ics`]) {
        expect(existsSync(path.join(site.outDir, file)), file).toBe(true);
      }
    }
    const timed = events.find((e) => !e.allDay && !e.cancelled)!;
    const [nl] = vevents(read(`evenementen/${timed.slug.current}.ics`));
    const [en] = vevents(read(`en/events/${timed.slug.current}.ics`));
    expect(nl.uid).toBe(`${timed._id}@mkb010next.nl`);
    expect(en.uid).toBe(nl.uid);
    expectSameTimes(nl, timed);
    const allDay = events.find((e) => e.allDay);
    if (allDay) expectSameTimes(vevents(read(`evenementen/${allDay.slug.current}.ics`))[0], allDay);
  });
});

describe('RSS feeds of the seed site', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

  for (const [file, lang, prefixes] of [
    ['rss.xml', 'nl', { guide: '/gidsen/', story: '/verhalen/' }],
    ['en/rss.xml', 'en', { guide: '/en/guides/', story: '/en/stories/' }],
  ] as const) {
    it(`${file} is XML with exactly the ${lang} guides and stories, newest first`, () => {
      const xml = parser.parse(read(file));
      const items: { title: string; link: string; description: string; pubDate?: string }[] = xml.rss.channel.item ?? [];
      const expected = [...ofType('guide'), ...ofType('story')].filter((d) => d.language === lang);
      expect(expected.length).toBeGreaterThan(0);
      expect(items.map((i) => i.link).sort()).toEqual(
        expected.map((d) => `${ORIGIN}${prefixes[d._type as 'guide' | 'story']}${d.slug.current}/`).sort(),
      );
      for (const item of items) {
        const d = expected.find(
          (x) => item.link.endsWith(`/${x.slug.current}/`) && item.link.includes(prefixes[x._type as 'guide' | 'story']),
        )!;
        expect(String(item.title)).toBe(d.title);
        expect(String(item.description)).toBe(d.summary);
      }
      const dates = items.filter((i) => i.pubDate).map((i) => Date.parse(i.pubDate!));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    });
  }

  it('is announced in the head of the pages', () => {
    expect(read('index.html')).toMatch(
      /<link rel="alternate" type="application\/rss\+xml"[^>]*href="https:\/\/www\.mkb010next\.nl\/rss\.xml"/,
    );
    expect(read('en/index.html')).toMatch(
      /<link rel="alternate" type="application\/rss\+xml"[^>]*href="https:\/\/www\.mkb010next\.nl\/en\/rss\.xml"/,
    );
  });
});

describe('sitemap and robots.txt of the seed site', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });
  const index = parser.parse(read('sitemap-index.xml'));
  const sitemapFiles: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => new URL(s.loc).pathname.slice(1));
  const urls: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] = sitemapFiles.flatMap(
    (f) => parser.parse(read(f)).urlset.url,
  );
  const locs = new Set(urls.map((u) => u.loc));

  /** Every index.html in dist, as a URL path; the search index's own files are no pages. */
  function htmlPages(dir: string, rel = ''): string[] {
    const out: string[] = [];
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (child !== 'pagefind' && child !== '_astro') out.push(...htmlPages(dir, child));
      } else if (entry.name === 'index.html') {
        out.push(`/${rel ? `${rel}/` : ''}`);
      }
    }
    return out;
  }

  it('lists every public page in dist and nothing else', () => {
    const pages = htmlPages(site.outDir).filter((p) => p !== '/404/');
    const publicPages = pages.filter((p) => !/<meta name="robots" content="noindex"/.test(read(path.join(p, 'index.html'))));
    expect(publicPages.length).toBeGreaterThan(50);
    expect([...locs].map((l) => decodeURIComponent(new URL(l).pathname)).sort()).toEqual(
      publicPages.map((p) => decodeURIComponent(p)).sort(),
    );
    expect([...locs].some((l) => /404/.test(l))).toBe(false);
    expect([...locs].every((l) => l.startsWith(`${ORIGIN}/`))).toBe(true);
  });

  it('pairs a translated guide with its Dutch original through hreflang alternates', () => {
    const english = ofType('guide').find((g) => g.language === 'en' && g.translationOf && byId.has(g.translationOf._ref))!;
    expect(english).toBeDefined();
    const dutch = byId.get(english.translationOf._ref)!;
    const enUrl = `${ORIGIN}/en/guides/${english.slug.current}/`;
    const nlUrl = `${ORIGIN}/gidsen/${dutch.slug.current}/`;
    for (const loc of [enUrl, nlUrl]) {
      const entry = urls.find((u) => u.loc === loc);
      expect(entry, loc).toBeDefined();
      const links = Object.fromEntries((entry!['xhtml:link'] ?? []).map((l) => [l['@_hreflang'], l['@_href']]));
      expect(links).toMatchObject({ nl: nlUrl, en: enUrl });
    }
  });

  it('robots.txt allows crawling and points to the sitemap', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^Sitemap: https:\/\/www\.mkb010next\.nl\/sitemap-index\.xml$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });
});
