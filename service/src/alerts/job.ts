// The alerts job: at a moment `now`, queues every alert that is due and not yet sent. A digest goes
// to a confirmed theme subscription once a day from DIGEST_HOUR (Amsterdam), with the news of its
// theme's schemes (the model's schemeNews: opened, changed, deadline near) from the last
// DIGEST_LOOKBACK_DAYS days that it was not told yet; a reminder goes once per deadline from the day
// the model's deadline-near rule holds. Each mail is queued in one transaction with the keys that
// record it (alert_sent), so running the job twice, two jobs at once, or a job killed halfway never
// queues a mail twice; the outbox then sends each queued mail once.
import {
  amsterdamDay,
  amsterdamTime,
  DIGEST_HOUR,
  DIGEST_LOOKBACK_DAYS,
  holds,
  isDeadlineNear,
  SCHEME_DEADLINE_PASSED,
  type SchemeNews,
  schemeNews,
  shiftDays,
} from '@mkb010/model';
import type { Database, Sql } from '../db/database.ts';
import type { OutboxMail } from '../mail/transport.ts';
import { enqueueMail, type MailKind } from '../outbox/outbox.ts';
import { digestMail, reminderMail } from './mails.ts';
import type { AlertScheme, SchemeSource } from './schemes.ts';
import { confirmedSubscriptions, deleteSubscription, rememberDeadline, type Subscription } from './store.ts';
import { alertLink } from './tokens.ts';

/** What a run queued. */
export interface AlertRun {
  digests: number;
  reminders: number;
  /** Reminder subscriptions deleted because their scheme's deadline passed. */
  ended: number;
}

/** What the job needs besides the database and the schemes. */
export interface AlertJobOptions {
  siteUrl: string;
  messageDomain: string;
  /** The unsubscribe link of a subscription. */
  unsubscribeUrl: (subscription: Subscription) => string;
}

/** Thrown inside a transaction to roll it back when it turned out to have nothing to send. */
class NothingToSend extends Error {}

/** Queues `mail` for `subscription` if none of `keys` was recorded yet; true when it was queued. */
async function queueOnce(
  db: Database,
  subscription: Subscription,
  entry: { kind: MailKind; claim: string; keys: string[]; mail: (keys: string[]) => OutboxMail | undefined },
  now: Date,
  messageDomain: string,
): Promise<boolean> {
  try {
    return await db.transaction(async (tx: Sql) => {
      // The occasion's key comes first: a second job blocks here until the first commits, then finds it.
      const claim = await tx.query(
        `INSERT INTO alert_sent (subscription_id, key, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
        [subscription.id, entry.claim, now],
      );
      if (claim.length === 0) return false;
      const fresh: string[] = [];
      for (const key of entry.keys) {
        const rows = await tx.query(
          `INSERT INTO alert_sent (subscription_id, key, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
          [subscription.id, key, now],
        );
        if (rows.length > 0) fresh.push(key);
      }
      const mail = entry.mail(fresh);
      if (!mail) throw new NothingToSend();
      await enqueueMail(tx, { kind: entry.kind, subscriptionId: subscription.id, mail, messageDomain }, now);
      return true;
    });
  } catch (error) {
    if (error instanceof NothingToSend) return false;
    throw error;
  }
}

/** The keys of news already told to `subscription`. */
async function toldKeys(db: Sql, subscription: Subscription): Promise<Set<string>> {
  const rows = await db.query<{ key: string }>(`SELECT key FROM alert_sent WHERE subscription_id = $1 AND key LIKE 'news/%'`, [
    subscription.id,
  ]);
  return new Set(rows.map((row) => row.key));
}

/** The news a digest subscription may hear at `now`: its theme's, from its confirmation day and the lookback window. */
export function digestNews(
  subscription: Subscription,
  schemes: readonly AlertScheme[],
  now: Date,
): { scheme: AlertScheme; news: SchemeNews }[] {
  const today = amsterdamDay(now);
  const confirmedDay = amsterdamDay(subscription.confirmedAt ?? now);
  const lookback = shiftDays(today, -DIGEST_LOOKBACK_DAYS);
  // Days as YYYY-MM-DD sort as text: the later of the two.
  const from = [confirmedDay, lookback].sort().at(-1)!;
  return schemes
    .filter((scheme) => subscription.theme && scheme.themes.includes(subscription.theme))
    .flatMap((scheme) => schemeNews(scheme, now).map((news) => ({ scheme, news })))
    .filter(({ news }) => news.day >= from && news.day <= today)
    .sort((a, b) => b.news.at.getTime() - a.news.at.getTime() || a.news.key.localeCompare(b.news.key));
}

/** Calendar days from `from` to `to` (YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Queues what is due at `now` for every confirmed subscription. */
export async function queueDueAlerts(
  db: Database,
  schemes: readonly AlertScheme[],
  now: Date,
  options: AlertJobOptions,
): Promise<AlertRun> {
  const run: AlertRun = { digests: 0, reminders: 0, ended: 0 };
  const today = amsterdamDay(now);
  if (now < amsterdamTime(today, DIGEST_HOUR)) return run;
  for (const subscription of await confirmedSubscriptions(db)) {
    const unsubscribeUrl = options.unsubscribeUrl(subscription);
    if (subscription.kind === 'digest') {
      const told = await toldKeys(db, subscription);
      const items = digestNews(subscription, schemes, now).filter(({ news }) => !told.has(`news/${news.key}`));
      if (items.length === 0) continue;
      const queued = await queueOnce(
        db,
        subscription,
        {
          kind: 'alert-digest',
          claim: `digest/${today}`,
          keys: items.map(({ news }) => `news/${news.key}`),
          mail: (fresh) => {
            const left = items.filter(({ news }) => fresh.includes(`news/${news.key}`));
            return left.length ? digestMail(subscription, left, { day: today, siteUrl: options.siteUrl, unsubscribeUrl }) : undefined;
          },
        },
        now,
        options.messageDomain,
      );
      if (queued) run.digests += 1;
      continue;
    }
    const scheme = schemes.find((s) => s._id === subscription.docId);
    // The deadline as last seen: the published scheme's own, else the one the subscription kept
    // (the scheme was unpublished or left out of the content).
    if (scheme) {
      const seen = scheme.ongoing ? null : (scheme.deadline ?? null);
      if (seen !== subscription.deadline) await rememberDeadline(db, subscription.id, seen);
    }
    // A reminder for a deadline that has passed has nothing left to say: the subscription goes.
    if (holds(SCHEME_DEADLINE_PASSED, scheme ?? { deadline: subscription.deadline ?? undefined }, now)) {
      if (await deleteSubscription(db, subscription.id)) run.ended += 1;
      continue;
    }
    if (!scheme?.deadline || !isDeadlineNear(scheme, now)) continue;
    const queued = await queueOnce(
      db,
      subscription,
      {
        kind: 'alert-reminder',
        claim: `reminder/${scheme.deadline}`,
        keys: [],
        mail: () =>
          reminderMail(subscription, scheme, { daysLeft: daysBetween(today, scheme.deadline!), siteUrl: options.siteUrl, unsubscribeUrl }),
      },
      now,
      options.messageDomain,
    );
    if (queued) run.reminders += 1;
  }
  return run;
}

/** Everything a run of the job needs: `npm run alerts:send` and the service's timer both call this. */
export interface AlertJob {
  db: Database;
  schemes: SchemeSource;
  siteUrl: string;
  publicUrl: string;
  linkKey: string;
  messageDomain: string;
}

/**
 * Queues what is due at `now`. Content is read only when a confirmed subscription exists and the
 * digest hour has come, so the timer costs one small query the rest of the time.
 */
export async function runAlertJob(job: AlertJob, now: Date): Promise<AlertRun> {
  const today = amsterdamDay(now);
  if (now < amsterdamTime(today, DIGEST_HOUR)) return { digests: 0, reminders: 0, ended: 0 };
  const [row] = await job.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM alert_subscription WHERE confirmed_at IS NOT NULL`);
  if (Number(row?.n ?? 0) === 0) return { digests: 0, reminders: 0, ended: 0 };
  const schemes = await job.schemes.schemes(now);
  return queueDueAlerts(job.db, schemes, now, {
    siteUrl: job.siteUrl,
    messageDomain: job.messageDomain,
    unsubscribeUrl: (subscription) => alertLink(job.publicUrl, job.linkKey, 'unsubscribe', subscription.id, subscription.lang),
  });
}
