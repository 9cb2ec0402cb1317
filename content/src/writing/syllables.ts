// Dutch syllables, counted with the TeX hyphenation patterns for Dutch (the `hyphen` package, which
// bundles them) and, inside each hyphenated part, by groups of vowels. Patterns never split the
// first or last letters of a word, and a short word is not split at all ("eten", "over"); counting
// vowel groups inside each part recovers those syllables, while the patterns split what vowel groups
// alone would merge ("be-oor-de-len", "ide-aal"). Browser-safe: the Studio runs this too.
/// <reference path="./hyphen.d.ts" />
import createHyphenator from 'hyphen/hyphen.js';
import dutchPatterns from 'hyphen/patterns/nl.js';

const hyphenateDutch = createHyphenator(dutchPatterns, { hyphenChar: '-', minWordLength: 4 });

/** A vowel group: a run of vowels, where a vowel with a diaeresis ("ë", "ï") starts a new group. */
const VOWEL_GROUP = /[aeiouyàáâäèéêëíîïóôöúûü][aeiouyàáâèéêíîóôúû]*/giu;

/** Counts the vowel groups of a word or a part of one; one without vowels ("s", "mkb") counts as one. */
export function vowelGroups(part: string): number {
  return Math.max(1, part.match(VOWEL_GROUP)?.length ?? 0);
}

/**
 * Vowel groups that are one syllable wherever they stand in a Dutch word. A word made only of these
 * has as many syllables as vowel groups, which is what the patterns would say too; every other word
 * ("beoordelen", "museum", "materiaal") is hyphenated.
 */
const ONE_SYLLABLE = new Set([
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'ui',
  'ei',
  'ou',
  'au',
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
]);

/** Words seen before and their counts; text repeats words a lot, and hyphenation is the costly step. */
const cache = new Map<string, number>();
const CACHE_LIMIT = 200_000;

/** Words as written (before lower-casing and dropping other characters) and their counts. */
const written = new Map<string, number>();

/** The number of syllables of one Dutch word (letters only; digits and other characters are ignored). */
export function dutchSyllables(word: string): number {
  const seen = written.get(word);
  if (seen !== undefined) return seen;
  const count = countSyllables(word);
  if (written.size >= CACHE_LIMIT) written.clear();
  written.set(word, count);
  return count;
}

function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!letters) return 1;
  const known = cache.get(letters);
  if (known !== undefined) return known;
  const groups = letters.match(VOWEL_GROUP) ?? [];
  const count = groups.every((g) => ONE_SYLLABLE.has(g))
    ? Math.max(1, groups.length)
    : hyphenateDutch(letters)
        .split('-')
        .reduce((sum, part) => sum + vowelGroups(part), 0);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(letters, count);
  return count;
}
