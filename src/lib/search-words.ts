// What counts as a word for search, in one place for the build (index, vocabulary, compound parts)
// and the search page (queries, "Bedoelde je …?"): stop words per language, apostrophes, and how a
// typed query becomes the words it searches for.
import type { Lang } from '@mkb010/model';
import { eng, nld } from 'stopword';

/**
 * Characters Pagefind keeps inside a word, when indexing and when searching. Without them it strips
 * the apostrophe and "’s nachts", "foto’s" and "zo’n" put the one-letter words "s" and "n" in the
 * index, which every unknown word starting with that letter then matches ("subsiddie" found nine
 * stories through "’s"). With them those are the words "’s", "foto’s" and "zo’n".
 */
export const WORD_CHARACTERS = "’'";

/**
 * Words too common to decide a search ("wat", "nu", "hoe", "ik"; "the", "how", "what"): the lists of
 * the `stopword` package (Snowball's), which search engines commonly use. They never make a query
 * fail and are never suggested.
 */
export const STOP_WORDS: Record<Lang, ReadonlySet<string>> = { nl: new Set(nld), en: new Set(eng) };

/** True for a stop word of the language (lowercase). */
export function isStopWord(word: string, lang: Lang): boolean {
  return STOP_WORDS[lang].has(word);
}

/** An apostrophe and one or two letters closing a word ("’s", "'t", "’n"): a fragment, not a word. */
const FRAGMENT = /[’'‘]\p{L}{1,2}(?=$|[-‐])/gu;
const EDGES = /^[-‐’'‘]+|[-‐’'‘]+$/gu;

/**
 * The words a typed query searches for, lowercased and without repeats. Words are split at spaces
 * and punctuation; a hyphen joins ("zero-emissiezone" is one word, as Pagefind indexes it).
 * Apostrophe fragments are dropped: "’s" and "'t" are not words, "foto’s" searches "foto" and
 * "’s-Hertogenbosch" "hertogenbosch".
 */
export function queryWords(query: string): string[] {
  const out: string[] = [];
  for (const token of query.toLocaleLowerCase().match(/[\p{L}\p{M}\p{N}’'‘\-‐]+/gu) ?? []) {
    const word = token.replace(FRAGMENT, '').replace(EDGES, '');
    if (/[\p{L}\p{N}]/u.test(word) && !out.includes(word)) out.push(word);
  }
  return out;
}

/**
 * The words that decide a search: the query's words without its stop words, or all of them when
 * the query is nothing but stop words (then they are what the person is looking for).
 */
export function searchWords(query: string, lang: Lang): string[] {
  const words = queryWords(query);
  const content = words.filter((w) => !isStopWord(w, lang));
  return content.length > 0 ? content : words;
}
