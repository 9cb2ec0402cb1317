// Plural wording goes through one helper on Intl.PluralRules: one thing reads in the singular,
// none and many in the plural, in both languages, in the site's, the search script's and the
// editor report's text alike.
import { describe, expect, test } from 'vitest';
import { countOf, plural } from '@mkb010/model';
import { REPORT_TEXT } from '@mkb010/content/editor-report-text';
import { SEARCH_TEXT } from '../../src/scripts/search-text.ts';
import { progressText } from '../../src/components/progress/text.ts';
import { overviewText } from '../../src/lib/text/overviews.ts';

describe('plural', () => {
  test('picks "one" for exactly one and "other" for none, many and fractions', () => {
    const forms = { one: 'vraag', other: 'vragen' };
    expect([0, 1, 2, 21, 1.5].map((n) => plural(n, 'nl', forms))).toEqual(['vragen', 'vraag', 'vragen', 'vragen', 'vragen']);
    expect([0, 1, 2].map((n) => countOf(n, 'en', { one: 'result', other: 'results' }))).toEqual(['0 results', '1 result', '2 results']);
  });

  test('returns any kind of form, such as whole sentences', () => {
    expect(plural(1, 'en', { one: ['it counts'], other: ['they count'] })).toEqual(['it counts']);
  });
});

describe('wording that counts', () => {
  test('the search script says "1 resultaat" and "0 resultaten"', () => {
    expect(SEARCH_TEXT.nl.results(1, 'btw')).toBe('1 resultaat voor ‘btw’');
    expect(SEARCH_TEXT.nl.results(0, 'btw')).toBe('0 resultaten voor ‘btw’');
    expect(SEARCH_TEXT.en.partialOnly(1, 'vat')).toBe('No results with all your words for ‘vat’. 1 result matches some of your words');
    expect(SEARCH_TEXT.en.partialOnly(3, 'vat')).toBe('No results with all your words for ‘vat’. 3 results match some of your words');
  });

  test('site lists and the progress page agree verb and noun with the count', () => {
    expect(overviewText('nl').resultsCount(1)).toBe('1 resultaat');
    expect(overviewText('en').resultsCount(12)).toBe('12 results');
    expect(progressText('nl').straddling(1)).toMatch(/^1 rapportage begint .* die telt mee/);
    expect(progressText('en').straddling(2)).toMatch(/^2 reports start .* they count/);
    expect(progressText('nl').dataUntil('1 maart 2026', 1)).toBe('Gebaseerd op 1 rapportage, met cijfers tot en met 1 maart 2026.');
  });

  test('the editor report counts findings and overdue days', () => {
    expect(REPORT_TEXT.nl.findings(1)).toBe('1 bevinding.');
    expect(REPORT_TEXT.en.findings(2)).toBe('2 findings.');
  });
});
