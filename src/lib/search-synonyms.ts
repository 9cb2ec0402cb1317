// Synonyms the editors maintain (site settings, per language): a page that uses one word of a group
// is also found by the group's other words. Applied when a page is rendered, so what the index reads
// is exactly what dist/ holds.

/** One group of words that mean the same to someone searching. */
export interface SynonymGroup {
  words: readonly string[];
}

/** Lowercased words of a text (letters and digits; "zonne-energie" is two words). */
function tokens(text: string): string[] {
  return text.toLocaleLowerCase('nl').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words to add to a page's search keywords: for every group with at least one word (or phrase)
 * in `text`, the group's other words. Words the page already has are not repeated.
 */
export function synonymsFor(text: string, groups: readonly SynonymGroup[]): string[] {
  const words = tokens(text);
  const single = new Set(words);
  const stream = ` ${words.join(' ')} `;
  const has = (entry: string) => {
    const t = tokens(entry);
    if (t.length === 0) return false;
    return t.length === 1 ? single.has(t[0]!) : stream.includes(` ${t.join(' ')} `);
  };
  const out = new Set<string>();
  for (const group of groups) {
    const present = group.words.filter(has);
    if (present.length === 0) continue;
    for (const w of group.words) if (!present.includes(w)) out.add(w.trim());
  }
  return [...out].filter(Boolean);
}

/** The text of rendered HTML that search reads: element text plus the values of data-value attributes (keywords). */
export function searchableText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*?\sdata-value="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&quot;/g, ' ');
}

/**
 * A rendered page's synonyms in two parts: those of words in its title or its editors' keywords
 * (`title`, ranked like a title match) and those of words only in its body (`body`).
 */
export function pageSynonyms(html: string, groups: readonly SynonymGroup[]): { title: string[]; body: string[] } {
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  const keywords = [...html.matchAll(/data-pagefind-meta="keywords\[data-value\]"[^>]*?\sdata-value="([^"]*)"/g)]
    .map((m) => m[1])
    .join(' ');
  const title = synonymsFor(searchableText(`${heading} ${keywords}`), groups);
  const inTitle = new Set(title);
  return { title, body: synonymsFor(searchableText(html), groups).filter((w) => !inTitle.has(w)) };
}
