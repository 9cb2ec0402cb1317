// A past event page says it has taken place, offers no calendar file and nothing about signing up,
// and points to the next edition of its series, or else to the upcoming events (issue 24, item 5).
import { beforeAll, describe, expect, it } from 'vitest';
import { isUpcoming } from '@mkb010/model';
import { attr, elements, readPage, text, type BuiltPage } from './html.ts';
import { seedDocs, type RawDoc } from './seed-data.ts';
import { seedSite } from '../setup/seed-site.ts';

const { outDir, now } = await seedSite();
const NOW = new Date(now);
const PREFIX = { nl: '/evenementen/', en: '/en/events/' } as const;
const NOTICE = { nl: 'Dit evenement is geweest', en: 'This event has taken place' } as const;
// Words that invite the reader to sign up, in each language.
const SIGN_UP = { nl: /aanmeld|meld je aan|zet in je agenda/i, en: /regist|sign up|add to your calendar/i } as const;

let events: RawDoc[] = [];
beforeAll(async () => {
  events = (await seedDocs()).filter((d) => d._type === 'event');
});

const timing = (e: RawDoc) => ({ start: e.start, end: e.end, allDay: e.allDay });
const past = () => events.filter((e) => !e.cancelled && !isUpcoming(timing(e), NOW));
const hrefs = (page: BuiltPage) => page.all.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? '');
/** The soonest upcoming, not cancelled other edition of the event's series, computed from the raw documents. */
const nextEdition = (event: RawDoc) =>
  events
    .filter((e) => e.series && e.series === event.series && e._id !== event._id && !e.cancelled && isUpcoming(timing(e), NOW))
    .sort((a, b) => a.start.localeCompare(b.start))[0];

describe('a past event page', () => {
  it('the seed has past events with and without a planned next edition', () => {
    expect(past().filter(nextEdition).length).toBeGreaterThan(0);
    expect(past().filter((e) => !nextEdition(e)).length).toBeGreaterThan(0);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`says it has taken place, without a calendar file or sign-up wording (${lang})`, async () => {
      for (const event of past()) {
        const sitePath = `${PREFIX[lang]}${event.slug.current}/`;
        const page = await readPage(outDir, sitePath);
        const notice = page.all.find((e) => attr(e, 'data-event-past') !== undefined);
        expect(notice && text(notice), sitePath).toContain(NOTICE[lang]);
        const links = hrefs(page);
        // The footer's subscription to the whole calendar stays; the page itself offers no calendar file.
        const inMain = elements(page.all.find((e) => e.tagName === 'main')!).filter((e) => e.tagName === 'a');
        expect(
          inMain.map((e) => attr(e, 'href') ?? '').filter((h) => h.includes('.ics')),
          sitePath,
        ).toEqual([]);
        expect(links, sitePath).not.toContain(`${PREFIX[lang]}${event.slug.current}.ics`);
        if (event.registrationUrl) expect(links, sitePath).not.toContain(event.registrationUrl);
        // The event's own facts (not its description, which reports what happened) invite nobody.
        const facts = page.all.find((e) => e.tagName === 'dl' && attr(e, 'class')?.includes('meta-list'));
        expect(text(facts!), sitePath).not.toMatch(SIGN_UP[lang]);
      }
    });

    it(`links to the next edition of the series, else to the upcoming events (${lang})`, async () => {
      for (const event of past()) {
        const sitePath = `${PREFIX[lang]}${event.slug.current}/`;
        const page = await readPage(outDir, sitePath);
        const notice = page.all.find((e) => attr(e, 'data-event-past') !== undefined)!;
        const links = elements(notice)
          .filter((e) => e.tagName === 'a')
          .map((e) => attr(e, 'href'));
        const next = nextEdition(event);
        expect(links, sitePath).toEqual([next ? `${PREFIX[lang]}${next.slug.current}/` : PREFIX[lang]]);
      }
    });
  }

  it('an upcoming event still offers its calendar file', async () => {
    const upcoming = events.find((e) => !e.cancelled && isUpcoming(timing(e), NOW))!;
    const page = await readPage(outDir, `${PREFIX.nl}${upcoming.slug.current}/`);
    expect(hrefs(page)).toContain(`${PREFIX.nl}${upcoming.slug.current}.ics`);
    expect(page.all.some((e) => attr(e, 'data-event-past') !== undefined)).toBe(false);
  });
});
