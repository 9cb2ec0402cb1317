// Interface text of the search page's script, Dutch and English.
import { countOf, dictionary } from '@mkb010/model';

interface SearchText {
  results(n: number, q: string): string;
  /** Results with all words, and more with some of them (listed below a heading of their own). */
  resultsAndPartial(n: number, partial: number, q: string): string;
  /** Nothing has every word; some results have part of them. */
  partialOnly(partial: number, q: string): string;
  filteredResults(n: number): string;
  none(q: string): string;
  searching: string;
  loadFailed: string;
  clearFilters: string;
  /** The phone's disclosure button: "Filters (2)" with the number of filters ticked. */
  filtersToggle(selected: number): string;
  /** "Bedoelde je <link>?" around the link to the suggested search. */
  didYouMean(link: HTMLElement): (Node | string)[];
  /** After results for the suggestion: "Zoek in plaats daarvan op <link>." with the typed query as the link. */
  searchInstead(link: HTMLElement): (Node | string)[];
}

const quote = (q: string) => `‘${q}’`;
const RESULTAAT = { one: 'resultaat', other: 'resultaten' };
const RESULT = { one: 'result', other: 'results' };

/** Messages the search script shows and announces. */
export const SEARCH_TEXT = dictionary<SearchText>({
  nl: {
    results: (n, q) => `${countOf(n, 'nl', RESULTAAT)} voor ${quote(q)}`,
    resultsAndPartial: (n, partial, q) => `${countOf(n, 'nl', RESULTAAT)} voor ${quote(q)}, en ${partial} met een deel van je woorden`,
    partialOnly: (partial, q) =>
      `Geen resultaten met al je woorden voor ${quote(q)}. Wel ${countOf(partial, 'nl', RESULTAAT)} met een deel van je woorden`,
    filteredResults: (n) => `${countOf(n, 'nl', RESULTAAT)} met deze filters`,
    none: (q) =>
      q
        ? `Geen resultaten voor ${quote(q)}. Probeer een ander of korter woord, haal een filter weg, of kijk bij de thema’s en gidsen hieronder.`
        : 'Geen resultaten met deze filters. Haal een filter weg, of kijk bij de thema’s en gidsen hieronder.',
    searching: 'Bezig met zoeken…',
    loadFailed:
      'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw of kijk bij de thema’s en gidsen hieronder.',
    clearFilters: 'Filters wissen',
    filtersToggle: (n) => `Filters (${n})`,
    didYouMean: (link) => ['Bedoelde je ', link, '?'],
    searchInstead: (link) => ['Zoek in plaats daarvan op ', link, '.'],
  },
  en: {
    results: (n, q) => `${countOf(n, 'en', RESULT)} for ${quote(q)}`,
    resultsAndPartial: (n, partial, q) => `${countOf(n, 'en', RESULT)} for ${quote(q)}, and ${partial} matching some of your words`,
    partialOnly: (partial, q) =>
      `No results with all your words for ${quote(q)}. ${countOf(partial, 'en', { one: 'result matches', other: 'results match' })} some of your words`,
    filteredResults: (n) => `${countOf(n, 'en', RESULT)} with these filters`,
    none: (q) =>
      q
        ? `No results for ${quote(q)}. Try another or shorter word, remove a filter, or look at the themes and guides below.`
        : 'No results with these filters. Remove a filter, or look at the themes and guides below.',
    searching: 'Searching…',
    loadFailed:
      'Search is not available right now: the search index could not be loaded. Try again later or look at the themes and guides below.',
    clearFilters: 'Clear filters',
    filtersToggle: (n) => `Filters (${n})`,
    didYouMean: (link) => ['Did you mean ', link, '?'],
    searchInstead: (link) => ['Search instead for ', link, '.'],
  },
});
