import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import { createDemand, deleteDemand, getDemand, listDemands, moveDemand, updateDemand } from './repository';
import { suggestMatches } from './suggest';
import { catchUpShared } from '../search/public';

type DemandChannel =
  | 'demands.list'
  | 'demands.get'
  | 'demands.create'
  | 'demands.update'
  | 'demands.delete'
  | 'demands.setStatus'
  | 'demands.suggest'
  | 'demands.acceptMatch';

const ENTITY = 'demand';

export function demandHandlers(ctx: CoreContext): HandlerMap<DemandChannel> {
  const changed = (id: string, action: string) => ctx.events.emit('workspace.changed', { entity: 'demands', id, action });
  const db = () => {
    const ws = ctx.workspace();
    ws.requireInfo();
    return ws.db;
  };

  return {
    'demands.list': (input) => listDemands(db(), input),

    'demands.get': ({ id }) => getDemand(db(), id),

    'demands.create': async ({ demand }) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      const id = await ctx.write(async (tx, audit) => {
        const id = await createDemand(tx, demand, ws.now());
        const { number } = await getDemand(tx, id);
        await audit('demands.create', ENTITY, id, `${number} ${demand.name}`);
        return id;
      });
      changed(id, 'create');
      return getDemand(ws.db, id);
    },

    'demands.update': async ({ id, revision, demand }) => {
      const ws = ctx.workspace();
      await ctx.write(async (tx, audit) => {
        await updateDemand(tx, id, revision, demand, ws.now());
        await audit('demands.update', ENTITY, id, `${demand.name} (r${revision + 1})`);
      });
      changed(id, 'update');
      return getDemand(ws.db, id);
    },

    'demands.delete': async ({ id, revision }) => {
      await ctx.write(async (tx, audit) => {
        const number = await deleteDemand(tx, id, revision);
        await audit('demands.delete', ENTITY, id, number);
      });
      changed(id, 'delete');
      return { id };
    },

    'demands.setStatus': async ({ id, revision, status, reason }) => {
      const ws = ctx.workspace();
      await ctx.write(async (tx, audit) => {
        const before = await moveDemand(tx, id, revision, status, ws.now(), { reason });
        await audit('demands.setStatus', ENTITY, id, `${before.number}: ${before.status} → ${status}${reason ? ` (${reason})` : ''}`);
      });
      changed(id, 'status');
      return getDemand(ws.db, id);
    },

    'demands.suggest': async ({ id, limit }) => {
      // Candidates come from the search index: shared entries pulled since are indexed first.
      await catchUpShared(ctx.workspace().db);
      const reader = db();
      const demand = await getDemand(reader, id);
      return { suggestions: await suggestMatches(reader, demand, limit) };
    },

    'demands.acceptMatch': async ({ id, revision, entryId }) => {
      const ws = ctx.workspace();
      await ctx.write(async (tx, audit) => {
        const entry = await tx.get<{ code: string; name: string }>('SELECT code, name FROM shared_catalogue_entries WHERE id = ?', [entryId]);
        if (!entry) throw new AppError('NOT_FOUND');
        const before = await moveDemand(tx, id, revision, 'matched', ws.now(), { match: { entryId, code: entry.code, name: entry.name } });
        await audit('demands.acceptMatch', ENTITY, id, `${before.number} → ${entry.code} ${entry.name}`);
      });
      changed(id, 'match');
      return getDemand(ws.db, id);
    },
  };
}
