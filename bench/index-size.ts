// The size of the search index the build wrote, by kind of file, and what the compound parts add to
// it: the same built pages are indexed again without them (src/integrations/search-compounds.ts) in a
// copy of the site, and both bundles are measured file by file.
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { indexSite } from '../src/integrations/pagefind.ts';

/** Bytes on disk (Pagefind's files are compressed at rest) per kind of file in a `pagefind/` bundle. */
export type IndexSize = Record<'index chunks' | 'fragments' | 'filters' | 'metadata' | 'vocabulary' | 'runtime' | 'total', number>;

/** What one index holds and weighs. */
export interface IndexMeasure {
  bytes: IndexSize;
  /** Pages and words per language, as Pagefind reported them. */
  languages: { lang: string; pages: number; words?: number }[];
}

/** Index size with and without compound parts. */
export interface IndexSizes {
  size: number;
  withParts: IndexMeasure;
  withoutParts: IndexMeasure;
}

function kindOf(rel: string): keyof IndexSize {
  if (rel.startsWith(`index${path.sep}`)) return 'index chunks';
  if (rel.startsWith(`fragment${path.sep}`)) return 'fragments';
  if (rel.startsWith(`filter${path.sep}`)) return 'filters';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(rel)) return 'metadata';
  if (/^vocabulary\./.test(rel)) return 'vocabulary';
  return 'runtime';
}

/** Sums the files of `<site>/pagefind/` per kind. */
export async function bundleSize(site: string): Promise<IndexSize> {
  const dir = path.join(site, 'pagefind');
  const out: IndexSize = { 'index chunks': 0, fragments: 0, filters: 0, metadata: 0, vocabulary: 0, runtime: 0, total: 0 };
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const bytes = (await stat(file)).size;
    out[kindOf(path.relative(dir, file))] += bytes;
    out.total += bytes;
  }
  return out;
}

/** Reads the pages and words a build log's "Indexed …" line reports per language. */
export function languagesOf(indexedLine: string | undefined): IndexMeasure['languages'] {
  return [...(indexedLine ?? '').matchAll(/(\w+): (\d+) pages(?:, (\d+) words)?/g)].map((m) => ({
    lang: m[1]!,
    pages: Number(m[2]),
    ...(m[3] ? { words: Number(m[3]) } : {}),
  }));
}

/** Measures the built site's index, then indexes a copy of its pages without compound parts and measures that. */
export async function measureIndexSizes(site: string, size: number, indexedLine: string | undefined): Promise<IndexSizes> {
  const withParts = { bytes: await bundleSize(site), languages: languagesOf(indexedLine) };
  const copy = await mkdtemp(path.join(tmpdir(), 'mkb-bench-index-'));
  try {
    // Only the pages (and their folders): images and scripts play no part in the index.
    const bundle = path.join(site, 'pagefind');
    await cp(site, copy, {
      recursive: true,
      filter: (src) => !src.startsWith(bundle) && (src.endsWith('.html') || path.extname(src) === ''),
    });
    const languages = await indexSite(copy, { compounds: false });
    return { size, withParts, withoutParts: { bytes: await bundleSize(copy), languages } };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
