// Types of the two CommonJS files of the `hyphen` package the writing check imports (the package
// ships no types of its own, and its per-language entry points are folders ESM cannot import).
declare module 'hyphen/hyphen.js' {
  /** Makes a hyphenation function from a language's patterns. */
  export default function createHyphenator(
    patterns: unknown,
    options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] },
  ): (text: string) => string;
}

declare module 'hyphen/patterns/nl.js' {
  /** The Dutch TeX hyphenation patterns in the package's own form. */
  const patterns: unknown;
  export default patterns;
}
