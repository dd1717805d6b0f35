import { randomUUID } from 'node:crypto';
import { AppError } from '@shared/ipc/errors';
import type { RequestView } from '@shared/ipc/channels/requests';
import type { RequestEventType } from '@shared/domain/request-states';
import type { CoreContext } from '../context';
import type { Tx } from '../db/database';
import { applyRequestEvent, loadRequest, REQUEST_ENTITY, type RequestPatch, type RequestRow } from './repository';
import { requestView, viewContext, type ViewContext } from './view';

/** Shared by the request, authorisation and dispute handlers. */
export function requestEnv(ctx: CoreContext) {
  const env = () => {
    const ws = ctx.workspace();
    const info = ws.requireInfo();
    return { ws, db: ws.db, info, profile: info.profileId, now: ws.now() };
  };
  const vc = async (): Promise<ViewContext> => {
    const { db, profile, now } = env();
    return viewContext(db, profile, now, ctx.calendarOverrides);
  };
  const view = async (id: string): Promise<RequestView> => {
    const { db } = env();
    return requestView(db, await loadRequest(db, id), await vc());
  };
  const changed = (id: string, action: string) => ctx.events.emit('workspace.changed', { entity: 'requests', id, action });
  /** One local action: the event through the state machine, its audit record, and its operation if any. */
  const act = async (
    id: string,
    type: RequestEventType,
    opts: { role?: RequestRow['role']; note?: string | undefined; patch?: RequestPatch; before?: (tx: Tx, row: RequestRow) => Promise<void>; after?: (tx: Tx, row: RequestRow) => Promise<void> },
  ): Promise<RequestView> => {
    const { now } = env();
    await ctx.write(async (tx, audit) => {
      const row = await loadRequest(tx, id);
      if (opts.role && row.role !== opts.role) throw new AppError('REQUEST_WRONG_ROLE', { role: row.role });
      await opts.before?.(tx, row);
      await applyRequestEvent(tx, id, { id: randomUUID(), type, at: now }, { actor: ctx.actor, note: opts.note, patch: { ...opts.patch } });
      await opts.after?.(tx, row);
      await audit(`requests.${type}`, REQUEST_ENTITY, id, `${row.entry_name}: ${row.state} → ${type}${opts.note ? ` (${opts.note})` : ''}`);
    });
    changed(id, type);
    return view(id);
  };
  return { env, vc, view, changed, act };
}

