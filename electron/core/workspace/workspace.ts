import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '@shared/ipc/errors';
import type { WorkspaceInfo } from '@shared/ipc/channels/workspace';
import type { ProfileId } from '@shared/profiles/types';
import { Database } from '../db/database';
import { migrate, type Migration } from '../db/migrate';
import type { Clock, Logger } from '../types';
import { backup, backupTime, quickCheck, restoreFromBackup } from './integrity';
import { acquireLock } from './lock';
import { workspacePaths, type WorkspacePaths } from './paths';

export interface OpenOptions {
  clock: Clock;
  logger: Logger;
  migrations: Migration[];
}

interface WorkspaceRow {
  profile_id: ProfileId;
  department_name: string;
  department_code: string;
  created_at: string;
}

/**
 * One open workspace: its lock, its database (checked, migrated) and the department it belongs to.
 * Opening never modifies a workspace it refuses; a damaged one is restored only from its backup.
 */
export class Workspace {
  private row: WorkspaceRow | undefined;

  private constructor(
    readonly paths: WorkspacePaths,
    readonly db: Database,
    private readonly release: () => void,
    private readonly clock: Clock,
  ) {}

  static async open(dir: string, opts: OpenOptions): Promise<{ workspace: Workspace; notices: AppError[] }> {
    const paths = workspacePaths(dir);
    mkdirSync(dir, { recursive: true });
    const release = acquireLock(paths.lock, opts.clock.now());
    const notices: AppError[] = [];
    let db: Database | undefined;
    try {
      if (existsSync(paths.db) && !(await quickCheck(paths.db))) {
        const taken = backupTime(paths);
        if (!taken || !(await quickCheck(paths.backup))) throw new AppError('WORKSPACE_CORRUPT', { file: paths.db });
        const kept = restoreFromBackup(paths, opts.clock.now());
        opts.logger.warn('workspace restored from backup', { kept, backupTime: taken.toISOString() });
        notices.push(new AppError('WORKSPACE_RESTORED', { file: kept, backupTime: taken.toISOString() }));
      }
      db = await Database.open(paths.db);
      const applied = await migrate(db, opts.migrations, opts.clock.now().toISOString());
      if (applied.length) opts.logger.info('migrations applied', { applied });
      writeFileSync(paths.openMarker, String(process.pid));
      const ws = new Workspace(paths, db, release, opts.clock);
      await ws.reload();
      return { workspace: ws, notices };
    } catch (err) {
      await db?.close().catch(() => {});
      release();
      if (err instanceof AppError) throw err;
      throw new AppError('WORKSPACE_UNAVAILABLE', { reason: (err as Error).message });
    }
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

  /** Clean close: back up if anything was written (or no backup exists yet), then release the lock. */
  async close(): Promise<void> {
    try {
      if (this.row && (this.db.writeCount > 0 || !existsSync(this.paths.backup))) await backup(this.db, this.paths);
    } finally {
      await this.db.close();
      rmSync(this.paths.openMarker, { force: true });
      this.release();
    }
  }

  now(): string {
    return this.clock.now().toISOString();
  }
}
