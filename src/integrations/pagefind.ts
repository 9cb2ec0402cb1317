// Builds the Pagefind search index at the end of every `astro build`, so no build ships without one.
// Pagefind splits the index per language from each page's <html lang> and stems Dutch pages with
// its Dutch stemmer; only the element marked data-pagefind-body (the detail pages' <main>) is indexed.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { WORD_CHARACTERS } from '../lib/search-words.ts';
import { compoundSplitters, withCompoundParts } from './search-compounds.ts';
import { VocabularyCollector } from './search-vocabulary.ts';

/** What one language's index holds. */
interface LanguageStats {
  lang: string;
  pages: number;
  /** Unique words in this language's index; undefined when Pagefind did not report it. */
  words?: number;
}

/** Thrown when Pagefind reports errors; the message lists each of them. */
class IndexingError extends Error {
  constructor(errors: string[]) {
    super(`Failed to index content: \n-${errors.join('\n-')}`);
    this.name = 'IndexingError';
  }
}

/** The attribute in a tag (not the words in a page's text, where an editor could write them). */
const BODY_ATTRIBUTE = /<([a-z][a-z0-9-]*)\b[^<>]*\sdata-pagefind-body[\s=>]/i;
const HTML_TAG = /<html\b[^<>]*>/i;

/**
 * What Pagefind needs of a page: its <html lang> and the data-pagefind-body element, which holds the
 * text, the weights, the metadata and the filters (src/components/search/SearchMeta.astro). Sending
 * only that spares Pagefind parsing the head, header and footer of 10,000 pages;
 * a test checks the index comes out identical to one built from the whole files. Undefined when the
 * page has no such element.
 */
function indexablePart(html: string): string | undefined {
  const body = BODY_ATTRIBUTE.exec(html);
  if (!body) return undefined;
  // One <main> per page, so its end is the last </main>; any other element is sent whole.
  if (body[1]!.toLowerCase() !== 'main') return html;
  const end = html.lastIndexOf('</main>');
  if (end < body.index) return html;
  const htmlTag = HTML_TAG.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${htmlTag}<head></head><body>${html.slice(body.index, end + '</main>'.length)}</body></html>`;
}

/**
 * How Pagefind reads words, for the build and for anything that indexes the built site again: an
 * apostrophe stays inside a word, so "’s" never becomes the word "s" (src/lib/search-words.ts).
 */
export const INDEX_CONFIG = { includeCharacters: WORD_CHARACTERS } as const satisfies pagefind.PagefindServiceConfig;

/**
 * One build's search index over the built pages in `siteDir`: `finish` reads every page once to
 * count the site's words (the vocabulary), writes each Dutch page's compound parts into it
 * (search-compounds.ts), indexes it, and writes the bundle to `<siteDir>/pagefind/`.
 */
class SiteIndex {
  private readonly errors: string[] = [];
  private readonly vocabulary = new VocabularyCollector();

  private readonly index: pagefind.PagefindIndex;
  private readonly logDir: string;

  private readonly compounds: boolean;

  private constructor(index: pagefind.PagefindIndex, logDir: string, compounds: boolean) {
    this.index = index;
    this.logDir = logDir;
    this.compounds = compounds;
  }

  /** Starts Pagefind; `compounds: false` leaves compound parts out (the bench measures what they cost). */
  static async open({ compounds = true }: { compounds?: boolean } = {}): Promise<SiteIndex> {
    // Pagefind's Node API reports pages but not words; its log file has both, per language.
    const logDir = await mkdtemp(path.join(tmpdir(), 'pagefind-log-'));
    const created = await pagefind.createIndex({ ...INDEX_CONFIG, logfile: path.join(logDir, 'pagefind.log') });
    if (!created.index) {
      await SiteIndex.shutDown(logDir);
      throw new IndexingError(created.errors.length ? created.errors : ['Pagefind could not create an index.']);
    }
    return new SiteIndex(created.index, logDir, compounds);
  }

  /** Indexes every built page, writes the bundle and returns what each language holds. */
  async finish(siteDir: string): Promise<LanguageStats[]> {
    try {
      // A page without a data-pagefind-body element is skipped by Pagefind once any page has one, and
      // when none has one the index is written empty (below), so it need not be read twice or sent.
      const indexed: { file: string; url: string }[] = [];
      for (const file of await htmlFiles(siteDir)) {
        const content = indexablePart(await readFile(path.join(siteDir, file), 'utf8'));
        if (content === undefined) continue;
        this.vocabulary.addPage(content);
        indexed.push({ file, url: pageUrl(file) });
      }
      const outputPath = path.join(siteDir, 'pagefind');
      if (indexed.length === 0) {
        // No page marks its main content (e.g. an empty dataset), so Pagefind would index whole pages,
        // navigation and search page included. An empty index is the honest answer.
        return await writeEmptyIndex(outputPath);
      }
      // Compounds are split against the whole site's words, so only now, with every page counted.
      const splitters = this.compounds ? compoundSplitters((lang) => this.vocabulary.frequencies(lang)) : new Map();
      const pending: Promise<void>[] = [];
      for (const { file, url } of indexed) {
        const filePath = path.join(siteDir, file);
        const html = await readFile(filePath, 'utf8');
        const withParts = withCompoundParts(html, indexablePart(html)!, splitters);
        if (withParts !== html) await writeFile(filePath, withParts);
        pending.push(
          this.index.addHTMLFile({ url, content: indexablePart(withParts)! }).then(
            (added) => void this.errors.push(...added.errors.map((e) => `${url}: ${e}`)),
            (error: unknown) => void this.errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`),
          ),
        );
      }
      await Promise.all(pending);
      if (this.errors.length) throw new IndexingError(this.errors);
      const written = await this.index.writeFiles({ outputPath });
      if (written.errors.length) throw new IndexingError(written.errors);
      await this.vocabulary.write(siteDir);
      const log = await readFile(path.join(this.logDir, 'pagefind.log'), 'utf8').catch(() => '');
      const pages = await pagesPerLanguage(siteDir);
      const words = wordsPerLanguage(log);
      return Object.entries(pages)
        .map(([lang, count]) => ({ lang, pages: count, words: words.get(lang) }))
        .sort((a, b) => b.pages - a.pages || a.lang.localeCompare(b.lang));
    } finally {
      await this.close();
    }
  }

  /** Stops Pagefind's process; safe to call more than once. */
  async close(): Promise<void> {
    await SiteIndex.shutDown(this.logDir);
  }

  /** The same, synchronously, for a process that is exiting (a build that failed before the end). */
  closeNow(): void {
    void pagefind.close(); // stops the process before it returns its promise
    rmSync(this.logDir, { recursive: true, force: true });
  }

  private static async shutDown(logDir: string): Promise<void> {
    await pagefind.close();
    await rm(logDir, { recursive: true, force: true });
  }
}

/** A built file's address on the site: `gidsen/energie/index.html` → `/gidsen/energie/`. */
function pageUrl(file: string): string {
  return encodeURI(
    `/${file
      .split(path.sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`,
  );
}

/** Indexes an already built site in `siteDir` (every page read from disk). */
export async function indexSite(siteDir: string, options: { compounds?: boolean } = {}): Promise<LanguageStats[]> {
  const index = await SiteIndex.open(options);
  return index.finish(siteDir);
}

/** HTML files under `dir`, relative to it, outside Pagefind's own bundle. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((rel) => !rel.startsWith(`pagefind${path.sep}`))
    .sort();
}

/** Writes a bundle with no pages, so the search page loads and finds nothing instead of failing. */
async function writeEmptyIndex(outputPath: string): Promise<LanguageStats[]> {
  const created = await pagefind.createIndex(INDEX_CONFIG);
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
function wordsPerLanguage(log: string): Map<string, number> {
  const words = new Map<string, number>();
  const block = /Language ([A-Za-z0-9_-]+):\s*\n\s*Indexed [\d,]+ pages?\s*\n\s*Indexed ([\d,]+) words?/g;
  for (const m of log.matchAll(block)) words.set(m[1]!, Number(m[2]!.replace(/,/g, '')));
  return words;
}

/** One log line: pages, words, languages and how long indexing took. */
function summaryLine(stats: LanguageStats[], ms: number): string {
  const pages = stats.reduce((n, s) => n + s.pages, 0);
  const known = stats.every((s) => s.words !== undefined);
  const words = stats.reduce((n, s) => n + (s.words ?? 0), 0);
  const langs = stats.map((s) => `${s.lang}: ${s.pages} pages${s.words === undefined ? '' : `, ${s.words} words`}`).join('; ');
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

/**
 * Astro integration: the Pagefind index is part of every build, written from the finished pages once
 * every page exists. (Feeding pages to Pagefind while they rendered was measured to save nothing at
 * 10,000 documents, so the index is built in one step over the staged site.) Register it before
 * atomic-dist.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'mkb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const index = await SiteIndex.open();
        // A build that fails while indexing must not leave Pagefind's process behind.
        const stop = () => index.closeNow();
        process.once('exit', stop);
        try {
          const stats = await index.finish(fileURLToPath(dir));
          report(logger, stats, performance.now() - started);
        } finally {
          process.off('exit', stop);
        }
      },
    },
  };
}
