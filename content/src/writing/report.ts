// The writing check over a whole set of documents, for the build's content report and the
// Redactierapport: per document its score and open warnings, and the totals. The marks editors set
// ("bewust zo") are not in the site's queries, so they come from their own small query.
import { CHECKED_TYPES, checkWriting, openWarnings, type WritingWarning } from './document.ts';

/** The documents with writing marks and their marks: one request, whatever the dataset size. */
export const INTENDED_QUERY = `*[count(writingIntended) > 0]{_id, writingIntended}`;

/** The answer of INTENDED_QUERY. */
export type IntendedAnswer = { _id: string; writingIntended?: string[] | null }[];

/** The marks per published document id (a draft's marks count for the document it edits). */
export function intendedById(answer: IntendedAnswer | null | undefined): Map<string, string[]> {
  const marks = new Map<string, string[]>();
  for (const doc of answer ?? []) {
    if (!Array.isArray(doc.writingIntended)) continue;
    const id = doc._id.replace(/^drafts\./, '');
    // In the drafts perspective the draft's marks win; a published build only sees published ids.
    if (!marks.has(id) || doc._id.startsWith('drafts.'))
      marks.set(
        id,
        doc.writingIntended.filter((k) => typeof k === 'string'),
      );
  }
  return marks;
}

/** A warning as the reports keep it. */
export type ReportedWarning = Pick<WritingWarning, 'kind' | 'field' | 'passage' | 'detail' | 'message' | 'key'> & { path: string };

/** One checked document in the reports. */
export interface WritingDocument {
  id: string;
  type: string;
  title: string;
  /** Flesch-Douma of its Dutch running text, or null without any. */
  score: number | null;
  words: number;
  /** Its open warnings (not marked intended). */
  warnings: ReportedWarning[];
  /** How many of its warnings the editor marked intended. */
  intended: number;
}

/** The writing check over all documents. */
export interface WritingReport {
  /** Documents checked (those with pages of their own). */
  checked: number;
  /** The mean of the documents' scores, over those with Dutch running text; null without any. */
  averageScore: number | null;
  /** Open warnings in all documents. */
  openWarnings: number;
  /** Warnings marked intended in all documents. */
  intended: number;
  /** Every checked document with text to score or a warning. */
  documents: WritingDocument[];
}

// biome-ignore lint/suspicious/noExplicitAny: documents are untyped JSON here
type Doc = Record<string, any> & { _id: string; _type: string };

/** A document's title as editors see it in lists: the title (Dutch first), a partner's name, or its id. */
function titleOf(doc: Doc): string {
  const title = doc.title ?? doc.name;
  if (typeof title === 'string') return title;
  return title?.nl ?? title?.en ?? doc._id;
}

/** Runs the writing check over `docs` with the marks of INTENDED_QUERY. */
export function checkAllWriting(docs: Iterable<Doc>, marks: Map<string, readonly string[]>): WritingReport {
  const report: WritingReport = { checked: 0, averageScore: null, openWarnings: 0, intended: 0, documents: [] };
  let scoreSum = 0;
  let scored = 0;
  for (const doc of docs) {
    if (!CHECKED_TYPES.includes(doc._type)) continue;
    report.checked++;
    const result = checkWriting(doc, { intended: marks.get(doc._id) ?? [], fieldScores: false });
    const open = openWarnings(result);
    const intended = result.warnings.length - open.length;
    if (result.score !== null) {
      scoreSum += result.score;
      scored++;
    }
    report.openWarnings += open.length;
    report.intended += intended;
    if (result.score === null && result.warnings.length === 0) continue;
    report.documents.push({
      id: doc._id,
      type: doc._type,
      title: titleOf(doc),
      score: result.score,
      words: result.words,
      warnings: open.map((w) => ({
        kind: w.kind,
        // The key holds the path as written: `kind|path|passage`.
        path: w.key.slice(w.kind.length + 1, w.key.length - w.passage.length - 1),
        field: w.field,
        passage: w.passage,
        detail: w.detail,
        message: w.message,
        key: w.key,
      })),
      intended,
    });
  }
  report.averageScore = scored ? Math.round((scoreSum / scored) * 10) / 10 : null;
  return report;
}
