// The two lists the site uses from the `stopword` package (its ES module exports one array per
// language, ISO 639-3 codes); the package ships no types of its own.
declare module 'stopword' {
  /** Dutch stop words, lowercase. */
  export const nld: readonly string[];
  /** English stop words, lowercase. */
  export const eng: readonly string[];
}
