// What is news about a scheme: it opened, it changed, or its deadline is near. The site's Atom feeds
// and the service's daily digest both list these moments, so a feed reader and a subscriber hear of
// the same things on the same day.
import { changesUpTo, type ChangeEntry } from './changes.ts';
import type { Lang } from './lang.ts';
import { changesAfter, type DeadlineTiming, SCHEME_DEADLINE_NEAR } from './rules.ts';
import { amsterdamDay, startOfAmsterdamDay } from './time.ts';

/** What happened: applications opened (or a scheme without opening day was first published), a change, a near deadline. */
export type SchemeNewsKind = 'opened' | 'changed' | 'deadline-near';

/** A scheme as news is made of. */
export interface NewsScheme extends DeadlineTiming {
  _id: string;
  /** When the document was created; the opening moment of a scheme without `opensAt`. */
  _createdAt?: string | null;
  changeLog?: readonly ChangeEntry[] | null;
}

/** One piece of news about a scheme. */
export interface SchemeNews {
  kind: SchemeNewsKind;
  /** The moment it happened: an opening or reminder day's start in Amsterdam, a change's day, the creation. */
  at: Date;
  /** Its Amsterdam day (YYYY-MM-DD). */
  day: string;
  /** Stable across builds and runs: names the scheme, the kind and the occasion (feeds' entry ids, sent-mail records). */
  key: string;
  /** A change's note (`changed` only). */
  note?: Partial<Record<Lang, string>>;
}

const EPOCH = new Date(0);

/** The hour (Amsterdam time) the service sends the daily digest and the deadline reminders. */
export const DIGEST_HOUR = 8;

/** How many days back a digest looks for news it has not told yet (a day the job did not run is caught up). */
export const DIGEST_LOOKBACK_DAYS = 7;

/**
 * Everything that happened to a scheme up to `now`, newest first: its opening, each dated change,
 * and the day its deadline came within REMINDER_DAYS while it was open (never for a used-up budget).
 */
export function schemeNews(scheme: NewsScheme, now: Date): SchemeNews[] {
  const news: SchemeNews[] = [];
  const today = amsterdamDay(now);
  const opened = scheme.opensAt ? startOfAmsterdamDay(scheme.opensAt) : scheme._createdAt ? new Date(scheme._createdAt) : undefined;
  if (opened && !Number.isNaN(opened.getTime()) && opened <= now) {
    const day = amsterdamDay(opened);
    news.push({ kind: 'opened', at: opened, day, key: `${scheme._id}/opened/${day}` });
  }
  for (const change of changesUpTo(scheme.changeLog, today)) {
    news.push({
      kind: 'changed',
      at: startOfAmsterdamDay(change.date),
      day: change.date,
      key: `${scheme._id}/changed/${change.key}`,
      note: change.note,
    });
  }
  // The rule's own first moment: the reminder day, or the opening day when it opens later than that.
  const near = changesAfter(SCHEME_DEADLINE_NEAR, scheme, EPOCH).find((c) => c.becomes)?.at;
  if (near && near <= now) {
    news.push({ kind: 'deadline-near', at: near, day: amsterdamDay(near), key: `${scheme._id}/deadline-near/${scheme.deadline}` });
  }
  return news.sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key));
}
