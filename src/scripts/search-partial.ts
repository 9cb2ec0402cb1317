// Results with some of the query's words. Pagefind's search requires every word, so "cyber security
// checklist" found nothing although "cyber security" finds eight pages. The search page therefore
// also asks Pagefind for each word on its own (the index chunks are loaded already, so this costs no
// download) and merges: pages with more of the words first, then open and upcoming before closed and
// past (search-rank.ts), then the summed score of the words they have.
import { rankByStatus, type RankedResult } from './search-rank.ts';

/** At most this many words of a query are searched one by one (longer queries use their first ones). */
export const MAX_PARTIAL_WORDS = 6;

/** One word's own results, with whether they count (only words that really matched do). */
export interface WordResults<T extends RankedResult> {
  word: string;
  counts: boolean;
  results: readonly T[];
}

/** A result with some of the words: the best-scoring result object of its page, and how many words it has. */
export interface PartialResult<T extends RankedResult> {
  result: T;
  matched: number;
  score: number;
}

/**
 * The pages that have some but not all of the query's words, best first. Pages in `full` (they have
 * every word) are left out, and so are pages outside `allowed` when given (the ticked filters). Within
 * a word count they rank as rankByStatus does (`later`: schemes that open later). Only
 * the pages with the most words are kept, down to one word fewer than the query's counted words: a
 * page with two of "cyber security checklist" is shown, one with only "checklist" is not (unless
 * no page has two), while for two words one is enough.
 */
export function partialResults<T extends RankedResult>(
  words: readonly WordResults<T>[],
  full: ReadonlySet<string>,
  stale: ReadonlySet<string>,
  allowed?: ReadonlySet<string>,
  later: ReadonlySet<string> = new Set(),
): PartialResult<T>[] {
  const counted = words.filter((w) => w.counts);
  const pages = new Map<string, PartialResult<T>>();
  for (const { results } of counted) {
    for (const r of results) {
      if (full.has(r.id) || (allowed && !allowed.has(r.id))) continue;
      const page = pages.get(r.id);
      if (!page) pages.set(r.id, { result: r, matched: 1, score: r.score });
      else {
        page.matched++;
        page.score += r.score;
        if (r.score > page.result.score) page.result = r;
      }
    }
  }
  const most = Math.max(0, ...[...pages.values()].map((p) => p.matched));
  const least = Math.max(1, Math.min(most, counted.length - 1));
  const kept = [...pages.values()].filter((p) => p.matched >= least);
  const byMatched = new Map<number, PartialResult<T>[]>();
  for (const p of kept) byMatched.set(p.matched, [...(byMatched.get(p.matched) ?? []), p]);
  return [...byMatched.keys()]
    .sort((a, b) => b - a)
    .flatMap((n) => {
      const tier = byMatched.get(n)!;
      const ranked = rankByStatus(
        tier.map((p) => ({ id: p.result.id, score: p.score })),
        stale,
        undefined,
        later,
      );
      const byId = new Map(tier.map((p) => [p.result.id, p]));
      return ranked.map((r) => byId.get(r.id)!);
    });
}
