import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '@shared/ipc/errors';
import type { Database } from './database';

export interface Migration {
  /** The file name without `.sql`: a UTC timestamp and a slug, e.g. `20261122140000_workspace`. */
  id: string;
  sql: string;
}

/**
 * The migrations shipped with this build. In the source tree they sit beside this file; bundles
 * copy them next to the bundle (scripts/build-cli.mjs, electron.vite.config.ts).
 */
export function defaultMigrationsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const local = join(here, 'migrations');
  try {
    readdirSync(local);
    return local;
  } catch {
    return join(here, 'db-migrations');
  }
}

export function loadMigrations(dir = defaultMigrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.slice(0, -4), sql: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Checks the workspace's applied migrations against the shipped ones before touching anything:
 * the applied list must be a prefix of the shipped list. Returns the migrations still to apply.
 */
export async function pendingMigrations(db: Database, shipped: Migration[]): Promise<Migration[]> {
  const table = await db.get<{ n: number }>(
    "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_migrations'",
  );
  const applied = table?.n
    ? (await db.all<{ id: string }>('SELECT id FROM _migrations ORDER BY id')).map((r) => r.id)
    : [];
  const shippedIds = shipped.map((m) => m.id);
  const last = shippedIds[shippedIds.length - 1] ?? '';
  for (let i = 0; i < applied.length; i++) {
    const id = applied[i] as string;
    if (shippedIds[i] === id) continue;
    if (id > last) throw new AppError('WORKSPACE_NEWER', { migration: id });
    throw new AppError('WORKSPACE_MIGRATIONS_DIVERGED', { migration: id });
  }
  return shipped.slice(applied.length);
}

/** Applies each pending migration in its own transaction, recording it in `_migrations`. */
export async function migrate(db: Database, shipped: Migration[], appliedAt: string): Promise<string[]> {
  const pending = await pendingMigrations(db, shipped);
  for (const m of pending) {
    await db.transaction(async (tx) => {
      await tx.run('CREATE TABLE IF NOT EXISTS _migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
      await tx.exec(m.sql);
      await tx.run('INSERT INTO _migrations (id, applied_at) VALUES (?, ?)', [m.id, appliedAt]);
    });
  }
  return pending.map((m) => m.id);
}
