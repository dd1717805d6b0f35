// A full disk met by the core and the CLI: SQLite's SQLITE_FULL and the file system's ENOSPC are
// the typed DISK_FULL ("free disk space, then retry; nothing was lost") in zh-CN and en, never
// INTERNAL or a bare SQLite code, and every write answered ok is still there afterwards.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { makeDispatch } from '../../electron/core/dispatch';
import type { HandlerMap } from '../../electron/core/context';
import { isDiskFull } from '../../shared/ipc/errors';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** A tmpfs needs a user and mount namespace (`unshare -rm`); without one, the SQLite-only test below still runs. */
function canMountTmpfs(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'cw-tmpfs-probe-'));
  try {
    execFileSync('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs "${probe}"`], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

describe('full disk', { timeout: 120_000 }, () => {
  it('SQLite reporting SQLITE_FULL (max_page_count) reaches the caller as DISK_FULL through dispatch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-full-'));
    const db = new sqlite3.Database(join(dir, 'x.db'));
    const exec = (sql: string, ...params: unknown[]) => new Promise<void>((ok, fail) => db.run(sql, params, (err) => (err ? fail(err) : ok())));
    try {
      await exec('CREATE TABLE t (v TEXT)');
      await exec('PRAGMA max_page_count = 8');
      const handlers = {
        'outbox.count': async () => {
          for (let i = 0; i < 1000; i++) await exec('INSERT INTO t VALUES (?)', 'x'.repeat(2000));
          return { count: 0 };
        },
      } as unknown as HandlerMap;
      const logger = { info: () => {}, warn: () => {}, error: () => {} };
      let locale: 'zh-CN' | 'en' = 'zh-CN';
      const dispatch = makeDispatch(() => handlers, { logger, locale: () => locale, validateOutputs: true });
      expect(await dispatch('outbox.count', {})).toEqual({ ok: false, error: { code: 'DISK_FULL', message: '磁盘已满：请释放磁盘空间后重试。未丢失任何数据。' } });
      locale = 'en';
      expect(await dispatch('outbox.count', {})).toEqual({ ok: false, error: { code: 'DISK_FULL', message: 'The disk is full: free disk space, then retry; nothing was lost.' } });
    } finally {
      await new Promise((r) => db.close(r));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells a full disk from other failures', () => {
    expect(isDiskFull(Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' }))).toBe(true);
    expect(isDiskFull(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: 'ENOSPC' }))).toBe(true);
    expect(isDiskFull(new Error('copy failed', { cause: Object.assign(new Error('quota'), { code: 'EDQUOT' }) }))).toBe(true);
    expect(isDiskFull('SQLITE_FULL: database or disk is full')).toBe(true);
    expect(isDiskFull(Object.assign(new Error('SQLITE_IOERR: disk I/O error'), { code: 'SQLITE_IOERR' }))).toBe(false);
    expect(isDiskFull(Object.assign(new Error('SQLITE_CORRUPT: database disk image is malformed'), { code: 'SQLITE_CORRUPT' }))).toBe(false);
    expect(isDiskFull(new Error('EACCES: permission denied'))).toBe(false);
    expect(isDiskFull(undefined)).toBe(false);
  });

  it.skipIf(!canMountTmpfs())('on a really full file system (tmpfs): the core and the CLI say DISK_FULL, and nothing answered ok is lost', async () => {
    const mount = mkdtempSync(join(tmpdir(), 'cw-tmpfs-'));
    try {
      const child = join(ROOT, 'tests/integration/disk-full-child.ts');
      const { stdout } = await run('unshare', ['-rm', 'sh', '-c', `mount -t tmpfs -o size=4m tmpfs "${mount}" && exec node --import tsx "${child}" "${mount}"`], { cwd: ROOT });
      const r = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
        opened: string;
        added: number;
        refusal: { code: string; message: string };
        refusalEn: { ok: boolean; error: { code: string; message: string } };
        cli: { exit: number; out: string };
        cliText: { exit: number; err: string };
        reopened: string;
        total: number;
      };
      expect(r.opened).toBe('ready');
      expect(r.refusal).toEqual({ code: 'DISK_FULL', message: '磁盘已满：请释放磁盘空间后重试。未丢失任何数据。' });
      expect(r.refusalEn).toEqual({ ok: false, error: { code: 'DISK_FULL', message: 'The disk is full: free disk space, then retry; nothing was lost.' } });
      expect(r.cli.exit).toBe(3);
      expect(JSON.parse(r.cli.out)).toMatchObject({ error: { code: 'DISK_FULL', message: 'The disk is full: free disk space, then retry; nothing was lost.' } });
      expect(r.cliText).toEqual({ exit: 3, err: 'DISK_FULL: 磁盘已满：请释放磁盘空间后重试。未丢失任何数据。' });
      // With room again: the seed entry and every create answered ok, nothing half-written.
      expect(r.reopened).toBe('ready');
      expect(r.total).toBe(1 + r.added);
    } finally {
      rmSync(mount, { recursive: true, force: true });
    }
  });
});
