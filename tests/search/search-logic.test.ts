// The search's rules without a browser: result status, ranking by status, "Bedoelde je …?", the
// editors' synonyms and the build's vocabulary.
import { describe, expect, it } from 'vitest';
import { eventStatus, schemeStatus } from '@mkb010/content/status';
import { queryNamesTitle, rankByStatus } from '../../src/scripts/search-rank.ts';
import {
  closestWord,
  indexVocabulary,
  markedWords,
  matchStrength,
  metaWords,
  suggestQuery,
  typoDistance,
} from '../../src/scripts/search-suggest.ts';
import { partialResults } from '../../src/scripts/search-partial.ts';
import { isStopWord, queryWords, searchWords } from '../../src/lib/search-words.ts';
import { pageSynonyms, synonymsFor } from '../../src/lib/search-synonyms.ts';
import { VocabularyCollector } from '../../src/integrations/search-vocabulary.ts';
import { CompoundSplitter, withCompoundParts } from '../../src/integrations/search-compounds.ts';

// 27 November 2026, 10:00 in Amsterdam.
const NOW = new Date('2026-11-27T09:00:00Z');

describe('result status', () => {
  it('says until when a scheme is open, that it runs on, or that it is closed (from the day after its deadline)', () => {
    expect(schemeStatus({ deadline: '2027-01-26' }, NOW, 'nl')).toEqual({
      status: 'open',
      label: 'Open tot en met 26 januari 2027',
      stale: false,
      rank: 0,
    });
    expect(schemeStatus({ deadline: '2027-01-26' }, NOW, 'en').label).toBe('Open until 26 January 2027');
    expect(schemeStatus({ deadline: '2026-11-27' }, NOW, 'nl').status).toBe('open');
    expect(schemeStatus({ deadline: '2026-11-26' }, NOW, 'nl')).toEqual({ status: 'closed', label: 'Gesloten', stale: true, rank: 2 });
    expect(schemeStatus({ ongoing: true }, NOW, 'nl')).toEqual({ status: 'ongoing', label: 'Doorlopend', stale: false, rank: 0 });
  });

  it('ranks a scheme that opens later between open and closed ones, as the schemes overview does (model schemeRank)', () => {
    expect(schemeStatus({ deadline: '2027-06-01', opensAt: '2027-03-01' }, NOW, 'nl')).toEqual({
      status: 'upcoming',
      label: 'Opent op 1 maart 2027',
      stale: false,
      rank: 1,
    });
    // The day it opens it is open, and ranks with the open ones.
    expect(schemeStatus({ deadline: '2027-06-01', opensAt: '2027-03-01' }, new Date('2027-03-01T09:00:00Z'), 'en').rank).toBe(0);
    expect(schemeStatus({ deadline: '2027-06-01', budgetStatus: 'op' }, NOW, 'nl')).toMatchObject({
      label: 'Budget op',
      stale: true,
      rank: 2,
    });
  });

  it('counts an event as over once it has ended, and a cancelled one as over whatever its date', () => {
    const event = { start: '2026-11-27T08:00:00Z', end: '2026-11-27T10:00:00Z' };
    expect(eventStatus(event, NOW, 'nl')).toEqual({ status: 'upcoming', label: 'Binnenkort', stale: false });
    expect(eventStatus(event, new Date('2026-11-27T10:00:00Z'), 'en')).toEqual({ status: 'past', label: 'Past', stale: true });
    expect(eventStatus({ ...event, start: '2027-03-01T10:00:00Z', end: '2027-03-01T12:00:00Z', cancelled: true }, NOW, 'nl')).toEqual({
      status: 'cancelled',
      label: 'Geannuleerd',
      stale: true,
    });
  });
});

describe('ranking by status', () => {
  const results = [
    { id: 'closed-subsidy', score: 20 },
    { id: 'guide', score: 12 },
    { id: 'open-subsidy', score: 10 },
    { id: 'past-event', score: 9 },
  ];

  it('puts closed and past results after all current ones, keeping the order within each part', () => {
    expect(rankByStatus(results, new Set(['closed-subsidy', 'past-event'])).map((r) => r.id)).toEqual([
      'guide',
      'open-subsidy',
      'closed-subsidy',
      'past-event',
    ]);
  });

  it('puts schemes that open later after open results and before closed ones, whatever their score', () => {
    const mixed = [
      { id: 'closed-subsidy', score: 30 },
      { id: 'opens-later', score: 25 },
      { id: 'guide', score: 12 },
      { id: 'open-subsidy', score: 10 },
      { id: 'also-later', score: 11 },
      { id: 'past-event', score: 9 },
    ];
    const stale = new Set(['closed-subsidy', 'past-event']);
    const later = new Set(['opens-later', 'also-later']);
    expect(rankByStatus(mixed, stale, new Set(), later).map((r) => r.id)).toEqual([
      'guide',
      'open-subsidy',
      'opens-later',
      'also-later',
      'closed-subsidy',
      'past-event',
    ]);
    // Named by the query, it competes with the open ones at half its score, like a closed one.
    expect(rankByStatus(mixed, stale, new Set(['opens-later']), later).map((r) => r.id)).toEqual([
      'opens-later',
      'guide',
      'open-subsidy',
      'also-later',
      'closed-subsidy',
      'past-event',
    ]);
  });

  it('lets a result the query names compete at half its score', () => {
    const ranked = rankByStatus(results, new Set(['closed-subsidy', 'past-event']), new Set(['closed-subsidy']));
    expect(ranked.map((r) => r.id)).toEqual(['guide', 'open-subsidy', 'closed-subsidy', 'past-event']);
    const strong = rankByStatus(
      [
        { id: 'closed', score: 30 },
        { id: 'open', score: 10 },
      ],
      new Set(['closed']),
      new Set(['closed']),
    );
    expect(strong.map((r) => r.id)).toEqual(['closed', 'open']);
  });

  it('knows when a query names a title and when it only shares a word with it', () => {
    expect(queryNamesTitle('workshop van afval naar grondstof', 'Workshop: Van afval naar grondstof')).toBe(true);
    expect(queryNamesTitle('zero-emissiezone', 'Informatieavond zero-emissiezone')).toBe(true);
    expect(queryNamesTitle('subsidie', 'Subsidie elektrische bestelbus')).toBe(false);
    expect(queryNamesTitle('AI', 'AI-praktijkvoucher')).toBe(false);
    expect(queryNamesTitle('voucher', 'AI pilot voucher')).toBe(false);
  });
});

describe('query words', () => {
  it('drops apostrophe fragments and keeps hyphenated words whole', () => {
    expect(queryWords("’s nachts 't foto’s zo'n ’s-Hertogenbosch mkb'ers")).toEqual(['nachts', 'foto', 'zo', 'hertogenbosch', "mkb'ers"]);
    expect(queryWords('Zero-emissiezone, back-up!')).toEqual(['zero-emissiezone', 'back-up']);
    expect(queryWords("’s 't")).toEqual([]);
  });

  it('searches without stop words, unless the query is nothing else', () => {
    expect(searchWords('cyberaanval wat nu', 'nl')).toEqual(['cyberaanval']);
    expect(searchWords('hoe kan ik energie besparen', 'nl')).toEqual(['energie', 'besparen']);
    expect(searchWords('how do I spot a fake email', 'en')).toEqual(['spot', 'fake', 'email']);
    expect(searchWords('wat nu', 'nl')).toEqual(['wat', 'nu']);
    for (const word of ['wat', 'nu', 'hoe', 'ik', 'want']) expect(isStopWord(word, 'nl'), word).toBe(true);
    for (const word of ['the', 'how', 'what']) expect(isStopWord(word, 'en'), word).toBe(true);
  });
});

describe('"Bedoelde je …?"', () => {
  const vocabulary = indexVocabulary([
    ['subsidie', 120],
    ['duurzaam', 163],
    ['subsidies', 8],
    ['warmtepomp', 30],
    ['voucher', 40],
    ['sustainability', 25],
    ['duurzame', 2],
    ['cyberveiligheid', 8],
    ['studie', 3],
    ['geld', 30],
    ['lening', 34],
  ]);
  const check = (word: string, seen = false) => ({ word, strength: 'strong' as const, seen });

  it('suggests the closest known word, the more frequent one on a tie, and keeps known words', () => {
    expect(closestWord('subsdie', vocabulary, 'nl')).toBe('subsidie');
    expect(closestWord('subsiddie', vocabulary, 'nl')).toBe('subsidie');
    expect(closestWord('duurzam', vocabulary, 'nl')).toBe('duurzaam');
    expect(suggestQuery([check('warmtepmop')], vocabulary, 'nl')?.q).toBe('warmtepomp');
    expect(suggestQuery([check('sustainabilty'), check('voucher')], vocabulary, 'en')).toEqual({
      q: 'sustainability voucher',
      words: ['sustainability', 'voucher'],
      replaced: ['sustainabilty'],
    });
    expect(suggestQuery([check('subsidie')], vocabulary, 'nl')).toBeUndefined();
    expect(suggestQuery([check('xylofoonreparatie')], vocabulary, 'nl')).toBeUndefined();
  });

  it('counts a swap of two letters as one typo, and allows one typo in a short word', () => {
    expect(typoDistance('subisdy', 'subsidy')).toBe(1);
    expect(typoDistance('warmtepmop', 'warmtepomp')).toBe(1);
    expect(typoDistance('geluid', 'geld')).toBe(2);
    // "geluid" is not on the site, and "geld" is two typos away: no suggestion.
    expect(closestWord('geluid', vocabulary, 'nl')).toBeUndefined();
  });

  it('never suggests a stop word, a form of the typed word, or for a word that was seen', () => {
    // "wat" is a stop word: never corrected, and "want" (also a stop word) never suggested.
    expect(closestWord('wat', indexVocabulary([['want', 8]]), 'nl')).toBeUndefined();
    expect(closestWord('wart', indexVocabulary([['want', 8]]), 'nl')).toBeUndefined();
    expect(closestWord('leningen', vocabulary, 'nl')).toBeUndefined();
    expect(suggestQuery([check('cyberaanval'), check('duurzam', true)], vocabulary, 'nl')).toBeUndefined();
  });

  it('never suggests a word rarer than the one typed', () => {
    expect(closestWord('studue', vocabulary, 'nl', 5)).toBeUndefined();
    expect(closestWord('studue', vocabulary, 'nl', 0)).toBe('studie');
  });
});

describe('how a word matched', () => {
  it('is strong when a page has the word, a form of it, or a word built on it', () => {
    expect(matchStrength('subsidies', ['subsidie'])).toBe('strong');
    expect(matchStrength('duurzam', ['duurzame'])).toBe('strong');
    expect(matchStrength('zonnepaneel', ['zonnepanelen'])).toBe('strong');
    expect(matchStrength('emissiezone', ['zero-emissiezone'])).toBe('strong');
    expect(matchStrength('krediet', ['innovatie', 'krediet'])).toBe('strong');
  });

  it('is weak when Pagefind fell back to a shorter word, and none when that is a letter or two', () => {
    expect(matchStrength('warmtepmop', ['warmte'])).toBe('weak');
    expect(matchStrength('cyberaanval', ['cyber'])).toBe('weak');
    expect(matchStrength('subsiddie', ['s'])).toBe('none');
    expect(matchStrength('abcdefg', [])).toBe('none');
  });

  it('reads the highlighted words and the matched metadata, not image fields', () => {
    expect(markedWords('de <mark>Zonnepanelen.</mark> en <mark>foto’s</mark>')).toEqual(['zonnepanelen', 'foto']);
    expect(metaWords({ title_parts: 'innovatie, krediet', image: '/a/b.webp' }, ['title_parts', 'image'])).toEqual([
      'innovatie',
      'krediet',
    ]);
  });
});

describe('results with some of the words', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('ranks pages by how many words they have, then current before closed or past, then score', () => {
    const words = [
      { word: 'cyber', counts: true, results: [r('guide', 20), r('scan', 18), r('closed', 30), r('event', 5)] },
      { word: 'security', counts: true, results: [r('guide', 20), r('closed', 25), r('scan', 19), r('partner', 8)] },
      { word: 'checklist', counts: true, results: [r('webinar', 8), r('partner', 2)] },
    ];
    const ranked = partialResults(words, new Set(), new Set(['closed']));
    expect(ranked.map((p) => [p.result.id, p.matched])).toEqual([
      ['guide', 2],
      ['scan', 2],
      ['partner', 2],
      ['closed', 2],
    ]);
  });

  it('leaves out full matches, pages outside the filters and words that matched nothing real', () => {
    const words = [
      { word: 'subsidie', counts: true, results: [r('a', 3), r('b', 2), r('c', 1)] },
      { word: 'xyzzy', counts: false, results: [r('a', 9)] },
    ];
    expect(partialResults(words, new Set(['b']), new Set(), new Set(['a', 'b'])).map((p) => [p.result.id, p.matched])).toEqual([['a', 1]]);
  });

  it('shows pages with one word when no page has more', () => {
    const words = [
      { word: 'kapper', counts: true, results: [r('a', 3)] },
      { word: 'bakker', counts: true, results: [r('b', 2)] },
      { word: 'fietsenmaker', counts: true, results: [r('c', 1)] },
    ];
    expect(partialResults(words, new Set(), new Set()).map((p) => p.result.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('synonyms', () => {
  const groups = [{ words: ['zonnepaneel', 'zonnepanelen', 'zonne-energie', 'pv'] }, { words: ['kapper', 'kapsalon'] }];

  it('adds the other words of every group the text uses (words and phrases, case-insensitive)', () => {
    expect(synonymsFor('Leen voor Zonnepanelen op je dak', groups)).toEqual(['zonnepaneel', 'zonne-energie', 'pv']);
    expect(synonymsFor('Alles over zonne-energie', groups)).toEqual(['zonnepaneel', 'zonnepanelen', 'pv']);
    expect(synonymsFor('Een kapper en een kapsalon', groups)).toEqual([]);
    expect(synonymsFor('Energie en zonne warmte', groups)).toEqual([]);
  });

  it('separates synonyms of title and keywords from those of the body', () => {
    const html = `<h1>Lening voor zonnepanelen</h1><span data-pagefind-meta="keywords[data-value]" data-value="financiering"></span><p>Ook voor de kapper.</p>`;
    expect(pageSynonyms(html, groups)).toEqual({ title: ['zonnepaneel', 'zonne-energie', 'pv'], body: ['kapsalon'] });
  });
});

describe('the vocabulary the build writes', () => {
  it('counts words per language, titles three times, most frequent first', () => {
    const collector = new VocabularyCollector();
    collector.addPage(
      '<html lang="nl"><body><main><h1>Subsidie groen dak</h1><p>Een subsidie voor je dak. <script>var x="geheim";</script></p></main></body></html>',
    );
    collector.addPage(
      '<html lang="en"><body><main><h1>Grant</h1><span data-pagefind-meta="keywords[data-value]" data-value="subsidy"></span></main></body></html>',
    );
    const nl = collector.vocabularies().get('nl')!;
    expect(nl[0]).toEqual(['subsidie', 4]);
    expect(Object.fromEntries(nl)).toMatchObject({ groen: 3, subsidie: 4 });
    expect(nl.map(([w]) => w)).not.toContain('geheim');
    expect(nl.map(([w]) => w)).not.toContain('een');
    expect(Object.fromEntries(collector.vocabularies().get('en')!)).toMatchObject({ grant: 3, subsidy: 1 });
  });
});

describe('compound words', () => {
  const frequencies = new Map([
    ['innovatie', 11],
    ['krediet', 33],
    ['energie', 116],
    ['besparing', 7],
    ['bedrijf', 54],
    ['afval', 43],
    ['duurzaamheid', 10],
    ['voucher', 16],
    ['warmte', 9],
    ['pomp', 4],
    ['voor', 600],
    ['raad', 3],
    ['plan', 2],
    ['zeldzaam', 1],
    ['woord', 4],
  ]);
  const splitter = new CompoundSplitter(frequencies, 'nl');

  it('splits a word into words the site uses, with a linking "s" and an ending on the last part', () => {
    expect(splitter.parts('innovatiekrediet')).toEqual(['innovatie', 'krediet']);
    expect(splitter.parts('energiebesparing')).toEqual(['energie', 'besparing']);
    expect(splitter.parts('bedrijfsafval')).toEqual(['bedrijf', 'afval']);
    expect(splitter.parts('duurzaamheidsvoucher')).toEqual(['duurzaamheid', 'voucher']);
    expect(splitter.parts('warmtepompen')).toEqual(['warmte', 'pomp']);
    expect(splitter.parts('energiebesparingsplan')).toEqual(['energie', 'besparing', 'plan']);
  });

  it('never splits off a stop word, a rare word or a part shorter than four letters', () => {
    expect(splitter.parts('voorraad')).toBeUndefined();
    expect(splitter.parts('zeldzaamwoord')).toBeUndefined();
    expect(splitter.parts('krediet')).toBeUndefined();
    expect(splitter.parts('energiedak')).toBeUndefined();
  });

  it('adds the parts a page does not have, in hidden metadata of the indexed part, and only once', () => {
    const page = (main: string) =>
      `<!DOCTYPE html><html lang="nl"><head></head><body><header>Innovatiekrediet</header><main data-pagefind-body><h1>Innovatiekrediet voor het mkb</h1><p>Minder bedrijfsafval, meer energie.</p></main><footer></footer></body></html>`.replace(
        '<p>Minder bedrijfsafval, meer energie.</p>',
        main,
      );
    const html = page('<p>Minder bedrijfsafval, meer energie.</p>');
    const splitters = new Map([['nl', splitter]]);
    const once = withCompoundParts(html, html, splitters);
    expect(once).toContain(
      '<span hidden data-pagefind-meta="title_parts[data-value]" data-value="innovatie, krediet"></span><span hidden data-pagefind-meta="parts[data-value]" data-value="bedrijf, afval"></span></main>',
    );
    expect(withCompoundParts(once, once, splitters)).toBe(once);
    // English pages are left as they are.
    expect(withCompoundParts(html.replace('lang="nl"', 'lang="en"'), html.replace('lang="nl"', 'lang="en"'), splitters)).not.toContain(
      'data-pagefind-meta="parts',
    );
  });
});
