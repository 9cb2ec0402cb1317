// Versioned SQL migrations (`service/migrations/NNNN_name.sql`), applied in order at start, each in
// its own transaction. An advisory lock lets several instances start at once against one server:
// the first applies what is missing, the others find it done.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

/** The folder the migrations live in. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Any number; the service's own key for `pg_advisory_xact_lock`. */
const MIGRATION_LOCK = 4330_22;

/** A migration file: `0001_init.sql` is version 1. */
interface Migration {
  version: number;
  name: string;
  file: string;
}

/** The migration files in `dir`, in version order; a badly named file is an error that names it. */
export async function listMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return files.map((file) => {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file ${path.join(dir, file)} must be named like 0002_add_alerts.sql.`);
    return { version: Number(match[1]), name: match[2]!, file: path.join(dir, file) };
  });
}

/** Applies every migration `db` has not had yet; returns the versions it applied. */
export async function migrate(db: Database, dir: string = MIGRATIONS_DIR): Promise<number[]> {
  const applied: number[] = [];
  for (const migration of await listMigrations(dir)) {
    const script = await readFile(migration.file, 'utf8');
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (rows.length > 0) return false;
      try {
        await tx.exec(script);
      } catch (error) {
        throw new Error(`Migration ${path.basename(migration.file)} failed: ${(error as Error).message}`);
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
