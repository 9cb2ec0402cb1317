// The words of the site per language, with how often they occur: the search page's "Bedoelde je
// …?" picks its suggestions from them (src/scripts/search-suggest.ts), and the build splits compound
// words against them (search-compounds.ts). Counted over what the index reads of each page (title,
// editors' keywords and synonyms, body text; see indexed-text.ts) and written beside Pagefind's
// bundle. The page fetches a language's file only when a query word is not known, so it is not part
// of most searches.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isLang } from '@mkb010/model';
import { isStopWord } from '../lib/search-words.ts';
import { indexedText, letterWords } from './indexed-text.ts';

/** The most frequent words kept per language: enough for typos in real queries, small enough to fetch. */
export const MAX_WORDS = 5000;

/** Title words count this many times: a word in a title is a better suggestion than one in passing. */
const TITLE_WEIGHT = 3;

/** Words worth suggesting: at least four letters (hyphenated words split), never a stop word. */
export function vocabularyWords(text: string, lang: string): string[] {
  return letterWords(text).filter((w) => w.length >= 4 && !(isLang(lang) && isStopWord(w, lang)));
}

/** The file a language's vocabulary is written to, relative to the site root. */
export function vocabularyPath(lang: string): string {
  return `pagefind/vocabulary.${lang}.json`;
}

/** Counts words per language over the pages the index reads. */
export class VocabularyCollector {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Adds one page: the indexable HTML (with <html lang>) as the index receives it. */
  addPage(html: string): void {
    const page = indexedText(html);
    if (!page) return;
    const counts = this.counts.get(page.lang) ?? new Map<string, number>();
    this.counts.set(page.lang, counts);
    const add = (text: string, weight: number) => {
      for (const w of vocabularyWords(text, page.lang)) counts.set(w, (counts.get(w) ?? 0) + weight);
    };
    add(page.title, TITLE_WEIGHT - 1);
    add(page.keywords, 1);
    add(page.body, 1);
  }

  /** Every counted word of a language with its count (not cut to MAX_WORDS). */
  frequencies(lang: string): ReadonlyMap<string, number> {
    return this.counts.get(lang) ?? new Map();
  }

  /** Each language's words, most frequent first, at most MAX_WORDS. */
  vocabularies(): Map<string, [string, number][]> {
    const out = new Map<string, [string, number][]>();
    for (const [lang, counts] of this.counts) {
      out.set(lang, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_WORDS));
    }
    return out;
  }

  /** Writes `pagefind/vocabulary.<lang>.json` for each language under `siteDir`. */
  async write(siteDir: string): Promise<void> {
    for (const [lang, words] of this.vocabularies()) {
      const file = path.join(siteDir, vocabularyPath(lang));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(words));
    }
  }
}
