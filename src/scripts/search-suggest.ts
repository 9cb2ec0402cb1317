// "Bedoelde je …?": the closest words to a query from the site's own vocabulary, built per language
// at build time (src/integrations/search-vocabulary.ts). Closeness is edit distance; among equally
// close words the more frequent one wins, so "subsdie" becomes "subsidie" and not a rare name.
import { distance } from 'fastest-levenshtein';
import { sameWord, words } from './search-rank.ts';

/** A language's vocabulary as the build writes it: [word, frequency], most frequent first. */
export type Vocabulary = readonly (readonly [string, number])[];

/** The largest edit distance accepted for a word of this length (short words allow one typo). */
function maxDistance(word: string): number {
  return word.length <= 4 ? 1 : 2;
}

/** The closest vocabulary word to `word`, or undefined when the word is known or nothing is close. */
export function closestWord(word: string, vocabulary: Vocabulary, known: ReadonlySet<string>): string | undefined {
  if (known.has(word) || word.length < 3) return undefined;
  const limit = maxDistance(word);
  let best: { word: string; d: number; freq: number } | undefined;
  for (const [candidate, freq] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = distance(word, candidate);
    if (d > limit) continue;
    if (!best || d < best.d || (d === best.d && freq > best.freq)) best = { word: candidate, d, freq };
  }
  return best?.word;
}

/** The query with each unknown word replaced by its closest known word; undefined when nothing changes. */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  const known = new Set(vocabulary.map(([w]) => w));
  const original = words(query);
  if (original.length === 0) return undefined;
  const suggested = original.map((w) => closestWord(w, vocabulary, known) ?? w);
  return suggested.some((w, i) => w !== original[i]) ? suggested.join(' ') : undefined;
}

/**
 * True when a query word matches only by accident: no shown result has it in its title or among
 * its highlighted excerpt words ("subsdie" matching the "’s" of "’s nachts", or the typo in
 * "sustainabilty voucher" while "voucher" matches).
 */
export function weakMatches(query: string, shown: readonly { title?: string; excerpt: string }[]): boolean {
  const found = shown.flatMap((r) => [
    ...words(r.title ?? ''),
    ...[...r.excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap((m) => words(m[1]!)),
  ]);
  return words(query)
    .filter((w) => w.length >= 3)
    .some((w) => !found.some((f) => sameWord(w, f)));
}
