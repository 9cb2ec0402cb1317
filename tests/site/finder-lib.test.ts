// The Hulpwijzer's matching and ordering rules, and the eligibility summary, called directly.
import { describe, expect, it } from 'vitest';
import { admits, finderResults, forDistrict } from '../../src/site/finder.ts';
import { textInShort } from '../../src/lib/text-in-short.ts';
import { mailtoHref } from '../../src/lib/portable-text.ts';
import type { Event, Guide, Partner, Scheme } from '../../src/site/site-data.ts';

const NOW = new Date('2026-11-28T11:00:00Z');

function scheme(slug: string, fields: Partial<Scheme>): Scheme {
  return {
    _id: `scheme-${slug}`,
    _type: 'scheme',
    slug,
    title: { nl: slug },
    summary: { nl: slug },
    schemeType: 'subsidie',
    provider: 'x',
    applyUrl: 'https://x.example',
    ongoing: true,
    themes: ['duurzaam'],
    sectors: [],
    companySizes: [],
    districts: [],
    searchKeywords: [],
    ...fields,
  } as Scheme;
}
function partner(slug: string, fields: Partial<Partner>): Partner {
  return {
    _id: `partner-${slug}`,
    _type: 'partner',
    slug,
    name: slug,
    kind: 'overheid',
    themes: ['duurzaam'],
    sectors: [],
    districts: [],
    services: [],
    shortDescription: { nl: slug },
    ...fields,
  } as Partner;
}
function event(slug: string, fields: Partial<Event>): Event {
  return {
    _id: `event-${slug}`,
    _type: 'event',
    slug,
    title: { nl: slug },
    summary: { nl: slug },
    start: '2026-12-10T17:00:00Z',
    end: '2026-12-10T19:00:00Z',
    allDay: false,
    location: { mode: 'venue' },
    organisers: [],
    themes: ['duurzaam'],
    sectors: [],
    costEuro: 0,
    language: 'nl',
    cancelled: false,
    ...fields,
  } as Event;
}
const slugs = (list: { doc: { slug: string } }[]) => list.map((i) => i.doc.slug);

describe('audience lists', () => {
  it('an empty list admits everyone and no choice narrows nothing', () => {
    expect(admits([], 'horeca')).toBe(true);
    expect(admits(undefined, 'horeca')).toBe(true);
    expect(admits(['retail'], undefined)).toBe(true);
    expect(admits(['retail'], 'horeca')).toBe(false);
    expect(admits(['retail', 'horeca'], 'horeca')).toBe(true);
  });
});

describe('finderResults and forDistrict', () => {
  const data = {
    schemes: [
      scheme('algemeen', { deadline: '2027-03-01', ongoing: false }),
      scheme('gesloten', { deadline: '2026-11-27', ongoing: false }),
      scheme('voor-horeca', { sectors: ['horeca'] }),
      scheme('voor-retail', { sectors: ['retail'] }),
      scheme('alleen-zuid', { districts: ['charlois', 'feijenoord'] }),
      scheme('ander-thema', { themes: ['digitaal'] }),
    ],
    partners: [partner('overal', {}), partner('noord', { districts: ['noord'] })],
    guides: [] as Guide[],
    events: [
      event('centrum', { district: 'centrum' }),
      event('online', { start: '2026-12-01T17:00:00Z', end: '2026-12-01T18:00:00Z' }),
      event('voorbij', { start: '2026-11-20T17:00:00Z', end: '2026-11-20T18:00:00Z' }),
      event('afgelast', { cancelled: true }),
    ],
  };
  const horeca = finderResults(data, { choice: 'duurzaam', sector: 'horeca', lang: 'nl' }, NOW);

  it('lists open schemes of the theme that admit the sector, those made for the sector first', () => {
    expect(slugs(horeca.schemes)).toEqual(['voor-horeca', 'algemeen', 'alleen-zuid']);
    expect(horeca.schemes.map((i) => i.forSector)).toEqual([true, false, false]);
  });

  it('"anders" (no sector) lists every sector and marks nothing as made for it', () => {
    const all = finderResults(data, { choice: 'duurzaam', sector: undefined, lang: 'nl' }, NOW);
    expect(slugs(all.schemes).sort()).toEqual(['algemeen', 'alleen-zuid', 'voor-horeca', 'voor-retail']);
    expect(all.schemes.some((i) => i.forSector)).toBe(false);
  });

  it('lists a scheme that opens later after the open ones (even with a sooner deadline), and no used-up budget', () => {
    const schemes = [
      scheme('opent-later', { opensAt: '2026-12-20', deadline: '2027-01-10', ongoing: false }),
      scheme('budget-op', { budgetStatus: 'op' }),
      ...data.schemes,
    ];
    const all = slugs(finderResults({ ...data, schemes }, { choice: 'duurzaam', sector: undefined, lang: 'nl' }, NOW).schemes);
    expect(all.at(-1)).toBe('opent-later');
    expect(all).not.toContain('budget-op');
    expect(all).toContain('algemeen');
  });

  it('lists upcoming events only, not cancelled ones, soonest first', () => {
    expect(slugs(horeca.events)).toEqual(['online', 'centrum']);
  });

  it('a district sees what is made for it first and loses what is bound to other districts', () => {
    expect(slugs(forDistrict(horeca.schemes, 'charlois'))).toEqual(['alleen-zuid', 'voor-horeca', 'algemeen']);
    expect(slugs(forDistrict(horeca.schemes, 'noord'))).toEqual(['voor-horeca', 'algemeen']);
    expect(slugs(forDistrict(horeca.partners, 'noord'))).toEqual(['noord', 'overal']);
    expect(slugs(forDistrict(horeca.partners, 'centrum'))).toEqual(['overal']);
  });

  it('events are never left out for a district; the ones held there come first', () => {
    expect(slugs(forDistrict(horeca.events, 'centrum'))).toEqual(['centrum', 'online']);
    expect(slugs(forDistrict(horeca.events, 'noord'))).toEqual(['online', 'centrum']);
  });

  it('"anywhere" lists everything in the list\'s own order', () => {
    expect(slugs(forDistrict(horeca.schemes, undefined))).toEqual(['voor-horeca', 'algemeen', 'alleen-zuid']);
    expect(slugs(forDistrict(horeca.partners, undefined))).toEqual(['noord', 'overal']);
  });
});

describe('textInShort', () => {
  const block = (text: string, extra: Record<string, unknown> = {}) => ({
    _type: 'block',
    style: 'normal',
    children: [{ _type: 'span', text }],
    ...extra,
  });

  it('keeps a lead-in with its conditions, skips headings and callouts, and cuts at a word', () => {
    const blocks = [
      block('Wie kan meedoen?', { style: 'h3' }),
      block('Je kunt de voucher aanvragen als:'),
      block('je bedrijf in Rotterdam zit;', { listItem: 'bullet' }),
      block('je minder dan 50 mensen in dienst hebt.', { listItem: 'bullet' }),
      { _type: 'callout', text: 'Tip' },
    ];
    expect(textInShort(blocks, 500)).toBe(
      'Je kunt de voucher aanvragen als: je bedrijf in Rotterdam zit; je minder dan 50 mensen in dienst hebt.',
    );
    expect(textInShort(blocks, 50)).toBe('Je kunt de voucher aanvragen als: je bedrijf in…');
    expect(textInShort(undefined, 50)).toBe('');
  });
});

describe('e-mail links from free text', () => {
  it('only a single plain address becomes a mailto: link', () => {
    expect(mailtoHref('info@ondernemershuis-rotterdam.example')).toBe('mailto:info@ondernemershuis-rotterdam.example');
    for (const bad of ['info@', 'a@b.nl?subject=x', 'a@b.nl cc@c.nl', 'javascript:a@b.nl', '']) expect(mailtoHref(bad), bad).toBeNull();
  });
});
