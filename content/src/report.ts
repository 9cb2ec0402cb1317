// The content report: what the build left out and why, for editors and CI. Written outside dist/.
import type { Perspective } from './perspective.ts';
import type { CollectionName } from './queries.ts';
import type { WritingReport } from './writing/index.ts';

export interface FieldProblem {
  /** Dotted field path inside the document, e.g. `steps[1].title` ('' for the whole document). */
  path: string;
  message: string;
}

export interface InvalidDocument {
  id: string;
  type: string;
  collection: CollectionName;
  /** Its line in the dataset file, when the source is one. */
  line?: number;
  problems: FieldProblem[];
}

export interface DuplicateSlug {
  type: string;
  language?: string;
  slug: string;
  /** The document that keeps the URL: the earliest created (ties: the smallest id). */
  kept: string;
  /** The others with the same slug, left out of the site. */
  leftOut: string[];
}

export interface DanglingReference {
  /** The document that holds the reference. */
  id: string;
  type: string;
  path: string;
  /** The id it refers to. */
  ref: string;
  reason: 'missing' | 'left-out';
}

export interface ScheduledCampaign {
  id: string;
  state: 'scheduled' | 'ended';
  publishFrom?: string;
  publishUntil?: string;
}

/** Something an editor should know that did not keep a document off the site. */
export interface ContentWarning {
  /** The document, when the warning is about one. */
  id?: string;
  type?: string;
  path?: string;
  message: string;
}

export interface ContentReport {
  generatedAt: string;
  source: string;
  perspective: Perspective;
  siteNow: string;
  counts: Record<CollectionName, { fetched: number; published: number; leftOut: number }>;
  /** Documents left out of the site (invalid or losing a duplicate slug). */
  leftOut: number;
  invalid: InvalidDocument[];
  duplicates: DuplicateSlug[];
  danglingReferences: DanglingReference[];
  /** Campaigns outside their publish window at siteNow (not on the published site, not an error). */
  campaignsOutsideWindow: ScheduledCampaign[];
  /** Text that was cleaned, bytes that were not UTF-8: published, but worth fixing at the source. */
  warnings: ContentWarning[];
  /** The writing check of the published documents (docs/writing-check.md); absent when it was not run. */
  writing?: WritingReport;
}

/** The number of documents the site publishes. */
export function publishedTotal(report: ContentReport): number {
  return Object.values(report.counts).reduce((sum, c) => sum + c.published, 0);
}

/** Number of problems an editor must fix. */
export function problemCount(report: ContentReport): number {
  return report.invalid.length + report.duplicates.length + report.danglingReferences.length;
}

/**
 * A log line with content in it, made safe for GitHub Actions the way its toolkit escapes command
 * data: `%`, CR and LF as %25, %0D, %0A (so content cannot start a line of its own) and `::` as
 * %3A%3A (so it never reads as a workflow command such as ::add-mask::).
 */
export function logSafe(line: string): string {
  return line.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A').replaceAll('::', '%3A%3A');
}

/** Problems as lines for a person (build log, strict-mode error). */
export function describeProblems(report: ContentReport, limit = 50): string[] {
  const lines: string[] = [];
  for (const doc of report.invalid) {
    for (const p of doc.problems)
      lines.push(
        `invalid ${doc.type} ${JSON.stringify(doc.id)}${doc.line ? ` (line ${doc.line})` : ''}, field ${p.path || '(document)'}: ${p.message}`,
      );
  }
  for (const d of report.duplicates) {
    lines.push(
      `duplicate slug "${d.slug}" for ${d.type}${d.language ? ` (${d.language})` : ''}: kept "${d.kept}", left out ${d.leftOut.map((id) => `"${id}"`).join(', ')}`,
    );
  }
  for (const r of report.danglingReferences) {
    const why = r.reason === 'missing' ? 'which does not exist' : 'which was left out as invalid or duplicate';
    lines.push(`${r.type} "${r.id}", field ${r.path}: refers to "${r.ref}", ${why}`);
  }
  if (lines.length > limit) return [...lines.slice(0, limit).map(logSafe), `… and ${lines.length - limit} more (see the content report)`];
  return lines.map(logSafe);
}

/** The writing check in one line for the build log, or none when it was not run. */
export function describeWriting(report: ContentReport): string | undefined {
  const w = report.writing;
  if (!w) return undefined;
  const documents = w.documents.filter((d) => d.warnings.length > 0).length;
  return `Writing check: ${w.openWarnings} open warning(s) in ${documents} of ${w.checked} document(s), ${w.intended} marked intended; average Flesch-Douma ${w.averageScore ?? 'n/a'} (B1 from 60). The content report lists them.`;
}

/** Warnings as lines for a person (build log). */
export function describeWarnings(report: ContentReport, limit = 20): string[] {
  const lines = report.warnings.map((w) =>
    w.id ? `${w.type} ${JSON.stringify(w.id)}, field ${w.path || '(document)'}: ${w.message}` : w.message,
  );
  if (lines.length > limit)
    return [...lines.slice(0, limit).map(logSafe), `… and ${lines.length - limit} more warning(s) (see the content report)`];
  return lines.map(logSafe);
}
