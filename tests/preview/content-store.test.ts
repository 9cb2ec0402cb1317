// The preview server's draft store against the stand-in Content Lake: after the Studio reports a
// changed draft (invalidate(), from /_preview/refresh), the next page reads the new draft even when a
// load that started before the change is still running. That load may have read the old draft; the
// page the Voorbeeld tool reloads must not get it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createContentStore } from '../../src/preview/content-store.ts';
import { startSanityServer, type SanityServer } from '../../tools/sanity-server.ts';
import { ROOT } from '../helpers/build.ts';
import { SITE_FIXTURE } from '../publishing/helpers.ts';

let api: SanityServer;

beforeAll(async () => {
  api = await startSanityServer({ file: SITE_FIXTURE });
});

afterAll(async () => {
  await api?.close();
});

test('a draft changed while a load is running shows on the next request after invalidate()', async () => {
  const store = createContentStore({
    env: {
      SANITY_PROJECT_ID: 'mkbpreview',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: api.url,
      SANITY_API_READ_TOKEN: 'sk-store-test',
      SITE_NOW: '2026-11-28T11:00:00.000Z',
      // The load the Content Lake never answers gives up by itself, after the test.
      SANITY_MAX_ATTEMPTS: '1',
      SANITY_REQUEST_TIMEOUT_MS: '20000',
    },
    root: ROOT,
    maxAgeMs: 60_000,
  });
  const titleOf = async () => (await store.current()).collections.guides.find((g) => g._id === 'guide-restwarmte')?.title;
  expect(await titleOf()).toBe('Restwarmte slim benutten in je werkplaats');

  // A page asks while the Content Lake is slow: its load runs with the old draft…
  store.invalidate();
  api.hang();
  const running = store.current().catch(() => undefined);
  await expect.poll(() => api.requests.filter((r) => r.status === 0).length).toBeGreaterThan(0);
  // …the editor types, the Studio reports it, and the Content Lake answers again.
  await api.update((docs) =>
    docs.map((d) => (d._id === 'drafts.guide-restwarmte' ? { ...d, title: 'Restwarmte benutten: zo begin je' } : d)),
  );
  store.invalidate();
  api.reset();
  expect(await titleOf()).toBe('Restwarmte benutten: zo begin je');
  void running;
});
