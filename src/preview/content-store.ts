// The preview server's content: the drafts perspective loaded through the same pipeline as a
// build (src/content/load.ts: validation, left-out documents, report), kept while it is current.
// A dataset file is current until its modification time or size changes; Content Lake content for
// `maxAgeMs`, so an editor's change shows up within that time without a restart. With the Content
// Lake the store also listens: a changed document starts the next load at once, about a second
// before the Studio's Voorbeeld tool asks the page to refresh (Sanity waits 1 s after the last
// change), so the reloaded page finds it loaded or nearly so.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { describeProblems } from '@mkb010/content/report';
import { DEFAULT_CONTENT_FILE, openContentSource } from '@mkb010/content/source';
import type { ContentSource, SourceChange } from '@mkb010/content/source-types';
import { loadSiteContent } from '../content/load.ts';
import type { SiteCollections } from '@mkb010/content/judge';

/** One loaded version of the draft content; caches key on its collections object. */
export interface ContentSnapshot {
  collections: SiteCollections;
  /**
   * Which read of the drafts this is: higher for every read after a change (the listener's, a
   * refresh, a changed dataset file). Pages carry it, so they can tell when the server has newer drafts.
   */
  version: number;
}

export interface ContentStoreOptions {
  env: NodeJS.ProcessEnv;
  /** Project root that CONTENT_FILE is resolved against. */
  root: string;
  /** How long Content Lake content is reused before the next request reloads it. */
  maxAgeMs: number;
}

/**
 * After a failed load, requests within this time get the same error instead of a new attempt, so a
 * page's images do not each ask an unreachable Content Lake again.
 */
const RETRY_AFTER_MS = 1000;

export interface ContentStore {
  /** The current snapshot, reloaded first when the source has changed or the cache has expired. */
  current(): Promise<ContentSnapshot>;
  /** Forgets the held snapshot, so the next request reads the drafts again (an editor just changed one). */
  invalidate(): void;
  /**
   * The Studio says `change` happened: keeps the load the listener already started after it, or,
   * when the listener has not reported that revision (or no change is named), invalidates.
   */
  refreshed(change?: SourceChange): void;
  /**
   * Calls `newer` once, as soon as a read of the drafts newer than `version` has finished (at once
   * when one has); returns how to stop waiting.
   */
  whenNewer(version: number, newer: (version: number) => void): () => void;
  /** Stops listening to the Content Lake. */
  close(): void;
}

/** Returns a store that loads draft content on demand and reloads it when it may have changed. */
export function createContentStore(options: ContentStoreOptions): ContentStore {
  const env: NodeJS.ProcessEnv = { ...options.env, CONTENT_PERSPECTIVE: 'drafts' };
  const file = env.SANITY_PROJECT_ID?.trim() ? undefined : path.resolve(options.root, env.CONTENT_FILE?.trim() || DEFAULT_CONTENT_FILE);
  // One client for the server's lifetime; a dataset file is opened (read) again on every change.
  let lake: ContentSource | undefined;
  let held: { snapshot: ContentSnapshot; stamp: string; loadedAt: number } | undefined;
  let loading: { promise: Promise<ContentSnapshot>; stamp: string; generation: number } | undefined;
  // Raised by invalidate(): a load that started before it may have read the old drafts, so it must
  // neither answer later requests nor become the held snapshot.
  let generation = 0;
  let failed: { error: unknown; at: number } | undefined;
  let lastProblems: string | undefined;
  // The revision the listener last reported per document id; each report started a fresh load.
  const seen = new Map<string, string>();
  let stopWatching: (() => void) | undefined;
  // The newest finished read, and what it was read for (generation and stamp): a timed re-read of
  // the same state keeps its version, so open pages do not reload for nothing.
  let latest = { version: 0, generation: -1, stamp: '' };
  const waiting = new Set<{ after: number; newer: (version: number) => void }>();

  /** What identifies the source's state: the file's mtime and size; '' for the Content Lake. */
  async function stampNow(): Promise<string> {
    if (!file) return '';
    const info = await stat(file).catch(() => undefined);
    return info ? `${info.mtimeMs}:${info.size}` : 'missing';
  }

  async function load(stamp: string, loadGeneration: number): Promise<ContentSnapshot> {
    if (!file && !lake) {
      lake = await openContentSource({ env, root: options.root });
      stopWatching = lake.watch?.(
        (change) => {
          seen.set(change.id, change.rev);
          store.invalidate();
          // Start the load now; the page the Studio reloads joins it. A failure answers that page.
          store.current().catch(() => undefined);
        },
        () => {
          seen.clear();
          store.invalidate();
        },
      );
    }
    const source = lake ?? (await openContentSource({ env, root: options.root }));
    const { collections, report } = await loadSiteContent({ env, root: options.root, source, reportDir: false, strict: false });
    const same = latest.generation === loadGeneration && latest.stamp === stamp;
    if (loadGeneration === generation && !same) latest = { version: latest.version + 1, generation: loadGeneration, stamp };
    // A read overtaken by a change may hold old drafts: version 0, so a page showing it reloads.
    const snapshot = { collections, version: loadGeneration === generation ? latest.version : 0 };
    if (loadGeneration === generation) {
      held = { snapshot, stamp, loadedAt: Date.now() };
      for (const wait of [...waiting]) {
        if (latest.version <= wait.after) continue;
        waiting.delete(wait);
        wait.newer(latest.version);
      }
    }
    const problems = describeProblems(report, 20);
    if (problems.join('\n') !== lastProblems) {
      lastProblems = problems.join('\n');
      console.warn(`[preview] Content from ${report.source}: ${report.leftOut} document(s) left out`);
      for (const line of problems) console.warn(`[preview] ${line}`);
    }
    return snapshot;
  }

  const store: ContentStore = {
    invalidate() {
      generation++;
      held = undefined;
    },
    refreshed(change) {
      if (!change || seen.get(change.id) !== change.rev) store.invalidate();
    },
    whenNewer(after, newer) {
      if (latest.version > after) {
        newer(latest.version);
        return () => {};
      }
      const wait = { after, newer };
      waiting.add(wait);
      return () => waiting.delete(wait);
    },
    close() {
      stopWatching?.();
      stopWatching = undefined;
    },
    async current() {
      const stamp = await stampNow();
      const fresh = held && held.stamp === stamp && (file !== undefined || Date.now() - held.loadedAt < options.maxAgeMs);
      if (held && fresh) return held.snapshot;
      if (failed && Date.now() - failed.at < RETRY_AFTER_MS) throw failed.error;
      // Requests while a load runs share it, unless it started before the source changed or before
      // invalidate(): then it may hold the old drafts, and this request starts a new one.
      if (loading && loading.stamp === stamp && loading.generation === generation) return loading.promise;
      const attempt = { stamp, generation, promise: load(stamp, generation) };
      loading = attempt;
      attempt.promise.then(
        () => {
          if (loading !== attempt) return;
          loading = undefined;
          failed = undefined;
        },
        (error: unknown) => {
          if (loading !== attempt) return;
          loading = undefined;
          failed = { error, at: Date.now() };
        },
      );
      return attempt.promise;
    },
  };
  return store;
}
