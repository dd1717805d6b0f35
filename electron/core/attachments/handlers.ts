import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import { OBJECTION_ENTITY } from '../objections/public';
import { REQUEST_ENTITY } from '../requests/public';
import { checkAndStore, linkAttachment, recordAttachment } from './store';

/** Requests take a sealed form only while they can still be changed before submission. */
const ATTACHABLE = ['draft', 'returned', 'active', 'expired'];

export function attachmentHandlers(ctx: CoreContext): HandlerMap<'attachments.add'> {
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
  };
}
