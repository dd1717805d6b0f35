import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import { getSharedEntry } from '../shared-catalogue/public';
import { SharedIndexer } from './background-index';
import { refreshOwnIndex } from './own-index';
import { runFacets, runSearch } from './query';
import { catchUpShared } from './shared-index';
import { listSharedEntries } from './shared-list';

export function searchHandlers(ctx: CoreContext): HandlerMap<'search.query' | 'search.facets' | 'search.sharedEntry' | 'search.sharedList'> {
  const indexer = new SharedIndexer(ctx);
  /**
   * Own entries changed since the last search are indexed first, so results are never stale.
   * Shared entries pulled since are indexed first when they are few; after a large pull the
   * answer says how many are not searchable yet while the background indexer catches up.
   * One read tells whether either has work: usually neither has. Returns how many wait.
   */
  const catchUp = async () => {
    const ws = ctx.workspace();
    ws.requireInfo();
    const waiting = await ws.db.get<{ own: number; shared: number }>(
      'SELECT EXISTS (SELECT 1 FROM search_pending) AS own, EXISTS (SELECT 1 FROM search_rebuild) AS shared',
    );
    if (waiting?.own) await refreshOwnIndex(ws.db);
    const pending = waiting?.shared ? await catchUpShared(ws.db) : 0;
    if (pending) indexer.kick();
    return { db: ws.db, pending };
  };
  return {
    'search.query': async (input) => {
      const { db, pending } = await catchUp();
      const out = await runSearch(db, input);
      return pending ? { ...out, pending } : out;
    },
    'search.facets': async (input) => {
      const { db, pending } = await catchUp();
      const out = await runFacets(db, input);
      return pending ? { ...out, pending } : out;
    },
    'search.sharedList': async ({ offset, limit, kinds }) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      return listSharedEntries(ws.db, offset, limit, kinds);
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
