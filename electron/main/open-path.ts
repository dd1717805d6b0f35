import { realpathSync, statSync } from 'node:fs';
import nodePath from 'node:path';

/**
 * Which local files `shell.openPath` may hand to the operating system (no `electron` import, so it
 * runs under vitest). Opening a file launches whatever program the OS associates with it: the
 * renderer must not be able to name an executable, a script or a file elsewhere on the disk.
 */

/** Files the app itself writes or keeps: printed forms, workbooks, sealed scans. */
export const OPENABLE_EXTENSIONS: readonly string[] = ['.pdf', '.png', '.jpg', '.jpeg', '.xlsx'];

export type OpenPathRefusal = 'relative' | 'extension' | 'missing' | 'notFile' | 'outside';
export type OpenPathVerdict = { ok: true; path: string } | { ok: false; reason: OpenPathRefusal };

export interface OpenPathFs {
  /** The path with every symlink resolved; throws when it does not exist. */
  realpath(path: string): string;
  isFile(path: string): boolean;
}
const nodeFs: OpenPathFs = { realpath: (p) => realpathSync.native(p), isFile: (p) => statSync(p).isFile() };

const extensionOk = (p: string, path: typeof nodePath) => OPENABLE_EXTENSIONS.includes(path.extname(p).toLowerCase());

/**
 * The real path to open, or why not: an absolute path (no NUL, no `:` in the name — a Windows
 * alternate data stream), normalised, of an allowed type, existing as a regular file, and — after
 * symlinks are resolved, so a link cannot lead out — inside one of `roots` (folders, or single
 * files the officer saved through the native dialog).
 */
export function checkOpenablePath(requested: string, roots: readonly string[], fs: OpenPathFs = nodeFs, path: typeof nodePath = nodePath): OpenPathVerdict {
  if (requested.includes('\0') || !path.isAbsolute(requested)) return { ok: false, reason: 'relative' };
  const normalised = path.resolve(requested);
  if (path.basename(normalised).includes(':') || !extensionOk(normalised, path)) return { ok: false, reason: 'extension' };
  let real: string;
  try {
    real = fs.realpath(normalised);
    if (!fs.isFile(real)) return { ok: false, reason: 'notFile' };
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (!extensionOk(real, path)) return { ok: false, reason: 'extension' };
  const inside = roots.some((root) => {
    if (!root || !path.isAbsolute(root)) return false;
    let realRoot: string;
    try {
      realRoot = fs.realpath(path.resolve(root));
    } catch {
      return false;
    }
    // A root that is the file itself (one the officer chose in a save dialog) allows just that file.
    const rel = path.relative(realRoot, real);
    return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
  });
  return inside ? { ok: true, path: real } : { ok: false, reason: 'outside' };
}
