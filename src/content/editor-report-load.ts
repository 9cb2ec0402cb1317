// The editor report for the command line: content loaded the way the build loads it
// (loadSiteContent: same source, perspective and validation) plus the report's extra query, then
// made by editor-report.ts, as the Studio's Redactierapport makes it.
import { siteNow } from '../lib/build-env.ts';
import { type EditorReport, EXTRA_QUERY, type ExtraAnswer, makeEditorReport } from './editor-report.ts';
import { loadSiteContent } from './load.ts';
import { openContentSource, type SourceOptions } from './source.ts';
import type { ContentSource } from './source-types.ts';

export interface EditorReportOptions extends SourceOptions {
  /** Limit the report to the partner with this slug. */
  partner?: string;
  now?: Date;
  source?: ContentSource;
}

/** Loads content the way the build does and makes the editor report. */
export async function loadEditorReport(options: EditorReportOptions = {}): Promise<EditorReport> {
  const env = options.env ?? process.env;
  const now = options.now ?? siteNow(env);
  const source = options.source ?? (await openContentSource(options));
  const [content, extra] = await Promise.all([
    loadSiteContent({ ...options, env, now, source, reportDir: false, strict: false }),
    source.query('editor report', EXTRA_QUERY) as Promise<ExtraAnswer>,
  ]);
  return makeEditorReport(content, extra, now, options.partner);
}
