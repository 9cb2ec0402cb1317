// The search page's state lives in its URL (`?q=…&thema=…&type=…`), so a search can be shared and
// the back button works. This module turns a URL into state and back; it knows no DOM.
import type { Lang } from '@mkb010/model';
import { FILTER_GROUPS, FILTER_PARAMS, urlValue, type FilterGroup } from '../components/search/labels.ts';

/** A search: the query and, per filter group, the selected values as they appear in the URL. */
export interface SearchState {
  q: string;
  filters: Record<FilterGroup, string[]>;
  /** Search the query as typed, never the suggestion it would be corrected to ("Zoek in plaats daarvan op …"). */
  literal: boolean;
}

/** The URL parameter that asks for the query as typed (`?q=subsiddie&letterlijk=1`). */
export const LITERAL_PARAM: Record<Lang, string> = { nl: 'letterlijk', en: 'literal' };

/** Filter values the index holds, per group (labels exactly as indexed). */
export type AvailableFilters = Partial<Record<string, Record<string, number>>>;

/** Reads the state from a URL's query string. */
export function stateFromSearch(search: string, lang: Lang): SearchState {
  const params = new URLSearchParams(search);
  const filters = {} as Record<FilterGroup, string[]>;
  for (const group of FILTER_GROUPS) {
    const values = params
      .getAll(FILTER_PARAMS[lang][group])
      .map((v) => urlValue(v.trim()))
      .filter(Boolean);
    filters[group] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim(), filters, literal: params.get(LITERAL_PARAM[lang]) === '1' };
}

/** Writes the state as a query string (`?q=…&thema=…`), or '' when there is nothing to search. */
export function searchFromState(state: SearchState, lang: Lang): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const group of FILTER_GROUPS) {
    for (const value of state.filters[group]) params.append(FILTER_PARAMS[lang][group], value);
  }
  if (state.q && state.literal) params.set(LITERAL_PARAM[lang], '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when the state asks for nothing (no query, no filter). */
export function isEmptyState(state: SearchState): boolean {
  return !state.q && FILTER_GROUPS.every((g) => state.filters[g].length === 0);
}

/** The indexed labels a group's URL values stand for (URL values are lowercased labels). */
export function labelsFor(group: FilterGroup, state: SearchState, available: AvailableFilters): string[] {
  const wanted = new Set(state.filters[group]);
  return Object.keys(available[group] ?? {}).filter((label) => wanted.has(urlValue(label)));
}

/** Pagefind filters for the state: OR within a group (`any`), AND across groups; `except` left out. */
export function pagefindFilters(state: SearchState, available: AvailableFilters, except?: FilterGroup): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const group of FILTER_GROUPS) {
    if (group === except) continue;
    const labels = labelsFor(group, state, available);
    // A URL value the index does not know still narrows: it matches nothing, as the user asked.
    if (state.filters[group].length && !labels.length) out[group] = { any: state.filters[group] };
    else if (labels.length) out[group] = { any: labels };
  }
  return out;
}
