import type { SyncRegistration } from '../sync/public';

/** The `zeroUpdate.report` payload of a report: the entry, the period and the note if any. */
export function zeroUpdatePayload(report: { entryId: string; period: string; note?: string | undefined }) {
  return { entryId: report.entryId, period: report.period, ...(report.note ? { note: report.note } : {}) };
}

/**
 * Zero-update reports are sent (`zeroUpdate.report`, one per report: its id is the idempotency
 * scope); the answer needs nothing locally, the report is already recorded.
 */
export const zeroUpdateSync: SyncRegistration = {
  operations: { 'zeroUpdate.report': { payload: zeroUpdatePayload } },
};
