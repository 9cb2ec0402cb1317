// What readers see matches the rules: no client JavaScript on content pages, closed schemes
// marked (not hidden), events split into upcoming and archive, times in Amsterdam, cancelled
// events marked, partner pages listing their own content, images sized and described.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, builtPaths, fileOf, readPage, text } from './html.ts';
import { seedDocs, type RawDoc } from './seed-data.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir, now } = await seedSite();
const NOW = new Date(now);
const SCRIPTED_PAGES = new Set(['/zoeken/', '/en/search/']);
let docs: RawDoc[] = [];
let paths: string[] = [];

beforeAll(async () => {
  [docs, paths] = await Promise.all([seedDocs(), builtPaths(outDir)]);
});

const ofType = (type: string) => docs.filter((d) => d._type === type);
const amsterdamTime = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
const amsterdamDayEnd = (day: string) => {
  // The first moment after `day` in Amsterdam: try both offsets the zone uses.
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const iso = next.toISOString().slice(0, 10);
  const winter = new Date(`${iso}T00:00:00+01:00`);
  const summer = new Date(`${iso}T00:00:00+02:00`);
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(summer);
  return hour === '00' ? summer : winter;
};
const linksOn = async (sitePath: string) =>
  (await readPage(outDir, sitePath)).all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? '');

describe('content pages', () => {
  it('ship no client JavaScript (JSON-LD only); the search pages are the exception', async () => {
    const offenders: string[] = [];
    for (const p of paths.filter((p) => !SCRIPTED_PAGES.has(p))) {
      const page = await readPage(outDir, p);
      for (const s of page.all.filter((e) => e.tagName === 'script')) {
        if (attr(s, 'type') !== 'application/ld+json' || attr(s, 'src') !== undefined)
          offenders.push(`${p}: <script ${s.attrs.map((a) => `${a.name}="${a.value}"`).join(' ')}>`);
      }
    }
    expect(paths.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  it('every image has width, height, alt and a srcset whose files were built', async () => {
    const problems: string[] = [];
    let count = 0;
    for (const p of paths) {
      const page = await readPage(outDir, p);
      for (const img of page.all.filter((e) => e.tagName === 'img')) {
        count++;
        for (const a of ['width', 'height', 'alt', 'srcset', 'loading'])
          if (attr(img, a) === undefined) problems.push(`${p}: img without ${a}`);
        for (const candidate of (attr(img, 'srcset') ?? '').split(',')) {
          const url = candidate.trim().split(/\s+/)[0]!;
          if (url.startsWith('/') && !existsSync(fileOf(outDir, url))) problems.push(`${p}: ${url} missing`);
          if (!url.startsWith('/')) problems.push(`${p}: image from another origin ${url}`);
        }
      }
    }
    expect(count).toBeGreaterThan(10);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe('support schemes', () => {
  it('a passed deadline shows as closed on the page and the scheme stays listed', async () => {
    const closed = ofType('scheme').filter((s) => !s.ongoing && s.deadline && NOW >= amsterdamDayEnd(s.deadline));
    // Schemes that open later or whose budget is used up have no apply button either: scheme-lifecycle.test.ts.
    const open = ofType('scheme').filter((s) => !closed.includes(s) && !s.opensAt && s.budgetStatus !== 'op');
    expect(closed.length, 'the seed should hold a scheme whose deadline has passed').toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);
    const overview = await linksOn('/regelingen/');
    for (const s of closed) {
      const slug = s.slug.current;
      expect(text((await readPage(outDir, `/regelingen/${slug}/`)).all.find((e) => e.tagName === 'main')!)).toContain('Gesloten');
      expect(text((await readPage(outDir, `/en/support/${slug}/`)).all.find((e) => e.tagName === 'main')!)).toContain('Closed');
      expect(overview, `${slug} must stay in the overview`).toContain(`/regelingen/${slug}/`);
    }
    for (const s of open) {
      const page = await readPage(outDir, `/regelingen/${s.slug.current}/`);
      const main = page.all.find((e) => e.tagName === 'main')!;
      expect(text(main)).not.toContain('Gesloten');
      expect(
        page.all.some((e) => e.tagName === 'a' && attr(e, 'class') === 'button'),
        `${s.slug.current} has an apply button`,
      ).toBe(true);
    }
  });

  it('filter pages hold only schemes of their theme and type', async () => {
    const expected = ofType('scheme')
      .filter((s) => s.themes?.includes('duurzaam') && s.schemeType === 'subsidie')
      .map((s) => `/regelingen/${s.slug.current}/`)
      .sort();
    expect(expected.length, 'the seed should hold sustainable subsidies').toBeGreaterThan(1);
    const links = (await linksOn('/regelingen/thema/duurzaam/soort/subsidie/')).filter(
      (h) => /^\/regelingen\/[a-z0-9-]+\/$/.test(h) && !h.includes('/thema/') && !h.includes('/soort/'),
    );
    expect([...new Set(links)].sort()).toEqual(expected);
  });
});

describe('events', () => {
  const isOver = (e: RawDoc) => {
    if (!e.allDay) return new Date(e.end) <= NOW;
    const lastDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(e.end));
    return amsterdamDayEnd(lastDay) <= NOW;
  };
  const eventLinks = (links: string[], prefix: string) => [
    ...new Set(
      links.filter(
        (h) =>
          h.startsWith(prefix) &&
          h !== prefix &&
          !h.endsWith('.ics') &&
          !h.includes('/archief/') &&
          !h.includes('/archive/') &&
          !/\/(pagina|page)\/\d+\/$/.test(h),
      ),
    ),
  ];

  it('upcoming events come first in time order; past ones are in the archive, not the overview', async () => {
    const events = ofType('event');
    const upcoming = events.filter((e) => !isOver(e)).sort((a, b) => a.start.localeCompare(b.start));
    const past = events.filter(isOver);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    expect(eventLinks(await linksOn('/evenementen/'), '/evenementen/')).toEqual(upcoming.map((e) => `/evenementen/${e.slug.current}/`));
    expect(eventLinks(await linksOn('/en/events/archive/'), '/en/events/').sort()).toEqual(
      past.map((e) => `/en/events/${e.slug.current}/`).sort(),
    );
  });

  it('an upcoming event page shows its time in Amsterdam and links to its .ics file', async () => {
    // Only an event still to come offers its calendar file (tests/site/past-events.test.ts has the past ones).
    const event = ofType('event').find((e) => !e.allDay && !e.cancelled && !isOver(e))!;
    for (const [p, ics] of [
      [`/evenementen/${event.slug.current}/`, `/evenementen/${event.slug.current}.ics`],
      [`/en/events/${event.slug.current}/`, `/en/events/${event.slug.current}.ics`],
    ] as const) {
      const page = await readPage(outDir, p);
      const main = text(page.all.find((e) => e.tagName === 'main')!);
      expect(main).toContain(`${amsterdamTime(event.start)}–${amsterdamTime(event.end)}`);
      expect(page.all.some((e) => e.tagName === 'a' && attr(e, 'href') === ics)).toBe(true);
    }
  });

  it('a cancelled event is clearly marked and offers no registration', async () => {
    const cancelled = ofType('event').filter((e) => e.cancelled);
    expect(cancelled.length).toBeGreaterThan(0);
    for (const e of cancelled) {
      const nl = await readPage(outDir, `/evenementen/${e.slug.current}/`);
      expect(text(nl.all.find((x) => x.tagName === 'main')!)).toContain('Geannuleerd');
      expect(text((await readPage(outDir, `/en/events/${e.slug.current}/`)).all.find((x) => x.tagName === 'main')!)).toContain('Cancelled');
      if (e.registrationUrl) expect(nl.all.some((x) => x.tagName === 'a' && attr(x, 'href') === e.registrationUrl)).toBe(false);
    }
  });
});

describe('guides and partners', () => {
  it('a guide page shows its steps as a numbered list, its owner and when it was last checked', async () => {
    for (const g of ofType('guide').slice(0, 10)) {
      const p = g.language === 'nl' ? `/gidsen/${g.slug.current}/` : `/en/guides/${g.slug.current}/`;
      const page = await readPage(outDir, p);
      const list = page.all.find((e) => e.tagName === 'ol' && attr(e, 'class') === 'steps');
      expect(list, `${p} has an ordered list of steps`).toBeTruthy();
      expect(list!.childNodes.filter((n) => n.nodeName === 'li')).toHaveLength(g.steps.length);
      const main = text(page.all.find((e) => e.tagName === 'main')!);
      expect(main).toContain(g.language === 'nl' ? 'Laatst gecontroleerd' : 'Last checked');
      expect(
        page.all.some((e) => e.tagName === 'a' && attr(e, 'href')?.endsWith(`/partners/${g.partner._ref.replace(/^partner-/, '')}/`)),
      ).toBe(true);
    }
  });

  it('a partner page lists the guides, schemes and stories that name it', async () => {
    for (const partner of ofType('partner')) {
      const links = await linksOn(`/partners/${partner.slug.current}/`);
      const owned = (type: string, field: string) =>
        ofType(type).filter((d) => d[field]?._ref === partner._id && (d.language ?? 'nl') === 'nl');
      for (const g of owned('guide', 'partner')) expect(links, `${partner._id} lists ${g._id}`).toContain(`/gidsen/${g.slug.current}/`);
      for (const s of owned('story', 'partner')) expect(links, `${partner._id} lists ${s._id}`).toContain(`/verhalen/${s.slug.current}/`);
      for (const s of ofType('scheme').filter((s) => s.providerPartner?._ref === partner._id))
        expect(links).toContain(`/regelingen/${s.slug.current}/`);
      for (const e of ofType('event').filter((e) => e.organisers?.some((o: RawDoc) => o._ref === partner._id)))
        expect(links).toContain(`/evenementen/${e.slug.current}/`);
    }
  });
});
