import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { Connection } from '../db/connection';
import type { Database } from '../db/database';
import type { WorkspacePaths } from './paths';

export type Verdict = 'ok' | 'damaged' | 'cancelled';

/**
 * `PRAGMA quick_check` on its own read-only connection. `signal` interrupts it (closing the
 * workspace need not wait for a check of a large file); an interrupted check proves nothing.
 */
export async function quickCheck(file: string, signal?: AbortSignal): Promise<Verdict> {
  // A read-only connection to a WAL file creates -wal and -shm but cannot remove them on close:
  // remove the ones it created (empty, as it wrote nothing), so checking a file changes nothing.
  const created = ['-wal', '-shm'].filter((s) => !existsSync(file + s));
  let conn: Connection | undefined;
  const interrupt = () => conn?.interrupt();
  try {
    conn = await Connection.open(file, 'readonly');
    if (signal?.aborted) return 'cancelled';
    signal?.addEventListener('abort', interrupt);
    const rows = await conn.all<{ quick_check: string }>('PRAGMA quick_check');
    return rows.length === 1 && rows[0]?.quick_check === 'ok' ? 'ok' : 'damaged';
  } catch {
    return signal?.aborted ? 'cancelled' : 'damaged';
  } finally {
    signal?.removeEventListener('abort', interrupt);
    await conn?.close().catch(() => {});
    const wal = `${file}-wal`;
    if (created.includes('-wal') && existsSync(wal) && statSync(wal).size === 0) {
      for (const s of created) rmSync(file + s, { force: true });
    }
  }
}

/** Writes a consistent copy with VACUUM INTO, then swaps it in, so a crash never leaves half a backup. */
export async function backup(db: Database, paths: WorkspacePaths): Promise<void> {
  rmSync(paths.backupTmp, { force: true });
  await db.exclusive((conn) => conn.run('VACUUM INTO ?', [paths.backupTmp]));
  renameSync(paths.backupTmp, paths.backup);
}

export function backupTime(paths: WorkspacePaths): Date | undefined {
  return existsSync(paths.backup) ? statSync(paths.backup).mtime : undefined;
}

const SIDE_FILES = ['', '-wal', '-shm'];

/**
 * Moves the damaged database aside (kept, never deleted) and puts the backup in its place.
 * Returns where the damaged file went.
 */
export function restoreFromBackup(paths: WorkspacePaths, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  let kept = `${paths.db}.corrupt-${stamp}`;
  for (let n = 2; existsSync(kept); n++) kept = `${paths.db}.corrupt-${stamp}-${n}`;
  for (const suffix of SIDE_FILES) {
    if (existsSync(paths.db + suffix)) renameSync(paths.db + suffix, kept + suffix);
  }
  copyFileSync(paths.backup, paths.db);
  return kept;
}
