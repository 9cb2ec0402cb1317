// Interface text of overview pages: filters, pagination, result counts and empty lists.
import { countOf, dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  allThemes: 'Alle thema’s',
  allTypes: 'Alle soorten',
  nothingYet: 'Hier staat nog niets.',
  filterByTheme: 'Kies een thema',
  filterByType: 'Kies een soort',
  resultsCount: (n: number) => countOf(n, 'nl', { one: 'resultaat', other: 'resultaten' }),
  pagination: 'Paginering',
  previousPage: 'Vorige',
  nextPage: 'Volgende',
  pageNumber: (n: number) => `Pagina ${n}`,
  pageOf: (n: number, last: number) => `Pagina ${n} van ${last}`,
  pagedTitle: (title: string, n: number) => (n > 1 ? `${title} – pagina ${n}` : title),
  resultsRange: (from: number, to: number, total: number) => `${from}–${to} van ${total} resultaten`,
} as const;

const TEXT = dictionary({
  nl,
  en: {
    allThemes: 'All themes',
    allTypes: 'All types',
    nothingYet: 'Nothing here yet.',
    filterByTheme: 'Choose a theme',
    filterByType: 'Choose a type',
    resultsCount: (n: number) => countOf(n, 'en', { one: 'result', other: 'results' }),
    pagination: 'Pagination',
    previousPage: 'Previous',
    nextPage: 'Next',
    pageNumber: (n: number) => `Page ${n}`,
    pageOf: (n: number, last: number) => `Page ${n} of ${last}`,
    pagedTitle: (title: string, n: number) => (n > 1 ? `${title} – page ${n}` : title),
    resultsRange: (from: number, to: number, total: number) => `${from}–${to} of ${total} results`,
  },
});

/** The text of overview pages in a language. */
export function overviewText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}
