import { join } from 'node:path';

/** The files of one workspace folder. */
export function workspacePaths(dir: string) {
  return {
    dir,
    db: join(dir, 'workspace.db'),
    backup: join(dir, 'workspace.backup.db'),
    backupTmp: join(dir, 'workspace.backup.tmp'),
    lock: join(dir, 'workspace.lock'),
    /** Present while the workspace is open: found at open, the last session did not close cleanly. */
    openMarker: join(dir, 'workspace.open'),
    attachments: join(dir, 'attachments'),
  };
}
export type WorkspacePaths = ReturnType<typeof workspacePaths>;
