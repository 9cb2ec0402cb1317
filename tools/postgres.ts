// A throw-away PostgreSQL server for tests and benchmarks: Debian's PostgreSQL (initdb + pg_ctl)
// in a temporary folder on a free loopback port, never 5432. As root it runs as the `postgres`
// user, as PostgreSQL requires. `.ci/run` starts one through the command line below and exports
// TEST_DATABASE_URL; without it the test run starts one for the whole run (tests/setup/postgres.ts).
//   node tools/postgres.ts start   → prints `TEST_DATABASE_URL=… PGDATA_DIR=…`
//   node tools/postgres.ts stop DIR
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.ts';

const run = promisify(execFile);

/** A running throw-away server. */
export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`. */
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/** The folder of Debian's newest installed PostgreSQL programs, or undefined. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as the `postgres` user when we are root. */
async function pgRun(bin: string, program: string, args: string[]): Promise<void> {
  const file = path.join(bin, program);
  if (asRoot) await run('runuser', ['-u', 'postgres', '--', file, ...args]);
  else await run(file, args);
}

/**
 * Starts a server in a new temporary folder. Tests run it without fsync (their data is thrown
 * away); `durable` keeps PostgreSQL's default, flushing every commit to disk, as a benchmark must.
 */
export async function startTestPostgres(options: { durable?: boolean } = {}): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin) {
    throw new Error('PostgreSQL is not installed. Install Debian\'s package with "apt-get install postgresql", or set TEST_DATABASE_URL.');
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mkb010-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    await chown(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  await pgRun(bin, 'initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${options.durable ? '' : ' -c fsync=off'}`;
  await pgRun(bin, 'pg_ctl', ['-D', data, '-o', settings, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    stop: () => stopTestPostgres(dir),
  };
}

/** Stops the server in `dir` and removes the folder. */
export async function stopTestPostgres(dir: string): Promise<void> {
  const bin = postgresBinDir();
  if (bin) await pgRun(bin, 'pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', 'stop']).catch(() => {});
  await rm(dir, { recursive: true, force: true });
}

/** A database of its own on a test server, dropped again by `drop`. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test on TEST_DATABASE_URL's server, or on a server started for
 * this process when that variable is not set (stopped when the last database is dropped).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const shared = process.env.TEST_DATABASE_URL?.trim();
  const own = shared ? undefined : await startTestPostgres();
  const serverUrl = shared ?? own!.url;
  const name = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await own?.stop();
    },
  };
}

if (import.meta.main) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const server = await startTestPostgres();
    console.log(`TEST_DATABASE_URL=${server.url}`);
    console.log(`PGDATA_DIR=${server.dir}`);
  } else if (command === 'stop' && dir) {
    await stopTestPostgres(dir);
  } else {
    console.error('Use: node tools/postgres.ts start | stop DIR');
    process.exitCode = 2;
  }
}
