// The editor report for the command line: content loaded the way the build loads it (same source,
// perspective and judgement) plus the report's extra query, then made by editor-report.ts, as the
// Studio's Redactierapport makes it.
import { listeningFrom, type ServiceLists } from '../editor-report-listening.ts';
import { type EditorReport, EXTRA_QUERY, type ExtraAnswer, makeEditorReport } from '../editor-report.ts';
import type { ContentSource } from '../source-types.ts';
import { loadContent } from './load.ts';
import { openContentSource, type SourceOptions } from './open-source.ts';

export interface EditorReportOptions extends SourceOptions {
  /** Limit the report to the partner with this slug. */
  partner?: string;
  /** The moment content is judged at. */
  now: Date;
  source?: ContentSource;
  /** The service's lists (its read API's answer), or why they could not be read; absent: no service. */
  service?: ServiceLists | { unavailable: string };
}

/** Loads content the way the build does and makes the editor report. */
export async function loadEditorReport(options: EditorReportOptions): Promise<EditorReport> {
  const source = options.source ?? (await openContentSource(options));
  const [content, extra] = await Promise.all([
    loadContent({ ...options, source }),
    source.query('editor report', EXTRA_QUERY) as Promise<ExtraAnswer>,
  ]);
  const report = makeEditorReport(content, extra, options.now, options.partner);
  if (options.service) {
    report.listening = listeningFrom(
      options.service,
      content.collections.partners as { _id: string; name: string }[],
      extra.owners,
      report.partner?.id,
    );
  }
  return report;
}
