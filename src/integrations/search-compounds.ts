// Dutch compounds are found by their parts: "krediet" finds "Innovatiekrediet", "besparing"
// "energiebesparing". Pagefind matches a query word against the start of indexed words only, so the
// build splits each compound of a Dutch page against the site's own vocabulary (every part a word
// the site uses at least twice, never a stop word, optionally joined by a linking "s") and adds the
// parts the page does not already contain to its searchable metadata: parts of title words in
// `title_parts`, which ranks like a title match, the rest in `parts`. The parts sit in an
// empty hidden element's attribute, so what people see and hear does not change, and they are
// written into the built page, so the index reads exactly what dist/ holds.
import type { Lang } from '@mkb010/model';
import { isStopWord } from '../lib/search-words.ts';
import { COMPOUND_META } from '../components/search/weights.ts';
import { indexedText, letterWords } from './indexed-text.ts';

/** The shortest part: shorter ones ("dak", "net", "zon") split too many words by accident. */
export const MIN_PART = 4;
/** How often a part must occur in the site's text (titles count three times) to be trusted as a word. */
export const MIN_PART_COUNT = 2;
/** Languages whose compounds are split (English writes its compounds apart). */
export const COMPOUND_LANGS: readonly Lang[] = ['nl'];

/** Endings a last part may carry (plural, inflection): "warmtepompen" is "warmte" + "pomp". */
const ENDINGS = ['en', 's', 'e'];

/** Splits words against a vocabulary of counted words; remembers every answer. */
export class CompoundSplitter {
  private readonly known = new Map<string, readonly string[] | undefined>();
  private readonly frequencies: ReadonlyMap<string, number>;
  private readonly lang: Lang;

  constructor(frequencies: ReadonlyMap<string, number>, lang: Lang) {
    this.frequencies = frequencies;
    this.lang = lang;
  }

  /**
   * The parts of a compound word (lowercase letters), or undefined when it is not one: the fewest
   * parts that make up the word, the most frequent parts on a tie.
   */
  parts(word: string): readonly string[] | undefined {
    if (word.length < 2 * MIN_PART) return undefined;
    if (this.known.has(word)) return this.known.get(word);
    const from = new Map<number, readonly string[] | null>();
    const split = (start: number): readonly string[] | null => {
      const done = from.get(start);
      if (done !== undefined) return done;
      let best: readonly string[] | null = null;
      for (let i = start + MIN_PART; i <= word.length - MIN_PART; i++) {
        const head = word.slice(start, i);
        // A linking "s" joins many Dutch compounds: "bedrijfs|afval", "duurzaamheids|voucher".
        const first = this.isPart(head) ? head : head.endsWith('s') && this.isPart(head.slice(0, -1)) ? head.slice(0, -1) : null;
        if (!first) continue;
        const last = this.whole(word.slice(i));
        const rest = last ? [last] : split(i);
        const candidate = rest ? [first, ...rest] : null;
        if (candidate && (!best || this.better(candidate, best))) best = candidate;
      }
      from.set(start, best);
      return best;
    };
    const parts = split(0) ?? undefined;
    this.known.set(word, parts);
    return parts;
  }

  private isPart(word: string): boolean {
    return word.length >= MIN_PART && this.count(word) >= MIN_PART_COUNT && !isStopWord(word, this.lang);
  }

  private count(word: string): number {
    return this.frequencies.get(word) ?? 0;
  }

  /** The rest of a word as its last part: a word itself, or a word with an ending. */
  private whole(rest: string): string | null {
    if (this.isPart(rest)) return rest;
    for (const ending of ENDINGS) {
      const base = rest.slice(0, -ending.length);
      if (rest.endsWith(ending) && this.isPart(base)) return base;
    }
    return null;
  }

  private better(a: readonly string[], b: readonly string[]): boolean {
    if (a.length !== b.length) return a.length < b.length;
    return Math.min(...a.map((p) => this.count(p))) > Math.min(...b.map((p) => this.count(p)));
  }
}

/** The compound parts of a page: those of its title, and those of the rest of its text. */
export interface PageParts {
  title: string[];
  body: string[];
}

/**
 * The parts a page's words add, each once: a title's parts unless the title has them as words,
 * the other parts unless the page has them as words (its keywords included).
 */
export function pageParts(html: string, splitter: CompoundSplitter): PageParts {
  const page = indexedText(html);
  if (!page) return { title: [], body: [] };
  const titleWords = new Set(letterWords(page.title));
  const pageWords = new Set([...titleWords, ...letterWords(`${page.keywords} ${page.body}`)]);
  const partsOf = (words: Iterable<string>, except: ReadonlySet<string>) => {
    const out = new Set<string>();
    for (const w of words) for (const p of splitter.parts(w) ?? []) if (!except.has(p)) out.add(p);
    return out;
  };
  const title = partsOf(titleWords, titleWords);
  const body = [...partsOf(pageWords, pageWords)].filter((p) => !title.has(p));
  return { title: [...title], body };
}

const PARTS_ELEMENT = new RegExp(
  `<span hidden data-pagefind-meta="(?:${Object.values(COMPOUND_META).join('|')})\\[data-value\\]"[^>]*></span>`,
  'g',
);

/**
 * The built page with its compound parts in hidden metadata at the end of its indexed <main>
 * (replacing any from an earlier run), or the page unchanged when it has none or is not indexed.
 * `indexed` is the part the index reads (pagefind.ts, indexablePart).
 */
export function withCompoundParts(page: string, indexed: string, splitters: ReadonlyMap<string, CompoundSplitter>): string {
  const lang = indexedText(indexed)?.lang;
  const splitter = lang ? splitters.get(lang) : undefined;
  const cleaned = page.replace(PARTS_ELEMENT, '');
  const end = cleaned.lastIndexOf('</main>');
  if (!splitter || end < 0) return cleaned;
  const parts = pageParts(indexed.replace(PARTS_ELEMENT, ''), splitter);
  const spans = (['title', 'body'] as const)
    .filter((key) => parts[key].length > 0)
    .map((key) => `<span hidden data-pagefind-meta="${COMPOUND_META[key]}[data-value]" data-value="${parts[key].join(', ')}"></span>`)
    .join('');
  return spans ? `${cleaned.slice(0, end)}${spans}${cleaned.slice(end)}` : cleaned;
}

/** One splitter per language whose compounds are split, over the counted words of that language. */
export function compoundSplitters(frequencies: (lang: string) => ReadonlyMap<string, number>): Map<string, CompoundSplitter> {
  return new Map(COMPOUND_LANGS.map((lang) => [lang, new CompoundSplitter(frequencies(lang), lang)]));
}
