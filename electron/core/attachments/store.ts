import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkAttachment, type AttachmentType } from '@shared/domain/attachment';
import { ATTACHMENT_MAX_BYTES } from '@shared/domain/request-rules';
import { AppError } from '@shared/ipc/errors';
import type { Reader, Tx } from '../db/database';
// Exchange already stores imported files content-addressed beside the database; the same store.
import { attachmentPath, storeAttachment } from '../exchange/public';

export interface AttachmentView {
  sha256: string;
  fileName: string;
  type: string;
  size: number;
  role: string;
  addedAt: string;
  /** False: listed by the platform, not downloaded yet (no name, type or size until it is). */
  stored?: boolean;
}

/**
 * The files of the owners of one type (one owner when `ownerId` is given): those in the workspace,
 * then those the platform lists that are not downloaded yet.
 */
export const ATTACHMENTS_SQL = (oneOwner: boolean) => `
  SELECT l.owner_id, l.sha256, l.file_name, f.type, f.size, l.role, l.added_at, 1 AS stored
    FROM attachment_links l JOIN attachment_files f ON f.sha256 = l.sha256
   WHERE l.owner_type = ?1 ${oneOwner ? 'AND l.owner_id = ?2' : ''}
  UNION ALL
  SELECT p.owner_id, p.sha256, '' AS file_name, '' AS type, 0 AS size, p.role, p.listed_at AS added_at, 0 AS stored
    FROM platform_attachments p
   WHERE p.owner_type = ?1 ${oneOwner ? 'AND p.owner_id = ?2' : ''}
     AND NOT EXISTS (SELECT 1 FROM attachment_links l WHERE l.owner_type = p.owner_type AND l.owner_id = p.owner_id AND l.sha256 = p.sha256)
  ORDER BY added_at, sha256`;

export interface AttachmentRow {
  owner_id: string;
  sha256: string;
  file_name: string;
  type: string;
  size: number;
  role: string;
  added_at: string;
  stored: number;
}

export function attachmentView(r: AttachmentRow): AttachmentView {
  return { sha256: r.sha256, fileName: r.file_name, type: r.type, size: r.size, role: r.role, addedAt: r.added_at, ...(r.stored ? {} : { stored: false }) };
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

/** The stored file's path when it is there and its bytes still match their sha256; undefined otherwise. */
export function intactPath(dir: string, sha256: string): string | undefined {
  const path = attachmentPath(dir, sha256);
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex') === sha256 ? path : undefined;
  } catch {
    return undefined;
  }
}

const EXTENSION: Record<AttachmentType, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png' };

/**
 * A copy of a stored file named with its type's extension, for the system's program to open (the
 * shell opens only files of an allowed extension; the store names files by sha256 alone). Written
 * again when missing or no longer matching.
 */
export function openableCopy(dir: string, sha256: string, type: AttachmentType, bytes: Uint8Array): string {
  const path = join(dir, 'opened', `${sha256}.${EXTENSION[type]}`);
  try {
    if (createHash('sha256').update(readFileSync(path)).digest('hex') === sha256) return path;
  } catch {
    // missing: written below
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

/** Replaces whatever is stored under the sha256 (missing or damaged) with bytes already checked against it. */
export function restoreAttachment(dir: string, sha256: string, bytes: Uint8Array): string {
  rmSync(attachmentPath(dir, sha256), { force: true });
  return storeAttachment(dir, sha256, bytes);
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
  return (await db.all<AttachmentRow>(ATTACHMENTS_SQL(true), [ownerType, ownerId])).map(attachmentView);
}
