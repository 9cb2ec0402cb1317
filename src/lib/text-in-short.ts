// Plain text in short from Portable Text, for places that sum a rich text up in a line or two
// (a scheme's "Past dit bij mij?" block). Headings, images and callouts are left out.

interface Span {
  text?: unknown;
}
interface Block {
  _type?: string;
  style?: string;
  listItem?: string;
  children?: Span[];
}

/**
 * The text of the paragraphs and list items of `blocks`, in order, cut at a word after about
 * `max` characters (with "…"). A paragraph ending in ":" is followed by its list items joined
 * with "; ", so "Je kunt aanvragen als:" keeps its conditions.
 */
export function textInShort(blocks: readonly Block[] | undefined, max: number): string {
  let out = '';
  for (const block of blocks ?? []) {
    if (block._type !== 'block' || (block.style && !['normal', 'blockquote'].includes(block.style))) continue;
    const text = (block.children ?? [])
      .map((c) => (typeof c.text === 'string' ? c.text : ''))
      .join('')
      .trim();
    if (!text) continue;
    const joiner = !out ? '' : block.listItem && /[:;]$/.test(out) ? ' ' : block.listItem ? '; ' : ' ';
    out += joiner + text;
    if (out.length >= max) break;
  }
  if (out.length <= max) return out;
  const cut = out.slice(0, max + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.]+$/, '')}…`;
}
