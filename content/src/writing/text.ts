// Text as the writing check reads it: sentences and words. Web and e-mail addresses are not words
// to a reader, so they are left out; abbreviations and initials do not end a sentence.

/** Addresses, left out of words and sentences: `https://…`, `www.…`, `naam@domein.nl`. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** A word: letters and digits, with inner apostrophes or hyphens ("mkb'ers", "e-mail"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Abbreviations whose full stop does not end a sentence (lower case, without that full stop). */
const ABBREVIATIONS = new Set([
  'bijv',
  'bv',
  'o.a',
  'd.w.z',
  'enz',
  'etc',
  'm.b.t',
  'nr',
  'ca',
  'incl',
  'excl',
  'max',
  'min',
  'e.d',
  'i.p.v',
  'z.s.m',
  'evt',
  'mr',
  'dr',
  'ir',
  'ing',
  'drs',
  'e.g',
  'i.e',
  'vs',
  'no',
  'st',
]);

/** Replaces web and e-mail addresses with a space. */
export function withoutAddresses(text: string): string {
  // Most texts hold no address; the cheap test spares them the costly pattern.
  return /@|www\.|:\/\//i.test(text) ? text.replace(ADDRESS, ' ') : text;
}

/** The words of a text (addresses left out). */
export function words(text: string): string[] {
  return withoutAddresses(text).match(WORD) ?? [];
}

/**
 * Splits a text into sentences: at `.`, `!`, `?` or `…` followed by a space and a capital, digit or
 * quote (also the Dutch low opening quotes „ and ‚), at a line break, and at the end. A full stop after an abbreviation or an initial does not split.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of withoutAddresses(text).split(/\n+/)) {
    let start = 0;
    const ends = /[.!?…]+["'”’)]*(?=\s+["'“‘„‚(]?[\p{Lu}\p{N}])/gu;
    for (let m = ends.exec(line); m; m = ends.exec(line)) {
      if (m[0].startsWith('.') && m[0].length === 1) {
        const before = /([\p{L}.]+)$/u.exec(line.slice(start, m.index))?.[1]?.toLowerCase() ?? '';
        if (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before)) continue;
      }
      out.push(line.slice(start, m.index + m[0].length).trim());
      start = m.index + m[0].length;
    }
    out.push(line.slice(start).trim());
  }
  return out.filter((s) => HAS_WORD.test(s));
}

/** A sentence and its words, split once for every check that reads them. */
export interface Sentence {
  text: string;
  words: string[];
}

/** The sentences of a text, each with its words. */
export function parse(text: string): Sentence[] {
  return sentences(text).map((sentence) => ({ text: sentence, words: words(sentence) }));
}

/** The first `count` words of a sentence, with "…" when there are more: a short quote for a message. */
export function opening(sentence: string, count = 6): string {
  const found = sentence.trim().split(/\s+/);
  return found.length > count ? `${found.slice(0, count).join(' ')} …` : found.join(' ');
}

/** Lower case, single spaces, no punctuation at either end: how two texts are compared. */
export function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}
