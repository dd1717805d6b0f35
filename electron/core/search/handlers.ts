import type { CoreContext, HandlerMap } from '../context';
import { refreshOwnIndex } from './own-index';
import { runSearch } from './query';

export function searchHandlers(ctx: CoreContext): HandlerMap<'search.query'> {
  return {
    'search.query': async (input) => {
      const ws = ctx.workspace();
      ws.requireInfo();
      // Own entries changed since the last search are indexed first, so results are never stale.
      await refreshOwnIndex(ws.db);
      return runSearch(ws.db, input);
    },
  };
}
