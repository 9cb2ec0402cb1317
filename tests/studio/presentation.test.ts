// The Presentation tool's document locations: the pages a document appears on, from the same paths
// as "Bekijk op de site", titled in the page's language. Each document goes through the resolver's own
// `select`, as the Studio does, so a selection that picks an object instead of a text shows here.
import { expect, test } from 'vitest';
import type { DocumentLocationResolverObject, DocumentLocationsState } from 'sanity/presentation';
import { documentLocations } from '../../studio/locations';
import { documentTypes } from '../../studio/schemaTypes';

const resolvers = documentLocations(documentTypes) as Record<string, DocumentLocationResolverObject>;

/** The value at a dotted path, as Sanity's `select` reads it. */
function pick(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc);
}

/** The titles and hrefs a document of `type` is shown at. */
function at(type: string, doc: Record<string, unknown> | null) {
  const resolver = resolvers[type]!;
  const selected = doc && Object.fromEntries(Object.entries(resolver.select).map(([key, path]) => [key, pick(doc, path as string)]));
  for (const value of Object.values(selected ?? {})) expect(typeof value === 'object' && value !== null).toBe(false);
  const state = resolver.resolve(selected) as DocumentLocationsState | null;
  return state?.locations?.map((l) => [l.title, l.href]) ?? null;
}

const slug = (current: string) => ({ _type: 'slug', current });

test('a guide, story, campaign or page is shown at its own language’s address', () => {
  expect(at('guide', { title: 'Restwarmte benutten', slug: slug('restwarmte'), language: 'nl' })).toEqual([
    ['Restwarmte benutten', '/gidsen/restwarmte/'],
  ]);
  expect(at('story', { title: 'Bakery goes electric', slug: slug('bakery'), language: 'en' })).toEqual([
    ['Bakery goes electric', '/en/stories/bakery/'],
  ]);
  expect(at('page', { title: 'Over ons', slug: slug('over'), language: 'nl' })).toEqual([['Over ons', '/over/']]);
  expect(at('campaign', { title: 'Lenteactie', slug: slug('lente'), language: 'nl' })).toEqual([['Lenteactie', '/campagnes/lente/']]);
});

test('an event, scheme or partner is shown in both languages, each titled in its own language', () => {
  expect(at('event', { title: { nl: 'Warmtecafé', en: 'Heat café' }, slug: slug('warmtecafe'), language: 'en' })).toEqual([
    ['Warmtecafé (Nederlands)', '/evenementen/warmtecafe/'],
    ['Heat café (Engels)', '/en/events/warmtecafe/'],
  ]);
  expect(at('partner', { name: 'Warmtenet Rijnmond', slug: slug('warmtenet') })).toEqual([
    ['Warmtenet Rijnmond (Nederlands)', '/partners/warmtenet/'],
    ['Warmtenet Rijnmond (Engels)', '/en/partners/warmtenet/'],
  ]);
  // No English title yet: the English page shows the Dutch one, and so does its location.
  expect(at('scheme', { title: { nl: 'Warmtevoucher' }, slug: slug('warmtevoucher') })).toEqual([
    ['Warmtevoucher (Nederlands)', '/regelingen/warmtevoucher/'],
    ['Warmtevoucher (Engels)', '/en/support/warmtevoucher/'],
  ]);
});

test('impact reports and the site settings are shown on the pages that use them', () => {
  expect(at('impactReport', { title: 'Q1 2026' })).toEqual([
    ['Voortgang', '/voortgang/'],
    ['Progress', '/en/progress/'],
  ]);
  expect(at('siteSettings', { title: 'MKB010>>Next' })?.map(([, href]) => href)).toEqual(['/', '/en/']);
});

test('every document type has a resolver; no locations for a document without a slug yet', () => {
  expect(Object.keys(resolvers).sort()).toEqual(documentTypes.map((t) => t.name).sort());
  expect(at('guide', { title: 'Nog zonder slug', language: 'nl' })).toBeNull();
  expect(at('guide', null)).toBeNull();
});
