import type { DepartmentRank, ResourceMetrics, ResourceMonth } from '@shared/protocol/index';
import type { Tx } from '../db/database';
import { insertRowsAsJson as insertRows } from '../db/bulk';

/**
 * The metrics pulled from the platform, stored per resource and month so the dashboard renders
 * offline and any range of months sums its totals in SQL. A pull replaces the whole cache.
 */
export async function storeMetrics(
  tx: Tx,
  pulled: { from: string; to: string; resources: readonly ResourceMetrics[]; months: readonly ResourceMonth[]; rankings: readonly DepartmentRank[] },
  fetchedAt: string,
): Promise<void> {
  await tx.run('DELETE FROM evaluation_resources');
  await tx.run('DELETE FROM evaluation_months');
  await tx.run('DELETE FROM evaluation_rankings');
  await insertRows(
    tx,
    'evaluation_resources',
    ['entry_id', 'code', 'name', 'update_cycle', 'catalogue_score', 'rows', 'bytes'],
    pulled.resources.map((r) => [r.entryId, r.code, r.name, r.updateCycle, r.catalogueScore, r.rows, r.bytes]),
  );
  await insertRows(
    tx,
    'evaluation_months',
    ['entry_id', 'month', 'days', 'checks', 'failures', 'calls', 'department_days', 'due_cycles', 'on_time_cycles', 'upheld_objections', 'review_returns', 'notices', 'late_notices'],
    pulled.months.map(({ entryId, month, totals: t }) => [entryId, month, t.days, t.checks, t.failures, t.calls, t.departmentDays, t.dueCycles, t.onTimeCycles, t.upheldObjections, t.reviewReturns, t.notices, t.lateNotices]),
  );
  await insertRows(
    tx,
    'evaluation_rankings',
    ['department_code', 'department_name', 'resources', 'score', 'rank'],
    pulled.rankings.map((d) => [d.departmentCode, d.departmentName, d.resources, d.score, d.rank]),
  );
  for (const [key, value] of [
    ['from', pulled.from],
    ['to', pulled.to],
    ['fetchedAt', fetchedAt],
  ] as const)
    await tx.run('INSERT OR REPLACE INTO evaluation_meta (key, value) VALUES (?, ?)', [key, value]);
}
