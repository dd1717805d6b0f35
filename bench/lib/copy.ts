import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './cache';

/** A throw-away copy of a cached workspace, so that opening it (lock, markers, backups) never alters the cache. */
export function workspaceCopy(cached: string): string {
  const dir = join(scratchDir(), 'workspace');
  cpSync(cached, dir, { recursive: true });
  rmSync(join(dir, '.complete'), { force: true });
  return dir;
}
