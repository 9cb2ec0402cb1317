// Plural choice by the language's own rules (Intl.PluralRules), so no wording writes `n === 1 ?`.
import type { Lang } from './lang.ts';

/** The forms a wording needs: Dutch and English have only "one" and "other" for whole numbers. */
export interface PluralForms<T = string> {
  one: T;
  other: T;
}

// One rule object per language: constructing Intl.PluralRules is the costly part.
const RULES: Record<Lang, Intl.PluralRules> = { nl: new Intl.PluralRules('nl'), en: new Intl.PluralRules('en') };

/** Returns the form of `forms` that fits the count `n` in `lang`: `plural(3, 'nl', { one: 'vraag', other: 'vragen' })` is "vragen". */
export function plural<T>(n: number, lang: Lang, forms: PluralForms<T>): T {
  return RULES[lang].select(n) === 'one' ? forms.one : forms.other;
}

/** Returns the count with its word: `countOf(1, 'en', { one: 'result', other: 'results' })` is "1 result". */
export function countOf(n: number, lang: Lang, forms: PluralForms): string {
  return `${n} ${plural(n, lang, forms)}`;
}
