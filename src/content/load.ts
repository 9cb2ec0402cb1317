// The content pipeline's input and output: query the source once per collection, have judge.ts
// judge the answers (normalise, validate, duplicates, references, translations, report), guard
// against a shrinking site, write the report, fail in strict mode. The Astro loader (loader.ts) and
// tests call loadSiteContent.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isStrict, siteNow } from '../lib/build-env.ts';
import { ContentSourceError, ContentValidationError } from './errors.ts';
import { checkAnswer, judgeContent, type SiteContent } from './judge.ts';
import { COLLECTION_NAMES, QUERIES, type CollectionName, type QueryResults } from './queries.ts';
import { describeProblems, problemCount, publishedTotal, type ContentReport } from './report.ts';
import { readPublishedCount, shrinkAllowed, shrinkProblem } from './shrink-guard.ts';
import { openContentSource, type SourceOptions } from './source.ts';
import type { ContentSource } from './source-types.ts';

export type { SiteCollections, SiteContent } from './judge.ts';

export interface LoadOptions extends SourceOptions {
  /** The moment campaigns are judged at (default SITE_NOW or the clock). */
  now?: Date;
  /** Folder for content-report.json (default REPORT_DIR or `reports`); false: do not write. */
  reportDir?: string | false;
  /** Fail on any problem (default CONTENT_STRICT). */
  strict?: boolean;
  /** Use this source instead of the configured one. */
  source?: ContentSource;
}

/** Loads, checks and shapes all site content; throws ContentValidationError in strict mode. */
export async function loadSiteContent(options: LoadOptions = {}): Promise<SiteContent> {
  const env = options.env ?? process.env;
  const root = options.root ?? process.cwd();
  const now = options.now ?? siteNow(env);
  const source = options.source ?? (await openContentSource(options));

  const raw = await Promise.all(COLLECTION_NAMES.map((name) => queryCollection(source, name)));
  if (raw.every((docs) => docs.length === 0)) {
    throw new ContentSourceError(
      `${source.label} answered no documents at all for any of the ${COLLECTION_NAMES.length} queries. An empty source would publish an empty site; check SANITY_PROJECT_ID, SANITY_DATASET or CONTENT_FILE.`,
    );
  }

  const { collections, report } = judgeContent(raw, source, now);
  const drafts = source.perspective === 'drafts';

  const dir = options.reportDir ?? path.resolve(root, env.REPORT_DIR?.trim() || 'reports');
  // Only a public build is compared: a preview shows drafts and never replaces the public site.
  if (dir !== false && !drafts && !shrinkAllowed(env)) {
    const problem = shrinkProblem(await readPublishedCount(dir), publishedTotal(report), source.label);
    if (problem) throw new ContentSourceError(problem);
  }
  const reportFile = dir === false ? undefined : await writeContentReport(report, dir);
  if ((options.strict ?? isStrict(env)) && problemCount(report) > 0) {
    throw new ContentValidationError(
      `CONTENT_STRICT=1 and the content from ${source.label} has ${problemCount(report)} problem(s):\n` +
        describeProblems(report)
          .map((l) => `  - ${l}`)
          .join('\n') +
        (reportFile ? `\nFull list: ${reportFile}` : ''),
    );
  }
  return { collections, report, reportFile };
}

/**
 * Runs one collection's query. The source answers untrusted JSON (validated per document later); its
 * type is the one typegen generated from the Studio schema, so a renamed field breaks `npm run check`.
 */
async function queryCollection<N extends CollectionName>(source: ContentSource, name: N): Promise<QueryResults[N]> {
  const result = await source.query(name, QUERIES[name]);
  return checkAnswer(source.label, name, result);
}

/** Writes the report as `content-report.json` into `dir`; returns the file path. */
export async function writeContentReport(report: ContentReport, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'content-report.json');
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
