// One way to write a text dictionary: the Dutch text, and the English with the same keys and the
// same arguments, so a key missing in one language fails the type check.
import type { Lang } from './lang.ts';

/** What the other language of text `T` must hold: the same keys, a string for a string, a function with the same arguments for a function. */
export type Wording<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R extends string ? string : R
  : T extends string
    ? string
    : T extends readonly unknown[]
      ? T
      : { [K in keyof T]: Wording<T[K]> };

/** The text of one page area in both languages: `dictionary({ nl: {…}, en: {…} })`, the English with the Dutch keys. */
export function dictionary<T extends object>(text: { nl: T; en: Wording<NoInfer<T>> }): Record<Lang, Wording<T>> {
  return text as Record<Lang, Wording<T>>;
}
