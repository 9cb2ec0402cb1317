// A hard stop loses nothing that was confirmed: the service runs as its own process (the entry of
// `npm run service`), is killed with SIGKILL in the middle of 500 feedback posts, and after a
// restart on the same store every post that was confirmed (303 to the thank-you page) is there.
import { afterAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '@mkb010/service';
import { openDatabase } from '../../service/src/db/database.ts';
import { DB_KINDS, spawnService, testDatabase, testEnv } from '../helpers/service.ts';

describe.each(DB_KINDS)('a service killed with SIGKILL on %s', (kind) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('keeps every feedback post it confirmed', { timeout: 240_000 }, async () => {
    const db = await testDatabase(kind);
    cleanup.push(db.drop);
    const env = testEnv({ ...db.env, SERVICE_LIMIT_FEEDBACK: '100000', SERVICE_MAIL_DIR: `${db.env.SERVICE_DATA_DIR ?? '/tmp'}-mail` });
    const first = await spawnService(env);
    cleanup.push(async () => {
      first.process.kill('SIGKILL');
      await first.exited;
    });
    const confirmed: string[] = [];
    let killed = false;
    const post = async (i: number) => {
      const comment = `bericht ${i}`;
      try {
        const response = await fetch(`${first.url}/feedback?lang=nl`, {
          method: 'POST',
          body: new URLSearchParams({ useful: i % 2 ? 'yes' : 'no', page: '/crash/', comment }),
          redirect: 'manual',
        });
        if (response.status >= 200 && response.status < 400) confirmed.push(comment);
      } catch {
        // The connection died with the process: this post was never confirmed.
      }
    };
    // Eight posts in flight at a time; the kill lands after 200 confirmations, mid-stream.
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < 500) {
          const i = next++;
          await post(i);
          if (!killed && confirmed.length >= 200) {
            killed = true;
            first.process.kill('SIGKILL');
          }
        }
      }),
    );
    await first.exited;
    expect(killed).toBe(true);
    expect(confirmed.length).toBeGreaterThanOrEqual(200);
    expect(confirmed.length).toBeLessThan(500);

    // The service starts again on the store the killed one left behind…
    const second = await spawnService(env);
    expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
    second.process.kill('SIGTERM');
    await second.exited;
    // …and every confirmed post is in it.
    const store = await openDatabase(configFromEnv(env).database);
    try {
      const rows = await store.query<{ comment: string }>(`SELECT comment FROM feedback WHERE page = '/crash/'`);
      const stored = new Set(rows.map((r) => r.comment));
      expect(confirmed.filter((c) => !stored.has(c))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
