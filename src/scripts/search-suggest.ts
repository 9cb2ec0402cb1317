// How well each word of a query matched, and "Bedoelde je …?": per word, the closest word of the
// site's own vocabulary (built per language at build time, src/integrations/search-vocabulary.ts),
// offered only for a word the vocabulary does not know. Closeness is edit distance (a swap of two
// letters is one typo; one typo per word, two in a long word); among equally
// close words the more frequent one wins, so "subsdie" becomes "subsidie" and not a rare name. A stop
// word is never suggested, nor a word rarer than the one typed.
import { distance } from 'fastest-levenshtein';
import type { Lang } from '@mkb010/model';
import { isStopWord } from '../lib/search-words.ts';
import { sameWord } from './search-rank.ts';

/** A language's vocabulary as the build writes it: [word, frequency], most frequent first. */
export type Vocabulary = readonly (readonly [string, number])[];

/** The shortest word that is checked and corrected: shorter ones ("ai", "btw", "mkb") are too easily another word. */
export const MIN_SUGGEST_LENGTH = 4;

/**
 * How a word matched on its own. `strong`: the pages have the word, a form of it ("subsidies" →
 * "subsidie") or a word that starts or contains it ("duurzam" → "duurzame", "emissiezone" →
 * "zero-emissiezone"). `weak`: Pagefind found no word starting with it and fell back to the longest
 * indexed word the query word starts with ("warmte" for "warmtepmop"). `none`: nothing, or a
 * fallback so short it is an accident.
 */
export type Strength = 'strong' | 'weak' | 'none';

/** Metadata fields that say nothing about a page's words (Pagefind's image detection). */
const NOT_WORDS = new Set(['image', 'image_alt']);

/** A marked excerpt word as a plain word: lowercased, punctuation and apostrophe endings removed. */
export function plainWord(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/[’'‘]\p{L}{1,2}$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words Pagefind highlighted in an excerpt (`<mark>…</mark>`), as plain words. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => plainWord(m[1]!)).filter(Boolean);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** True when `found` (a word on a page) is the query word, a form of it, or a word built on it. */
export function isFormOf(word: string, found: string): boolean {
  const bare = found.replace(/[-‐]/g, '');
  if (found.includes(word) || bare.includes(word) || sameWord(word, found)) return true;
  // Stemming changes the end of a word: "zonnepaneel" finds "zonnepanelen", "duurzaam" "duurzame".
  return commonPrefix(word, found) >= Math.max(MIN_SUGGEST_LENGTH, word.length - 2);
}

/**
 * The words of the metadata fields a result matched in (keywords, synonyms, compound parts, type,
 * date: words a page has without showing them), for judging a match the excerpt does not highlight.
 */
export function metaWords(meta: Readonly<Record<string, string | undefined>>, fields: readonly string[] = []): string[] {
  return fields
    .filter((f) => !NOT_WORDS.has(f))
    .flatMap((f) =>
      (meta[f] ?? '')
        .split(/[\s,]+/)
        .map(plainWord)
        .filter(Boolean),
    );
}

/**
 * How a word matched, judged from the words Pagefind matched for it alone on a page: the words it
 * highlighted there and the words of the metadata fields it matched.
 */
export function matchStrength(word: string, found: readonly string[]): Strength {
  if (found.some((m) => isFormOf(word, m))) return 'strong';
  // A fallback to a shorter indexed word: useful when it is a real start of the word ("cyber" for
  // "cyberaanval"), an accident when it is a letter or two.
  return found.some((m) => commonPrefix(word, m) >= MIN_SUGGEST_LENGTH) ? 'weak' : 'none';
}

/** The largest edit distance accepted: one typo, two in a long word ("warmtepmop", "electirc"). */
function maxDistance(word: string): number {
  return word.length < 8 ? 1 : 2;
}

/**
 * Edit distance with two neighbouring letters swapped counted as one typo ("subisdy" → "subsidy"),
 * as people make it; Levenshtein counts it as two.
 */
export function typoDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d !== 2 || a.length !== b.length) return d;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!] ? 1 : d;
}

/** A vocabulary with fast look-up of a word's frequency. */
export interface VocabularyIndex {
  words: Vocabulary;
  counts: ReadonlyMap<string, number>;
}

/** Indexes a vocabulary once for many look-ups. */
export function indexVocabulary(words: Vocabulary): VocabularyIndex {
  return { words, counts: new Map(words.map(([w, n]) => [w, n])) };
}

/**
 * The closest vocabulary word to `word`, or undefined when the vocabulary knows the word, the word
 * is short or a stop word, or nothing close is more frequent than `typedCount` (how often the typed
 * word occurs; the vocabulary holds the site's most frequent words, so one outside it is rarer than
 * all of them). A form of the typed word ("lening" for "leningen") is not a correction.
 */
export function closestWord(word: string, vocabulary: VocabularyIndex, lang: Lang, typedCount = 0): string | undefined {
  if (word.length < MIN_SUGGEST_LENGTH || isStopWord(word, lang) || vocabulary.counts.has(word)) return undefined;
  const limit = maxDistance(word);
  let best: { word: string; d: number; freq: number } | undefined;
  for (const [candidate, freq] of vocabulary.words) {
    if (freq <= typedCount || Math.abs(candidate.length - word.length) > limit || isStopWord(candidate, lang)) continue;
    const d = typoDistance(word, candidate);
    if (d === 0 || d > limit || sameWord(word, candidate)) continue;
    if (!best || d < best.d || (d === best.d && freq > best.freq)) best = { word: candidate, d, freq };
  }
  return best?.word;
}

/** What is known of one query word when suggestions are made. */
export interface WordCheck {
  word: string;
  strength: Strength;
  /** The word itself was seen on a page found (highlighted, in a title, or in metadata): it is known. */
  seen: boolean;
}

/** A suggested search: its words, and which of them replace typed words. */
export interface Suggestion {
  q: string;
  words: string[];
  /** Typed words that were replaced. */
  replaced: string[];
}

/**
 * The query's words with each unknown word replaced by its closest known word, or undefined when
 * nothing changes. Only the words that decide the search are used (never a stop word).
 */
export function suggestQuery(checks: readonly WordCheck[], vocabulary: VocabularyIndex, lang: Lang): Suggestion | undefined {
  const replaced: string[] = [];
  const words = checks.map((c) => {
    const better = c.seen ? undefined : closestWord(c.word, vocabulary, lang, vocabulary.counts.get(c.word) ?? 0);
    if (better) replaced.push(c.word);
    return better ?? c.word;
  });
  return replaced.length ? { q: words.join(' '), words, replaced } : undefined;
}
