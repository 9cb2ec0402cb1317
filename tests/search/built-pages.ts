// Reads the built site the way the index sees it: every page whose <main> is marked for search,
// with its language, visible main text and the filter values SearchMeta gave it. Tests compare
// what search shows with this.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

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

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Removes every element marked data-pagefind-ignore (with its content), as the indexer does. */
function withoutIgnored(html: string): string {
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
