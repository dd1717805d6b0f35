import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from '../../electron/core/db/connection';
import { Database } from '../../electron/core/db/database';
import { loadMigrations, migrate, type Migration } from '../../electron/core/db/migrate';
import { workspacePaths } from '../../electron/core/workspace/paths';
import type { Core } from '../../electron/core/index';
import type { EventName, EventPayload } from '../../shared/ipc/contract';

import { tempDir } from './core';

export { workspacePaths };

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Name, size and hash of every file in a folder: "byte-for-byte unchanged" compares these. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => statSync(`${dir}/${f}`).isFile())
      .sort()
      .map((f) => [f, sha256(`${dir}/${f}`)]),
  );
}

/** Runs statements on the workspace file directly (no core), checkpointing so the main file holds them. */
export async function rawSql(dir: string, sql: string): Promise<void> {
  const conn = await Connection.open(workspacePaths(dir).db);
  try {
    await conn.exec(sql);
    await conn.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await conn.close();
  }
}

export async function rawAll<T = Record<string, unknown>>(file: string, sql: string): Promise<T[]> {
  const conn = await Connection.open(file, 'readonly');
  try {
    return await conn.all<T>(sql);
  } finally {
    await conn.close();
  }
}

/** Fills audit_log with `rows` rows of ~1 KB, so the file has many pages to damage. */
export async function padWorkspace(dir: string, rows = 600): Promise<void> {
  await rawSql(
    dir,
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})
     INSERT INTO audit_log (at, actor, action, entity_type, entity_id, summary)
     SELECT '2026-03-02T09:00:00.000Z', 'test', 'pad', 'pad', 'pad-' || i, printf('%.1000c', '数') FROM n;`,
  );
}

/** Overwrites four pages in the middle of the file with garbage, as a failing disk would. */
export function damageMiddlePages(file: string, pageSize = 4096): void {
  const pages = Math.floor(statSync(file).size / pageSize);
  if (pages < 8) throw new Error(`${file} is too small to damage its middle (${pages} pages)`);
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc(pageSize * 4, 0xa5);
    writeSync(fd, garbage, 0, garbage.length, Math.floor(pages / 2) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** The next `event` the core emits. */
export function nextEvent<E extends EventName>(core: Core, event: E, timeoutMs = 10_000): Promise<EventPayload<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    const off = core.on(event, (payload) => {
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

/**
 * A workspace database migrated with the shipped migrations up to, not including, `migration`, as
 * a build before it left it; `migrateRest()` then runs the shipped ones still pending.
 */
export async function databaseBefore(migration: string): Promise<{ db: Database; shipped: Migration[]; migrateRest: () => Promise<string[]>; close: () => Promise<void> }> {
  const shipped = loadMigrations();
  if (!shipped.some((m) => m.id === migration)) throw new Error(`no shipped migration ${migration}`);
  const t = tempDir();
  const db = await Database.open(join(t.dir, 'workspace.db'));
  await migrate(db, shipped.filter((m) => m.id < migration), 't0');
  return {
    db,
    shipped,
    migrateRest: () => migrate(db, shipped, 't9'),
    close: async () => {
      await db.close();
      t.cleanup();
    },
  };
}
