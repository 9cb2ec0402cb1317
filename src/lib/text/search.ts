// Interface text of the search form (header and search page) and the search page's description.
import { dictionary, type Lang, type Wording } from '@mkb010/model';

const nl = {
  searchLabel: 'Zoek op deze site',
  headerSearch: 'Zoeken vanaf elke pagina',
  searchButton: 'Zoeken',
  searchDescription: 'Zoek in de gidsen, verhalen, evenementen, regelingen en partners van MKB010>>Next.',
  searchPlaceholderHint: 'Bijvoorbeeld: zonnepanelen, webwinkel of subsidie',
} as const;

const TEXT = dictionary({
  nl,
  en: {
    searchLabel: 'Search this site',
    headerSearch: 'Search from any page',
    searchButton: 'Search',
    searchDescription: 'Search the guides, stories, events, support schemes and partners of MKB010>>Next.',
    searchPlaceholderHint: 'For example: solar panels, web shop or subsidy',
  },
});

/** The text of the search form (header and search page) and the search page's description in a language. */
export function searchText(lang: Lang): Wording<typeof nl> {
  return TEXT[lang];
}
