// The words of the site per language, with how often they occur, for the search page's "Bedoelde je
// …?" (src/scripts/search-suggest.ts). Collected from the same part of each page that the index reads
// (title, editors' keywords and synonyms, body text) and written beside Pagefind's bundle. The page
// fetches a language's file only when a query finds nothing or little, so it is not part of a search.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The most frequent words kept per language: enough for typos in real queries, small enough to fetch. */
export const MAX_WORDS = 5000;

/** Title words count this many times: a word in a title is a better suggestion than one in passing. */
const TITLE_WEIGHT = 3;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m);
}

/** Words worth suggesting: lowercased, letters only (hyphenated words split), at least four letters. */
export function vocabularyWords(text: string): string[] {
  return (
    decode(text)
      .toLocaleLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).filter((w) => w.length >= 4);
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
    const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase();
    if (!lang) return;
    const counts = this.counts.get(lang) ?? new Map<string, number>();
    this.counts.set(lang, counts);
    const add = (text: string, weight: number) => {
      for (const w of vocabularyWords(text)) counts.set(w, (counts.get(w) ?? 0) + weight);
    };
    const withoutIgnored = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ');
    add(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(withoutIgnored)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '', TITLE_WEIGHT - 1);
    for (const m of withoutIgnored.matchAll(
      /data-pagefind-meta="(?:keywords|synonyms|title_synonyms)\[data-value\]"[^>]*?\sdata-value="([^"]*)"/g,
    ))
      add(m[1]!, 1);
    add(withoutIgnored.replace(/<[^>]+>/g, ' '), 1);
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
