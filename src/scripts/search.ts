// The search page's script: reads the search from the URL, asks Pagefind (loaded on demand, so the
// page itself stays light), ranks what is open or to come first, renders the results with their
// status, offers "Bedoelde je …?" when little is found, and keeps the URL in step so a search can be
// shared and back/forward work. Filter lists are Pagefind's largest fixed download, so they load
// only once the filters are on screen (at once beside the results on a wide screen, when "Filters"
// is opened on a phone). Without JavaScript the page still shows the form and a hint.
import type { Lang } from '@mkb010/model';
import {
  FILTER_GROUPS,
  FILTER_HEADINGS,
  FILTER_PARAMS,
  STATUS_FILTER_LABELS,
  THEME_LABELS,
  TYPE_LABELS,
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
import { sendSearchSignal } from './search-signal.ts';
import { queryNamesTitle, rankByStatus } from './search-rank.ts';
import { suggestQuery, weakMatches, type Vocabulary } from './search-suggest.ts';
import { SEARCH_TEXT } from './search-text.ts';

const PAGE_SIZE = 10;
/** The path the site lives under (`/`, or `/mkb010/` for a project site), as the search page states it. */
const BASE = document.querySelector<HTMLElement>('[data-search]')?.dataset.base ?? '/';
const PAGEFIND_URL = `${BASE}pagefind/pagefind.js`;
/** Stale results whose titles are checked for being named by the query (each costs a fragment). */
const NAMED_CHECKS = 3;
/** The width from which filters sit beside the results (SearchPage.astro's layout breakpoint). */
const WIDE = '(min-width: 48rem)';

type Counts = Record<string, number>;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  /** Metadata fields the query matched, e.g. `title` (Pagefind 1.5+). */
  matchedMetaFields?: string[];
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
  filterBox: HTMLDetailsElement;
  filterSummary: HTMLElement;
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
    filterBox: q<HTMLDetailsElement>('[data-search-filter-box]'),
    filterSummary: q<HTMLElement>('[data-search-filter-summary]'),
  };
}

let pagefindPromise: Promise<PagefindApi> | undefined;

/** Loads Pagefind once; it then fetches only the index chunks a search needs. */
function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>).then(async (pf) => {
    // Result addresses are indexed from the site's root; baseUrl puts them below the base path.
    // No web worker: it would fetch a second copy of the runtime (43 kB) for searches that take a
    // few milliseconds on the main thread. Synonyms of a page's title words count almost like its
    // title; synonyms of words in passing, little.
    await pf.options({ excerptLength: 28, baseUrl: BASE, noWorker: true, ranking: { metaWeights: { title_synonyms: 4, synonyms: 0.5 } } });
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
    status: [STATUS_FILTER_LABELS[lang].current, STATUS_FILTER_LABELS[lang].stale],
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
  const focused =
    document.activeElement instanceof HTMLInputElement && view.filters.contains(document.activeElement)
      ? { name: document.activeElement.name, value: document.activeElement.value }
      : null;
  const doc = view.root.ownerDocument;
  const fieldsets: HTMLElement[] = [];
  for (const group of FILTER_GROUPS) {
    const selected = new Set(labelsFor(group, state, available));
    const values = orderedValues(group, lang, Object.keys(available[group] ?? {})).filter(
      (label) =>
        selected.has(label) ||
        (counts[group][label] ?? 0) > 0 ||
        (focused?.name === FILTER_PARAMS[lang][group] && focused.value === urlValue(label)),
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
  const heading = doc.createElement('h3');
  heading.className = 'search-result__title';
  const link = doc.createElement('a');
  // Pagefind's URLs are site paths; anything else is not ours to link to.
  link.href = data.url.startsWith('/') ? data.url : '/';
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  if (data.meta.type) {
    const type = doc.createElement('p');
    type.className = 'search-result__type';
    type.textContent = data.meta.type;
    li.append(type);
  }
  li.append(heading);
  if (data.meta.date || data.meta.status_label) {
    const p = doc.createElement('p');
    p.className = 'search-result__date';
    if (data.meta.date) {
      if (data.meta.date_label) p.append(doc.createTextNode(`${data.meta.date_label}: `));
      const time = doc.createElement('time');
      if (data.meta.date_iso) time.dateTime = data.meta.date_iso;
      time.textContent = data.meta.date;
      p.append(time);
    }
    if (data.meta.status_label) {
      if (data.meta.date) p.append(doc.createTextNode(' · '));
      const status = doc.createElement('strong');
      status.className = 'search-result__status';
      status.dataset.status = data.meta.status ?? '';
      status.textContent = data.meta.status_label;
      p.append(status);
    }
    li.append(p);
  }
  const excerpt = doc.createElement('p');
  excerpt.className = 'search-result__excerpt';
  renderExcerpt(excerpt, data.excerpt);
  li.append(excerpt);
  return li;
}

/** Sets the live region; clearing it first makes screen readers announce a message even when it repeats. */
function announce(
  view: View,
  message: string,
  suggestion?: { q: string; href: string; text: (link: HTMLElement) => (Node | string)[] },
): void {
  view.status.textContent = '';
  window.setTimeout(() => {
    view.status.replaceChildren(view.root.ownerDocument.createTextNode(message));
    if (!suggestion) return;
    const link = view.root.ownerDocument.createElement('a');
    link.href = suggestion.href;
    link.dataset.searchSuggestion = '';
    link.textContent = suggestion.q;
    const line = view.root.ownerDocument.createElement('span');
    line.className = 'search-page__suggestion';
    line.append(...suggestion.text(link));
    view.status.append(' ', line);
  }, 50);
}

const vocabularies = new Map<Lang, Promise<Vocabulary>>();

/** A language's vocabulary, fetched the first time a search finds little. */
function loadVocabulary(lang: Lang): Promise<Vocabulary> {
  let loading = vocabularies.get(lang);
  if (!loading) {
    loading = fetch(`${BASE}pagefind/vocabulary.${lang}.json`).then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : []));
    loading.catch(() => vocabularies.delete(lang));
    vocabularies.set(lang, loading);
  }
  return loading;
}

/** Which of the results are closed schemes or past/cancelled events, and which of those the query names. */
async function staleResults(pf: PagefindApi, state: SearchState, available: AvailableFilters, results: PagefindResult[], lang: Lang) {
  const staleLabel = STATUS_FILTER_LABELS[lang].stale;
  const stale = new Set<string>();
  const named = new Set<string>();
  if (!state.q || results.length === 0) return { stale, named };
  const filters = { ...pagefindFilters(state, available, 'status'), status: { any: [staleLabel] } };
  for (const r of (await pf.search(state.q, { filters })).results) stale.add(r.id);
  // Only a title match can name a page; the few best are checked against their titles.
  const candidates = results.filter((r) => stale.has(r.id) && r.matchedMetaFields?.includes('title')).slice(0, NAMED_CHECKS);
  for (const r of candidates) {
    if (queryNamesTitle(state.q, (await r.data()).meta.title ?? '')) named.add(r.id);
  }
  return { stale, named };
}

/** Runs searches for one page; the latest search wins when several overlap. */
function createController(view: View, lang: Lang) {
  const text = SEARCH_TEXT[lang];
  const wide = window.matchMedia(WIDE);
  let generation = 0;
  let pending: PagefindResult[] = [];
  let shown = 0;
  let current: { state: SearchState; main: PagefindSearch } | undefined;
  let filtersShownFor: SearchState | undefined;

  async function showMore(moveFocus: boolean): Promise<PagefindResultData[]> {
    const batch = pending.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    const items = data.map((d) => resultItem(view.root.ownerDocument, d));
    view.list.append(...items);
    shown += batch.length;
    view.more.hidden = shown >= pending.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
    return data;
  }

  /** Fills the filter groups with counts for the current search, once they are on screen. */
  async function showFilters(): Promise<void> {
    const now = current;
    if (!now || filtersShownFor === now.state || !view.filterBox.open) return;
    const mine = generation;
    const pf = await loadPagefind();
    const available = await pf.filters();
    // The first search ran without filter lists; now they are loaded, it is asked again for counts.
    const main = await pf.search(now.state.q || null, { filters: pagefindFilters(now.state, available) });
    const counts = await groupCounts(pf, now.state, available, main);
    if (mine !== generation) return;
    renderFilters(view, lang, now.state, available, counts);
    filtersShownFor = now.state;
  }

  async function run(state: SearchState): Promise<void> {
    const mine = ++generation;
    view.input.value = state.q;
    view.root.toggleAttribute('data-searched', !isEmptyState(state));
    if (isEmptyState(state)) {
      view.results.hidden = true;
      view.filterBox.hidden = true;
      view.empty.hidden = false;
      view.status.textContent = '';
      current = undefined;
      return;
    }
    view.root.setAttribute('aria-busy', 'true');
    try {
      const pf = await loadPagefind();
      const filtered = FILTER_GROUPS.some((g) => state.filters[g].length > 0);
      // Filter lists are only needed to turn the URL's filter values into indexed labels.
      const available: AvailableFilters = filtered ? await pf.filters() : {};
      const main = await pf.search(state.q || null, { filters: pagefindFilters(state, available) });
      const { stale, named } = await staleResults(pf, state, available, main.results, lang);
      if (mine !== generation) return;
      current = { state, main };
      filtersShownFor = undefined;
      pending = rankByStatus(main.results, stale, named);
      shown = 0;
      view.list.replaceChildren();
      const first = await showMore(false);
      if (mine !== generation) return;
      const n = pending.length;
      view.results.hidden = n === 0;
      view.empty.hidden = n > 0;
      const selected = FILTER_GROUPS.reduce((sum, g) => sum + state.filters[g].length, 0);
      // A query that finds little is a signal for the editors; a filter that narrows to nothing is not.
      if (selected === 0) sendSearchSignal(view.root.dataset.signal, state.q, lang, n);
      view.filterSummary.textContent = text.filtersToggle(selected);
      view.filterBox.hidden = n === 0 && selected === 0;
      if (wide.matches) view.filterBox.open = true;
      const message = n === 0 ? text.none(state.q) : state.q ? text.results(n, state.q) : text.filteredResults(n);
      const weak =
        n === 0 ||
        weakMatches(
          state.q,
          first.map((d) => ({ title: d.meta.title, excerpt: d.excerpt })),
        );
      const suggested = state.q && weak ? suggestQuery(state.q, await loadVocabulary(lang).catch(() => [])) : undefined;
      if (mine !== generation) return;
      announce(
        view,
        message,
        suggested
          ? { q: suggested, href: `${location.pathname}${searchFromState({ ...state, q: suggested }, lang)}`, text: text.didYouMean }
          : undefined,
      );
      // Results are on screen; the filters beside them (wide screens only) follow.
      await showFilters().catch(() => {});
    } catch {
      if (mine !== generation) return;
      view.results.hidden = true;
      view.empty.hidden = false;
      announce(view, text.loadFailed);
    } finally {
      if (mine === generation) view.root.removeAttribute('aria-busy');
    }
  }

  // Wide screens show the filters beside the results; phones behind "Filters (n)".
  wide.addEventListener('change', () => {
    if (wide.matches) view.filterBox.open = true;
  });
  view.filterBox.addEventListener('toggle', () => void showFilters().catch(() => {}));

  return { run, showMore };
}

/** The state the form shows right now (query and ticked filters; unloaded filters keep the URL's). */
function stateFromForm(view: View, lang: Lang): SearchState {
  const params = new URLSearchParams();
  const q = view.input.value.trim();
  if (q) params.set('q', q);
  const boxes = view.filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  if (boxes.length === 0) {
    const fromUrl = stateFromSearch(location.search, lang);
    for (const g of FILTER_GROUPS) for (const v of fromUrl.filters[g]) params.append(FILTER_PARAMS[lang][g], v);
  }
  for (const input of boxes) if (input.checked) params.append(input.name, input.value);
  return stateFromSearch(params.toString(), lang);
}

function navigate(lang: Lang, state: SearchState): void {
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
    navigate(lang, state);
    void controller.run(state);
  });
  view.filters.addEventListener('change', () => {
    const state = stateFromForm(view, lang);
    // A filter applies to the query that was searched, not to unsubmitted typing.
    state.q = stateFromSearch(location.search, lang).q;
    navigate(lang, state);
    void controller.run(state);
  });
  view.filters.addEventListener('click', (event) => {
    if (!(event.target instanceof HTMLElement) || !event.target.closest('[data-search-clear]')) return;
    const state = stateFromSearch(location.search, lang);
    for (const g of FILTER_GROUPS) state.filters[g] = [];
    navigate(lang, state);
    void controller.run(state).then(() => view.input.focus());
  });
  // A suggestion is a link to that search; followed here without reloading the page.
  view.status.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-search-suggestion]') : null;
    if (!link) return;
    event.preventDefault();
    const state = stateFromSearch(new URL(link.href).search, lang);
    navigate(lang, state);
    void controller.run(state).then(() => view.input.focus());
  });
  // Pagefind's runtime, wasm and language metadata (its fixed cost) load while the person is still
  // typing, so pressing Enter only has to fetch the index chunks of the query and search. Preloading
  // chunks per keystroke was measured too: it fetched chunks for every prefix typed.
  view.input.addEventListener(
    'focus',
    () =>
      void loadPagefind()
        .then((pf) => pf.search(''))
        .catch(() => {}),
    { once: true },
  );
  view.more.addEventListener('click', () => void controller.showMore(true).catch(() => {}));
  window.addEventListener('popstate', () => void controller.run(stateFromSearch(location.search, lang)));

  void controller.run(stateFromSearch(location.search, lang));
}

start();
