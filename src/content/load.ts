// The build's content load: the package's loadContent (source, queries, judgement), then what only a
// build does: guard against a shrinking site, write the report next to the build, fail in strict
// mode. The Astro loader (loader.ts), the schedule, the preview server and tests call loadSiteContent.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentSourceError, ContentValidationError } from '@mkb010/content/errors';
import type { SiteContent } from '@mkb010/content/judge';
import { type ContentReport, describeProblems, problemCount, publishedTotal } from '@mkb010/content/report';
import type { ContentSource } from '@mkb010/content/source-types';
import { loadContent, type SourceOptions } from '@mkb010/content/source';
import { isStrict, siteNow } from '../lib/build-env.ts';
import { readPublishedCount, shrinkAllowed, shrinkProblem } from './shrink-guard.ts';

export interface LoadOptions extends SourceOptions {
  /** The moment campaigns are judged at (default SITE_NOW or the clock). */
  now?: Date;
  /** Folder for content-report.json (default REPORT_DIR or `reports`); false: do not write. */
  reportDir?: string | false;
  /** Fail on any problem (default CONTENT_STRICT). */
  strict?: boolean;
  /** Use this source instead of the configured one. */
  source?: ContentSource;
  /** False: leave out the writing check (the benchmark times it on its own). */
  writing?: boolean;
}

/** Loads, checks and shapes all site content for a build; throws ContentValidationError in strict mode. */
export async function loadSiteContent(options: LoadOptions = {}): Promise<SiteContent> {
  const env = options.env ?? process.env;
  const root = options.root ?? process.cwd();
  const { collections, report } = await loadContent({ ...options, env, root, now: options.now ?? siteNow(env) });

  const dir = options.reportDir ?? path.resolve(root, env.REPORT_DIR?.trim() || 'reports');
  // Only a public build is compared: a preview shows drafts and never replaces the public site.
  if (dir !== false && report.perspective !== 'drafts' && !shrinkAllowed(env)) {
    const problem = shrinkProblem(await readPublishedCount(dir), publishedTotal(report), report.source);
    if (problem) throw new ContentSourceError(problem);
  }
  const reportFile = dir === false ? undefined : await writeContentReport(report, dir);
  if ((options.strict ?? isStrict(env)) && problemCount(report) > 0) {
    throw new ContentValidationError(
      `CONTENT_STRICT=1 and the content from ${report.source} has ${problemCount(report)} problem(s):\n` +
        describeProblems(report)
          .map((l) => `  - ${l}`)
          .join('\n') +
        (reportFile ? `\nFull list: ${reportFile}` : ''),
    );
  }
  return { collections, report, reportFile };
}

/** Writes the report as `content-report.json` into `dir`; returns the file path. */
async function writeContentReport(report: ContentReport, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'content-report.json');
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
