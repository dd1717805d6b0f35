import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { Connection } from '../db/connection';
import type { Database } from '../db/database';
import type { WorkspacePaths } from './paths';

/** `unreadable`: the check itself could not run (disk full, I/O error) — it proves nothing either way. */
export type Verdict = 'ok' | 'damaged' | 'cancelled' | 'unreadable';

/** What SQLite says of a file that is not a sound database; any other failure is the machine's. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/**
 * `PRAGMA quick_check` on its own read-only connection. `signal` interrupts it (closing the
 * workspace need not wait for a check of a large file); an interrupted check proves nothing.
 */
export async function quickCheck(file: string, signal?: AbortSignal): Promise<Verdict> {
  return (await checkFile(file, signal)).verdict;
}

/** `quickCheck` with the reason a check could not run. */
export async function checkFile(file: string, signal?: AbortSignal): Promise<{ verdict: Verdict; reason?: string }> {
  // A read-only connection to a WAL file creates -wal and -shm but cannot remove them on close:
  // remove the ones it created (empty, as it wrote nothing), so checking a file changes nothing.
  const created = ['-wal', '-shm'].filter((s) => !existsSync(file + s));
  let conn: Connection | undefined;
  const interrupt = () => conn?.interrupt();
  try {
    conn = await Connection.open(file, 'readonly');
    if (signal?.aborted) return { verdict: 'cancelled' };
    signal?.addEventListener('abort', interrupt);
    const rows = await conn.all<{ quick_check: string }>('PRAGMA quick_check');
    return { verdict: rows.length === 1 && rows[0]?.quick_check === 'ok' ? 'ok' : 'damaged' };
  } catch (err) {
    if (signal?.aborted) return { verdict: 'cancelled' };
    // A full disk or a failing device must not pass for a damaged file: that would replace a
    // sound workspace with its (older) backup.
    const code = (err as { code?: string }).code;
    return DAMAGE_CODES.has(code ?? '') ? { verdict: 'damaged' } : { verdict: 'unreadable', reason: (err as Error).message };
  } finally {
    signal?.removeEventListener('abort', interrupt);
    await conn?.close().catch(() => {});
    for (const s of created) {
      // Only the empty companions this check created; a -shm the full disk cut short goes too.
      const f = file + s;
      if (existsSync(f) && (s === '-shm' || statSync(f).size === 0) && (!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0)) rmSync(f, { force: true });
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
  // The copy is made first, beside: a copy cut short (a full disk) leaves the workspace as it was.
  const copy = `${paths.db}.restoring`;
  try {
    copyFileSync(paths.backup, copy);
  } catch (err) {
    rmSync(copy, { force: true });
    throw err;
  }
  for (const suffix of SIDE_FILES) {
    if (existsSync(paths.db + suffix)) renameSync(paths.db + suffix, kept + suffix);
  }
  renameSync(copy, paths.db);
  return kept;
}
