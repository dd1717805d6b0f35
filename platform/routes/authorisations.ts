import type { FastifyInstance } from 'fastify';
import type { ShareRequest } from '@shared/protocol/index';
import type { PlatformContext } from '../context';
import { liftSuspension, recordUsage, suspend } from '../ops/authorisations';
import { listScenarios, registerScenario, withdrawScenario } from '../ops/scenarios';
import { route } from './http';

const copy = (r: ShareRequest) => JSON.parse(JSON.stringify(r)) as ShareRequest;

/** The authority's suspension, usage records, and application scenarios (docs/requests.md "Authorisation lifecycle"). */
export function authorisationRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  route(app, ctx, 'suspendAuthorisation', async ({ params, body, now }) => {
    const at = now.toISOString();
    return { request: copy(await ctx.db.transaction((tx) => suspend(tx, params.id, body.revision, body.reason, at))) };
  });

  route(app, ctx, 'liftSuspension', async ({ params, body, now }) => {
    const at = now.toISOString();
    return { request: copy(await ctx.db.transaction((tx) => liftSuspension(tx, params.id, body.revision, body.note, at))) };
  });

  route(app, ctx, 'recordUsage', async ({ session, params, body, now }) => {
    const at = now.toISOString();
    return { usage: await ctx.db.transaction((tx) => recordUsage(tx, params.id, session, body.days, at)) };
  });

  route(app, ctx, 'registerScenario', async ({ body, now }) => {
    const at = now.toISOString();
    return { scenario: await ctx.db.transaction((tx) => registerScenario(tx, body, at)) };
  });

  route(app, ctx, 'withdrawScenario', async ({ params, now }) => {
    const at = now.toISOString();
    return { scenario: await ctx.db.transaction((tx) => withdrawScenario(tx, params.id, at)) };
  });

  route(app, ctx, 'listScenarios', async ({ session, query }) =>
    listScenarios(ctx.db, session.role === 'reviewer' ? undefined : session.departmentCode, query.offset ?? 0, query.limit ?? 100),
  );
}
