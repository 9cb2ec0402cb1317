// The search's rules without a browser: result status, ranking by status, "Bedoelde je …?", the
// editors' synonyms and the build's vocabulary.
import { describe, expect, it } from 'vitest';
import { eventStatus, schemeStatus } from '@mkb010/content/status';
import { queryNamesTitle, rankByStatus } from '../../src/scripts/search-rank.ts';
import { closestWord, suggestQuery, weakMatches, type Vocabulary } from '../../src/scripts/search-suggest.ts';
import { pageSynonyms, synonymsFor } from '../../src/lib/search-synonyms.ts';
import { VocabularyCollector } from '../../src/integrations/search-vocabulary.ts';

// 27 November 2026, 10:00 in Amsterdam.
const NOW = new Date('2026-11-27T09:00:00Z');

describe('result status', () => {
  it('says until when a scheme is open, that it runs on, or that it is closed (from the day after its deadline)', () => {
    expect(schemeStatus({ deadline: '2027-01-26' }, NOW, 'nl')).toEqual({
      status: 'open',
      label: 'Open tot en met 26 januari 2027',
      stale: false,
    });
    expect(schemeStatus({ deadline: '2027-01-26' }, NOW, 'en').label).toBe('Open until 26 January 2027');
    expect(schemeStatus({ deadline: '2026-11-27' }, NOW, 'nl').status).toBe('open');
    expect(schemeStatus({ deadline: '2026-11-26' }, NOW, 'nl')).toEqual({ status: 'closed', label: 'Gesloten', stale: true });
    expect(schemeStatus({ ongoing: true }, NOW, 'nl')).toEqual({ status: 'ongoing', label: 'Doorlopend', stale: false });
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

describe('"Bedoelde je …?"', () => {
  const vocabulary: Vocabulary = [
    ['subsidie', 120],
    ['subsidies', 8],
    ['warmtepomp', 30],
    ['voucher', 40],
    ['sustainability', 25],
    ['studie', 3],
  ];

  it('suggests the closest known word, the more frequent one on a tie, and keeps known words', () => {
    expect(closestWord('subsdie', vocabulary, new Set())).toBe('subsidie');
    expect(suggestQuery('warmtepmop', vocabulary)).toBe('warmtepomp');
    expect(suggestQuery('sustainabilty voucher', vocabulary)).toBe('sustainability voucher');
    expect(suggestQuery('subsidie', vocabulary)).toBeUndefined();
    expect(suggestQuery('xylofoonreparatie', vocabulary)).toBeUndefined();
  });

  it('calls matches weak when a query word is neither in a title nor highlighted', () => {
    expect(weakMatches('subsdie', [{ title: 'Machines ’s nachts', excerpt: 'de machines <mark>’s</mark> nachts' }])).toBe(true);
    expect(weakMatches('sustainabilty voucher', [{ title: 'Digitalisation voucher', excerpt: 'a <mark>voucher</mark> for' }])).toBe(true);
    expect(weakMatches('subsidies', [{ title: 'Subsidie groen dak', excerpt: 'een <mark>subsidie</mark>' }])).toBe(false);
    expect(weakMatches('warmtepmop', [{ title: 'Isoleren', excerpt: 'de <mark>warmte</mark> blijft' }])).toBe(true);
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
