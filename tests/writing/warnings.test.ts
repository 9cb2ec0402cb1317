// Every kind of writing warning: one document that fires it (with the message an editor reads) and one
// that does not, each in a document shaped as the Studio stores it.
import { describe, expect, test } from 'vitest';
import { checkWriting, openWarnings, WARNING_KINDS, type WarningKind } from '@mkb010/content/writing';
import { block, guide, image, scheme } from './documents.ts';
import { B1_REWRITE, BUREAUCRATIC } from './texts.ts';

/** The warnings of one kind in a document, as "field: passage". */
function found(doc: unknown, kind: WarningKind): string[] {
  return openWarnings(checkWriting(doc))
    .filter((w) => w.kind === kind)
    .map((w) => `${w.field}: ${w.passage}`);
}

/** The Dutch message of the first warning of one kind. */
function message(doc: unknown, kind: WarningKind): string | undefined {
  return checkWriting(doc).warnings.find((w) => w.kind === kind)?.message;
}

/** An alt text of more than 151 characters, cut to length by the cases. */
const LONG_ALT = 'Zonnepanelen op het platte dak van een bakkerij in Noord'.padEnd(200, ', met daarachter de skyline van Rotterdam');

/** A document that fires each kind, and one just like it that does not. */
const CASES: Record<WarningKind, { fires: unknown; passes: unknown; expected: string[]; message: string }> = {
  readability: {
    fires: guide([block(BUREAUCRATIC)]),
    passes: guide([block(B1_REWRITE), block(B1_REWRITE.replace('Wil je', 'Zoek je'))]),
    expected: ['Document: '],
    message: 'De tekst scoort 28 op leesgemak (Flesch-Douma) en B1 begint bij 60, dus maak zinnen korter en kies kortere woorden.',
  },
  'long-sentence': {
    fires: guide([
      block(
        'Wie in Rotterdam een winkel heeft en minder energie wil gebruiken, kan bij de gemeente een gratis energiescan aanvragen, waarna een adviseur langskomt die samen met jou de beste stappen kiest.',
      ),
    ]),
    passes: guide([
      block('Heb je een winkel in Rotterdam en wil je minder energie gebruiken? Vraag dan een gratis energiescan aan bij de gemeente.'),
    ]),
    expected: ['Tekst: Wie in Rotterdam een winkel heeft …'],
    message:
      'Tekst: de zin "Wie in Rotterdam een winkel heeft …" heeft 31 woorden; maak er twee of meer zinnen van met elk hoogstens 25 woorden.',
  },
  'long-word': {
    fires: guide([block('Kies je verduurzamingsmaatregelen met een adviseur.')]),
    passes: guide([block('Kies met een adviseur wat je aanpakt. Leg zonnepanelen op het dak van je zaak in Hillegersberg-Schiebroek.')]),
    expected: ['Tekst: verduurzamingsmaatregelen'],
    message:
      'Tekst: "verduurzamingsmaatregelen" is een lang woord (8 lettergrepen); kies een korter of bekender woord, of schrijf het anders.',
  },
  passive: {
    fires: guide([block('De aanvraag wordt binnen vier weken door de gemeente beoordeeld.')]),
    passes: guide([block('De gemeente beoordeelt je aanvraag binnen vier weken. Het wordt een drukke maand.')]),
    expected: ['Tekst: wordt binnen vier weken door'],
    message:
      'Tekst: "wordt binnen vier weken door" is een lijdende vorm; schrijf actief en begin met wie iets doet, zoals "de gemeente betaalt" in plaats van "wordt betaald door de gemeente".',
  },
  officialese: {
    fires: guide([block('Vraag de subsidie aan middels het formulier.')]),
    passes: guide([block('Vraag de subsidie aan met het formulier.')]),
    expected: ['Tekst: middels'],
    message: 'Tekst: "middels" is ambtelijke taal; schrijf "met" of "via".',
  },
  'link-vague': {
    fires: guide([block('Wil je meer weten? Klik hier.', { link: { href: 'https://www.rvo.nl/', text: 'Klik hier' } })]),
    passes: guide([
      block('Bekijk de voorwaarden van de regeling.', { link: { href: 'https://www.rvo.nl/', text: 'de voorwaarden van de regeling' } }),
    ]),
    expected: ['Tekst: Klik hier'],
    message:
      'Tekst: de linktekst "Klik hier" zegt niet waar de link heen gaat; schrijf in de linktekst zelf waar de lezer uitkomt, zoals "Bekijk de voorwaarden van de regeling".',
  },
  'link-url': {
    fires: guide([
      block('Alles staat op https://www.rvo.nl/subsidies.', {
        link: { href: 'https://www.rvo.nl/subsidies', text: 'https://www.rvo.nl/subsidies' },
      }),
    ]),
    passes: guide([block('Mail ons op info@example.org.', { link: { href: 'mailto:info@example.org', text: 'info@example.org' } })]),
    expected: ['Tekst: https://www.rvo.nl/subsidies'],
    message: 'Tekst: de linktekst "https://www.rvo.nl/subsidies" is een kaal webadres; schrijf in woorden waar de link heen gaat.',
  },
  'link-repeated': {
    fires: guide([
      block('Lees de voorwaarden van de regeling.', {
        key: 'a',
        link: { href: 'https://www.rvo.nl/a', text: 'de voorwaarden van de regeling' },
      }),
      block('Of lees de voorwaarden van de regeling.', {
        key: 'b',
        link: { ref: 'scheme-groen-dak', text: 'de voorwaarden van de regeling' },
      }),
    ]),
    passes: guide([
      block('Lees de voorwaarden van de regeling.', {
        key: 'a',
        link: { href: 'https://www.rvo.nl/a', text: 'de voorwaarden van de regeling' },
      }),
      block('Of lees de voorwaarden van de regeling.', {
        key: 'b',
        link: { href: 'https://www.rvo.nl/a', text: 'de voorwaarden van de regeling' },
      }),
    ]),
    expected: ['Tekst: de voorwaarden van de regeling'],
    message:
      'Tekst: de linktekst "de voorwaarden van de regeling" staat op deze pagina ook bij een link naar een andere plek; geef elke link een eigen tekst.',
  },
  'heading-skip': {
    fires: guide([block('Wat kost het', { style: 'h2' }), block('Subsidie', { style: 'h4' })]),
    passes: guide([block('Wat kost het', { style: 'h3' }), block('Subsidie', { style: 'h3' }), block('Andere kosten', { style: 'h2' })]),
    expected: ['Tekst: Subsidie'],
    message: 'Tekst: de kop "Subsidie" is een kop van niveau 4 direct na "Kop"; kies "Tussenkop", zodat de koppen geen niveau overslaan.',
  },
  'heading-empty': {
    fires: guide([block(' ', { style: 'h2' }), block('Eerst een energiescan.')]),
    passes: guide([block('Eerst een energiescan', { style: 'h2' }), block('Een adviseur komt langs.')]),
    expected: ['Tekst: '],
    message: 'Tekst: hier staat een lege kop; vul de kop in of maak er gewone tekst van.',
  },
  'fake-heading': {
    fires: guide([block('Wat kost het', { marks: ['strong'] }), block('Niets: de scan is gratis.')]),
    passes: guide([block('Let op: de scan is gratis.', { marks: ['strong'] }), block('Wat kost het', { style: 'h2' })]),
    expected: ['Tekst: Wat kost het'],
    message:
      'Tekst: "Wat kost het" is vette tekst die eruitziet als een kop; kies de stijl "Kop" of "Tussenkop", zodat schermlezers hem als kop herkennen.',
  },
  'alt-filename': {
    fires: guide([block('Zo ziet het eruit.'), image('IMG_2041.jpg')], {
      heroImage: image('werkplaats-delfshaven', { originalFilename: 'werkplaats-delfshaven.jpg' }),
    }),
    passes: guide([block('Zo ziet het eruit.'), image('Een kleermaker knipt stof op maat in zijn werkplaats')]),
    expected: ['Tekst › Afbeelding › Alternatieve tekst: IMG_2041.jpg', 'Afbeelding bovenaan › Alternatieve tekst: werkplaats-delfshaven'],
    message:
      'Tekst › Afbeelding › Alternatieve tekst: de alternatieve tekst "IMG_2041.jpg" is een bestandsnaam; beschrijf in één zin wat er op de afbeelding te zien is.',
  },
  'alt-prefix': {
    fires: guide([], { heroImage: image('Afbeelding van zonnepanelen op een plat dak') }),
    passes: guide([], { heroImage: image('Zonnepanelen op het platte dak van een bakkerij in Noord') }),
    expected: ['Afbeelding bovenaan › Alternatieve tekst: Afbeelding van'],
    message:
      'Afbeelding bovenaan › Alternatieve tekst: begin de alternatieve tekst niet met "Afbeelding van", want een schermlezer zegt al dat het een afbeelding is; beschrijf meteen wat er te zien is.',
  },
  'alt-long': {
    fires: guide([], { heroImage: image(LONG_ALT.slice(0, 151)) }),
    passes: guide([], { heroImage: image(LONG_ALT.slice(0, 150)) }),
    expected: [`Afbeelding bovenaan › Alternatieve tekst: ${LONG_ALT.slice(0, 151)}`],
    message:
      'Afbeelding bovenaan › Alternatieve tekst: de alternatieve tekst is 151 tekens lang; houd hem onder de 150 tekens en zet de rest in het bijschrift of de tekst.',
  },
  'alt-caption': {
    fires: guide([], { heroImage: image('Bakkerij De Korenaar in Noord', { caption: 'Bakkerij De Korenaar in Noord.' }) }),
    passes: guide([], {
      heroImage: image('Een bakker schuift brood in een elektrische oven', { caption: 'Bakkerij De Korenaar in Noord.' }),
    }),
    expected: ['Afbeelding bovenaan › Alternatieve tekst: Bakkerij De Korenaar in Noord'],
    message:
      'Afbeelding bovenaan › Alternatieve tekst: de alternatieve tekst is gelijk aan het bijschrift, zodat een schermlezer alles twee keer voorleest; beschrijf in de alternatieve tekst wat er te zien is.',
  },
  'date-format': {
    fires: guide([block('Vraag aan vóór 12-03-2027. Het loket is op 12/3 dicht. De uitslag volgt op 2027-04-01.')]),
    passes: guide([block('Vraag aan vóór 12 maart 2027. Het loket is 24/7 open en antwoordt binnen 2-3 werkdagen.')]),
    expected: ['Tekst: 12-03-2027', 'Tekst: 12/3', 'Tekst: 2027-04-01'],
    message: 'Tekst: schrijf de datum "12-03-2027" zoals de site dat doet: "12 maart 2027".',
  },
  'amount-euro': {
    fires: guide([block('Je krijgt 500 euro terug, of EUR 1.500 voor een groot dak.')]),
    passes: guide([block('Je krijgt € 500 terug. Alleen vrachtwagens met een Euro 6-motor mogen de zone in.')]),
    expected: ['Tekst: 500 euro', 'Tekst: EUR 1.500'],
    message: 'Tekst: schrijf het bedrag "500 euro" met het euroteken: "€ 500".',
  },
  'amount-separator': {
    fires: guide([block('De subsidie is € 2,000 of € 15000, en de leges zijn € 2.50.')]),
    passes: guide([block('De subsidie is € 2.000 of € 15.000, en de leges zijn € 2,50.')]),
    expected: ['Tekst: € 2,000', 'Tekst: € 15000', 'Tekst: € 2.50'],
    message: 'Tekst: schrijf het bedrag "€ 2,000" als "€ 2.000", met een punt tussen de duizendtallen en een komma voor de centen.',
  },
};

test('every kind of warning has a case', () => {
  expect(Object.keys(CASES).sort()).toEqual([...WARNING_KINDS].sort());
});

describe.each(WARNING_KINDS.map((kind) => [kind] as const))('%s', (kind) => {
  const c = CASES[kind];
  test('fires, naming the field and quoting the passage', () => {
    expect(found(c.fires, kind)).toEqual(c.expected);
    expect(message(c.fires, kind)).toBe(c.message);
  });
  test('does not fire on the plain version', () => {
    expect(found(c.passes, kind)).toEqual([]);
  });
});

test('English text gets English suggestions and no Dutch-only checks', () => {
  const doc = guide(
    [
      block('You get 500 euros back. Apply before 12/03/2027. The grant is €2,000 and the application is checked by the city.'),
      block('Verduurzamingsmaatregelen is a Dutch word.'),
    ],
    { language: 'en' },
  );
  expect(openWarnings(checkWriting(doc)).map((w) => `${w.kind}: ${w.passage} → ${w.detail.suggestion ?? ''}`)).toEqual([
    'date-format: 12/03/2027 → 12 March 2027',
    'amount-euro: 500 euros → €500',
  ]);
});

test('a translated field is checked per language, and a link text may repeat across the two languages', () => {
  const nl = [block('Klik hier voor de voorwaarden.', { link: { href: 'https://www.rvo.nl/nl', text: 'Klik hier' } })];
  const en = [block('Read the conditions.', { link: { href: 'https://www.rvo.nl/en', text: 'the conditions' } })];
  const warnings = openWarnings(checkWriting(scheme(nl, en)));
  expect(warnings.map((w) => [w.kind, w.field, w.lang])).toEqual([['link-vague', 'Wie komt in aanmerking? (Nederlands)', 'nl']]);
  const same = [block('Read the conditions.', { link: { href: 'https://www.rvo.nl/nl', text: 'the conditions' } })];
  const other = [block('Read the conditions.', { link: { href: 'https://www.rvo.nl/en', text: 'the conditions' } })];
  expect(openWarnings(checkWriting(scheme(same, other)))).toEqual([]);
});

test('a warning marked "bewust zo" is kept but no longer open', () => {
  const doc = guide([block('Vraag de subsidie aan middels het formulier.', { key: 'p1' })]);
  const [warning] = checkWriting(doc).warnings;
  expect(warning.key).toBe('officialese|body[_key=="p1"]|middels');
  const marked = checkWriting({ ...doc, writingIntended: [warning.key] });
  expect(marked.warnings.map((w) => w.intended)).toEqual([true]);
  expect(openWarnings(marked)).toEqual([]);
  // The key holds when other text changes, and stops matching when the passage itself changes.
  const edited = { ...doc, summary: 'Een andere samenvatting.', writingIntended: [warning.key] };
  expect(openWarnings(checkWriting(edited))).toEqual([]);
  const rewritten = guide([block('Vraag de subsidie aan middels de website.', { key: 'p2' })], { writingIntended: [warning.key] });
  expect(openWarnings(checkWriting(rewritten)).map((w) => w.passage)).toEqual(['middels']);
});

test('documents without pages of their own, and empty values, are not checked', () => {
  expect(checkWriting({ _type: 'impactReport', activity: 'middels' })).toEqual({ score: null, words: 0, fields: [], warnings: [] });
  expect(checkWriting(null).warnings).toEqual([]);
  expect(checkWriting(guide([null, { _type: 'block' }, block('')], { summary: null })).warnings).toEqual([]);
});

test('scores are given per Dutch text field and for the document', () => {
  const result = checkWriting(guide([block(B1_REWRITE)], { summary: 'Voor winkeliers die minder energie willen gebruiken.' }));
  expect(result.fields.map((f) => [f.field, f.score])).toEqual([
    // 7 words, 15 syllables: 206.84 − 0.77 × 214.29 − 0.93 × 7 = 35.34; short texts of long words score low.
    ['Samenvatting', 35],
    ['Tekst', 83],
  ]);
  // The document's score pools the counts (53 words, 85 syllables, 7 sentences), it does not average the fields.
  expect(result.score).toBe(76);
});
