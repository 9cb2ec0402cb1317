// The checks on structure: link texts, headings in Portable Text, and alt texts of images. Each
// looks at one link, block or image; the document walk (document.ts) feeds them.
import type { Finding } from './findings.ts';
import { ALT_MAX_LENGTH, ALT_PREFIXES, VAGUE_LINK_TEXTS } from './lists.ts';
import { normalised, words } from './text.ts';

const VAGUE = new Set(VAGUE_LINK_TEXTS);

/** A web address standing as text: `https://…`, `www.…`, or a domain with a path (`rotterdam.nl/…`). */
const BARE_URL = /^(?:https?:\/\/\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+\/\S*)$/i;

/** A link text that means nothing out of context, or that is a bare web address. */
export function linkTextProblem(text: string): Finding | undefined {
  const trimmed = text.trim();
  if (BARE_URL.test(trimmed)) return { kind: 'link-url', passage: trimmed, detail: {} };
  if (VAGUE.has(normalised(trimmed))) return { kind: 'link-vague', passage: trimmed, detail: {} };
  return undefined;
}

/** A Portable Text block as stored: style, list item, spans with marks, mark definitions. */
export interface Block {
  _type: 'block';
  _key?: string;
  style?: string;
  listItem?: string;
  children?: { _type?: string; text?: string; marks?: string[] }[];
  markDefs?: { _key?: string; _type?: string; href?: string; reference?: { _ref?: string }; target?: { _id?: string } | null }[];
}

/** The text of a block. */
export function blockText(block: Block): string {
  const children = block.children ?? [];
  // Most blocks are one span: no joining needed.
  if (children.length === 1) return typeof children[0]!.text === 'string' ? children[0]!.text : '';
  let text = '';
  for (const child of children) if (typeof child.text === 'string') text += child.text;
  return text;
}

const HEADING_LEVELS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** The heading level of a block ("h2" → 2), or 0 for other text. */
export function headingLevel(block: Block): number {
  const style = block.style;
  // Almost every block is a normal paragraph: spare it the lookup.
  if (style === 'normal') return 0;
  return (style && HEADING_LEVELS[style]) || 0;
}

/**
 * Checks a heading against the one before it in the same text (`previous`; 0 when it is the first):
 * an empty heading, or one that goes more than one level deeper.
 */
export function headingProblem(block: Block, previous: number): Finding | undefined {
  const level = headingLevel(block);
  const text = blockText(block).trim();
  if (!text) return { kind: 'heading-empty', passage: '', detail: { to: level } };
  if (previous && level > previous + 1) return { kind: 'heading-skip', passage: text, detail: { from: previous, to: level } };
  return undefined;
}

/** The most words a bold line may have and still be read as a heading. */
const FAKE_HEADING_WORDS = 12;

/** A normal paragraph that is bold from start to end, short, and not a sentence: a heading in disguise. */
export function fakeHeading(block: Block): Finding | undefined {
  if (headingLevel(block) || block.listItem || (block.style && block.style !== 'normal')) return undefined;
  // The cheap test first: almost every paragraph has a span that is not bold.
  let bold = 0;
  for (const child of block.children ?? []) {
    if (typeof child.text !== 'string' || !child.text.trim()) continue;
    if (!child.marks?.includes('strong')) return undefined;
    bold++;
  }
  if (bold === 0) return undefined;
  const text = blockText(block).trim();
  if (/[.!?;,]$/.test(text) || words(text).length > FAKE_HEADING_WORDS) return undefined;
  return { kind: 'fake-heading', passage: text, detail: {} };
}

/** The links of a block: each mark definition with the text of the spans that carry it and where it goes. */
export function blockLinks(block: Block): { text: string; target: string }[] {
  const links: { text: string; target: string }[] = [];
  for (const def of block.markDefs ?? []) {
    const target = def._type === 'link' ? def.href : def._type === 'internalLink' ? (def.reference?._ref ?? def.target?._id) : undefined;
    if (!def._key || !target) continue;
    const text = (block.children ?? [])
      .filter((c) => c.marks?.includes(def._key!))
      .map((c) => c.text ?? '')
      .join('');
    links.push({ text, target: target.replace(/^drafts\./, '') });
  }
  return links;
}

/** An image as stored or as the build normalises it: alt text, caption, and where the file came from. */
export interface ImageValue {
  alt?: string;
  caption?: string;
  /** The file's own name, when the source knows it (`asset->originalFilename`). */
  originalFilename?: string;
  /** Sanity's export form: `image@file://./images/<name>`. */
  _sanityAsset?: string;
  /** The build's file path. */
  file?: string;
  asset?: { _ref?: string };
}

/** The file name an image was uploaded with, without folder or extension, as far as the value tells. */
function fileName(image: ImageValue): string | undefined {
  const source = image.originalFilename ?? image._sanityAsset ?? image.file;
  if (!source) return undefined;
  return source
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[a-z0-9]{2,5}$/i, '');
}

/** Looks like a file name: an image extension, or a camera's or screenshot's own name. */
const FILE_NAME_LIKE =
  /\.(?:jpe?g|png|gif|webp|avif|svg|heic|tiff?)$|^(?:img|dsc|dscn|dcim|pxl|screenshot|schermafbeelding|image|foto)[-_ ]?\d/i;

/** Compares two names the way a reader hears them: without case, separators or extension. */
const spoken = (text: string) =>
  normalised(text.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[-_.]+/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** The problems of an image's alt text: a file name, "afbeelding van …", too long, or the caption again. */
export function altTextProblems(image: ImageValue): Finding[] {
  const alt = image.alt?.trim();
  if (!alt) return [];
  const found: Finding[] = [];
  const name = fileName(image);
  // A file name read aloud is about as long as the alt text; only then are the two compared.
  const sameAsName = name !== undefined && Math.abs(name.length - alt.length) <= 5 && spoken(name) === spoken(alt);
  if (FILE_NAME_LIKE.test(alt) || sameAsName) found.push({ kind: 'alt-filename', passage: alt, detail: {} });
  const lower = alt.toLowerCase();
  const prefix = ALT_PREFIXES.find((p) => lower.startsWith(`${p} `) || lower === p);
  if (prefix) found.push({ kind: 'alt-prefix', passage: alt.slice(0, prefix.length), detail: {} });
  if ([...alt].length > ALT_MAX_LENGTH) found.push({ kind: 'alt-long', passage: alt, detail: { count: [...alt].length } });
  if (image.caption && normalised(image.caption) === normalised(alt)) found.push({ kind: 'alt-caption', passage: alt, detail: {} });
  return found;
}
