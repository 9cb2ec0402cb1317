// Reads built pages with a real HTML parser (parse5), so assertions see what a browser would.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Every element of a document, in document order. */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) out.push(node as Element);
    const children = (node as { childNodes?: Node[] }).childNodes ?? [];
    for (const child of children) walk(child);
    const content = (node as { content?: Node }).content;
    if (content) walk(content);
  };
  walk(root);
  return out;
}

/** An attribute's value, or undefined. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text inside an element, whitespace collapsed. */
export function text(el: Node): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeName === '#text') s += (n as { value: string }).value;
    for (const c of (n as { childNodes?: Node[] }).childNodes ?? []) walk(c);
  };
  walk(el);
  return s.replace(/\s+/g, ' ').trim();
}

export interface BuiltPage {
  path: string;
  html: string;
  all: Element[];
  lang: string | undefined;
  title: string;
  description: string | undefined;
  canonical: string | undefined;
  /** hreflang → href */
  hreflang: Record<string, string>;
  h1s: string[];
  robots: string | undefined;
}

/** File of a site path in a built folder (`/gidsen/x/` → `gidsen/x/index.html`). */
export function fileOf(outDir: string, sitePath: string): string {
  const rel = sitePath.replace(/^\//, '');
  return path.join(outDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
}

/** Parses the built page at `sitePath`. */
export async function readPage(outDir: string, sitePath: string): Promise<BuiltPage> {
  const html = await readFile(fileOf(outDir, sitePath), 'utf8');
  const doc = parse(html);
  const all = elements(doc);
  const find = (pred: (e: Element) => boolean) => all.find(pred);
  const hreflang: Record<string, string> = {};
  for (const e of all) {
    if (e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'hreflang')) hreflang[attr(e, 'hreflang')!] = attr(e, 'href')!;
  }
  return {
    path: sitePath,
    html,
    all,
    lang: attr(find((e) => e.tagName === 'html')!, 'lang'),
    title: text(find((e) => e.tagName === 'title') ?? doc),
    description: attr(
      find((e) => e.tagName === 'meta' && attr(e, 'name') === 'description') ?? ({ attrs: [] } as unknown as Element),
      'content',
    ),
    canonical: attr(find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical') ?? ({ attrs: [] } as unknown as Element), 'href'),
    hreflang,
    h1s: all.filter((e) => e.tagName === 'h1').map((e) => text(e)),
    robots: attr(find((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots') ?? ({ attrs: [] } as unknown as Element), 'content'),
  };
}

/** Site paths of every built HTML page. */
export async function builtPaths(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .map((p) => p.replace(/index\.html$/, ''))
    .sort();
}

/** Site paths of the pages directly below a section (`/gidsen/` → `/gidsen/a/`, not `/gidsen/thema/x/`). */
export async function pagesIn(outDir: string, section: string, exclude: string[] = []): Promise<string[]> {
  const entries = await readdir(fileOf(outDir, section).replace(/index\.html$/, ''), { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !exclude.includes(e.name))
    .map((e) => `${section}${e.name}/`)
    .sort();
}
