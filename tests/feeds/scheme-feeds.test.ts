// Scheme feeds and deadline calendars as a feed reader and a calendar app read them: the Atom
// checked against RFC 4287 with a strict XML parser, the iCalendar parsed back with node-ical.
import ical, { type VEvent } from 'node-ical';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { deadlinesCalendar, deadlinesInCalendar, schemeDeadlineCalendar, type CalendarScheme } from '../../src/lib/scheme-calendar.ts';
import { FEED_MAX_ENTRIES, schemesAtom, schemesFeedTitle, type FeedScheme } from '../../src/lib/scheme-feeds.ts';
import { atomErrors, icsErrors } from '../helpers/strict-parse.ts';

const SITE = 'https://www.mkb010next.nl';

function scheme(overrides: Partial<FeedScheme & CalendarScheme> = {}): FeedScheme & CalendarScheme {
  return {
    _id: 'scheme-energiebespaarlening',
    _createdAt: '2026-06-01T08:00:00Z',
    _updatedAt: '2026-11-20T09:30:00Z',
    slug: 'energiebespaarlening',
    title: { nl: 'Energiebespaarlening', en: 'Energy saving loan' },
    summary: { nl: 'Een lening met lage rente voor isolatie en zonnepanelen.', en: 'A low-interest loan for insulation and solar panels.' },
    themes: ['duurzaam'],
    schemeType: 'lening',
    provider: 'Gemeente Rotterdam',
    deadline: '2027-03-31',
    applyUrl: 'https://example.org/aanvragen',
    changeLog: [],
    ...overrides,
  };
}

const OPENING = scheme({
  _id: 'scheme-opens',
  slug: 'zonnedaken',
  title: { nl: 'Subsidie zonnedaken' },
  opensAt: '2026-12-01',
  schemeType: 'subsidie',
});
const CHANGED = scheme({
  changeLog: [
    { _key: 'max', date: '2026-11-20', note: { nl: 'Het maximumbedrag is verhoogd naar €5.000.', en: 'The maximum is now €5,000.' } },
  ],
});
const DIGITAL = scheme({
  _id: 'scheme-digitaal',
  slug: 'digitaliseringsvoucher',
  title: { nl: 'Digitaliseringsvoucher' },
  themes: ['digitaal'],
  schemeType: 'voucher',
  _createdAt: '2026-11-25T10:00:00Z',
});
const NOW = new Date('2026-12-02T09:00:00Z');

/** The entries of an Atom feed as a reader lists them: title, id, updated and content. */
function entries(xml: string): { title: string; id: string; updated: string; content: string }[] {
  const out: { title: string; id: string; updated: string; content: string }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let current: Record<string, string> | undefined;
  let field: string | undefined;
  parser.on('opentag', (t) => {
    if (t.local === 'entry') current = { title: '', id: '', updated: '', content: '' };
    else if (current && ['title', 'id', 'updated', 'content'].includes(t.local ?? '')) field = t.local;
  });
  const text = (s: string) => {
    if (current && field) current[field] += s;
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('closetag', (t) => {
    if (t.local === 'entry' && current) out.push(current as never);
    if (t.local === 'entry') current = undefined;
    field = undefined;
  });
  parser.write(xml).close();
  return out;
}

describe('Atom feeds of schemes', () => {
  const all = schemesAtom([OPENING, CHANGED, DIGITAL], { filter: {}, lang: 'nl', siteUrl: SITE, now: NOW });

  it('are valid Atom', () => {
    expect(atomErrors(all)).toEqual([]);
    for (const lang of ['nl', 'en'] as const) {
      for (const filter of [
        {},
        { theme: 'duurzaam' as const },
        { type: 'voucher' as const },
        { theme: 'circulair' as const, type: 'lening' as const },
      ]) {
        expect(
          atomErrors(schemesAtom([OPENING, CHANGED, DIGITAL], { filter, lang, siteUrl: SITE, now: NOW })),
          JSON.stringify(filter),
        ).toEqual([]);
      }
    }
  });

  it('list the opened, new and changed schemes newest first, with the change note', () => {
    const list = entries(all);
    expect(list.map((e) => e.title)).toEqual(
      [
        'Nu open: Subsidie zonnedaken',
        'Nieuw: Digitaliseringsvoucher',
        'Gewijzigd: Energiebespaarlening',
        'Nieuw: Energiebespaarlening',
        'Nieuw: Subsidie zonnedaken',
      ].filter((t) => t !== 'Nieuw: Subsidie zonnedaken'),
    );
    const changed = list.find((e) => e.title.startsWith('Gewijzigd'))!;
    expect(changed.content).toContain('Gewijzigd op 20 november 2026: Het maximumbedrag is verhoogd naar €5.000.');
    // The opening day starts at midnight in Amsterdam.
    expect(list[0]!.updated).toBe('2026-11-30T23:00:00.000Z');
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
  });

  it('in English carry the English note and titles', () => {
    const list = entries(schemesAtom([CHANGED], { filter: {}, lang: 'en', siteUrl: SITE, now: NOW }));
    expect(list[0]!.title).toBe('Changed: Energy saving loan');
    expect(list[0]!.content).toContain('Updated on 20 November 2026: The maximum is now €5,000.');
  });

  it('per theme and per type list only the schemes of that filter page, and name it', () => {
    const digital = entries(
      schemesAtom([OPENING, CHANGED, DIGITAL], { filter: { theme: 'digitaal' }, lang: 'nl', siteUrl: SITE, now: NOW }),
    );
    expect(digital.map((e) => e.title)).toEqual(['Nieuw: Digitaliseringsvoucher']);
    const loans = entries(schemesAtom([OPENING, CHANGED, DIGITAL], { filter: { type: 'lening' }, lang: 'nl', siteUrl: SITE, now: NOW }));
    expect(loans.map((e) => e.title)).toEqual(['Gewijzigd: Energiebespaarlening', 'Nieuw: Energiebespaarlening']);
    expect(schemesFeedTitle({ theme: 'duurzaam', type: 'lening' }, 'nl')).toBe(
      'MKB010>>Next: nieuwe en gewijzigde regelingen — thema Duurzaam, soort lening',
    );
  });

  it('add an entry when a deadline comes within 14 days, and stay the same bytes until something happens', () => {
    const before = schemesAtom([CHANGED], { filter: {}, lang: 'nl', siteUrl: SITE, now: new Date('2027-03-16T22:59:00Z') });
    const after = schemesAtom([CHANGED], { filter: {}, lang: 'nl', siteUrl: SITE, now: new Date('2027-03-16T23:00:00Z') });
    expect(schemesAtom([CHANGED], { filter: {}, lang: 'nl', siteUrl: SITE, now: new Date('2027-01-01T00:00:00Z') })).toBe(before);
    expect(entries(after)[0]).toMatchObject({ title: 'Deadline nadert: Energiebespaarlening', updated: '2027-03-16T23:00:00.000Z' });
    expect(entries(after)[0]!.content).toContain('Aanvragen kan tot en met 31 maart 2027.');
  });

  it(`keep the newest ${FEED_MAX_ENTRIES} entries`, () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      scheme({ _id: `scheme-${i}`, slug: `s-${i}`, _createdAt: `2026-0${1 + (i % 9)}-1${i % 10}T10:00:00Z` }),
    );
    expect(entries(schemesAtom(many, { filter: {}, lang: 'nl', siteUrl: SITE, now: NOW }))).toHaveLength(FEED_MAX_ENTRIES);
  });
});

/** The VEVENTs of a calendar text, parsed by node-ical. */
function vevents(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

describe('a scheme deadline in your calendar', () => {
  it('is an all-day event on the deadline day with alarms 14 and 2 days before', () => {
    const ics = schemeDeadlineCalendar({ ...scheme(), deadline: '2027-03-31' }, { lang: 'nl', siteUrl: SITE });
    expect(icsErrors(ics)).toEqual([]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270331');
    expect(ics).toContain('DTEND;VALUE=DATE:20270401');
    const [event] = vevents(ics);
    expect(event!.summary).toBe('Deadline: Energiebespaarlening');
    expect(event!.datetype).toBe('date');
    expect(event!.alarms?.map((a) => a.trigger).sort()).toEqual(['-P14D', '-P2D']);
    expect(event!.description).toContain('Aanvragen kan tot en met 31 maart 2027.');
    expect(ics).toContain(`URL;VALUE=URI:${SITE}/regelingen/energiebespaarlening/`);
  });

  it('keeps the Amsterdam day on the clock-change weekend, in English too', () => {
    const ics = schemeDeadlineCalendar({ ...scheme(), deadline: '2027-03-28' }, { lang: 'en', siteUrl: SITE });
    expect(ics).toContain('DTSTART;VALUE=DATE:20270328');
    expect(vevents(ics)[0]!.summary).toBe('Deadline: Energy saving loan');
    expect(ics).toContain('DESCRIPTION:Energy saving loan closes in 14 days.');
  });

  it('the subscription lists only open deadlines, per theme, soonest first', () => {
    const schemes = [
      scheme({ _id: 'a', slug: 'a', deadline: '2027-02-01' }),
      scheme({ _id: 'b', slug: 'b', deadline: '2026-12-15', themes: ['duurzaam', 'digitaal'] }),
      scheme({ _id: 'closed', slug: 'closed', deadline: '2026-11-30' }),
      scheme({ _id: 'used-up', slug: 'used-up', deadline: '2027-05-01', budgetStatus: 'op' }),
      scheme({ _id: 'ongoing', slug: 'ongoing', ongoing: true, deadline: undefined }),
      scheme({ _id: 'later', slug: 'later', opensAt: '2027-01-10', deadline: '2027-04-01' }),
    ];
    const listed = deadlinesInCalendar(schemes, 'duurzaam', NOW);
    expect(listed.map((s) => s._id)).toEqual(['b', 'a', 'later']);
    expect(deadlinesInCalendar(schemes, 'digitaal', NOW).map((s) => s._id)).toEqual(['b']);
    const ics = deadlinesCalendar(listed as never, { lang: 'nl', siteUrl: SITE, theme: 'duurzaam' });
    expect(icsErrors(ics)).toEqual([]);
    expect(vevents(ics)).toHaveLength(3);
    expect(ics).toContain('X-WR-CALNAME:MKB010>>Next deadlines van regelingen, thema Duurzaam');
    expect(ics.replace(/\r\n /g, '')).toContain(`SOURCE;VALUE=URI:${SITE}/regelingen/thema/duurzaam/deadlines.ics`);
    expect(ics).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT6H/);
  });
});
