// Driving the search page in Chromium the way a person uses it, shared by the search tests.
import type { Page } from 'playwright-core';

/** Waits until the script has run the search in the URL (or shown the empty state for none). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-search]');
    if (!root?.hasAttribute('data-enhanced') || root.hasAttribute('aria-busy')) return false;
    if (!location.search) return !document.querySelector<HTMLElement>('[data-search-empty]')?.hidden;
    return !!document.querySelector('[data-search-status]')?.textContent;
  });
}

/**
 * Searches for `q` on the search page at `searchPath` the way a person does: types it into the box
 * and presses Enter, on the page already open when it is that search page (the script searches
 * without reloading), else after opening it. Returns when the new search's results are shown.
 */
export async function searchFor(page: Page, origin: string, searchPath: string, q: string): Promise<void> {
  if (page.url().split('?')[0] !== origin + searchPath) {
    await page.goto(origin + searchPath);
    await settled(page);
  }
  // The previous search's count would satisfy `settled`: clear it, so only this search's can.
  await page.locator('[data-search-status]').evaluate((status) => {
    status.textContent = '';
  });
  await page.locator('[data-search-form] input[name="q"]').fill(q);
  await page.keyboard.press('Enter');
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, q);
  await settled(page);
}

/** Presses "more results" until every result is in the list. */
export async function showAllResults(page: Page): Promise<void> {
  while (await page.isVisible('[data-search-more]')) {
    const before = await page.locator('.search-result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
}
