import type { SyncRegistration } from '../sync/public';

type Volume = { rows?: number | undefined; bytes?: number | undefined };
const volumeOf = (v: Volume) => ({ ...(v.rows !== undefined ? { rows: v.rows } : {}), ...(v.bytes !== undefined ? { bytes: v.bytes } : {}) });

/** The `zeroUpdate.report` payload of a report: the entry, the period, the note and the volume if any. */
export function zeroUpdatePayload(report: { entryId: string; period: string; note?: string | undefined } & Volume) {
  return { entryId: report.entryId, period: report.period, ...(report.note ? { note: report.note } : {}), ...volumeOf(report) };
}

/** The `dataUpdate.report` payload of a data update: the entry, its day, the note and the volume if any. */
export function dataUpdatePayload(update: { entryId: string; day: string; note?: string | undefined } & Volume) {
  return { entryId: update.entryId, day: update.day, ...(update.note ? { note: update.note } : {}), ...volumeOf(update) };
}

/**
 * Zero-update reports and data updates are sent (`zeroUpdate.report`, `dataUpdate.report`, one per
 * report: its id is the idempotency scope); the answer needs nothing locally, the report is already recorded.
 */
export const zeroUpdateSync: SyncRegistration = {
  operations: { 'zeroUpdate.report': { payload: zeroUpdatePayload }, 'dataUpdate.report': { payload: dataUpdatePayload } },
};
