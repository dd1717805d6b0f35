import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '@shared/ipc/errors';

interface LockBody {
  pid: number;
  host: string;
  at: string;
  /** Tells this holder's file from a later one of the same process (release checks it). */
  nonce: string;
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

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function parse(text: string | undefined): Partial<LockBody> {
  try {
    return JSON.parse(text ?? '') as LockBody;
  } catch {
    return {};
  }
}

/**
 * Puts a file holding `body` at `file` if nothing is there, in one step: the body is written to a
 * private temporary file first and then hard-linked into place, so no reader ever sees the lock
 * empty or half-written, and of two processes linking at once exactly one succeeds.
 */
function place(file: string, body: LockBody): boolean {
  const temp = `${file}.${body.pid}.${body.nonce}.tmp`;
  writeFileSync(temp, JSON.stringify(body), { flag: 'wx' });
  try {
    linkSync(temp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * A holder that can no longer use the lock: a process that has ended on this host, an unreadable
 * file, or our own process id (this process holds no such lock, see HELD: an earlier process
 * that had the same id left it).
 */
function stale(held: Partial<LockBody>, me: LockBody): boolean {
  if (!held.pid) return true;
  if (held.host !== me.host) return false;
  return held.pid === me.pid || !alive(held.pid);
}

/**
 * Removes a stale lock. Judging and removing happen under a second lock (`…lock.takeover`), so two
 * processes that both found the same stale holder cannot both remove it: the second one re-reads
 * the file under the guard and finds the first one's live lock instead.
 */
function takeOver(file: string, me: LockBody, seen: string): void {
  const guard = `${file}.takeover`;
  if (!place(guard, me)) {
    // A guard is held for a few milliseconds; one whose process has ended is left by a crash.
    const text = read(guard);
    if (text !== undefined && stale(parse(text), me) && read(guard) === text) rmSync(guard, { force: true });
    return;
  }
  try {
    const now = read(file);
    if (now === seen) rmSync(file, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the workspace's lock file, so that two programs never write one database. A lock left by
 * a process that no longer runs on this host is stale and taken over. The returned release
 * removes the file only while it is still this holder's.
 */
export function acquireLock(lockFile: string, now: Date): () => void {
  // One key per folder however it was named (relative, symlinked): the folder exists by now.
  const file = join(realpathSync(dirname(lockFile)), basename(lockFile));
  if (HELD.has(file)) throw new AppError('WORKSPACE_LOCKED', { pid: process.pid, host: hostname() });
  const body: LockBody = { pid: process.pid, host: hostname(), at: now.toISOString(), nonce: randomBytes(8).toString('hex') };
  const mine = JSON.stringify(body);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (place(file, body)) {
      HELD.add(file);
      return () => {
        if (!HELD.delete(file)) return;
        // Only a holder that is alive can have replaced our file, and we are alive: check, then remove.
        if (read(file) === mine) rmSync(file, { force: true });
      };
    }
    const text = read(file);
    if (text === undefined) continue; // released between our attempt and our look
    const held = parse(text);
    if (!stale(held, body)) throw new AppError('WORKSPACE_LOCKED', { pid: held.pid ?? '?', host: held.host ?? '' });
    takeOver(file, body, text);
  }
  throw new AppError('WORKSPACE_LOCKED', { pid: '?' });
}
