// Builds the Pagefind search index at the end of every `astro build`, so no build ships without one.
// Pagefind splits the index per language from each page's <html lang> and stems Dutch pages with
// its Dutch stemmer; only the element marked data-pagefind-body (the detail pages' <main>) is indexed.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** What one language's index holds. */
export interface LanguageStats {
  lang: string;
  pages: number;
  /** Unique words in this language's index; undefined when Pagefind did not report it. */
  words?: number;
}

/** Thrown when Pagefind reports errors; the message lists each of them. */
export class IndexingError extends Error {
  constructor(errors: string[]) {
    super('Failed to index content: \n-' + errors.join('\n-'));
    this.name = 'IndexingError';
  }
}

/** Indexes the built site in `siteDir` and writes the bundle to `<siteDir>/pagefind/`. */
export async function indexSite(siteDir: string): Promise<LanguageStats[]> {
  // Pagefind's Node API reports pages but not words; its log file has both, per language.
  const logDir = await mkdtemp(path.join(tmpdir(), 'pagefind-log-'));
  const logfile = path.join(logDir, 'pagefind.log');
  const errors: string[] = [];
  try {
    const created = await pagefind.createIndex({ logfile });
    errors.push(...created.errors);
    const index = created.index;
    if (!index) throw new IndexingError(errors.length ? errors : ['Pagefind could not create an index.']);

    const added = await index.addDirectory({ path: siteDir });
    errors.push(...added.errors);
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
    if (errors.length) throw new IndexingError(errors);

    const log = await readFile(logfile, 'utf8').catch(() => '');
    if (added.page_count > 0 && !log.includes('data-pagefind-body')) {
      // No page marks its main content (e.g. an empty dataset), so Pagefind indexed whole pages,
      // navigation and search page included. An empty index is the honest answer.
      await rm(outputPath, { recursive: true, force: true });
      return await writeEmptyIndex(outputPath);
    }
    const pages = await pagesPerLanguage(siteDir);
    const words = wordsPerLanguage(log);
    return Object.entries(pages)
      .map(([lang, count]) => ({ lang, pages: count, words: words.get(lang) }))
      .sort((a, b) => b.pages - a.pages || a.lang.localeCompare(b.lang));
  } finally {
    await pagefind.close();
    await rm(logDir, { recursive: true, force: true });
  }
}

/** Writes a bundle with no pages, so the search page loads and finds nothing instead of failing. */
async function writeEmptyIndex(outputPath: string): Promise<LanguageStats[]> {
  const created = await pagefind.createIndex();
  const errors = [...created.errors];
  if (created.index) errors.push(...(await created.index.writeFiles({ outputPath })).errors);
  if (errors.length || !created.index) throw new IndexingError(errors.length ? errors : ['Pagefind could not create an index.']);
  return [];
}

/** Page counts per language from the bundle's entry file (Pagefind's own, stable format). */
async function pagesPerLanguage(siteDir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, v]) => [lang, v.page_count]));
}

/** Reads "Language nl: / Indexed N pages / Indexed M words" blocks from Pagefind's log; last one wins. */
export function wordsPerLanguage(log: string): Map<string, number> {
  const words = new Map<string, number>();
  const block = /Language ([A-Za-z0-9_-]+):\s*\n\s*Indexed [\d,]+ pages?\s*\n\s*Indexed ([\d,]+) words?/g;
  for (const m of log.matchAll(block)) words.set(m[1]!, Number(m[2]!.replace(/,/g, '')));
  return words;
}

/** One log line: pages, words, languages and how long indexing took. */
export function summaryLine(stats: LanguageStats[], ms: number): string {
  const pages = stats.reduce((n, s) => n + s.pages, 0);
  const known = stats.every((s) => s.words !== undefined);
  const words = stats.reduce((n, s) => n + (s.words ?? 0), 0);
  const langs = stats
    .map((s) => `${s.lang}: ${s.pages} pages${s.words === undefined ? '' : `, ${s.words} words`}`)
    .join('; ');
  const wordPart = known ? ` and ${words} words` : '';
  return `Indexed ${pages} pages${wordPart} in ${stats.length} languages (${langs}) in ${(ms / 1000).toFixed(2)} s`;
}

function report(logger: AstroIntegrationLogger, stats: LanguageStats[], ms: number): void {
  logger.info(summaryLine(stats, ms));
  if (stats.reduce((n, s) => n + s.pages, 0) === 0) {
    logger.warn(
      'No page was indexed: no built page has a data-pagefind-body element. Search will find nothing until detail pages mark their <main> with it.',
    );
  }
}

/** Astro integration: the Pagefind index is part of every build. Register it before atomic-dist. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'mkb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const stats = await indexSite(fileURLToPath(dir));
        report(logger, stats, performance.now() - started);
      },
    },
  };
}
