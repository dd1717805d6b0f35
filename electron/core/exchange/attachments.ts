import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a file with this sha256 is kept: `attachments/ab/abcdef…` (content-addressed). */
export function attachmentPath(attachmentsDir: string, sha256: string): string {
  return join(attachmentsDir, sha256.slice(0, 2), sha256);
}

/** Stores the bytes once; the same content is never written twice. Returns the stored path. */
export function storeAttachment(attachmentsDir: string, sha256: string, bytes: Uint8Array): string {
  const path = attachmentPath(attachmentsDir, sha256);
  if (existsSync(path)) return path;
  mkdirSync(join(attachmentsDir, sha256.slice(0, 2)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
  return path;
}
