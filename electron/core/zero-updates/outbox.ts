import type { Tx } from '../db/database';
// enqueue queues the operation in the caller's transaction, so the report and its operation commit
// together or not at all.
import { enqueue } from '../sync/public';
import { zeroUpdatePayload } from './sync';

export const ZERO_UPDATE_ENTITY = 'zero_update';

/** Queues `zeroUpdate.report` for the platform; entityId = the report's id (its idempotency scope). */
export async function queueZeroUpdate(tx: Tx, report: { id: string; entryId: string; period: string; note?: string | undefined }, at: string): Promise<string> {
  return enqueue(
    tx,
    {
      kind: 'zeroUpdate.report',
      entityType: ZERO_UPDATE_ENTITY,
      entityId: report.id,
      baseRevision: 0,
      payload: zeroUpdatePayload(report),
    },
    at,
  );
}
