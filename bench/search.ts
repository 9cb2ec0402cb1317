// Search as a person meets it: open the search page in a fresh browser (empty cache), click the box,
// type a query at a person's pace, press Enter. Each query runs on a phone screen (390 × 844, where
// filters wait behind "Filters (n)" and their lists are not fetched) and on a desktop screen (filters
// beside the results, their lists fetched once the results are shown). Measures the time from the submit until the first result is in the list, and the
// bytes fetched (response headers + bodies as transferred: pagefind.js, wasm, index chunks, fragments).
// The site is served with text compression, as every mainstream static host serves it; Pagefind's
// index files are compressed at rest, so only its script, the page and the JSON shrink in transit.
import type { Browser } from 'playwright-core';
import { routePath } from '@mkb010/model';

export interface SearchQuery {
  lang: 'nl' | 'en';
  q: string;
}

/** The two screens a search is measured on. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

export interface SearchResult extends SearchQuery {
  /** The screen the search ran on. */
  viewport: keyof typeof VIEWPORTS;
  /** Results the status line reports (or the list length when it says nothing countable). */
  results: number;
  /** ms from the submit event until the first result element exists. */
  firstResultMs: number;
  /** ms for a second, different query on the same page (Pagefind already loaded). */
  warmMs?: number;
  /** Bytes fetched to load the search page itself (HTML, CSS, its script). */
  pageBytes: number;
  /** Bytes fetched from the first keystroke until results settled (Pagefind runtime, wasm, index, fragments). */
  searchBytes: number;
  /** Requests made for the search, by kind. */
  requests: Record<string, { count: number; bytes: number }>;
}

/** Milliseconds between keystrokes: a person typing a query at a steady pace. */
const TYPING_DELAY_MS = 120;

export const DEFAULT_QUERIES: SearchQuery[] = [
  { lang: 'nl', q: 'energie besparen' },
  { lang: 'nl', q: 'subsidie' },
  { lang: 'nl', q: 'zonnepanelen' },
  { lang: 'nl', q: 'circulair inkopen' },
  { lang: 'nl', q: 'cyberveiligheid' },
  { lang: 'en', q: 'energy' },
  { lang: 'en', q: 'solar panels' },
  { lang: 'en', q: 'AI tools' },
];

function kindOf(url: string): string {
  if (/pagefind\.js$/.test(url) || /pagefind-[a-z]+\.js$/.test(url)) return 'pagefind js';
  if (/\.wasm/.test(url) || /wasm\.[a-z-]+\.pagefind$/.test(url)) return 'wasm';
  if (/\/fragment\//.test(url)) return 'fragments';
  if (/\/index\//.test(url)) return 'index chunks';
  if (/\/filter\//.test(url)) return 'filters';
  if (/pagefind-entry\.json|\.pf_meta$/.test(url)) return 'metadata';
  if (/vocabulary\.[a-z]+\.json$/.test(url)) return 'vocabulary';
  return 'other';
}

/** Runs each query in a fresh browser context against `base` (the served site). */
export async function measureSearch(browser: Browser, base: string, queries: SearchQuery[] = DEFAULT_QUERIES): Promise<SearchResult[]> {
  const out: SearchResult[] = [];
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])
    for (const query of queries) {
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      let phase: 'page' | 'search' = 'page';
      let pageBytes = 0;
      let searchBytes = 0;
      const requests: SearchResult['requests'] = {};
      const pendingSizes: Promise<void>[] = [];
      // Playwright's finished-request sizes cover the page and any worker it starts (headers + body).
      context.on('requestfinished', (request) => {
        const during = phase;
        pendingSizes.push(
          request.sizes().then(
            (s) => {
              const bytes = s.requestHeadersSize > 0 ? s.responseHeadersSize + s.responseBodySize : s.responseBodySize;
              if (during === 'page') {
                pageBytes += bytes;
                return;
              }
              searchBytes += bytes;
              const kind = kindOf(request.url());
              requests[kind] ??= { count: 0, bytes: 0 };
              requests[kind].count++;
              requests[kind].bytes += bytes;
            },
            () => {},
          ),
        );
      });
      const pagePath = routePath('search', query.lang);
      await page.goto(base + pagePath, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        const w = window as any;
        const list = document.querySelector('[data-search-list]')!;
        document
          .querySelector('form[data-search-form]')!
          .addEventListener('submit', () => (w.__benchStart = performance.now()), { capture: true });
        new MutationObserver(() => {
          if (w.__benchStart !== undefined && w.__benchFirst === undefined && list.children.length > 0) w.__benchFirst = performance.now();
        }).observe(list, { childList: true, subtree: true });
      });
      phase = 'search';
      // Typed as a person types (about 8 characters a second); the clock starts at the submit.
      await page.click('input[name="q"]');
      await page.keyboard.type(query.q, { delay: TYPING_DELAY_MS });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as any).__benchFirst !== undefined, undefined, { timeout: 30_000 });
      // Let the remaining fragments of the first page of results arrive.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await Promise.all(pendingSizes);
      const timing = await page.evaluate(() => ({
        ms: (window as any).__benchFirst - (window as any).__benchStart,
        items: document.querySelectorAll('[data-search-list] > li').length,
        status: document.querySelector('[data-search-status]')?.textContent ?? '',
      }));
      const firstSearch = { bytes: searchBytes, requests: structuredClone(requests) };
      // A second query on the same page: what a person waits for once Pagefind is loaded.
      const other = queries.find((x) => x.lang === query.lang && x.q !== query.q);
      let warmMs: number | undefined;
      if (other) {
        await page.evaluate(() => {
          (window as any).__benchStart = undefined;
          (window as any).__benchFirst = undefined;
        });
        await page.fill('input[name="q"]', '');
        await page.keyboard.type(other.q, { delay: TYPING_DELAY_MS });
        await page.keyboard.press('Enter');
        await page
          .waitForFunction(() => (window as any).__benchFirst !== undefined, undefined, { timeout: 30_000 })
          .then(
            async () => (warmMs = Math.round(await page.evaluate(() => (window as any).__benchFirst - (window as any).__benchStart))),
            () => undefined,
          );
      }
      const counted = /(\d[\d.]*)/.exec(timing.status)?.[1];
      out.push({
        ...query,
        viewport,
        results: counted ? Number(counted.replace(/\./g, '')) : timing.items,
        firstResultMs: Math.round(timing.ms),
        ...(warmMs !== undefined ? { warmMs } : {}),
        pageBytes,
        searchBytes: firstSearch.bytes,
        requests: firstSearch.requests,
      });
      await context.close();
    }
  return out;
}
