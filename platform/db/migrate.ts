import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './sqlite';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies the numbered .sql files not yet recorded in `_migrations`, each in its own transaction.
 * A database that has a migration this build does not know is refused, never guessed at.
 */
export async function migrate(db: Db, now: string): Promise<string[]> {
  const shipped = readdirSync(DIR)
    .filter((f) => /^\d{4,}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.slice(0, -4), sql: readFileSync(join(DIR, f), 'utf8') }));
  const applied = await db.transaction(async (tx) => {
    await tx.exec('CREATE TABLE IF NOT EXISTS _migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    return (await tx.all<{ id: string }>('SELECT id FROM _migrations ORDER BY id')).map((r) => r.id);
  });
  applied.forEach((id, i) => {
    if (shipped[i]?.id !== id) throw new Error(`platform database has migration ${id}, which this build does not ship`);
  });
  const pending = shipped.slice(applied.length);
  for (const m of pending) {
    await db.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.run('INSERT INTO _migrations (id, applied_at) VALUES (?, ?)', [m.id, now]);
    });
  }
  return pending.map((m) => m.id);
}
