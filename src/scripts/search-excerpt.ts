// Pagefind's excerpt is escaped text with <mark> around matches. We never assign it as HTML: we
// split on the marks, decode the few entities Pagefind writes, and build text nodes and <mark>s.

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/** Decodes the entities Pagefind's escaping produces. */
export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

/** Splits an excerpt into plain and highlighted parts. */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of excerpt.matchAll(re)) {
    if (m.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, m.index)), marked: false });
    parts.push({ text: decodeEntities(m[1]!), marked: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  // Any other tag would be Pagefind's bug or an attack; show it as the text it is.
  return parts.filter((p) => p.text.length > 0);
}

/** Fills `target` with the excerpt as text nodes and <mark> elements. */
export function renderExcerpt(target: HTMLElement, excerpt: string): void {
  const doc = target.ownerDocument;
  target.replaceChildren(
    ...excerptParts(excerpt).map((p) => {
      if (!p.marked) return doc.createTextNode(p.text);
      const mark = doc.createElement('mark');
      mark.textContent = p.text;
      return mark;
    }),
  );
}
