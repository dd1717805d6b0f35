import { AppError } from '@shared/ipc/errors';
import type { CoreContext, HandlerMap } from '../context';
import type { SyncEngine } from '../sync/public';

type AuthorityChannel = 'authority.suspend' | 'authority.lift' | 'authority.registerScenario' | 'authority.withdrawScenario' | 'authority.scenarios' | 'authority.recordUsage';

/**
 * A scenario the platform refused, its problems at the form's fields: the platform names an element
 * of a list of values (`departments.1`, `resources.0.items.2`), the form has one field for the list.
 */
function atScenarioFields(err: unknown): never {
  if (err instanceof AppError && err.code === 'SYNC_REFUSED' && err.issues.length) {
    throw new AppError(
      err.code,
      err.params,
      err.issues.map((i) => ({ ...i, path: i.path.replace(/^(departments|resources\.\d+\.items)\.\d+$/, '$1') })),
    );
  }
  throw err;
}

/**
 * The authority's part of the authorisation lifecycle (docs/requests.md "Authorisation lifecycle"):
 * each channel relays one platform endpoint with the signed-in token; the platform decides who may
 * (a department's account is refused `FORBIDDEN`), and both departments hear of it by their feeds.
 */
export function authorityHandlers(_ctx: CoreContext, engine: Pick<SyncEngine, 'relay'>): HandlerMap<AuthorityChannel> {
  return {
    'authority.suspend': async ({ id, ...body }) => ({ request: (await engine.relay('suspendAuthorisation', { params: { id }, body })).request }),
    'authority.lift': async ({ id, ...body }) => ({ request: (await engine.relay('liftSuspension', { params: { id }, body })).request }),
    'authority.registerScenario': async (body) => ({ scenario: (await engine.relay('registerScenario', { body }).catch(atScenarioFields)).scenario }),
    'authority.withdrawScenario': async ({ id }) => ({ scenario: (await engine.relay('withdrawScenario', { params: { id } })).scenario }),
    'authority.scenarios': async () => {
      const r = await engine.relay('listScenarios', { query: {} });
      return { total: r.total, scenarios: r.scenarios };
    },
    'authority.recordUsage': async ({ id, days }) => ({ usage: (await engine.relay('recordUsage', { params: { id }, body: { days } })).usage }),
  };
}
