// The rule functions and preview helpers, called directly, at their boundaries.
import { evaluate, parse } from 'groq-js';
import { expect, test } from 'vitest';
import { CONTENT_TYPES, docPath, ruleParams } from '@mkb010/model';
import { campaignStatus, eventStatus, guideCheckStatus, schemeStatus, shortDate } from '../../studio/schemaTypes/preview';
import { districtOnlyAtVenue, lengthBetween, phoneNumber, safeUrl, slugAllowed, wholeCount } from '../../studio/schemaTypes/rules';
import { slugify } from '../../studio/schemaTypes/fields';
import { documentPath, previewUrl } from '../../studio/siteUrl';
import { ownedByFilter } from '@mkb010/model';
import * as filters from '../../studio/structure/filters';

test('links: https passes; javascript:, data:, http:, relative and spaced links fail', () => {
  expect(safeUrl('https://www.rotterdam.nl/ondernemen')).toBe(true);
  for (const bad of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\nscript:x',
    'data:text/html,x',
    'http://www.rotterdam.nl',
    '/gidsen/',
    'www.rotterdam.nl',
    'https://a b.nl',
    'https://user:pw@example.org/',
    'https://localhost/',
  ]) {
    expect(safeUrl(bad), bad).toMatch(/\w/);
    expect(safeUrl(bad), bad).not.toBe(true);
  }
});

test('links: mailto, tel and internal paths pass only where the field allows them', () => {
  expect(safeUrl('mailto:info@example.org')).not.toBe(true);
  expect(safeUrl('mailto:info@example.org', { mailto: true })).toBe(true);
  expect(safeUrl('tel:+31101234567', { tel: true })).toBe(true);
  expect(safeUrl('/evenementen/', { relative: true })).toBe(true);
  expect(safeUrl('//evil.example/', { relative: true })).not.toBe(true);
});

test('phone numbers (the partner emergency number): digits, spaces and a leading +; anything else is explained', () => {
  for (const ok of ['010 123 45 67', '+31 10 123 45 67', '0800-0230', '(010) 1234567', undefined])
    expect(phoneNumber(ok), String(ok)).toBe(true);
  for (const bad of ['bel ons', 'tel:0101234567', '12', '010 123 45 67 ext. 2'])
    expect(phoneNumber(bad), bad).toMatch(/geen telefoonnummer/);
});

const dutchGuide = { _type: 'guide', language: 'nl' };

test('slugs: lowercase words joined by single hyphens', () => {
  expect(slugAllowed('energie-besparen-2026', dutchGuide)).toBe(true);
  for (const bad of ['Energie', 'energie besparen', 'energie--besparen', '-energie', 'energie-', 'café']) {
    expect(slugAllowed(bad, dutchGuide), bad).toMatch(/mag alleen kleine letters, cijfers en koppeltekens bevatten/);
  }
  expect(slugAllowed(slugify('Café & Co: duurzaam ondernemen in Zuid!'), dutchGuide)).toBe(true);
  expect(slugify('Café & Co: duurzaam ondernemen in Zuid!')).toBe('cafe-en-co-duurzaam-ondernemen-in-zuid');
});

test('slugs: at most 96 characters, so every file the build writes for it can exist', () => {
  expect(slugAllowed('a'.repeat(96), dutchGuide)).toBe(true);
  expect(slugAllowed('a'.repeat(97), dutchGuide)).toBe(
    'De slug is 97 tekens lang en mag hoogstens 96 tekens hebben. Maak hem korter, bijvoorbeeld met alleen de belangrijkste woorden uit de titel.',
  );
  expect(slugAllowed(`${'a-'.repeat(2500)}a`, { _type: 'event' })).toMatch(/^De slug is 5001 tekens lang/);
  // The generator never makes a slug that the rule refuses.
  expect(slugAllowed(slugify('Energie besparen '.repeat(20)), dutchGuide)).toBe(true);
});

test('slugs: names Windows reserves for devices are refused for every type', () => {
  for (const name of ['con', 'prn', 'aux', 'nul', 'com1', 'com9', 'lpt1', 'lpt9']) {
    for (const type of CONTENT_TYPES)
      expect(slugAllowed(name, { _type: type, language: 'nl' }), `${type} ${name}`).toMatch(/naam die Windows voor een apparaat gebruikt/);
  }
  expect(slugAllowed('console', dutchGuide)).toBe(true);
  expect(slugAllowed('com10', dutchGuide)).toBe(true);
});

test("slugs: a section's own words are refused for the types that live there, in the languages they have pages in", () => {
  // Events, schemes and partners have a page in both languages: both languages' words count.
  expect(slugAllowed('archief', { _type: 'event' })).toMatch(
    /^Het webadres \/evenementen\/archief\/ is al van een vast onderdeel van de site/,
  );
  expect(slugAllowed('archive', { _type: 'event' })).toMatch(/^Het webadres \/en\/events\/archive\/ is al van/);
  expect(slugAllowed('thema', { _type: 'partner' })).toMatch(/\/partners\/thema\//);
  expect(slugAllowed('soort', { _type: 'scheme' })).toMatch(/\/regelingen\/soort\//);
  expect(slugAllowed('type', { _type: 'scheme' })).toMatch(/\/en\/support\/type\//);
  // A guide is written in one language: only that language's words count.
  expect(slugAllowed('pagina', dutchGuide)).toMatch(/\/gidsen\/pagina\//);
  expect(slugAllowed('page', dutchGuide)).toBe(true);
  expect(slugAllowed('page', { _type: 'guide', language: 'en' })).toMatch(/\/en\/guides\/page\//);
  // A word is reserved only in the section that uses it.
  expect(slugAllowed('archief', dutchGuide)).toBe(true);
  expect(slugAllowed('soort', { _type: 'partner' })).toBe(true);
  // Static pages: the site's sections at the root of their language.
  expect(slugAllowed('gidsen', { _type: 'page', language: 'nl' })).toMatch(/^Het webadres \/gidsen\/ is al van een vast onderdeel/);
  expect(slugAllowed('guides', { _type: 'page', language: 'nl' })).toBe(true);
});

test('lengths: bounds are inclusive and the message says how far off the text is', () => {
  expect(lengthBetween('x'.repeat(10), 10, 90)).toBe(true);
  expect(lengthBetween('x'.repeat(90), 10, 90)).toBe(true);
  expect(lengthBetween('x'.repeat(91), 10, 90)).toMatch(/91 tekens .* hoogstens 90 .*1 te lang/);
  expect(lengthBetween('x'.repeat(9), 10, 90)).toMatch(/minstens 10 .*1 te kort/);
});

test('event district: allowed at a venue or hybrid, refused for an online event with a Dutch hint', () => {
  expect(districtOnlyAtVenue('venue', 'charlois')).toBe(true);
  expect(districtOnlyAtVenue('hybrid', 'centrum')).toBe(true);
  expect(districtOnlyAtVenue('online', undefined)).toBe(true);
  expect(districtOnlyAtVenue('online', 'charlois')).toMatch(/online evenement .*"Wijk" leeg/);
});

test('impact counts: whole numbers from zero', () => {
  expect(wholeCount(0)).toBe(true);
  expect(wholeCount(1200)).toBe(true);
  expect(wholeCount(-1)).not.toBe(true);
  expect(wholeCount(0.5)).not.toBe(true);
});

test('previews: campaign, scheme, event and guide status lines', () => {
  const now = new Date('2026-01-05T12:00:00Z');
  expect(campaignStatus({ publishFrom: '2026-01-12T08:00:00Z' }, now)).toBe('Gepland vanaf 12 jan 2026 09:00');
  expect(campaignStatus({ publishFrom: '2025-12-01T08:00:00Z', publishUntil: '2026-02-01T08:00:00Z' }, now)).toBe('Live tot 1 feb 2026');
  expect(campaignStatus({ publishUntil: '2026-01-01T08:00:00Z' }, now)).toBe('Afgelopen op 1 jan 2026');
  expect(schemeStatus({ ongoing: false, deadline: '2025-12-31' }, now)).toBe('Gesloten');
  expect(schemeStatus({ ongoing: false, deadline: '2026-01-05' }, now)).toBe('Open tot en met 5 jan 2026');
  expect(schemeStatus({ ongoing: true }, now)).toBe('Doorlopend');
  expect(eventStatus({ start: '2026-03-12T17:00:00Z', end: '2026-03-12T19:00:00Z', cancelled: true }, now)).toBe(
    'Geannuleerd · 12 mrt 2026',
  );
  expect(guideCheckStatus({ checkAgainBy: '2025-12-01' }, now)).toMatch(/^Controle verlopen/);
  // The due day itself is not overdue yet: the guide may still be checked that day.
  expect(guideCheckStatus({ checkAgainBy: '2026-01-05' }, now)).toBe('Controleren uiterlijk op 5 jan 2026');
  // Late evening UTC is already the next day in Amsterdam.
  expect(shortDate('2026-03-31T22:30:00Z')).toBe('1 apr 2026');
});

test('preview links are the addresses of the route table in the model', () => {
  const types = CONTENT_TYPES;
  for (const type of types) {
    for (const lang of ['nl', 'en'] as const) {
      expect(documentPath({ _type: type, slug: { current: 'voorbeeld' }, language: lang }), `${type} ${lang}`).toBe(
        docPath(type, 'voorbeeld', lang),
      );
    }
  }
  expect(previewUrl({ _type: 'guide', slug: { current: 'energie' }, language: 'nl' }, 'https://preview.example.org')).toBe(
    'https://preview.example.org/gidsen/energie/',
  );
  expect(documentPath({ _type: 'impactReport' })).toBeUndefined();
});

/** Ids of the documents a desk filter selects at `now`. */
async function select(filter: string, docs: object[], now: string, extra: Record<string, unknown> = {}) {
  // The desk passes the model's moments as parameters, exactly as studio/structure/index.ts does.
  const params = { ...ruleParams(new Date(now)), ...extra };
  const tree = parse(`*[${filter}]._id`, { params });
  return (await evaluate(tree, { dataset: docs, params, timestamp: new Date(now) })).get();
}

test('desk filters: campaigns scheduled, live and ended relative to now', async () => {
  const docs = [
    { _id: 'ended', _type: 'campaign', publishFrom: '2025-10-01T00:00:00Z', publishUntil: '2025-11-01T00:00:00Z' },
    { _id: 'live', _type: 'campaign', publishFrom: '2025-12-01T00:00:00Z', publishUntil: '2026-02-01T00:00:00Z' },
    { _id: 'open-ended', _type: 'campaign' },
    { _id: 'scheduled', _type: 'campaign', publishFrom: '2026-03-01T00:00:00Z' },
  ];
  const now = '2026-01-05T12:00:00Z';
  expect(await select(filters.SCHEDULED_CAMPAIGNS, docs, now)).toEqual(['scheduled']);
  expect(await select(filters.LIVE_CAMPAIGNS, docs, now)).toEqual(['live', 'open-ended']);
  expect(await select(filters.ENDED_CAMPAIGNS, docs, now)).toEqual(['ended']);
});

test('desk filters: overdue guides, upcoming and past events, open and closed schemes, per partner', async () => {
  const now = '2026-01-05T12:00:00Z';
  const docs = [
    { _id: 'g-old', _type: 'guide', checkAgainBy: '2026-01-04', partner: { _ref: 'p1' }, themes: ['digitaal'] },
    { _id: 'g-ok', _type: 'guide', checkAgainBy: '2026-06-01', partner: { _ref: 'p2' }, themes: ['duurzaam'] },
    { _id: 'e-past', _type: 'event', end: '2026-01-05T11:00:00Z', organisers: [{ _ref: 'p2' }, { _ref: 'p1' }] },
    { _id: 'e-next', _type: 'event', end: '2026-01-05T13:00:00Z', organisers: [{ _ref: 'p2' }] },
    { _id: 's-closed', _type: 'scheme', ongoing: false, deadline: '2026-01-04' },
    { _id: 's-today', _type: 'scheme', ongoing: false, deadline: '2026-01-05' },
    { _id: 's-ongoing', _type: 'scheme', ongoing: true },
  ];
  expect(await select(filters.OVERDUE_GUIDES, docs, now)).toEqual(['g-old']);
  expect(await select(filters.UPCOMING_EVENTS, docs, now)).toEqual(['e-next']);
  expect(await select(filters.PAST_EVENTS, docs, now)).toEqual(['e-past']);
  expect(await select(filters.OPEN_SCHEMES, docs, now)).toEqual(['s-today', 's-ongoing']);
  expect(await select(filters.CLOSED_SCHEMES, docs, now)).toEqual(['s-closed']);
  expect(await select(ownedByFilter('event'), docs, now, { partnerId: 'p1' })).toEqual(['e-past']);
  expect(await select(filters.onTheme('guide'), docs, now, { theme: 'duurzaam' })).toEqual(['g-ok']);
});
