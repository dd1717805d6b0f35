import type { Tx } from '../db/database';
// enqueue queues the operation in the caller's transaction, so the report and its operation commit
// together or not at all.
import { enqueue } from '../sync/public';
import { dataUpdatePayload, zeroUpdatePayload } from './sync';

export const ZERO_UPDATE_ENTITY = 'zero_update';

type Volume = { rows?: number | undefined; bytes?: number | undefined };

/** Queues `zeroUpdate.report` for the platform; entityId = the report's id (its idempotency scope). */
export async function queueZeroUpdate(tx: Tx, report: { id: string; entryId: string; period: string; note?: string | undefined } & Volume, at: string): Promise<string> {
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

/** Queues `dataUpdate.report` for the platform; entityId = the update's id. */
export async function queueDataUpdate(tx: Tx, update: { id: string; entryId: string; day: string; note?: string | undefined } & Volume, at: string): Promise<string> {
  return enqueue(tx, { kind: 'dataUpdate.report', entityType: ZERO_UPDATE_ENTITY, entityId: update.id, baseRevision: 0, payload: dataUpdatePayload(update) }, at);
}
