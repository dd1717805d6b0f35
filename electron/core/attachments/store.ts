import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { checkAttachment } from '@shared/domain/attachment';
import { ATTACHMENT_MAX_BYTES } from '@shared/domain/request-rules';
import { AppError } from '@shared/ipc/errors';
import type { Reader, Tx } from '../db/database';
// Exchange already stores imported files content-addressed beside the database; the same store.
import { storeAttachment } from '../exchange/public';

export interface AttachmentView {
  sha256: string;
  fileName: string;
  type: string;
  size: number;
  role: string;
  addedAt: string;
}

export type AttachmentSource = { path: string } | { base64: string };

/** The bytes of a source, refusing a file over the cap before reading it. */
function readSource(source: AttachmentSource, max: number): Uint8Array {
  if ('path' in source) {
    let size: number;
    try {
      size = statSync(source.path).size;
    } catch {
      throw new AppError('ATTACHMENT_UNREADABLE', { path: source.path });
    }
    if (size > max) throw new AppError('ATTACHMENT_TOO_LARGE', { size, max });
    return readFileSync(source.path);
  }
  return Buffer.from(source.base64, 'base64');
}

/**
 * Checks (content decides the type, the name must agree, size capped) and stores the file under
 * attachments/ by its sha256. The file is written before the caller's transaction: an orphan file
 * is harmless (the same content maps to the same name), a row without its file would not be.
 */
export function checkAndStore(dir: string, fileName: string, source: AttachmentSource, max = ATTACHMENT_MAX_BYTES): { sha256: string; type: string; size: number } {
  const bytes = readSource(source, max);
  const check = checkAttachment(fileName, bytes, max);
  if (!check.ok) {
    const { ok: _ok, code, ...params } = check;
    throw new AppError(code, { fileName, ...params });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  storeAttachment(dir, sha256, bytes);
  return { sha256, type: check.type, size: bytes.length };
}

export async function recordAttachment(tx: Tx, file: { sha256: string; type: string; size: number }, at: string): Promise<void> {
  await tx.run('INSERT OR IGNORE INTO attachment_files (sha256, type, size, stored_at) VALUES (?, ?, ?, ?)', [file.sha256, file.type, file.size, at]);
}

export async function linkAttachment(tx: Tx, owner: { type: string; id: string }, sha256: string, role: string, fileName: string, at: string): Promise<void> {
  const known = await tx.get('SELECT 1 AS x FROM attachment_files WHERE sha256 = ?', [sha256]);
  if (!known) throw new AppError('ATTACHMENT_UNKNOWN', { sha256 });
  await tx.run('INSERT OR IGNORE INTO attachment_links (owner_type, owner_id, sha256, role, file_name, added_at) VALUES (?, ?, ?, ?, ?, ?)', [owner.type, owner.id, sha256, role, fileName, at]);
}

export async function attachmentsOf(db: Reader, ownerType: string, ownerId: string): Promise<AttachmentView[]> {
  const rows = await db.all<{ sha256: string; file_name: string; type: string; size: number; role: string; added_at: string }>(
    'SELECT l.sha256, l.file_name, f.type, f.size, l.role, l.added_at FROM attachment_links l JOIN attachment_files f ON f.sha256 = l.sha256 WHERE l.owner_type = ? AND l.owner_id = ? ORDER BY l.added_at, l.sha256',
    [ownerType, ownerId],
  );
  return rows.map((r) => ({ sha256: r.sha256, fileName: r.file_name, type: r.type, size: r.size, role: r.role, addedAt: r.added_at }));
}
