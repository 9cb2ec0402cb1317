// The search page's script: reads the search from the URL, asks Pagefind (loaded on demand, so the
// page itself stays light) for the query's words without its stop words, ranks what is open or to
// come first, adds results with some of the words when few have them all (search-partial.ts),
// renders the results with their status, corrects or offers "Bedoelde je …?" for words the site does
// not know (search-suggest.ts), and keeps the URL in step so a search can be shared and back/forward
// work. Filter lists are Pagefind's largest fixed download, so they load
// only once the filters are on screen (at once beside the results on a wide screen, when "Filters"
// is opened on a phone). Without JavaScript the page still shows the form and a hint.
import { type Lang, SCHEME_PHASES } from '@mkb010/model';
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
import { MAX_PARTIAL_WORDS, partialResults } from './search-partial.ts';
import { queryNamesTitle, rankByStatus, words as titleWords } from './search-rank.ts';
import {
  MIN_SUGGEST_LENGTH,
  indexVocabulary,
  isFormOf,
  markedWords,
  matchStrength,
  metaWords,
  suggestQuery,
  type Strength,
  type Suggestion,
  type Vocabulary,
  type VocabularyIndex,
  type WordCheck,
} from './search-suggest.ts';
import { SEARCH_TEXT } from './search-text.ts';
import { META_WEIGHTS } from '../components/search/weights.ts';
import { isStopWord, searchWords } from '../lib/search-words.ts';

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
  /** Locations of the matched words in the page's text. */
  words?: number[];
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
  partial: HTMLElement;
  partialList: HTMLOListElement;
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
    partial: q<HTMLElement>('[data-search-partial]'),
    partialList: q<HTMLOListElement>('[data-search-partial-list]'),
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
    await pf.options({ excerptLength: 28, baseUrl: BASE, noWorker: true, ranking: { metaWeights: META_WEIGHTS } });
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
  term: string | null,
  available: AvailableFilters,
  main: PagefindSearch,
): Promise<Record<FilterGroup, Counts>> {
  const out = {} as Record<FilterGroup, Counts>;
  for (const group of FILTER_GROUPS) {
    if (state.filters[group].length === 0) {
      out[group] = main.filters[group] ?? {};
      continue;
    }
    const others = pagefindFilters(state, available, group);
    const without = Object.keys(others).length || term ? await pf.search(term, { filters: others }) : null;
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
    // A sentence follows the count, so the count ends as one: "43 resultaten voor ‘subsidie’. Zoek …".
    const sentence = suggestion && !/[.?!]$/.test(message) ? `${message}.` : message;
    view.status.replaceChildren(view.root.ownerDocument.createTextNode(sentence));
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

const vocabularies = new Map<Lang, Promise<VocabularyIndex>>();

/** A language's vocabulary, fetched the first time a query has a word the results do not show. */
function loadVocabulary(lang: Lang): Promise<VocabularyIndex> {
  let loading = vocabularies.get(lang);
  if (!loading) {
    loading = fetch(`${BASE}pagefind/vocabulary.${lang}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : []))
      .then(indexVocabulary);
    loading.catch(() => vocabularies.delete(lang));
    vocabularies.set(lang, loading);
  }
  return loading;
}

let staleLoading: Promise<ReadonlySet<string>> | undefined;

/**
 * The closed schemes and past or cancelled events of the index (the Status filter's "closed or past"
 * value), asked once per page: only the small status filter list is loaded for it.
 */
function staleIds(pf: PagefindApi, lang: Lang): Promise<ReadonlySet<string>> {
  staleLoading ??= pf
    .search(null, { filters: { status: { any: [STATUS_FILTER_LABELS[lang].stale] } } })
    .then((found) => new Set(found.results.map((r) => r.id)));
  staleLoading.catch(() => (staleLoading = undefined));
  return staleLoading;
}

let laterLoading: Promise<ReadonlySet<string>> | undefined;

/**
 * The schemes that open later (the hidden `rank` filter holds the model's schemeRank), asked once
 * per page: they rank after open ones and before closed ones.
 */
function laterIds(pf: PagefindApi): Promise<ReadonlySet<string>> {
  laterLoading ??= pf
    .search(null, { filters: { rank: { any: [String(SCHEME_PHASES.indexOf('opens-later'))] } } })
    .then((found) => new Set(found.results.map((r) => r.id)));
  laterLoading.catch(() => (laterLoading = undefined));
  return laterLoading;
}

/** Which stale results the query names: only a title match can, and the few best are checked against their titles. */
async function namedResults(term: string, results: PagefindResult[], stale: ReadonlySet<string>): Promise<Set<string>> {
  const named = new Set<string>();
  const candidates = results.filter((r) => stale.has(r.id) && r.matchedMetaFields?.includes('title')).slice(0, NAMED_CHECKS);
  for (const r of candidates) {
    if (queryNamesTitle(term, (await r.data()).meta.title ?? '')) named.add(r.id);
  }
  return named;
}

/** One word of a search: how it matched, and its own results when it was searched on its own. */
interface WordMatch extends WordCheck {
  results?: PagefindResult[];
}

/** What one query found. */
interface Found {
  /** The query as the person reads it: typed, or the suggestion it was corrected to. */
  q: string;
  /** What Pagefind was asked: the query's words without stop words ('' for filters alone). */
  term: string;
  /** Pagefind's answer for all words together (its filter counts are the filters' counts). */
  main: PagefindSearch;
  /** Results with every word, ranked. */
  full: PagefindResult[];
  /** Results with some of the words, ranked (search-partial.ts). */
  partial: PagefindResult[];
  words: WordMatch[];
}

/** The words a result matched: highlighted in its excerpt, and those of the metadata fields it matched. */
function matchedWords(result: PagefindResult, data: PagefindResultData): string[] {
  return [...markedWords(data.excerpt), ...metaWords(data.meta, result.matchedMetaFields)];
}

/**
 * Searches the words of a query: all of them together, then, to learn how each matched and to find
 * pages with some of them, each on its own (no download: the index chunks are those of the whole
 * query; one fragment for a word the first results do not show).
 */
async function searchFor(
  pf: PagefindApi,
  lang: Lang,
  q: string,
  words: readonly string[],
  state: SearchState,
  available: AvailableFilters,
): Promise<Found> {
  const term = words.join(' ');
  // A query of nothing but apostrophe fragments ("’s") searches nothing; no query at all, the filters.
  if (q && !term) return { q, term, main: { results: [], filters: {} }, full: [], partial: [], words: [] };
  const filters = pagefindFilters(state, available);
  const main = await pf.search(term || null, { filters });
  if (!term) return { q, term, main, full: main.results, partial: [], words: [] };
  const ask = main.results.length || words.length > 1;
  const stale = ask ? await staleIds(pf, lang) : new Set<string>();
  const later = ask ? await laterIds(pf) : new Set<string>();
  const behind = new Set([...stale, ...later]);
  let full = rankByStatus(main.results, stale, await namedResults(term, main.results, behind), later);
  // The first results are shown anyway; what they matched tells which words are on them.
  const first = full.slice(0, PAGE_SIZE);
  const shown = (await Promise.all(first.map((r) => r.data()))).flatMap((d, i) => [
    ...matchedWords(first[i]!, d),
    ...titleWords(d.meta.title ?? ''),
  ]);
  const fewFull = full.length < PAGE_SIZE;
  const checked: WordMatch[] = [];
  for (const word of words.slice(0, MAX_PARTIAL_WORDS)) {
    const onShown = shown.some((w) => isFormOf(word, w));
    const seen = shown.includes(word);
    // A word's own results: for pages with some of the words, and to judge a word the first results do not show.
    const own = words.length === 1 ? main.results : fewFull || !onShown || !seen ? (await pf.search(word)).results : undefined;
    let strength: Strength = onShown ? 'strong' : 'none';
    let seenAlone = false;
    // The word's best page tells how it matched (and costs one fragment, often one shown anyway).
    if (!seen && own?.length) {
      const matched = matchedWords(own[0]!, await own[0]!.data());
      if (!onShown) strength = matchStrength(word, matched);
      seenAlone = matched.includes(word);
    }
    checked.push({ word, strength, seen: seen || seenAlone, results: own });
  }
  // Pages that have every word, one of them only by accident, do not have every word.
  if (checked.some((w) => w.strength === 'none')) full = [];
  let partial: PagefindResult[] = [];
  if (words.length > 1 && full.length < PAGE_SIZE) {
    const allowed = Object.keys(filters).length ? new Set((await pf.search(null, { filters })).results.map((r) => r.id)) : undefined;
    // Only the best: together with the full matches, one page of results.
    partial = partialResults(
      checked.map((w) => ({ word: w.word, counts: w.strength !== 'none', results: w.results ?? [] })),
      new Set(full.map((r) => r.id)),
      stale,
      allowed,
      later,
    )
      .slice(0, PAGE_SIZE - full.length)
      .map((p) => p.result);
  }
  return { q, term, main, full, partial, words: checked };
}

/** How a search ended: what it found, and the suggestion it was corrected to or offers. */
interface Outcome {
  found: Found;
  /** The typed query's results were weak and the suggestion's are shown instead. */
  corrected?: string;
  /** A suggestion offered as a link ("Bedoelde je …?"). */
  offered?: Suggestion;
}

/**
 * Searches a state's query: its words without stop words; when a word is not known to the site,
 * the closest known word is offered, and when the typed query found only weak matches while the
 * suggestion finds the words themselves, the suggestion's results are shown instead (unless the
 * person asked for the query as typed).
 */
async function searchState(pf: PagefindApi, lang: Lang, state: SearchState, available: AvailableFilters): Promise<Outcome> {
  const words = searchWords(state.q, lang);
  const found = await searchFor(pf, lang, state.q, words, state, available);
  const unsure = found.words.filter((w) => !w.seen && w.word.length >= MIN_SUGGEST_LENGTH && !isStopWord(w.word, lang));
  if (unsure.length === 0) return { found };
  const vocabulary = await loadVocabulary(lang).catch(() => indexVocabulary([]));
  const suggestion = suggestQuery(found.words, vocabulary, lang);
  if (!suggestion) return { found };
  const weak = found.full.length === 0 || found.words.some((w) => suggestion.replaced.includes(w.word) && w.strength !== 'strong');
  if (!weak || state.literal) return { found, offered: suggestion };
  const instead = await searchFor(pf, lang, suggestion.q, suggestion.words, state, available);
  const replacements = suggestion.words.filter((w) => !words.includes(w));
  const strong =
    instead.full.length > 0 && instead.words.filter((w) => replacements.includes(w.word)).every((w) => w.strength === 'strong');
  return strong ? { found: instead, corrected: state.q } : { found, offered: suggestion };
}

/** What a finished search showed. */
interface Settled {
  /** Results shown: with every word, and with some of them. */
  full: number;
  partial: number;
  /** The suggestion's results were shown instead of the typed query's. */
  corrected: boolean;
}

/**
 * Called once for every search that finished, with what the person was shown: the one place that
 * knows the final count. The root carries it, and a query that finds little is reported to the
 * editors (search-signal.ts).
 */
function searchSettled(view: View, lang: Lang, state: SearchState, settled: Settled): void {
  view.root.dataset.resultCount = String(settled.full + settled.partial);
  // The count sent is of pages with every word: "cyber security checklist" with only partial matches
  // still tells the editors the site lacks a checklist. A filter that narrows to nothing is no signal.
  const filtered = FILTER_GROUPS.some((g) => state.filters[g].length > 0);
  if (!filtered) sendSearchSignal(view.root.dataset.signal, state.q, lang, settled.full);
}

/** Runs searches for one page; the latest search wins when several overlap. */
function createController(view: View, lang: Lang) {
  const text = SEARCH_TEXT[lang];
  const wide = window.matchMedia(WIDE);
  let generation = 0;
  let pending: { result: PagefindResult; partial: boolean }[] = [];
  let shown = 0;
  let current: { state: SearchState; term: string; main: PagefindSearch } | undefined;
  let filtersShownFor: SearchState | undefined;

  async function showMore(moveFocus: boolean): Promise<void> {
    const batch = pending.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((p) => p.result.data()));
    const items = data.map((d) => resultItem(view.root.ownerDocument, d));
    for (const [i, item] of items.entries()) (batch[i]!.partial ? view.partialList : view.list).append(item);
    view.partial.hidden = view.partialList.childElementCount === 0;
    shown += batch.length;
    view.more.hidden = shown >= pending.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  /** Fills the filter groups with counts for the current search, once they are on screen. */
  async function showFilters(): Promise<void> {
    const now = current;
    if (!now || filtersShownFor === now.state || !view.filterBox.open) return;
    const mine = generation;
    const pf = await loadPagefind();
    const available = await pf.filters();
    // The first search ran without filter lists; now they are loaded, it is asked again for counts.
    const main = await pf.search(now.term || null, { filters: pagefindFilters(now.state, available) });
    const counts = await groupCounts(pf, now.state, now.term || null, available, main);
    if (mine !== generation) return;
    renderFilters(view, lang, now.state, available, counts);
    filtersShownFor = now.state;
  }

  /** The link after the count: the suggestion ("Bedoelde je …?"), or the typed query after a correction. */
  function statusLink(state: SearchState, outcome: Outcome) {
    const href = (s: SearchState) => `${location.pathname}${searchFromState(s, lang)}`;
    if (outcome.corrected !== undefined) {
      return { q: outcome.corrected, href: href({ ...state, literal: true }), text: text.searchInstead };
    }
    if (outcome.offered)
      return { q: outcome.offered.q, href: href({ ...state, q: outcome.offered.q, literal: false }), text: text.didYouMean };
    return undefined;
  }

  async function run(state: SearchState): Promise<void> {
    keepQueryInLanguageSwitch(state.q);
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
      const outcome = await searchState(pf, lang, state, available);
      if (mine !== generation) return;
      const { found } = outcome;
      current = { state, term: found.term, main: found.main };
      filtersShownFor = undefined;
      pending = [
        ...found.full.map((result) => ({ result, partial: false })),
        ...found.partial.map((result) => ({ result, partial: true })),
      ];
      shown = 0;
      view.list.replaceChildren();
      view.partialList.replaceChildren();
      await showMore(false);
      if (mine !== generation) return;
      const n = found.full.length;
      const some = found.partial.length;
      view.results.hidden = n + some === 0;
      view.empty.hidden = n + some > 0;
      const selected = FILTER_GROUPS.reduce((sum, g) => sum + state.filters[g].length, 0);
      view.filterSummary.textContent = text.filtersToggle(selected);
      // Filter counts are those of the results with every word.
      view.filterBox.hidden = n === 0 && selected === 0;
      if (wide.matches) view.filterBox.open = true;
      const message =
        n + some === 0
          ? text.none(state.q)
          : !found.q
            ? text.filteredResults(n)
            : some === 0
              ? text.results(n, found.q)
              : n === 0
                ? text.partialOnly(some, found.q)
                : text.resultsAndPartial(n, some, found.q);
      announce(view, message, statusLink(state, outcome));
      searchSettled(view, lang, state, { full: n, partial: some, corrected: outcome.corrected !== undefined });
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

/** The header's language switch leads to the same search in the other language (the query only: filter values are per language). */
function keepQueryInLanguageSwitch(q: string): void {
  const link = document.querySelector<HTMLAnchorElement>('a.language-switch');
  if (!link) return;
  const url = new URL(link.href);
  url.search = q ? `?${new URLSearchParams({ q })}` : '';
  link.setAttribute('href', `${url.pathname}${url.search}`);
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
    const searched = stateFromSearch(location.search, lang);
    state.q = searched.q;
    state.literal = searched.literal;
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
