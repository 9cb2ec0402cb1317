// Words the search index and the search page share: filter keys, the localised filter values pages
// emit, and the URL parameter of each filter group per language. One place, so a label shown as a
// checkbox is exactly the value a page was indexed with.
import { dictionary } from '@mkb010/model/dictionary';
import { LANGS, type Lang } from '@mkb010/model/lang';
import { THEMES, type Theme } from '@mkb010/model/lists';
import type { ContentType } from '@mkb010/model/routes';

/** Filter keys in the Pagefind index (language-neutral; values are localised). */
export type FilterGroup = 'status' | 'type' | 'theme' | 'partner';

/** Order in which the search page shows filter groups. */
export const FILTER_GROUPS: readonly FilterGroup[] = ['status', 'type', 'theme', 'partner'];

/** URL query parameter per filter group and language (`?thema=…` in Dutch, `?theme=…` in English). */
export const FILTER_PARAMS: Record<Lang, Record<FilterGroup, string>> = {
  nl: { status: 'status', type: 'type', theme: 'thema', partner: 'partner' },
  en: { status: 'status', type: 'type', theme: 'theme', partner: 'partner' },
};

/** Heading of each filter group on the search page. */
export const FILTER_HEADINGS = dictionary<Record<FilterGroup, string>>({
  nl: { status: 'Status', type: 'Soort', theme: 'Thema', partner: 'Partner' },
  en: { status: 'Status', type: 'Type', theme: 'Theme', partner: 'Partner' },
});

/** Type label, singular, as indexed and shown on each result. */
export const TYPE_LABELS = dictionary<Record<ContentType, string>>({
  nl: {
    guide: 'Gids',
    story: 'Verhaal',
    event: 'Evenement',
    scheme: 'Regeling',
    partner: 'Partner',
    campaign: 'Campagne',
    page: 'Pagina',
  },
  en: {
    guide: 'Guide',
    story: 'Story',
    event: 'Event',
    scheme: 'Support scheme',
    partner: 'Partner',
    campaign: 'Campaign',
    page: 'Page',
  },
});

/** Theme label as indexed; lowercased it equals the theme's URL slug in that language. */
export const THEME_LABELS = Object.fromEntries(
  LANGS.map((lang) => [lang, Object.fromEntries(THEMES.values.map((theme) => [theme, THEMES.label(theme, lang)]))]),
) as Record<Lang, Record<Theme, string>>;

/** Label before the date a result shows, per type. */
export const DATE_LABELS = dictionary<Record<ContentType, string>>({
  nl: {
    guide: 'Laatst gecontroleerd',
    story: 'Gepubliceerd',
    event: 'Datum',
    scheme: 'Deadline',
    partner: 'Datum',
    campaign: 'Datum',
    page: 'Bijgewerkt',
  },
  en: {
    guide: 'Last checked',
    story: 'Published',
    event: 'Date',
    scheme: 'Deadline',
    partner: 'Date',
    campaign: 'Date',
    page: 'Updated',
  },
});

/**
 * The Status filter's two values as indexed: schemes that can still be applied for and events still
 * to come (`current`), and closed schemes and past or cancelled events (`stale`).
 */
export const STATUS_FILTER_LABELS = dictionary({
  nl: { current: 'Open of binnenkort', stale: 'Gesloten of geweest' },
  en: { current: 'Open or upcoming', stale: 'Closed or past' },
});

/** How a filter value appears in a URL: lowercased, so `?thema=circulair` and `?type=gids` read well. */
export function urlValue(label: string): string {
  return label.toLocaleLowerCase('nl');
}
