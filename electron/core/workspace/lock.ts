import { hostname } from 'node:os';
import { openSync, readFileSync, realpathSync, rmSync, writeSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '@shared/ipc/errors';

interface LockBody {
  pid: number;
  host: string;
  at: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files this process holds: a second core in the same process must be refused too. */
const HELD = new Set<string>();

/**
 * Takes the workspace's lock file, so that two programs never write one database. A lock left by
 * a process that no longer runs on this host is stale and taken over.
 */
export function acquireLock(lockFile: string, now: Date): () => void {
  // One key per folder however it was named (relative, symlinked): the folder exists by now.
  const file = join(realpathSync(dirname(lockFile)), basename(lockFile));
  if (HELD.has(file)) throw new AppError('WORKSPACE_LOCKED', { pid: process.pid, host: hostname() });
  const body: LockBody = { pid: process.pid, host: hostname(), at: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(body));
      closeSync(fd);
      HELD.add(file);
      return () => {
        if (HELD.delete(file)) rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let held: Partial<LockBody> = {};
      try {
        held = JSON.parse(readFileSync(file, 'utf8')) as LockBody;
      } catch {
        // An unreadable lock is a torn write by a crashed process: stale.
      }
      const sameHost = held.host === body.host;
      if (held.pid && held.pid !== process.pid && (!sameHost || alive(held.pid))) {
        throw new AppError('WORKSPACE_LOCKED', { pid: held.pid, host: held.host ?? '' });
      }
      rmSync(file, { force: true });
    }
  }
  throw new AppError('WORKSPACE_LOCKED', { pid: '?' });
}
