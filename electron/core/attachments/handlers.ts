import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ATTACHMENT_MIME, ATTACHMENT_TYPES, sniffAttachment, type AttachmentType } from '@shared/domain/attachment';
import { ATTACHMENT_MAX_BYTES } from '@shared/domain/request-rules';
import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import type { SyncEngine } from '../sync/public';
import { OBJECTION_ENTITY } from '../objections/public';
import { REQUEST_ENTITY } from '../requests/public';
import { attachmentsOf, checkAndStore, intactPath, linkAttachment, openableCopy, recordAttachment, restoreAttachment } from './store';

/** Requests take a sealed form only while they can still be changed before submission. */
const ATTACHABLE = ['draft', 'returned', 'active', 'expired'];

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const EXTENSION = { pdf: 'pdf', jpeg: 'jpg', png: 'png' } as const;
const isType = (t: string): t is AttachmentType => (ATTACHMENT_TYPES as readonly string[]).includes(t);

export function attachmentHandlers(ctx: CoreContext, engine: Pick<SyncEngine, 'relay'>): HandlerMap<'attachments.add' | 'attachments.open'> {
  /**
   * The bytes the platform holds under `sha256`, checked against it. A download that does not
   * match (damaged or tampered with on the way) is thrown away and fetched once more; a second
   * mismatch is refused, nothing stored.
   */
  const download = async (sha256: string): Promise<Buffer> => {
    for (let attempt = 1; ; attempt++) {
      const bytes = await engine.relay('downloadAttachment', { params: { sha256 } });
      if (sha256Of(bytes) === sha256) return bytes;
      ctx.logger.warn('downloaded attachment does not match its sha256', { sha256, attempt, size: bytes.length });
      if (attempt >= 2) throw new AppError('ATTACHMENT_HASH_MISMATCH', { sha256 });
    }
  };

  return {
    'attachments.add': async ({ owner, role, fileName, source }) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      const now = ws.now();
      const file = checkAndStore(ws.paths.attachments, fileName, source);
      await ctx.write(async (tx, audit) => {
        await recordAttachment(tx, file, now);
        if (owner?.type === 'request') {
          const row = await tx.get<{ state: string; role: string }>('SELECT state, role FROM share_requests WHERE id = ?', [owner.id]);
          if (!row) throw new AppError('NOT_FOUND');
          if (row.role !== 'requester' || !ATTACHABLE.includes(row.state)) throw new AppError('REQUEST_NOT_EDITABLE', { state: row.state });
          await linkAttachment(tx, { type: REQUEST_ENTITY, id: owner.id }, file.sha256, role, fileName, now);
        } else if (owner?.type === 'objection') {
          if (!(await tx.get('SELECT 1 AS x FROM objections WHERE id = ?', [owner.id]))) throw new AppError('NOT_FOUND');
          await linkAttachment(tx, { type: OBJECTION_ENTITY, id: owner.id }, file.sha256, role, fileName, now);
        } else {
          // Kept for a later link (evidence of an objection about to be raised): remember its name.
          await linkAttachment(tx, { type: 'unlinked', id: file.sha256 }, file.sha256, role, fileName, now);
        }
        await audit('attachments.add', owner ? (owner.type === 'request' ? REQUEST_ENTITY : OBJECTION_ENTITY) : 'attachment', owner?.id ?? file.sha256, `${fileName} (${file.type}, ${file.size} B, ${file.sha256.slice(0, 12)})`);
      });
      if (owner) ctx.events.emit('workspace.changed', { entity: owner.type === 'request' ? 'requests' : 'objections', id: owner.id, action: 'attach' });
      return { sha256: file.sha256, fileName, type: file.type, size: file.size, role, addedAt: now };
    },

    'attachments.open': async ({ owner, sha256 }) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      if (!(await ws.db.get('SELECT 1 AS x FROM share_requests WHERE id = ?', [owner.id]))) throw new AppError('NOT_FOUND');
      const listed = (await attachmentsOf(ws.db, REQUEST_ENTITY, owner.id)).find((a) => a.sha256 === sha256);
      if (!listed) throw new AppError('ATTACHMENT_NOT_LISTED', { sha256 });
      // Cached and intact: opened from the workspace, offline.
      const cached = listed.stored === false ? undefined : intactPath(ws.paths.attachments, sha256);
      if (cached && isType(listed.type)) return { path: openableCopy(ws.paths.attachments, sha256, listed.type, readFileSync(cached)), attachment: listed, downloaded: false };
      const bytes = await download(sha256);
      const type = sniffAttachment(bytes);
      if (!type || bytes.length > ATTACHMENT_MAX_BYTES) throw new AppError('ATTACHMENT_TYPE', { fileName: sha256.slice(0, 12) });
      const now = ws.now();
      const fileName = listed.fileName || `${listed.role === 'sealedForm' ? '共享需求单' : '附件'}-${sha256.slice(0, 8)}.${EXTENSION[type]}`;
      restoreAttachment(ws.paths.attachments, sha256, bytes);
      await ctx.write(async (tx, audit) => {
        await recordAttachment(tx, { sha256, type, size: bytes.length }, now);
        await linkAttachment(tx, { type: REQUEST_ENTITY, id: owner.id }, sha256, listed.role, fileName, now);
        await audit('attachments.download', REQUEST_ENTITY, owner.id, `${fileName} (${ATTACHMENT_MIME[type]}, ${bytes.length} B, ${sha256.slice(0, 12)})`);
      });
      ctx.events.emit('workspace.changed', { entity: 'requests', id: owner.id, action: 'attach' });
      const attachment = (await attachmentsOf(ctx.workspace().db, REQUEST_ENTITY, owner.id)).find((a) => a.sha256 === sha256)!;
      return { path: openableCopy(ws.paths.attachments, sha256, type, bytes), attachment, downloaded: true };
    },
  };
}
