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

/** Presses "more results" until every result is in the list. */
export async function showAllResults(page: Page): Promise<void> {
  while (await page.isVisible('[data-search-more]')) {
    const before = await page.locator('.search-result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
}
