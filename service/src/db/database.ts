// The store: PostgreSQL, either embedded (PGlite, PostgreSQL built to WebAssembly, in a local
// folder) or a server at DATABASE_URL (node-postgres). Both speak the same SQL through this small
// interface, so every query and migration is written once.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { ServiceConfig } from '../config.ts';

/** Runs statements: one with parameters (`query`) or a script of several (`exec`). */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  exec(script: string): Promise<void>;
}

/** A PostgreSQL database the service owns for its lifetime. */
export interface Database extends Sql {
  kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens the configured database (it is not migrated yet). */
export async function openDatabase(config: ServiceConfig['database']): Promise<Database> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite(config.dir);
}

/** PGlite in `dir` (created when missing); `memory://` keeps it in memory. */
async function openPglite(dir: string): Promise<Database> {
  if (!dir.startsWith('memory://')) await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir);
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Sql => ({
    query: async <T>(text: string, params?: unknown[]) => (await target.query<T>(text, params)).rows,
    exec: async (script) => {
      await target.exec(script);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}

/** A pool of connections to the server at `url`. */
async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle connection the server dropped must not take the process down.
  pool.on('error', () => {});
  const wrap = (target: pg.Pool | pg.PoolClient): Sql => ({
    query: async <T>(text: string, params?: unknown[]) => (await target.query(text, params)).rows as T[],
    exec: async (script) => {
      await target.query(script);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
