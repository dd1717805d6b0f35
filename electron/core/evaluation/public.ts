// What other features may use of evaluation: the department's figures over months of the cache
// (the annual report) and the export writer.
import type { Metrics } from '@shared/evaluation/formulas';
import type { Reader } from '../db/database';
import { dashboardData } from './dashboard';
export { writeExport } from './files';

/** The department's mean metrics and rank over `[fromMonth, toMonth]` of the cache; no months → nothing. */
export async function evaluationSummary(db: Reader, fromMonth: string, toMonth: string, ownCode: string): Promise<{ months: number; values: Metrics | null; rank: number | null; ranked: number }> {
  const d = await dashboardData(db, { fromMonth, toMonth }, ownCode);
  const months = d.trends.length;
  return { months, values: months ? d.department.metrics : null, rank: months ? d.department.rank : null, ranked: d.department.ranked };
}
