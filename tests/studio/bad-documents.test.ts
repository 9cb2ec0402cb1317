// Deliberately broken documents fail the Studio's validation with a message an editor understands,
// and the untouched versions pass, so each failure is caused by the one broken field.
import { expect, test } from 'vitest';
import { campaign, event, fixtures, guideEn, guideNl, image, impactReport, pageNl, paragraph, partner, scheme, story } from './fixtures';
import { describe, studioSchema, studioWorkspace, validate, type Doc } from './harness';

/** The messages for `doc`, validated within the fixtures (with `doc` replacing its original). */
async function messages(doc: Doc): Promise<string[]> {
  const docs = [...fixtures.filter((d) => d._id !== doc._id), doc];
  return (await validate(doc, docs)).map(describe);
}

test.each(fixtures.map((d) => [d._id, d] as const))('valid fixture %s passes', async (_id, doc) => {
  expect(await messages(doc)).toEqual([]);
});

const cases: [string, Doc, RegExp][] = [
  [
    'a javascript: link in body text',
    { ...guideNl, body: [paragraph('Bekijk de regeling', 'javascript:alert(1)')] },
    /^body.*href .*javascript:-link is niet toegestaan/,
  ],
  [
    'a disguised JavaScript link',
    { ...guideNl, body: [paragraph('Bekijk de regeling', ' JaVa\tScRiPt:alert(1)')] },
    /javascript:-link is niet toegestaan/,
  ],
  [
    'an http:// link',
    { ...scheme, applyUrl: 'http://www.rotterdam.nl/' },
    /^applyUrl .*begint met http:\/\/\. Gebruik de beveiligde versie/,
  ],
  [
    'a mailto: link where only https is allowed',
    { ...event, registrationUrl: 'mailto:info@example.org' },
    /^registrationUrl .*wordt niet geaccepteerd. Gebruik een link die begint met https:\/\//,
  ],
  ['an event that ends before it starts', { ...event, end: '2026-03-12T16:00:00.000Z' }, /^end .*Het einde ligt vóór of op het begin/],
  ['an image without alt text', { ...guideNl, heroImage: image(null) }, /^heroImage\.alt .*geen alternatieve tekst/],
  ['an image in body text without alt text', { ...guideNl, body: [{ ...image(''), _key: 'img' }] }, /^body.*alt .*geen alternatieve tekst/],
  [
    'a campaign that ends before it starts',
    { ...campaign, publishUntil: '2026-09-01T07:00:00.000Z' },
    /^publishUntil .*"Zichtbaar tot" ligt vóór of op "Zichtbaar vanaf"/,
  ],
  [
    'a slug with capitals and spaces',
    { ...guideNl, slug: { _type: 'slug', current: 'Energie Besparen' } },
    /^slug .*mag alleen kleine letters, cijfers en koppeltekens/,
  ],
  ['a slug with a trailing hyphen', { ...partner, slug: { _type: 'slug', current: 'zuid-' } }, /^slug .*mag alleen kleine letters/],
  [
    'an intake address that is not an e-mail address',
    { ...partner, intakeEmail: 'vragen bij de balie' },
    /^intakeEmail .*Vul een geldig e-mailadres in/,
  ],
  [
    'a title over 90 characters',
    { ...guideNl, title: 'Zo bespaar je energie in je winkel, je werkplaats, je magazijn en ook nog in je kantoor op Zuid' },
    /^title .*maak hem hoogstens 90 tekens/,
  ],
  ['a title under 10 characters', { ...guideNl, title: 'Energie' }, /^title .*maak hem minstens 10 tekens/],
  ['a summary under 50 characters', { ...guideNl, summary: 'Bespaar energie.' }, /^summary .*minstens 50 tekens/],
  [
    'a check-again date before the last check',
    { ...guideNl, checkAgainBy: '2025-12-01' },
    /^checkAgainBy .*"Opnieuw controleren vóór" ligt vóór of op "Laatst gecontroleerd"/,
  ],
  [
    'a scheme without deadline that is not ongoing',
    { ...scheme, deadline: undefined },
    /^deadline .*Vul een sluitingsdatum in, of zet "Doorlopend/,
  ],
  [
    'a translation link on a Dutch document',
    { ...guideNl, translationOf: { _type: 'reference', _ref: guideEn._id } },
    /^translationOf .*Alleen een Engelse versie verwijst naar het Nederlandse origineel/,
  ],
  [
    'a translation pointing to another type',
    { ...guideEn, translationOf: { _type: 'reference', _ref: campaign._id } },
    /^translationOf .*hetzelfde soort/,
  ],
  [
    'a translation pointing to an English document',
    {
      ...guideEn,
      _id: 'guide-other-en',
      slug: { _type: 'slug', current: 'other' },
      translationOf: { _type: 'reference', _ref: guideEn._id },
    },
    /^translationOf .*een Nederlands document/,
  ],
  [
    'an impact figure that is not a whole number',
    { ...impactReport, figures: [{ _type: 'impactFigure', _key: 'f1', theme: 'digitaal', inspired: 2.5, informed: 0, activated: 0 }] },
    /^figures.*inspired .*2\.5 is geen geldig aantal/,
  ],
  [
    'a negative impact figure',
    { ...impactReport, figures: [{ _type: 'impactFigure', _key: 'f1', theme: 'digitaal', inspired: 3, informed: -1, activated: 0 }] },
    /^figures.*informed .*-1 is geen geldig aantal/,
  ],
  ['a missing owning partner', { ...guideNl, partner: undefined }, /^partner .*Kies de partner die eigenaar is van deze gids/],
  ['a guide with one step', { ...guideNl, steps: [(guideNl.steps as object[])[0]] }, /^steps .*minstens twee stappen/],
  [
    'an online event without its link',
    { ...event, location: { _type: 'eventLocation', mode: 'online' } },
    /^location\.onlineUrl .*Vul de link naar de online sessie in/,
  ],
  [
    'a Dutch title missing on an event',
    { ...event, title: { _type: 'localeString', en: 'Energy café South' } },
    /^title\.nl .*Vul de Nederlandse tekst in/,
  ],
  [
    'a page at the address of a section',
    { ...pageNl, slug: { _type: 'slug', current: 'gidsen' } },
    /^slug .*Het webadres \/gidsen\/ is al van een vast onderdeel van de site/,
  ],
  [
    'an English page at the address of an English section',
    { ...pageNl, _id: 'page-about', language: 'en', slug: { _type: 'slug', current: 'support' } },
    /^slug .*Het webadres \/en\/support\/ is al van een vast onderdeel/,
  ],
  ['a cleared slug', { ...guideNl, slug: undefined }, /^slug \(error\): Vul een slug in, of klik op "Genereren"/],
  // Only an import can leave this (the slug input removes the whole slug when emptied): Sanity's own
  // slug check says it, in Dutch.
  ['a slug object without its text', { ...partner, slug: { _type: 'slug' } }, /^slug \(error\): Slug moet een waarde hebben/],
  ['a story without its required photo', { ...story, image: undefined }, /^image \(error\): Kies een afbeelding; dit veld is verplicht/],
  ['an event without a title at all', { ...event, title: undefined }, /^title \(error\): Geef het evenement een titel/],
  ['an event without a location', { ...event, location: undefined }, /^location \(error\): Vul in waar het evenement is/],
  [
    'a venue without its address',
    { ...event, location: { _type: 'eventLocation', mode: 'venue', venueName: 'Cinerama' } },
    /^location\.address \(error\): Vul straat met huisnummer en plaats in/,
  ],
  [
    'a bad postal code',
    { ...event, location: { ...(event.location as object), address: { street: 'Zuidplein 1', postalCode: '3083', city: 'Rotterdam' } } },
    /^location\.address\.postalCode \(error\): Vul een Nederlandse postcode in/,
  ],
  ['a period that ends before it starts', { ...impactReport, periodEnd: '2024-12-31' }, /^periodEnd .*Het einde van de periode ligt vóór/],
  [
    'a deadline on 30 February',
    { ...scheme, deadline: '2027-02-30' },
    /^deadline \(error\): "2027-02-30" bestaat niet: februari 2027 heeft 28 dagen\. Kies een datum in de kalender\./,
  ],
  [
    'a check date in month 13',
    { ...guideNl, lastChecked: '2026-13-01' },
    /^lastChecked \(error\): "2026-13-01" bestaat niet: een jaar heeft geen maand 13/,
  ],
  [
    'an event that starts at 24:00',
    { ...event, start: '2027-03-01T24:00:00.000Z', end: '2027-03-02T20:00:00.000Z' },
    /^start \(error\): "2027-03-01T24:00:00.000Z" bestaat niet: 24:00:00 is geen tijd op een dag/,
  ],
  [
    'a campaign visible from 31 April',
    { ...campaign, publishFrom: '2027-04-31T08:00:00.000Z' },
    /^publishFrom \(error\): .*april 2027 heeft 30 dagen\. Kies een datum en tijd in de kalender\./,
  ],
];

test.each(cases)('%s fails with the expected message', async (_name, doc, expected) => {
  const found = await messages(doc);
  expect(
    found.some((m) => expected.test(m)),
    `expected ${expected} among:\n${found.join('\n')}`,
  ).toBe(true);
});

test('every date and date-time field of every document type refuses a day that does not exist', async () => {
  const schema = await studioSchema();
  const checked: string[] = [];
  for (const doc of fixtures.filter((d, i) => fixtures.findIndex((f) => f._type === d._type) === i)) {
    const type = schema.get(doc._type) as { fields: { name: string; type: { name: string; jsonType: string } }[] };
    for (const field of type.fields) {
      const kind = field.type.name;
      if (kind !== 'date' && kind !== 'datetime') continue;
      const value = kind === 'date' ? '2027-02-30' : '2027-02-30T10:00:00.000Z';
      const found = await messages({ ...doc, [field.name]: value });
      expect(found, `${doc._type}.${field.name}`).toContainEqual(
        expect.stringMatching(new RegExp(`^${field.name} \\(error\\): "${value}" bestaat niet`)),
      );
      checked.push(`${doc._type}.${field.name}`);
    }
  }
  // Events, campaigns, schemes, guides, stories, pages, impact reports and site settings have dates.
  expect(checked.length).toBeGreaterThanOrEqual(12);
});

// Sanity's own words for built-in rules, as the English Studio shows them.
const ENGLISH = /\b(Required|Must be|must be|Expected|is not|Value|Invalid|Missing|should|characters)\b/;

test('every message an editor sees for these documents is an error in Dutch', async () => {
  const broken: Doc[] = [
    ...cases.map(([, doc]) => doc),
    { ...guideNl, slug: { _type: 'slug', current: '' }, themes: [], steps: [], heroImage: { _type: 'image' } },
    { ...event, title: { _type: 'localeString' }, summary: { _type: 'localeText' }, location: { _type: 'eventLocation', mode: 'hybrid' } },
    { ...partner, contact: { email: 'geen-adres' }, logo: image(null) },
  ];
  for (const doc of broken) {
    for (const line of await messages(doc)) {
      expect(line, `${doc._id}: ${line}`).toMatch(/ \(error\): /);
      expect(line, `${doc._id}: ${line}`).not.toMatch(ENGLISH);
    }
  }
});

test('a goal whose theme the document does not have is a warning that names goal and theme', async () => {
  const found = await messages({ ...scheme, themes: ['duurzaam'], goals: ['energierekening', 'online-verkopen'] });
  expect(found).toEqual([expect.stringMatching(/^goals \(warning\): .*"Online verkopen" \(thema Digitaal\)\. Kies dat thema ook/)]);
  expect(await messages({ ...scheme, themes: ['duurzaam', 'digitaal'], goals: ['energierekening', 'online-verkopen'] })).toEqual([]);
});

test('a slug already used by another guide in the same language fails', async () => {
  const copy = { ...guideNl, _id: 'guide-energie-besparen-kopie', title: 'Nog een gids over energie besparen' };
  const found = await messages(copy);
  expect(
    found.some((m) =>
      /^slug .*De slug "energie-besparen" wordt al gebruikt door "Zo bespaar je energie in je winkel" \(Nederlands\)/.test(m),
    ),
  ).toBe(true);
});

test('the same slug in the other language is allowed', async () => {
  const en = { ...guideEn, slug: { _type: 'slug', current: 'energie-besparen' } };
  expect(await messages(en)).toEqual([]);
});

test('a draft does not clash with its own published version', async () => {
  const draft = { ...guideNl, _id: `drafts.${guideNl._id}` };
  expect(await messages(draft)).toEqual([]);
});

test('field-level translated types share one slug across languages, unique per type', async () => {
  const other = { ...event, _id: 'event-ander', slug: { _type: 'slug', current: 'energiecafe-zuid' } };
  const found = await messages(other);
  expect(found.some((m) => /^slug .*wordt al gebruikt door "Energiecafé Zuid"/.test(m))).toBe(true);
  const sameSlugOtherType = { ...scheme, slug: { _type: 'slug', current: 'energiecafe-zuid' } };
  expect(await messages(sameSlugOtherType)).toEqual([]);
});

test('slug messages name the button as the Dutch Studio labels it', async () => {
  const { i18n } = await studioWorkspace();
  await i18n.loadNamespaces(['studio']);
  const label = i18n.t('inputs.slug.action.generate', { ns: 'studio' });
  expect(label).toBe('Genereren');
  const found = await messages({ ...guideNl, slug: { _type: 'slug', current: 'Met Spaties' } });
  expect(found.join('\n')).toContain(`Klik op "${label}"`);
  expect((await messages({ ...guideNl, slug: undefined })).join('\n')).toContain(`klik op "${label}"`);
});

test('one message per problem: an empty document of every type gets each message once, and none inside a field that has one', async () => {
  const { documentTypes } = await import('../../studio/schemaTypes');
  for (const type of documentTypes) {
    const markers = await validate({ _id: 'drafts.leeg', _type: type.name, language: 'nl' });
    const lines = markers.map(describe);
    const paths = markers.map((m) => m.path.map((p) => (typeof p === 'object' ? JSON.stringify(p) : String(p))).join('.'));
    expect(new Set(lines).size, `${type.name}:\n${lines.join('\n')}`).toBe(lines.length);
    for (const [i, path] of paths.entries()) {
      const parent = paths.find((other, j) => j !== i && path.startsWith(`${other}.`));
      expect(parent, `${type.name}: "${lines[i]}" repeats the message on ${parent}`).toBeUndefined();
    }
  }
});
