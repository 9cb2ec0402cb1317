// The text of a page as the search index reads it: the data-pagefind-body part, without elements
// marked data-pagefind-ignore, scripts and styles, with the editors' search words (keywords and
// synonyms) from their metadata attributes. The vocabulary, the compound splitting and the tests
// read pages through this one function, so they count the words Pagefind counts.

/** The searchable metadata fields whose values are words of the page (never shown). */
const WORD_META = /data-pagefind-meta="(?:keywords|synonyms|title_synonyms)\[data-value\]"[^>]*?\sdata-value="([^"]*)"/g;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** Decodes the entities Astro writes into text and attributes. */
export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39|nbsp);/g, (m) => ENTITIES[m] ?? m);
}

/** Removes every element marked data-pagefind-ignore (with its content), as the indexer does. */
export function withoutIgnored(html: string): string {
  const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/i;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = m[1]!.toLowerCase();
    const same = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    same.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = same.exec(html); t; t = same.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    html = `${html.slice(0, m.index)} ${html.slice(end)}`;
  }
  return html;
}

/** What the index reads of one page. */
export interface IndexedText {
  /** The page's <html lang>, lowercased. */
  lang: string;
  /** The h1. */
  title: string;
  /** The editors' search keywords and the synonyms added for them (metadata, never shown). */
  keywords: string;
  /** Every indexed word of the page's visible text, title included. */
  body: string;
}

const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' '));

/** Reads a page (the HTML the index receives: <html lang> and the data-pagefind-body part). */
export function indexedText(html: string): IndexedText | undefined {
  const lang = /<html\b[^>]*\blang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase();
  if (!lang) return undefined;
  const indexed = withoutIgnored(html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' '));
  return {
    lang,
    title: textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(indexed)?.[1] ?? ''),
    keywords: [...indexed.matchAll(WORD_META)].map((m) => decodeEntities(m[1]!)).join(', '),
    body: textOf(indexed),
  };
}

/** Lowercased runs of letters: the words of a text as the vocabulary and compound splitting count them. */
export function letterWords(text: string): string[] {
  return text.toLocaleLowerCase().match(/\p{L}+/gu) ?? [];
}
