import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/ipc/errors';
import { Connection } from './connection';
import { Database } from './database';
import { loadMigrations, migrate } from './migrate';
import { tempDir } from '../../../tests/helpers/core';

const AUDIT = "INSERT INTO audit_log (at, actor, action, entity_type, entity_id, summary) VALUES ('t', 'tester', ?, 'x', ?, 's')";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Database', () => {
  let cleanup: () => void;
  let db: Database;

  beforeEach(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    db = await Database.open(join(t.dir, 'test.db'));
    await migrate(db, loadMigrations(), '2026-03-02T09:00:00.000Z');
  });
  afterEach(async () => {
    await db.close();
    cleanup();
  });

  const count = async (sql = 'SELECT count(*) AS n FROM audit_log') => (await db.get<{ n: number }>(sql))?.n;

  it('opens in WAL mode with foreign keys on', async () => {
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    const fk = await db.transaction((tx) => tx.get<{ foreign_keys: number }>('PRAGMA foreign_keys'));
    expect(fk?.foreign_keys).toBe(1);
  });

  it('keeps audit_log append-only: UPDATE and DELETE are refused', async () => {
    await db.transaction((tx) => tx.run(AUDIT, ['create', 'e1']));
    await expect(db.transaction((tx) => tx.run("UPDATE audit_log SET summary = 'forged'"))).rejects.toThrow(/append-only/);
    await expect(db.transaction((tx) => tx.run('DELETE FROM audit_log'))).rejects.toThrow(/append-only/);
    expect(await db.all('SELECT action, summary FROM audit_log')).toEqual([{ action: 'create', summary: 's' }]);
  });

  it('rolls back every statement of a failing body, and later transactions still run', async () => {
    const writesBefore = db.writeCount;
    const failing = db.transaction(async (tx) => {
      await tx.run(AUDIT, ['one', 'e1']);
      await tx.run("INSERT INTO workspace (id, profile_id, department_name, department_code, created_at) VALUES (1, 'national', 'd', 'c', 't')");
      await tx.run(AUDIT, ['two', 'e2']);
      throw new AppError('CONFLICT');
    });
    await expect(failing).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await count()).toBe(0);
    expect(await count('SELECT count(*) AS n FROM workspace')).toBe(0);

    // A statement SQLite itself refuses (primary key) undoes the statements before it too.
    await expect(
      db.transaction(async (tx) => {
        await tx.run(AUDIT, ['three', 'e3']);
        await tx.run("INSERT INTO workspace (id, profile_id, department_name, department_code, created_at) VALUES (2, 'national', 'd', 'c', 't')");
      }),
    ).rejects.toThrow(/CHECK constraint/);
    expect(await count()).toBe(0);

    await db.transaction((tx) => tx.run(AUDIT, ['after', 'e4']));
    expect(await db.all('SELECT action FROM audit_log')).toEqual([{ action: 'after' }]);
    expect(db.writeCount - writesBefore).toBe(1);
  });

  it('serialises concurrent transactions: none starts before the previous one ends', async () => {
    const log: string[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.transaction(async (tx) => {
          log.push(`begin ${i}`);
          // Read, yield to the event loop, then write what was read: a lost update if bodies overlapped.
          const next = ((await tx.get<{ n: number }>('SELECT count(*) AS n FROM audit_log'))?.n ?? 0) + 1;
          await sleep(i % 3);
          await tx.run(AUDIT, ['seq', String(next)]);
          log.push(`end ${i}`);
          if (i === 5) throw new Error('one failure does not break the queue');
        }).catch(() => {}),
      ),
    );
    expect(log).toEqual(Array.from({ length: 12 }, (_, i) => [`begin ${i}`, `end ${i}`]).flat());
    const ids = (await db.all<{ entity_id: string }>('SELECT entity_id FROM audit_log ORDER BY id')).map((r) => Number(r.entity_id));
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('holds writes behind a gate, and refuses them all if the gate fails', async () => {
    let open!: () => void;
    db.hold(new Promise<void>((resolve) => (open = resolve)));
    let written = false;
    const held = db.transaction((tx) => tx.run(AUDIT, ['held', 'e1'])).then(() => (written = true));
    await sleep(20);
    expect(written).toBe(false);
    // Reads are not held.
    expect(await count()).toBe(0);
    open();
    await held;
    expect(await count()).toBe(1);

    let fail!: (err: Error) => void;
    db.hold(new Promise<void>((_, reject) => (fail = reject)));
    const refused = db.transaction((tx) => tx.run(AUDIT, ['refused', 'e2']));
    fail(new AppError('WORKSPACE_CORRUPT', { file: 'x' }));
    await expect(refused).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });
    await expect(db.transaction((tx) => tx.run(AUDIT, ['later', 'e3']))).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });
    expect(await count()).toBe(1);
  });
});

describe('Connection', () => {
  it('interrupts a running statement', async () => {
    const conn = await Connection.open(':memory:');
    try {
      const endless = conn.get('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n');
      setTimeout(() => conn.interrupt(), 20);
      await expect(endless).rejects.toMatchObject({ code: 'SQLITE_INTERRUPT' });
    } finally {
      await conn.close();
    }
  });
});
