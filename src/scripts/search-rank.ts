// Puts what is still open or to come first. Pagefind ranks by text alone; the index also knows, from
// build time, which schemes are closed and which events are over or cancelled (the Status filter),
// and each scheme's rank among schemes (the hidden `rank` filter: open, opens later, closed).
// We re-rank here rather than with Pagefind's sort or weights: a sort would throw relevance away,
// and a page weight cannot depend on the query, while "unless the query names it" does. So the
// script asks Pagefind which of the matches are stale (the same query, filtered to that status; the
// word chunks are already loaded, so it costs only the small status filter list) and moves them
// below everything current, schemes that open later between the two, keeping Pagefind's order
// within each part.

/** What the ranking needs of a Pagefind result. */
export interface RankedResult {
  id: string;
  score: number;
}

/**
 * How much a stale result's score counts when the query names it, against current results: it then
 * passes current results only when it matches at least twice as well.
 */
export const NAMED_STALE_FACTOR = 0.5;

/**
 * Orders results: current ones by score, then `later` ones (schemes that open later: the model's
 * schemeRank puts them between open and closed ones) by score, then stale ones by score. A later or
 * stale result whose title the query names (`named`) competes with the current ones at a reduced
 * score instead.
 */
export function rankByStatus<T extends RankedResult>(
  results: readonly T[],
  stale: ReadonlySet<string>,
  named: ReadonlySet<string> = new Set(),
  later: ReadonlySet<string> = new Set(),
): T[] {
  const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;
  const behind = (r: T) => stale.has(r.id) || later.has(r.id);
  const current = results.filter((r) => !behind(r));
  const lifted = results.filter((r) => behind(r) && named.has(r.id));
  const rest = results.filter((r) => behind(r) && !named.has(r.id));
  const merged = [...current.map((r) => ({ r, score: r.score })), ...lifted.map((r) => ({ r, score: r.score * NAMED_STALE_FACTOR }))]
    .sort(byScore)
    .map((x) => x.r);
  const laterOnes = rest.filter((r) => !stale.has(r.id)).sort(byScore);
  const staleOnes = rest.filter((r) => stale.has(r.id)).sort(byScore);
  return [...merged, ...laterOnes, ...staleOnes];
}

/** Lowercased words of a text, letters and digits only (diacritics kept, as Pagefind keeps them). */
export function words(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether two words are forms of one word: equal, or one starts with the other and is at most a
 * quarter longer ("subsidie"/"subsidies", "toonbank"/"toonbanken"; not "warmte"/"warmtepmop").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && short.length * 4 >= long.length * 3;
}

/**
 * True when the query names this title: every query word is in the title and the query covers
 * more than half of the title's words ("workshop van afval naar grondstof", not just "subsidie").
 */
export function queryNamesTitle(query: string, title: string): boolean {
  const q = words(query);
  const t = words(title);
  if (q.length === 0 || t.length === 0) return false;
  const matched = q.filter((w) => t.some((tw) => sameWord(w, tw)));
  return matched.length === q.length && matched.length * 2 > t.length;
}
