// The Presentation tool's document locations: the pages a document appears on, from the same paths
// as "Bekijk op de site"; types without a page have none.
import { expect, test } from 'vitest';
import type { DocumentLocationResolverObject, DocumentLocationsState } from 'sanity/presentation';
import { documentLocations } from '../../studio/locations';
import { documentTypes } from '../../studio/schemaTypes';

const resolvers = documentLocations(documentTypes) as Record<string, DocumentLocationResolverObject>;

/** The hrefs and titles a document of `type` with these selected fields is shown at. */
function at(type: string, value: Record<string, unknown>) {
  const state = resolvers[type]!.resolve(value) as DocumentLocationsState | null;
  return state?.locations?.map((l) => [l.title, l.href]) ?? null;
}

test('a guide, story, campaign or page is shown at its own language’s address', () => {
  expect(at('guide', { title: 'Restwarmte benutten', slug: 'restwarmte', language: 'nl' })).toEqual([
    ['Restwarmte benutten', '/gidsen/restwarmte/'],
  ]);
  expect(at('story', { title: 'Bakery goes electric', slug: 'bakery', language: 'en' })).toEqual([
    ['Bakery goes electric', '/en/stories/bakery/'],
  ]);
  expect(at('page', { title: 'Over ons', slug: 'over', language: 'nl' })).toEqual([['Over ons', '/over/']]);
  expect(at('campaign', { title: 'Lenteactie', slug: 'lente', language: 'nl' })).toEqual([['Lenteactie', '/campagnes/lente/']]);
});

test('an event, scheme or partner is shown in both languages, whatever language it is held in', () => {
  expect(at('event', { title: { nl: 'Warmtecafé', en: 'Heat café' }, slug: 'warmtecafe', language: 'en' })).toEqual([
    ['Warmtecafé (Nederlands)', '/evenementen/warmtecafe/'],
    ['Warmtecafé (Engels)', '/en/events/warmtecafe/'],
  ]);
  expect(at('partner', { name: 'Warmtenet Rijnmond', slug: 'warmtenet' })).toEqual([
    ['Warmtenet Rijnmond (Nederlands)', '/partners/warmtenet/'],
    ['Warmtenet Rijnmond (Engels)', '/en/partners/warmtenet/'],
  ]);
  expect(at('scheme', { title: { nl: 'Warmtevoucher' }, slug: 'warmtevoucher' })?.map(([, href]) => href)).toEqual([
    '/regelingen/warmtevoucher/',
    '/en/support/warmtevoucher/',
  ]);
});

test('no locations for a document without a slug yet, or a type without a page', () => {
  expect(at('guide', { title: 'Nog zonder slug', language: 'nl' })).toBeNull();
  expect(at('impactReport', { title: 'Q1 2026' })).toBeNull();
  expect(at('guide', null as unknown as Record<string, unknown>)).toBeNull();
});
