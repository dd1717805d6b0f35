import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { AppError, isDiskFull } from '@shared/ipc/errors';
import type { WorkspaceInfo } from '@shared/ipc/channels/workspace';
import type { ProfileId } from '@shared/profiles/types';
import { Database } from '../db/database';
import { migrate, pendingMigrations, type Migration } from '../db/migrate';
import type { Logger, TimeSource } from '../types';
import { backup, backupTime, checkFile, quickCheck, restoreFromBackup, type Verdict } from './integrity';
import { acquireLock } from './lock';
import { workspacePaths, type WorkspacePaths } from './paths';

/**
 * Files up to this size are checked before open completes (`PRAGMA quick_check` runs at about
 * 2 ms/MB on a 2-core machine); larger ones after a clean close are checked just after open.
 */
export const DEFAULT_CHECK_AT_OPEN_MAX_BYTES = 32 * 1024 * 1024;

export interface OpenOptions {
  timeSource: TimeSource;
  logger: Logger;
  migrations: Migration[];
  /** Check the whole file before opening whatever its size (after a check found damage). */
  fullCheck?: boolean;
  checkAtOpenMaxBytes?: number;
}

interface WorkspaceRow {
  profile_id: ProfileId;
  department_name: string;
  department_code: string;
  created_at: string;
}

/** A workspace that cannot be opened; a full disk is said as such (the files are left as they were). */
function unavailable(reason: string): AppError {
  return isDiskFull(reason) ? new AppError('DISK_FULL', { reason }) : new AppError('WORKSPACE_UNAVAILABLE', { reason });
}

/** Checks the file; if damaged, puts the backup in its place (keeping the damaged file) or refuses. */
async function checkOrRestore(paths: WorkspacePaths, opts: OpenOptions, notices: AppError[]): Promise<void> {
  if (!existsSync(paths.db)) return;
  const own = await checkFile(paths.db);
  if (own.verdict === 'ok') return;
  if (own.verdict === 'unreadable') throw unavailable(own.reason ?? 'unreadable');
  const taken = backupTime(paths);
  const spare = taken ? await checkFile(paths.backup) : undefined;
  if (spare?.verdict === 'unreadable') throw unavailable(spare.reason ?? 'unreadable');
  if (!taken || spare?.verdict !== 'ok') throw new AppError('WORKSPACE_CORRUPT', { file: paths.db });
  let kept: string;
  try {
    kept = restoreFromBackup(paths, opts.timeSource.now());
  } catch (err) {
    throw unavailable((err as Error).message);
  }
  opts.logger.warn('workspace restored from backup', { kept, backupTime: taken.toISOString() });
  notices.push(new AppError('WORKSPACE_RESTORED', { file: kept, backupTime: taken.toISOString() }));
}

async function openChecked(paths: WorkspacePaths, opts: OpenOptions): Promise<{ db: Database; pending: Migration[] }> {
  const db = await Database.open(paths.db);
  try {
    return { db, pending: await pendingMigrations(db, opts.migrations) };
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}

/**
 * One open workspace: its lock, its database (checked, migrated) and the department it belongs to.
 * Opening never modifies a workspace it refuses; a damaged one is restored only from its backup.
 *
 * The integrity check: after an unclean shutdown (the open marker is still there), before a
 * migration, for small files, or when the file does not even open, `PRAGMA quick_check` runs
 * before open completes. Otherwise — a large file closed cleanly — it runs just after open on its
 * own connection while reads proceed; writes wait behind it, so a damaged file is never written
 * to and restoring it from the backup loses nothing. `integrity` tells the host the outcome.
 */
export class Workspace {
  private row: WorkspaceRow | undefined;
  private cancelCheck: (() => void) | undefined;
  /** Resolves once the file is known sound (`ok`), found damaged, or the check was cancelled by close. */
  integrity: Promise<Verdict> = Promise.resolve('ok');

  private constructor(
    readonly paths: WorkspacePaths,
    readonly db: Database,
    private readonly release: () => void,
    private readonly timeSource: TimeSource,
  ) {}

  static async open(dir: string, opts: OpenOptions): Promise<{ workspace: Workspace; notices: AppError[]; migrated: string[] }> {
    const paths = workspacePaths(dir);
    mkdirSync(dir, { recursive: true });
    const release = acquireLock(paths.lock, opts.timeSource.now());
    const notices: AppError[] = [];
    let db: Database | undefined;
    let checked = false;
    try {
      const size = existsSync(paths.db) ? statSync(paths.db).size : 0;
      const unclean = existsSync(paths.openMarker);
      checked = size === 0;
      if (!checked && (opts.fullCheck || unclean || size <= (opts.checkAtOpenMaxBytes ?? DEFAULT_CHECK_AT_OPEN_MAX_BYTES))) {
        await checkOrRestore(paths, opts, notices);
        checked = true;
      }
      const opened = await openChecked(paths, opts);
      db = opened.db;
      if (opened.pending.length && !checked) {
        // A migration writes: never before the file is known sound.
        await db.close();
        db = undefined;
        await checkOrRestore(paths, opts, notices);
        checked = true;
        db = (await openChecked(paths, opts)).db;
      }
      const applied = await migrate(db, opts.migrations, opts.timeSource.now().toISOString());
      if (applied.length) opts.logger.info('migrations applied', { applied });
      writeFileSync(paths.openMarker, String(process.pid));
      const ws = new Workspace(paths, db, release, opts.timeSource);
      await ws.reload();
      if (!checked) ws.checkInBackground(opts.logger);
      return { workspace: ws, notices, migrated: applied };
    } catch (err) {
      await db?.close().catch(() => {});
      release();
      // Reading an unchecked file failed (not a database, a damaged page…): check it first, then retry.
      if (!checked && !(err instanceof AppError)) return Workspace.open(dir, { ...opts, fullCheck: true });
      if (err instanceof AppError) throw err;
      throw unavailable((err as Error).message);
    }
  }

  private checkInBackground(logger: Logger): void {
    const abort = new AbortController();
    this.cancelCheck = () => abort.abort();
    this.integrity = quickCheck(this.paths.db, abort.signal).then((verdict) => {
      if (verdict === 'damaged') logger.warn('workspace failed its integrity check after open', { file: this.paths.db });
      return verdict;
    });
    this.db.hold(
      this.integrity.then((verdict) => {
        if (verdict === 'damaged') throw new AppError('WORKSPACE_CORRUPT', { file: this.paths.db });
        if (verdict === 'cancelled') throw new AppError('WORKSPACE_UNAVAILABLE', { reason: 'closed' });
        if (verdict === 'unreadable') throw new AppError('WORKSPACE_UNAVAILABLE', { reason: 'the integrity check could not read the file' });
      }),
    );
  }

  async reload(): Promise<void> {
    this.row = await this.db.get<WorkspaceRow>(
      'SELECT profile_id, department_name, department_code, created_at FROM workspace WHERE id = 1',
    );
  }

  get info(): WorkspaceInfo | undefined {
    const r = this.row;
    if (!r) return undefined;
    return {
      dir: this.paths.dir,
      profileId: r.profile_id,
      departmentName: r.department_name,
      departmentCode: r.department_code,
      createdAt: r.created_at,
    };
  }

  /** The workspace's details, or the error that tells the officer to set it up first. */
  requireInfo(): WorkspaceInfo {
    const info = this.info;
    if (!info) throw new AppError('WORKSPACE_NOT_INITIALISED');
    return info;
  }

  /**
   * Clean close: back up if anything was written (or no backup exists yet) — only a file known
   * sound is ever copied over the backup — then release the lock. A damaged file keeps its open
   * marker, so the next open checks it before anything else.
   */
  async close(): Promise<void> {
    this.cancelCheck?.();
    const verdict = await this.integrity;
    try {
      if (verdict === 'ok' && this.row && (this.db.writeCount > 0 || !existsSync(this.paths.backup))) await backup(this.db, this.paths);
    } finally {
      await this.db.close();
      if (verdict !== 'damaged') rmSync(this.paths.openMarker, { force: true });
      this.release();
    }
  }

  now(): string {
    return this.timeSource.now().toISOString();
  }
}
