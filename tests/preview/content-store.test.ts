// The preview server's draft store against the stand-in Content Lake: after the Studio reports a
// changed draft (invalidate(), from /_preview/refresh), the next page reads the new draft even when a
// load that started before the change is still running. That load may have read the old draft; the
// page the Voorbeeld tool reloads must not get it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { changesResponse } from '../../src/preview/changes.ts';
import { createContentStore } from '../../src/preview/content-store.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { ROOT } from '../helpers/build.ts';
import { SITE_FIXTURE } from '../publishing/helpers.ts';

let api: SanityServer;

beforeAll(async () => {
  // With a Studio user the stand-in also answers listeners, as the Content Lake does.
  api = await startSanityServer({
    file: SITE_FIXTURE,
    studio: { user: { id: 'p-preview', name: 'Voorbeeld', email: 'voorbeeld@example.org' } },
  });
});

afterAll(async () => {
  await api?.close();
});

/**
 * A store on the stand-in, as the preview server makes it (`maxAgeMs` 0: every request reads again);
 * `env` adds to its environment.
 */
function lakeStore(maxAgeMs = 60_000, env: Record<string, string> = {}) {
  return createContentStore({
    env: {
      SANITY_PROJECT_ID: 'mkbpreview',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: api.url,
      SANITY_API_READ_TOKEN: 'sk-store-test',
      SITE_NOW: '2026-11-28T11:00:00.000Z',
      ...env,
    },
    root: ROOT,
    maxAgeMs,
  });
}

test('a draft changed while a load is running shows on the next request after invalidate()', async () => {
  const store = lakeStore(60_000, {
    // The load the Content Lake never answers gives up by itself, after the test.
    SANITY_MAX_ATTEMPTS: '1',
    SANITY_REQUEST_TIMEOUT_MS: '20000',
  });
  const titleOf = async () => (await store.current()).collections.guides.find((g) => g._id === 'guide-restwarmte')?.title;
  expect(await titleOf()).toBe('Restwarmte slim benutten in je werkplaats');

  // A page asks while the Content Lake is slow: its load runs with the old draft…
  store.invalidate();
  api.hang();
  const running = store.current().catch(() => undefined);
  await expect.poll(() => api.requests.filter((r) => r.status === 0).length, { timeout: 10_000 }).toBeGreaterThan(0);
  // …the editor types, the Studio reports it, and the Content Lake answers again.
  await api.update((docs) =>
    docs.map((d) => (d._id === 'drafts.guide-restwarmte' ? { ...d, title: 'Restwarmte benutten: zo begin je' } : d)),
  );
  store.invalidate();
  api.reset();
  expect(await titleOf()).toBe('Restwarmte benutten: zo begin je');
  void running;
  store.close();
});

const queries = () => api.requests.filter((r) => r.path.includes('/data/query/') && r.status === 200).length;

test('a draft change the listener reports is read before the Studio asks, and the refresh keeps that read', async () => {
  const store = lakeStore();
  const titleOf = async () => (await store.current()).collections.guides.find((g) => g._id === 'guide-restwarmte')?.title;
  const listens = () => api.requests.filter((r) => r.path.includes('/data/listen/')).length;
  const listening = listens();
  expect(await titleOf()).toBe('Restwarmte benutten: zo begin je');
  // The store listens to the Content Lake from its first load on.
  await expect.poll(listens, { timeout: 30_000 }).toBeGreaterThan(listening);
  // How many queries one read of the drafts takes.
  store.invalidate();
  const start = queries();
  await titleOf();
  const perLoad = queries() - start;
  expect(perLoad).toBeGreaterThan(0);
  const before = queries();
  await api.update((docs) => docs.map((d) => (d._id === 'drafts.guide-restwarmte' ? { ...d, title: 'Restwarmte: eerst meten' } : d)));
  // Nobody asks for a page: the store reads the drafts again by itself, because the listener told it.
  await expect.poll(queries, { timeout: 30_000 }).toBeGreaterThanOrEqual(before + perLoad);
  // The Studio then reports the revision it saw; the reloaded page gets the new draft from that read.
  const rev = api.document('drafts.guide-restwarmte')?._rev;
  expect(rev).toBeTruthy();
  store.refreshed({ id: 'drafts.guide-restwarmte', rev: String(rev) });
  const after = queries();
  expect(await titleOf()).toBe('Restwarmte: eerst meten');
  expect(queries()).toBe(after);
  // A revision the listener has not reported (or none) reads the drafts again, as before.
  store.refreshed({ id: 'drafts.guide-restwarmte', rev: 'not-seen' });
  expect(await titleOf()).toBe('Restwarmte: eerst meten');
  expect(queries()).toBe(after + perLoad);
  store.close();
});

/** Reads a changes stream as a page's EventSource would; `text()` is what arrived so far. */
function listen(response: Response) {
  let text = '';
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  const ended = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text;
      text += decoder.decode(value, { stream: true });
    }
  })();
  return { text: () => text, ended };
}

test('the changes stream tells a page when the server has read newer drafts than it shows, and only then', async () => {
  const store = lakeStore(0);
  const shown = await store.current();
  expect(shown.version).toBeGreaterThan(0);
  expect(changesResponse(store, Number.NaN, new AbortController().signal).status).toBe(400);

  // A page showing an older read hears at once, with the version it will get on reload.
  const older = changesResponse(store, shown.version - 1, new AbortController().signal);
  expect(older.headers.get('content-type')).toMatch(/^text\/event-stream/);
  expect(await listen(older).ended).toContain(`event: changed\ndata: ${shown.version}\n`);

  // A page showing the newest read hears nothing, also when the drafts are read again (expired) unchanged…
  const page = new AbortController();
  const current = listen(changesResponse(store, shown.version, page.signal));
  const gone = new AbortController();
  const leaving = listen(changesResponse(store, shown.version, gone.signal));
  const start = queries();
  const reread = await store.current();
  expect(queries()).toBeGreaterThan(start);
  expect(reread.version).toBe(shown.version);
  expect(current.text()).not.toContain('changed');
  // (a page that left stops listening: its stream ends without an event)
  gone.abort();
  expect(await leaving.ended).not.toContain('changed');

  // …until a draft changes: the listener reports it, the store reads it, the page hears it with no
  // request from any page and no word from the Studio.
  await api.update((docs) => docs.map((d) => (d._id === 'drafts.guide-restwarmte' ? { ...d, title: 'Restwarmte: stap voor stap' } : d)));
  const heard = await current.ended;
  const version = Number(/event: changed\ndata: (\d+)/.exec(heard)?.[1]);
  expect(version).toBeGreaterThan(reread.version);
  // The reloaded page shows that read, with that version, and its stream stays quiet.
  const reloaded = await store.current();
  expect(reloaded.version).toBe(version);
  expect(reloaded.collections.guides.find((g) => g._id === 'guide-restwarmte')?.title).toBe('Restwarmte: stap voor stap');
  const after = new AbortController();
  const quiet = listen(changesResponse(store, version, after.signal));
  await store.current();
  after.abort();
  expect(await quiet.ended).toBe('retry: 2000\n\n');
  page.abort();
  store.close();
});
