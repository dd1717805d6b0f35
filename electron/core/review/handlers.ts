import type { CoreContext, HandlerMap } from '../context';
import type { SyncEngine } from '../sync/public';

type ReviewChannel = 'review.queue' | 'review.entry' | 'review.approve' | 'review.return' | 'review.requests' | 'review.decideRequest' | 'review.rule';

/**
 * The platform reviewer's work: each channel relays one reviewer endpoint with the signed-in
 * token (the renderer never talks HTTP); nothing is kept locally.
 */
export function reviewHandlers(_ctx: CoreContext, engine: Pick<SyncEngine, 'relay'>): HandlerMap<ReviewChannel> {
  return {
    'review.queue': async ({ state, offset, limit }) => {
      const r = await engine.relay('reviewEntries', { query: { state, offset, limit } });
      return { total: r.total, entries: r.entries };
    },
    'review.entry': async ({ id }) => ({ entry: (await engine.relay('reviewEntry', { params: { id } })).entry }),
    'review.approve': async ({ id, revision }) => ({ entry: (await engine.relay('approveEntry', { params: { id }, body: { revision } })).entry }),
    'review.return': async ({ id, ...body }) => ({ entry: (await engine.relay('returnEntry', { params: { id }, body })).entry }),
    'review.requests': async ({ state, offset, limit }) => {
      const r = await engine.relay('reviewRequests', { query: { state, offset, limit } });
      return { total: r.total, requests: r.requests, events: r.events ?? [] };
    },
    'review.decideRequest': async ({ id, ...body }) => ({ request: (await engine.relay('decideRequest', { params: { id }, body })).request }),
    'review.rule': async ({ id, ...body }) => ({ request: (await engine.relay('ruleRequest', { params: { id }, body })).request }),
  };
}
