import { basename, dirname, extname, isAbsolute, join, normalize } from 'node:path';
import { lstatSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { AppError } from '@shared/ipc/errors';

/**
 * Writes an export (dashboard workbook, annual report) at an absolute path with one of `exts`:
 * through a temporary file renamed into place, so a failure leaves any existing file as it was.
 */
export function writeExport(rawPath: string, exts: readonly string[], bytes: Uint8Array): string {
  const ext = exts.join(' / ');
  if (rawPath.includes('\0') || !isAbsolute(rawPath) || !exts.includes(extname(rawPath).toLowerCase())) throw new AppError('REPORT_BAD_PATH', { ext });
  const path = normalize(rawPath);
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AppError('REPORT_BAD_PATH', { ext });
  }
  try {
    if (!lstatSync(path).isFile()) throw new AppError('REPORT_BAD_PATH', { ext });
  } catch (err) {
    if (err instanceof AppError) throw err;
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new AppError('REPORT_WRITE_FAILED', { reason: (err as NodeJS.ErrnoException).code ?? 'error' });
  }
  return path;
}
