// What changed in a scheme or guide: its change log (a list of dated notes in both languages) and
// the rules an entry must meet. The Studio refuses an entry that breaks them and the build leaves
// such a document out; both ask here, each in its own words.
import type { Lang } from './lang.ts';
import { isDay } from './calendar.ts';
import { amsterdamDay } from './time.ts';

/** One entry of a change log, as documents store it (untrusted: any part may be missing). */
export interface ChangeEntry {
  _key?: string;
  /** The Amsterdam day the change took effect (YYYY-MM-DD). */
  date?: string | null;
  note?: Partial<Record<Lang, string | null>> | null;
}

/** What is wrong with a change log entry; the Studio and the content report word it for their readers. */
export type ChangeProblem =
  | { kind: 'date-missing' }
  | { kind: 'date-invalid'; date: string }
  | { kind: 'date-future'; date: string; today: string }
  | { kind: 'note-missing'; lang: Lang };

/**
 * What is wrong with one change log entry on `today` (an Amsterdam day): a missing, malformed or
 * future date, or no text in one of the `required` languages.
 */
export function changeProblems(entry: ChangeEntry, today: string, required: readonly Lang[]): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  const date = entry.date;
  if (date === undefined || date === null || date === '') problems.push({ kind: 'date-missing' });
  else if (!isDay(date)) problems.push({ kind: 'date-invalid', date });
  // Days in YYYY-MM-DD compare as strings.
  else if (date > today) problems.push({ kind: 'date-future', date, today });
  for (const lang of required) {
    if (!entry.note?.[lang]?.trim()) problems.push({ kind: 'note-missing', lang });
  }
  return problems;
}

/** The fields of a scheme that say when one can apply. */
export interface ApplicationWindow {
  opensAt?: string | null;
  deadline?: string | null;
  ongoing?: boolean | null;
}

/** What is wrong with a scheme's opening day. */
export type OpeningProblem = { kind: 'after-deadline'; opensAt: string; deadline: string };

/** What is wrong with a scheme's opening day: it may not fall after its deadline (an ongoing scheme has none). */
export function openingProblem(scheme: ApplicationWindow): OpeningProblem | undefined {
  const { opensAt, deadline } = scheme;
  if (scheme.ongoing || !isDay(opensAt) || !isDay(deadline)) return undefined;
  return opensAt > deadline ? { kind: 'after-deadline', opensAt, deadline } : undefined;
}

/** A dated change log entry with text, as pages, feeds and mails show it. */
export interface DatedChange {
  key: string;
  date: string;
  note: Partial<Record<Lang, string>>;
}

/**
 * A change log's valid entries up to `today`, newest first (entries of one day keep their order).
 * Entries the rules refuse never reach a page; the build reports the document instead.
 */
export function changesUpTo(log: readonly ChangeEntry[] | null | undefined, today: string): DatedChange[] {
  return (log ?? [])
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => isDay(entry.date) && entry.date <= today && (entry.note?.nl?.trim() || entry.note?.en?.trim()))
    .sort((a, b) => (b.entry.date as string).localeCompare(a.entry.date as string) || b.index - a.index)
    .map(({ entry, index }) => ({
      key: entry._key ?? `${entry.date}-${index}`,
      date: entry.date as string,
      note: Object.fromEntries(
        Object.entries(entry.note ?? {})
          .filter((pair): pair is [Lang, string] => typeof pair[1] === 'string' && pair[1].trim() !== '')
          .map(([lang, text]) => [lang, text.trim()]),
      ),
    }));
}

/** What a content document carries about when it went public and changed. */
export interface PublicationFields {
  /** When the document was made (the Content Lake's moment). */
  _createdAt?: string | null;
  /** When the document was last saved (the Content Lake's moment). */
  _updatedAt?: string | null;
  /** The day the editor says it was published (guides, stories). */
  publishedAt?: string | null;
  /** The moment a campaign goes public. */
  publishFrom?: string | null;
  /** The day the editor says it was last brought up to date (plain pages). */
  updatedAt?: string | null;
  changeLog?: readonly ChangeEntry[] | null;
}

/** The Amsterdam days a page was first published and (when later) last changed. */
export interface PublicationDays {
  first: string;
  last?: string;
}

/**
 * When a page was first published and last changed, as Amsterdam days judged on `today`: first is
 * the editor's own publish field, else when the document was made; last is the latest of its last
 * save, its own "updated" day and its newest change note, up to today, and only when after first.
 */
export function publicationDays(doc: PublicationFields, today: string): PublicationDays | undefined {
  const dayOf = (moment: string | null | undefined) => (moment && !Number.isNaN(Date.parse(moment)) ? amsterdamDay(moment) : undefined);
  const first = (isDay(doc.publishedAt) ? doc.publishedAt : undefined) ?? dayOf(doc.publishFrom) ?? dayOf(doc._createdAt);
  if (!first) return undefined;
  const changed = [dayOf(doc._updatedAt), isDay(doc.updatedAt) ? doc.updatedAt : undefined, changesUpTo(doc.changeLog, today)[0]?.date]
    .filter((day): day is string => day !== undefined && day <= today)
    .sort();
  const last = changed.at(-1);
  return last && last > first ? { first, last } : { first };
}
