// The checks on running text: long sentences, long words, the passive, officialese, and dates and
// amounts in a form the site does not use. Each returns findings; none knows about documents.
import type { Lang } from '@mkb010/model';
import type { Finding } from './findings.ts';
import { COMMON_LONG_WORDS_NL, MAX_SENTENCE_WORDS, MAX_WORD_SYLLABLES, OFFICIALESE } from './lists.ts';
import { dutchSyllables } from './syllables.ts';
import { opening, type Sentence } from './text.ts';

/** Letters and digits on neither side: a word boundary that also works for "é" and "ë". */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const COMMON_LONG = new Set(COMMON_LONG_WORDS_NL);
/** Vowel letters by character code (all below 256), so counting them reads numbers, not one-letter strings. */
const VOWEL_CODES = new Uint8Array(256);
for (const letter of 'aeiouyàáâäèéêëíîïóôöúûüAEIOUYÀÁÂÄÈÉÊËÍÎÏÓÔÖÚÛÜ') VOWEL_CODES[letter.charCodeAt(0)] = 1;

/** The number of vowel letters in a word: an upper bound of its syllables. */
function vowelCount(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 256) count += VOWEL_CODES[code]!;
  }
  return count;
}

/** Forms of "worden", the auxiliary of the Dutch passive. */
const WORDEN = new Set(['wordt', 'worden', 'werd', 'werden', 'geworden']);
/** A form of "worden", in any case: every form is 4 to 8 letters and starts with a w or g. */
function isWorden(word: string): boolean {
  if (word.length < 4 || word.length > 8) return false;
  const first = word.charCodeAt(0) | 0x20;
  return (first === 0x77 || first === 0x67) && WORDEN.has(word.toLowerCase());
}

/** How far "door" may follow "wordt" in one passive. */
const PASSIVE_SPAN = 10;

/** Sentences of more than MAX_SENTENCE_WORDS words. */
export function longSentences(sentences: Sentence[]): Finding[] {
  const found: Finding[] = [];
  for (const sentence of sentences) {
    const count = sentence.words.length;
    if (count > MAX_SENTENCE_WORDS) found.push({ kind: 'long-sentence', passage: opening(sentence.text), detail: { count } });
  }
  return found;
}

/**
 * Dutch words of more than MAX_WORD_SYLLABLES syllables that are not in the list of common long
 * words, once each. Names (a capital inside a sentence) are left alone; a hyphenated word is judged
 * by its parts, since the hyphen already shows where to break it.
 */
export function longWords(sentences: Sentence[]): Finding[] {
  const seen = new Set<string>();
  const found: Finding[] = [];
  for (const sentence of sentences) {
    sentence.words.forEach((word, i) => {
      // Every syllable holds a vowel: a word with few vowels cannot be long, whatever the patterns say.
      if (vowelCount(word) <= MAX_WORD_SYLLABLES || (i > 0 && /\p{Lu}/u.test(word))) return;
      for (const part of /[-'’]/.test(word) ? word.split(/[-'’]/) : [word]) {
        if (vowelCount(part) <= MAX_WORD_SYLLABLES) continue;
        const lower = part.toLowerCase();
        if (seen.has(lower) || !/^\p{L}+$/u.test(part) || COMMON_LONG.has(lower)) continue;
        const count = dutchSyllables(lower);
        if (count <= MAX_WORD_SYLLABLES) continue;
        seen.add(lower);
        found.push({ kind: 'long-word', passage: part, detail: { count } });
      }
    });
  }
  return found;
}

/** Dutch passives with an agent: a form of "worden" followed by "door" in the same sentence. */
export function passives(sentences: Sentence[]): Finding[] {
  const found: Finding[] = [];
  for (const sentence of sentences) {
    const list = sentence.words;
    // Most sentences have no form of "worden": find one before lower-casing anything else.
    let aux = -1;
    for (let i = 0; i < list.length && aux === -1; i++) if (isWorden(list[i]!)) aux = i;
    if (aux === -1) continue;
    let by = -1;
    for (let i = aux + 1; i < list.length && by === -1; i++) if (list[i]!.length === 4 && list[i]!.toLowerCase() === 'door') by = i;
    if (by === -1 || by - aux > PASSIVE_SPAN) continue;
    const passage = by - aux <= 6 ? list.slice(aux, by + 1).join(' ') : `${list[aux]} … ${list[by]}`;
    found.push({ kind: 'passive', passage, detail: {} });
  }
  return found;
}

/** One phrase as a pattern source; `…` stands for up to three words. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => (w === '…' ? "(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?" : `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`))
    .join('')
    .replace(/\\s\+$/, '');
}

/** Per language: one pattern for all phrases (one pass over the text), and each phrase's own to name it. */
const OFFICIALESE_PATTERNS = Object.fromEntries(
  (Object.keys(OFFICIALESE) as Lang[]).map((lang) => {
    const entries = OFFICIALESE[lang].map(({ phrase, plain }) => ({ own: new RegExp(`^${phrasePattern(phrase)}$`, 'iu'), plain }));
    const all = new RegExp(`${B}(?:${OFFICIALESE[lang].map((o) => phrasePattern(o.phrase)).join('|')})${E}`, 'giu');
    return [lang, { all, entries }];
  }),
) as Record<Lang, { all: RegExp; entries: { own: RegExp; plain: string[] }[] }>;

/** Officialese phrases of the language's list, each with its plain alternative. */
export function officialese(text: string, lang: Lang): Finding[] {
  const { all, entries } = OFFICIALESE_PATTERNS[lang];
  const found: Finding[] = [];
  for (const match of text.matchAll(all)) {
    const entry = entries.find((e) => e.own.test(match[0]));
    if (entry) found.push({ kind: 'officialese', passage: match[0], detail: { alternatives: entry.plain } });
  }
  return found;
}

/** Month names made so far: making a date format costs milliseconds, reading a name does not. */
const monthNames = new Map<string, string>();

/** Month names as the site writes them, from the browser's or Node's own locale data. */
function monthName(month: number, lang: Lang): string {
  const key = `${lang}${month}`;
  let name = monthNames.get(key);
  if (name === undefined) {
    name = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2000, month - 1, 1),
    );
    monthNames.set(key, name);
  }
  return name;
}

/** A day and month (and year) as the site writes them: "12 maart 2027", "12 March 2027". */
function siteDate(day: number, month: number, year: number | undefined, lang: Lang): string {
  return [day, monthName(month, lang), year].filter((x) => x !== undefined).join(' ');
}

const DAY_MONTH_YEAR = /(?<![\p{L}\p{N}/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[-/.]\d)/gu;
const DAY_MONTH = /(?<![\p{L}\p{N}/.-])(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}]|[-/.]\d)/gu;
const ISO_DATE = /(?<![\p{L}\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|-\d)/gu;
/** Ratios that look like a day and a month but are not dates. */
const NOT_DATES = new Set(['24/7']);

/** Dates written with digits and dashes or slashes ("12-03-2027", "12/3", "2027-03-12"). */
export function numericDates(text: string, lang: Lang): Finding[] {
  const found: Finding[] = [];
  // Most texts have no digit next to a dash, slash or full stop: one cheap test spares three patterns.
  if (!/\d[-/.]\d/.test(text)) return found;
  const add = (passage: string, day: number, month: number, year: number | undefined) => {
    if (day < 1 || day > 31 || month < 1 || month > 12 || NOT_DATES.has(passage)) return;
    found.push({ kind: 'date-format', passage, detail: { suggestion: siteDate(day, month, year, lang) } });
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const year = Number(m[4]);
    add(m[0], Number(m[1]), Number(m[3]), m[4].length === 2 ? 2000 + year : year);
  }
  for (const m of text.matchAll(DAY_MONTH)) add(m[0], Number(m[1]), Number(m[2]), undefined);
  for (const m of text.matchAll(ISO_DATE)) add(m[0], Number(m[3]), Number(m[2]), Number(m[1]));
  return found;
}

/** A number as people write amounts: "500", "2.000", "2,000", "1.250,50", "15 000". */
const AMOUNT = '\\d{1,3}(?:[., ]\\d{3})+(?:,\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';
const EURO_AFTER = new RegExp(`${B}(${AMOUNT})\\s*(?:euros?|eur)${E}`, 'giu');
// Only the code "EUR" before a number: "Euro 6" is an emission standard, not an amount.
const EURO_BEFORE = new RegExp(`${B}EUR\\s*(${AMOUNT})${E}`, 'gu');
const WITH_EURO_SIGN = new RegExp(`€\\s?(${AMOUNT})${E}`, 'gu');

/** An amount's digits as the site writes them: "€ 2.000" and "€ 2,50" in Dutch, "€2,000" and "€2.50" in English. */
function siteAmount(number: string, lang: Lang): string {
  const cents = /[.,](\d{1,2})$/.exec(number);
  const whole = (cents ? number.slice(0, cents.index) : number).replace(/\D/g, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  const decimals = cents ? `${lang === 'nl' ? ',' : '.'}${cents[1].padEnd(2, '0')}` : '';
  return lang === 'nl' ? `€ ${grouped}${decimals}` : `€${grouped}${decimals}`;
}

/**
 * Amounts written without "€" ("500 euro", "EUR 500"), and in Dutch text amounts with "€" whose
 * separators are not Dutch: a comma or space between thousands, a full stop before cents, or five or
 * more digits without a separator.
 */
export function amounts(text: string, lang: Lang): Finding[] {
  const found: Finding[] = [];
  // An amount has a digit beside "€", "euro" or "EUR"; most texts have none.
  if (!/€|\d\s*euro|EUR\s*\d/i.test(text)) return found;
  for (const pattern of [EURO_AFTER, EURO_BEFORE]) {
    for (const m of text.matchAll(pattern)) {
      found.push({ kind: 'amount-euro', passage: m[0], detail: { suggestion: siteAmount(m[1], lang) } });
    }
  }
  if (lang !== 'nl') return found;
  for (const m of text.matchAll(WITH_EURO_SIGN)) {
    const number = m[1];
    const wrong = /,\d{3}(?!\d)/.test(number) || / \d{3}/.test(number) || /\.\d{1,2}$/.test(number) || /^\d{5,}(?:,\d{1,2})?$/.test(number);
    if (wrong) found.push({ kind: 'amount-separator', passage: m[0], detail: { suggestion: siteAmount(number, lang) } });
  }
  return found;
}
