import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import { getSharedEntry, rebuildSharedSearch } from '../shared-catalogue/repository';
import { refreshOwnIndex } from './own-index';
import { runSearch } from './query';
import { listSharedEntries } from './shared-list';

export function searchHandlers(ctx: CoreContext): HandlerMap<'search.query' | 'search.sharedEntry' | 'search.sharedList'> {
  return {
    'search.query': async (input) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      // Own entries changed since the last search (and documents of an older index layout) are
      // indexed first, so results are never stale.
      await refreshOwnIndex(ws.db);
      await rebuildSharedSearch(ws.db);
      return runSearch(ws.db, input);
    },
    'search.sharedList': async ({ offset, limit }) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      return listSharedEntries(ws.db, offset, limit);
    },
    'search.sharedEntry': async ({ id }) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      const entry = await getSharedEntry(ws.db, id);
      if (!entry) throw new AppError('NOT_FOUND');
      return { entry };
    },
  };
}
