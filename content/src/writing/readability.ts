// The readability score: Flesch-Douma, the Flesch reading ease formula adapted to Dutch by W.H. Douma
// (1960): 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. Higher is easier.
// docs/writing-check.md says why this formula and where the B1 band comes from.
import { dutchSyllables, vowelGroups } from './syllables.ts';
import { parse, type Sentence } from './text.ts';

/** What the formula counts in a text. */
export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

/** The lowest Flesch-Douma score of the B1 band (Douma's "normaal", 60–70: lower secondary level). */
export const B1_MIN_SCORE = 60;

/** Below this many words a score says little, so a document is not warned about. */
export const MIN_WORDS_FOR_SCORE = 40;

/** Counts the words, sentences and syllables of a Dutch text (or its sentences); a number counts as one syllable. */
export function dutchStats(text: string | Sentence[]): TextStats {
  const parsed = typeof text === 'string' ? parse(text) : text;
  let words = 0;
  let syllables = 0;
  for (const sentence of parsed) {
    words += sentence.words.length;
    sentence.words.forEach((word, i) => {
      // Most words start with a plain lower-case letter: then they hold a letter and are no name.
      const first = word.charCodeAt(0);
      if (first >= 0x61 && first <= 0x7a) syllables += dutchSyllables(word);
      else if (!/\p{L}/u.test(word)) syllables += 1;
      // A capital inside a sentence is a name: no Dutch patterns for it, its vowel groups will do.
      else if (i > 0 && /^\p{Lu}/u.test(word)) syllables += vowelGroups(word);
      else syllables += dutchSyllables(word);
    });
  }
  return { words, sentences: parsed.length, syllables };
}

/** No text at all. */
export const NO_STATS: TextStats = { words: 0, sentences: 0, syllables: 0 };

/** The Flesch-Douma score of the counts, rounded to a whole number; null without words. */
export function fleschDouma(stats: TextStats): number | null {
  if (stats.words === 0 || stats.sentences === 0) return null;
  const syllablesPer100Words = (stats.syllables / stats.words) * 100;
  const wordsPerSentence = stats.words / stats.sentences;
  return Math.round(206.84 - 0.77 * syllablesPer100Words - 0.93 * wordsPerSentence);
}
