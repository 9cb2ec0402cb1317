// Reads the built site the way the index sees it: every page whose <main> is marked for search,
// with its language, visible main text and the filter values SearchMeta gave it. Tests compare
// what search shows with this.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeEntities as decode, withoutIgnored } from '../../src/integrations/indexed-text.ts';

export interface BuiltPage {
  /** Site path, e.g. /gidsen/back-ups-maken/ */
  path: string;
  lang: string;
  title: string;
  /** Visible text of <main>, tags stripped. */
  text: string;
  /** Filter values per key (type, theme, partner, when), as indexed. */
  filters: Record<string, string[]>;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** Every built page that search indexes. */
export async function builtDetailPages(outDir: string): Promise<BuiltPage[]> {
  const out: BuiltPage[] = [];
  for (const file of await htmlFiles(outDir)) {
    const html = await readFile(file, 'utf8');
    const main = /<main\b[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
    if (main === undefined) continue;
    const rel = path.relative(outDir, file).split(path.sep).join('/');
    const filters: Record<string, string[]> = {};
    for (const m of main.matchAll(/data-pagefind-filter="(\w+)\[data-value\]"[^>]*?data-value="([^"]*)"/g)) {
      filters[m[1]!] ??= [];
      filters[m[1]!]!.push(decode(m[2]!));
    }
    const visible = withoutIgnored(main)
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<div hidden[^>]*data-search-meta[\s\S]*?<\/div>/g, ' ')
      .replace(/<[^>]+>/g, ' ');
    out.push({
      path: `/${rel.replace(/index\.html$/, '')}`,
      lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '',
      title: decode(
        /<h1\b[^>]*>([\s\S]*?)<\/h1>/
          .exec(main)?.[1]
          ?.replace(/<[^>]+>/g, '')
          .trim() ?? '',
      ),
      text: decode(visible).replace(/\s+/g, ' '),
      filters,
    });
  }
  return out;
}
