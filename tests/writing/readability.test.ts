// The readability score on known texts: counted by hand for short sentences, and for a text from the
// seed, a deliberately bureaucratic paragraph and its B1 rewrite, on the right side of the B1 band.
import { expect, test } from 'vitest';
import { B1_REWRITE, BUREAUCRATIC } from './texts.ts';
import { B1_MIN_SCORE, checkWriting, dutchStats, dutchSyllables, fleschDouma, openWarnings } from '@mkb010/content/writing';

/** The first paragraph of the seed's guide "Productieafval hergebruiken" (studio/seed/src/guides-circulair). */
const SEED_TEXT =
  'Elke werkplaats heeft restjes. Een meubelmaker aan de Keileweg houdt aan het eind van de week een container vol korte planken over. Een drukkerij in Noord gooit misdrukken en snijranden weg. Dat kost je twee keer geld: je betaalt voor het materiaal en daarna nog eens voor het afvoeren.';

test('syllables: the Dutch hyphenation patterns and vowel groups count known words right', () => {
  const expected: Record<string, number> = {
    eten: 2,
    over: 2,
    ook: 1,
    beoordelen: 4,
    ideaal: 3,
    geëvalueerd: 5,
    zeeën: 2,
    ondernemers: 4,
    Rotterdam: 3,
    energie: 3,
    verduurzamingsmaatregelen: 8,
    mkb: 1,
  };
  const counted = Object.fromEntries(Object.keys(expected).map((word) => [word, dutchSyllables(word)]));
  expect(counted).toEqual(expected);
});

test('Flesch-Douma: short sentences counted by hand', () => {
  // 6 words, 6 syllables, 1 sentence: 206.84 − 0.77 × 100 − 0.93 × 6 = 124.26.
  expect(dutchStats('De kat zit op de mat.')).toEqual({ words: 6, sentences: 1, syllables: 6 });
  expect(fleschDouma(dutchStats('De kat zit op de mat.'))).toBe(124);
  // On-der-ne-mers in Rot-ter-dam be-spa-ren e-ner-gie: 5 words, 14 syllables: 206.84 − 215.6 − 4.65 = −13.41.
  expect(dutchStats('Ondernemers in Rotterdam besparen energie.')).toEqual({ words: 5, sentences: 1, syllables: 14 });
  expect(fleschDouma(dutchStats('Ondernemers in Rotterdam besparen energie.'))).toBe(-13);
  expect(fleschDouma(dutchStats(''))).toBeNull();
});

test('sentences end at . ! ? but not after an abbreviation, an initial or inside an amount', () => {
  expect(dutchStats('Bel bijv. de gemeente. Vraag naar J. de Vries! Het kost € 2.500. Klaar?').sentences).toBe(4);
  expect(dutchStats('Kijk op https://www.rotterdam.nl/ondernemen. Daar staat het.').words).toBe(5);
  // A Dutch quote opens with „ (or ‚); the sentence before it ends at its full stop.
  expect(dutchStats('Het kostte € 4.100 per maand. „Ik heb die brief drie keer gelezen”, zegt Elif.').sentences).toBe(2);
  expect(dutchStats('Ze lacht. ‚Klaar’, zegt ze.').sentences).toBe(2);
});

test('a text from the seed scores inside the B1 band and gets no warning', () => {
  // 49 words, 75 syllables (each checked by hand), 4 sentences: 206.84 − 0.77 × 153.06 − 0.93 × 12.25 = 77.59.
  expect(dutchStats(SEED_TEXT)).toEqual({ words: 49, sentences: 4, syllables: 75 });
  const score = fleschDouma(dutchStats(SEED_TEXT));
  expect(score).toBe(78);
  expect(score).toBeGreaterThanOrEqual(B1_MIN_SCORE);
  expect(checkWriting({ _type: 'guide', language: 'nl', summary: SEED_TEXT }).warnings).toEqual([]);
});

test('the bureaucratic paragraph scores far below B1, with every cause an editor can fix', () => {
  const result = checkWriting({ _type: 'guide', language: 'nl', summary: BUREAUCRATIC });
  expect(result.score).toBe(24);
  expect(result.words).toBe(75);
  const found = openWarnings(result).map((w) => `${w.kind}: ${w.passage}`);
  expect(found).toEqual([
    'long-sentence: Indien u in aanmerking wenst te …',
    'officialese: Indien',
    'officialese: inzake',
    'officialese: middels',
    'officialese: alsmede',
    'officialese: Teneinde',
    'officialese: dienen te',
    'officialese: derhalve',
    'date-format: 15-03-2027',
    'amount-euro: 25000 euro',
    'passive: wordt derhalve door',
    'long-word: subsidieregeling',
    'long-word: verduurzamingsmaatregelen',
    'long-word: subsidiebedrag',
    'readability: ',
  ]);
  expect(result.warnings.at(-1)?.message).toBe(
    'De tekst scoort 24 op leesgemak (Flesch-Douma) en B1 begint bij 60, dus maak zinnen korter en kies kortere woorden.',
  );
});

test('its B1 rewrite scores inside the band and gets no warning', () => {
  const result = checkWriting({ _type: 'guide', language: 'nl', summary: B1_REWRITE });
  expect(result.score).toBe(83);
  expect(result.warnings).toEqual([]);
});

test('English: the bureaucratic paragraph gets length and officialese warnings, its rewrite none, and neither a Dutch score', () => {
  const bureaucratic = checkWriting({
    _type: 'guide',
    language: 'en',
    summary:
      'In order to apply for the grant, applicants are required to utilise the online form prior to the deadline, and in accordance with the conditions they must include a quote from a recognised installer as well as proof of ownership of the building.',
  });
  expect(bureaucratic.score).toBeNull();
  expect(bureaucratic.warnings.map((w) => `${w.kind}: ${w.passage}`)).toEqual([
    'long-sentence: In order to apply for the …',
    'officialese: In order to',
    'officialese: utilise',
    'officialese: prior to',
    'officialese: in accordance with',
  ]);
  const plain = checkWriting({
    _type: 'guide',
    language: 'en',
    summary:
      'To apply for the grant, use the online form before the deadline. Add a quote from a recognised installer. Show that you own the building.',
  });
  expect(plain.warnings).toEqual([]);
});
