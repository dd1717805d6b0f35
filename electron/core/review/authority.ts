import type { CoreContext, HandlerMap } from '../context';
import type { SyncEngine } from '../sync/public';

type AuthorityChannel = 'authority.suspend' | 'authority.lift' | 'authority.registerScenario' | 'authority.withdrawScenario' | 'authority.scenarios' | 'authority.recordUsage';

/**
 * The authority's part of the authorisation lifecycle (docs/requests.md "Authorisation lifecycle"):
 * each channel relays one platform endpoint with the signed-in token; the platform decides who may
 * (a department's account is refused `FORBIDDEN`), and both departments hear of it by their feeds.
 */
export function authorityHandlers(_ctx: CoreContext, engine: Pick<SyncEngine, 'relay'>): HandlerMap<AuthorityChannel> {
  return {
    'authority.suspend': async ({ id, ...body }) => ({ request: (await engine.relay('suspendAuthorisation', { params: { id }, body })).request }),
    'authority.lift': async ({ id, ...body }) => ({ request: (await engine.relay('liftSuspension', { params: { id }, body })).request }),
    'authority.registerScenario': async (body) => ({ scenario: (await engine.relay('registerScenario', { body })).scenario }),
    'authority.withdrawScenario': async ({ id }) => ({ scenario: (await engine.relay('withdrawScenario', { params: { id } })).scenario }),
    'authority.scenarios': async () => {
      const r = await engine.relay('listScenarios', { query: {} });
      return { total: r.total, scenarios: r.scenarios };
    },
    'authority.recordUsage': async ({ id, days }) => ({ usage: (await engine.relay('recordUsage', { params: { id }, body: { days } })).usage }),
  };
}
