// Interface text of the search page's script, Dutch and English.
import type { Lang } from '@mkb010/model';

interface SearchText {
  results(n: number, q: string): string;
  filteredResults(n: number): string;
  none(q: string): string;
  searching: string;
  loadFailed: string;
  clearFilters: string;
  /** The phone's disclosure button: "Filters (2)" with the number of filters ticked. */
  filtersToggle(selected: number): string;
  /** "Bedoelde je <link>?" around the link to the suggested search. */
  didYouMean(link: HTMLElement): (Node | string)[];
}

const quote = (q: string) => `‘${q}’`;

/** Messages the search script shows and announces. */
export const SEARCH_TEXT: Record<Lang, SearchText> = {
  nl: {
    results: (n, q) => `${n} ${n === 1 ? 'resultaat' : 'resultaten'} voor ${quote(q)}`,
    filteredResults: (n) => `${n} ${n === 1 ? 'resultaat' : 'resultaten'} met deze filters`,
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
  },
  en: {
    results: (n, q) => `${n} ${n === 1 ? 'result' : 'results'} for ${quote(q)}`,
    filteredResults: (n) => `${n} ${n === 1 ? 'result' : 'results'} with these filters`,
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
  },
};
