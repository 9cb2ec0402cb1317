// Global setup of the tiers whose tests use PostgreSQL: when TEST_DATABASE_URL is not set (a run
// outside `.ci/run`), one throw-away server serves the whole run and is stopped at its end, so no
// test file starts its own and none outlives the run, even when a file fails before its clean-up.
import { startTestPostgres, type TestPostgres } from '../../tools/postgres.ts';

interface Shared {
  server?: Promise<TestPostgres>;
  users: number;
}

// One state for every tier's global setup in this process.
const KEY = Symbol.for('mkb010.testPostgres');
const holder = globalThis as Record<symbol, Shared | undefined>;
holder[KEY] ??= { users: 0 };
const state = holder[KEY];

/** Starts the run's server unless TEST_DATABASE_URL names one; returns the teardown. */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL?.trim() && !state.server) return async () => {};
  state.users++;
  state.server ??= startTestPostgres();
  const server = await state.server;
  // Workers start after the global setups and inherit this environment.
  process.env.TEST_DATABASE_URL = server.url;
  return async () => {
    if (--state.users > 0) return;
    delete process.env.TEST_DATABASE_URL;
    state.server = undefined;
    await server.stop();
  };
}
