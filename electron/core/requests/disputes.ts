import { AppError } from '@shared/ipc/errors';
import type { DisputeView } from '@shared/ipc/channels/requests';
import type { CoreContext, HandlerMap } from '../context';
import { enqueue } from '../sync/public';
import { loadRequest, REQUEST_ENTITY } from './repository';
import { requestEnv } from './env';

type DisputeChannel = 'disputes.statement';

/**
 * The provider's side of a dispute: its statement to the authority on a request the requester
 * escalated. Kept on the request at once and sent as `request.statement` in the same transaction;
 * the platform's feed brings it back (and to the requester) with the authority's ruling later.
 */
export function disputeHandlers(ctx: CoreContext): HandlerMap<DisputeChannel> {
  const { env, view, changed } = requestEnv(ctx);
  return {
    'disputes.statement': async ({ id, statement }) => {
      const { now } = env();
      await ctx.write(async (tx, audit) => {
        const row = await loadRequest(tx, id);
        if (row.role !== 'provider') throw new AppError('REQUEST_WRONG_ROLE', { role: row.role });
        if (row.state !== 'escalated') throw new AppError('REQUEST_TRANSITION', { from: row.state, to: 'escalated', event: 'statement' });
        const dispute: DisputeView = { ...(row.dispute ? (JSON.parse(row.dispute) as DisputeView) : {}), providerStatement: { text: statement, at: now } };
        await tx.run('UPDATE share_requests SET dispute = ?, updated_at = ? WHERE id = ?', [JSON.stringify(dispute), now, id]);
        await enqueue(tx, { kind: 'request.statement', entityType: REQUEST_ENTITY, entityId: id, payload: { statement } });
        await audit('disputes.statement', REQUEST_ENTITY, id, `${row.entry_name}: ${statement}`);
      });
      changed(id, 'statement');
      return view(id);
    },
  };
}
