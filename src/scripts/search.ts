// The search page's script: reads the search from the URL, asks Pagefind (loaded on demand, so the
// page itself stays light), renders filters with counts and the results, and keeps the URL in step
// so a search can be shared and back/forward work. Without JavaScript the page still shows the
// form and a hint; this script only enhances it.
import type { Lang } from '@mkb010/model';
import {
  FILTER_GROUPS,
  FILTER_HEADINGS,
  FILTER_PARAMS,
  THEME_LABELS,
  TYPE_LABELS,
  WHEN_LABELS,
  urlValue,
  type FilterGroup,
} from '../components/search/labels.ts';
import {
  isEmptyState,
  labelsFor,
  pagefindFilters,
  searchFromState,
  stateFromSearch,
  type AvailableFilters,
  type SearchState,
} from './search-state.ts';
import { renderExcerpt } from './search-excerpt.ts';
import { SEARCH_TEXT } from './search-text.ts';

const PAGE_SIZE = 10;
/** The path the site lives under (`/`, or `/mkb010/` for a project site), as the search page states it. */
const BASE = document.querySelector<HTMLElement>('[data-search]')?.dataset.base ?? '/';
const PAGEFIND_URL = `${BASE}pagefind/pagefind.js`;

type Counts = Record<string, number>;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Counts>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: unknown }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Counts>>;
}

/** The elements of SearchPage.astro this script works with. */
interface View {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: HTMLElement;
  status: HTMLElement;
  results: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
}

function findView(): View | null {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return null;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  return {
    root,
    form: q<HTMLFormElement>('[data-search-form]'),
    input: q<HTMLInputElement>('input[name="q"]'),
    filters: q<HTMLElement>('[data-search-filters]'),
    status: q<HTMLElement>('[data-search-status]'),
    results: q<HTMLElement>('[data-search-results]'),
    list: q<HTMLOListElement>('[data-search-list]'),
    more: q<HTMLButtonElement>('[data-search-more]'),
    empty: q<HTMLElement>('[data-search-empty]'),
  };
}

let pagefindPromise: Promise<PagefindApi> | undefined;

/** Loads Pagefind once; it then fetches only the index chunks a search needs. */
function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>).then(async (pf) => {
    // Result addresses are indexed from the site's root; baseUrl puts them below the base path.
    await pf.options({ excerptLength: 28, baseUrl: BASE });
    return pf;
  });
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

/** Orders a group's values the way people expect: types and themes in site order, the rest A–Z. */
function orderedValues(group: FilterGroup, lang: Lang, values: string[]): string[] {
  const fixed: Partial<Record<FilterGroup, string[]>> = {
    type: Object.values(TYPE_LABELS[lang]),
    theme: Object.values(THEME_LABELS[lang]),
    when: [WHEN_LABELS[lang].upcoming, WHEN_LABELS[lang].past],
  };
  const order = fixed[group];
  if (!order) return [...values].sort((a, b) => a.localeCompare(b, lang));
  return [...values].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
}

/** Counts per value for each group: OR within a group, so a group's counts ignore its own selection. */
async function groupCounts(
  pf: PagefindApi,
  state: SearchState,
  available: AvailableFilters,
  main: PagefindSearch,
): Promise<Record<FilterGroup, Counts>> {
  const term = state.q || null;
  const out = {} as Record<FilterGroup, Counts>;
  for (const group of FILTER_GROUPS) {
    if (state.filters[group].length === 0) {
      out[group] = main.filters[group] ?? {};
      continue;
    }
    const others = pagefindFilters(state, available, group);
    const without = Object.keys(others).length || state.q ? await pf.search(term, { filters: others }) : null;
    // No query and no other filter: every page counts, which is what filters() reported.
    out[group] = without ? (without.filters[group] ?? {}) : (available[group] ?? {});
  }
  return out;
}

function renderFilters(view: View, lang: Lang, state: SearchState, available: AvailableFilters, counts: Record<FilterGroup, Counts>): void {
  const focused = document.activeElement instanceof HTMLInputElement && view.filters.contains(document.activeElement)
    ? { name: document.activeElement.name, value: document.activeElement.value }
    : null;
  const doc = view.root.ownerDocument;
  const fieldsets: HTMLElement[] = [];
  for (const group of FILTER_GROUPS) {
    const selected = new Set(labelsFor(group, state, available));
    const values = orderedValues(group, lang, Object.keys(available[group] ?? {})).filter(
      (label) => selected.has(label) || (counts[group][label] ?? 0) > 0 || (focused?.name === FILTER_PARAMS[lang][group] && focused.value === urlValue(label)),
    );
    if (values.length === 0) continue;
    const fieldset = doc.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = doc.createElement('legend');
    legend.textContent = FILTER_HEADINGS[lang][group];
    fieldset.append(legend);
    values.forEach((label, i) => {
      const id = `search-filter-${group}-${i}`;
      const row = doc.createElement('div');
      row.className = 'search-filter__option';
      const input = doc.createElement('input');
      input.type = 'checkbox';
      input.id = id;
      input.name = FILTER_PARAMS[lang][group];
      input.value = urlValue(label);
      input.checked = selected.has(label);
      const text = doc.createElement('label');
      text.htmlFor = id;
      const count = doc.createElement('span');
      count.className = 'search-filter__count';
      count.textContent = `(${counts[group][label] ?? 0})`;
      text.append(doc.createTextNode(`${label} `), count);
      row.append(input, text);
      fieldset.append(row);
    });
    fieldsets.push(fieldset);
  }
  view.filters.replaceChildren(...fieldsets);
  if (FILTER_GROUPS.some((g) => state.filters[g].length)) {
    const clear = doc.createElement('button');
    clear.type = 'button';
    clear.className = 'search-filter__clear';
    clear.dataset.searchClear = '';
    clear.textContent = SEARCH_TEXT[lang].clearFilters;
    view.filters.append(clear);
  }
  view.filters.hidden = fieldsets.length === 0;
  if (focused) {
    const again = [...view.filters.querySelectorAll<HTMLInputElement>('input')].find(
      (i) => i.name === focused.name && i.value === focused.value,
    );
    again?.focus();
  }
}

function resultItem(doc: Document, data: PagefindResultData): HTMLLIElement {
  const li = doc.createElement('li');
  li.className = 'search-result';
  const type = doc.createElement('p');
  type.className = 'search-result__type';
  type.textContent = data.meta.type ?? '';
  const heading = doc.createElement('h3');
  heading.className = 'search-result__title';
  const link = doc.createElement('a');
  // Pagefind's URLs are site paths; anything else is not ours to link to.
  link.href = data.url.startsWith('/') ? data.url : '/';
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  li.append(heading);
  if (data.meta.type) li.prepend(type);
  if (data.meta.date) {
    const p = doc.createElement('p');
    p.className = 'search-result__date';
    if (data.meta.date_label) p.append(doc.createTextNode(`${data.meta.date_label}: `));
    const time = doc.createElement('time');
    if (data.meta.date_iso) time.dateTime = data.meta.date_iso;
    time.textContent = data.meta.date;
    p.append(time);
    li.append(p);
  }
  const excerpt = doc.createElement('p');
  excerpt.className = 'search-result__excerpt';
  renderExcerpt(excerpt, data.excerpt);
  li.append(excerpt);
  return li;
}

function announce(view: View, message: string): void {
  // Clearing first makes screen readers announce a message even when it repeats.
  view.status.textContent = '';
  window.setTimeout(() => (view.status.textContent = message), 50);
}

/** Runs searches for one page; the latest search wins when several overlap. */
function createController(view: View, lang: Lang) {
  const text = SEARCH_TEXT[lang];
  let generation = 0;
  let pending: PagefindResult[] = [];
  let shown = 0;

  async function showMore(moveFocus: boolean): Promise<void> {
    const batch = pending.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    const items = data.map((d) => resultItem(view.root.ownerDocument, d));
    view.list.append(...items);
    shown += batch.length;
    view.more.hidden = shown >= pending.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  async function run(state: SearchState): Promise<void> {
    const mine = ++generation;
    view.input.value = state.q;
    if (isEmptyState(state)) {
      view.results.hidden = true;
      view.filters.hidden = true;
      view.empty.hidden = false;
      view.status.textContent = '';
      return;
    }
    view.root.setAttribute('aria-busy', 'true');
    try {
      const pf = await loadPagefind();
      const available = await pf.filters();
      const main = await pf.search(state.q || null, { filters: pagefindFilters(state, available) });
      const counts = await groupCounts(pf, state, available, main);
      if (mine !== generation) return;
      renderFilters(view, lang, state, available, counts);
      pending = main.results;
      shown = 0;
      view.list.replaceChildren();
      await showMore(false);
      if (mine !== generation) return;
      const n = pending.length;
      view.results.hidden = n === 0;
      view.empty.hidden = n > 0;
      announce(view, n === 0 ? text.none(state.q) : state.q ? text.results(n, state.q) : text.filteredResults(n));
    } catch {
      if (mine !== generation) return;
      view.results.hidden = true;
      view.empty.hidden = false;
      announce(view, text.loadFailed);
    } finally {
      if (mine === generation) view.root.removeAttribute('aria-busy');
    }
  }

  return { run, showMore };
}

/** The state the form shows right now (query and ticked filters). */
function stateFromForm(view: View, lang: Lang): SearchState {
  const params = new URLSearchParams();
  const q = view.input.value.trim();
  if (q) params.set('q', q);
  for (const input of view.filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    params.append(input.name, input.value);
  }
  return stateFromSearch(params.toString(), lang);
}

function navigate(view: View, lang: Lang, state: SearchState): void {
  const search = searchFromState(state, lang);
  const url = `${location.pathname}${search}`;
  if (search !== location.search) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function start(): void {
  const view = findView();
  if (!view) return;
  const lang: Lang = view.root.dataset.lang === 'en' ? 'en' : 'nl';
  const controller = createController(view, lang);
  view.root.dataset.enhanced = '';

  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = stateFromForm(view, lang);
    navigate(view, lang, state);
    void controller.run(state);
  });
  view.filters.addEventListener('change', () => {
    const state = stateFromForm(view, lang);
    // A filter applies to the query that was searched, not to unsubmitted typing.
    state.q = stateFromSearch(location.search, lang).q;
    navigate(view, lang, state);
    void controller.run(state);
  });
  view.filters.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.closest('[data-search-clear]')) return;
    const state = stateFromSearch(location.search, lang);
    for (const g of FILTER_GROUPS) state.filters[g] = [];
    navigate(view, lang, state);
    void controller.run(state).then(() => view.input.focus());
  });
  // Pagefind's runtime, wasm and filter lists (its fixed cost) load while the person is still typing,
  // so pressing Enter only has to fetch the index chunks of the query and search. Preloading chunks per
  // keystroke was measured too: it fetched chunks for every prefix typed and pushed a first search past 300 kB.
  view.input.addEventListener('focus', () => void loadPagefind().then((pf) => pf.filters()).catch(() => {}), { once: true });
  view.more.addEventListener('click', () => void controller.showMore(true));
  window.addEventListener('popstate', () => void controller.run(stateFromSearch(location.search, lang)));

  void controller.run(stateFromSearch(location.search, lang));
}

start();
