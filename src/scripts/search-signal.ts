// Tells the service (when the site has one) that a search found little, so editors see what
// entrepreneurs look for and do not find. Sent with navigator.sendBeacon as text/plain, so no
// preflight and no cookie; the body holds the query, the language and the number of results,
// never an identifier. A service that is down changes nothing on the page.
import { SEARCH_SIGNAL_BELOW } from '@mkb010/model';

/** Queries already reported from this page view, so paging or re-filtering does not count twice. */
const sent = new Set<string>();

/** Sends the search signal for a query that found fewer results than the model's threshold. */
export function sendSearchSignal(url: string | undefined, q: string, lang: string, results: number): void {
  const query = q.trim();
  if (!url || !query || results >= SEARCH_SIGNAL_BELOW || sent.has(`${lang}:${query}`)) return;
  sent.add(`${lang}:${query}`);
  try {
    navigator.sendBeacon?.(url, new Blob([JSON.stringify({ q: query, lang, results })], { type: 'text/plain' }));
  } catch {
    // A blocked or failed beacon must never disturb the search.
  }
}
