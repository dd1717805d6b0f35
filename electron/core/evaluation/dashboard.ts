import type { Dashboard, DashboardResource } from '@shared/ipc/channels/evaluation';
import { metricsOf, type MetricTotals, type Metrics } from '@shared/evaluation/formulas';
import type { UpdateCycle } from '@shared/domain/enums';
import type { DepartmentRank } from '@shared/protocol/index';
import type { Reader } from '../db/database';

const SUMS = `sum(m.days) AS days, sum(m.checks) AS checks, sum(m.failures) AS failures, sum(m.calls) AS calls, sum(m.department_days) AS departmentDays,
  sum(m.due_cycles) AS dueCycles, sum(m.on_time_cycles) AS onTimeCycles, sum(m.upheld_objections) AS upheldObjections,
  sum(m.review_returns) AS reviewReturns, sum(m.notices) AS notices, sum(m.late_notices) AS lateNotices`;

type TotalsRow = { [K in keyof MetricTotals]: number | null };
const totalsOf = (r: TotalsRow): MetricTotals => ({
  days: r.days ?? 0,
  checks: r.checks ?? 0,
  failures: r.failures ?? 0,
  calls: r.calls ?? 0,
  departmentDays: r.departmentDays ?? 0,
  dueCycles: r.dueCycles ?? 0,
  onTimeCycles: r.onTimeCycles ?? 0,
  upheldObjections: r.upheldObjections ?? 0,
  reviewReturns: r.reviewReturns ?? 0,
  notices: r.notices ?? 0,
  lateNotices: r.lateNotices ?? 0,
});

/** Each metric's mean over the values that are known; unknown when none is. */
export function meanMetrics(list: readonly Metrics[]): Metrics {
  const keys: (keyof Metrics)[] = ['availability', 'callsPerDay', 'departmentsPerDay', 'timeliness', 'quality', 'usage', 'score'];
  const out = {} as Metrics;
  for (const k of keys) {
    const known = list.map((m) => m[k]).filter((v): v is number => v !== null);
    out[k] = known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10_000) / 10_000 : null;
  }
  return out;
}

export interface DashboardFilter {
  fromMonth?: string | undefined;
  toMonth?: string | undefined;
  entryId?: string | undefined;
}

/**
 * The dashboard from the workspace's cache (docs/evaluation.md "Dashboard"): per resource the
 * totals of the selected months, summed in SQL, then the shared formulas; the trends pool all
 * (or the one selected) resources per month. `overdue` comes from the deadline sources.
 */
export async function dashboardData(db: Reader, filter: DashboardFilter, ownCode: string): Promise<Omit<Dashboard, 'overdue' | 'overdueCount' | 'overdueBySubject' | 'today'>> {
  const meta = new Map((await db.all<{ key: string; value: string }>('SELECT key, value FROM evaluation_meta')).map((r) => [r.key, r.value]));
  const months = (await db.all<{ month: string }>('SELECT DISTINCT month FROM evaluation_months ORDER BY month')).map((r) => r.month);
  const fromMonth = filter.fromMonth ?? months[0] ?? null;
  const toMonth = filter.toMonth ?? months[months.length - 1] ?? null;
  const lo = fromMonth ?? '0000-00';
  const hi = toMonth ?? '9999-99';
  const one = filter.entryId ? ' WHERE r.entry_id = ?' : '';
  const oneParams = filter.entryId ? [filter.entryId] : [];

  // Per resource: one ordered scan of evaluation_months (its key starts with the resource), joined in JS.
  const entries = await db.all<{ entry_id: string; code: string; name: string; update_cycle: UpdateCycle; catalogue_score: number | null; rows: number | null; bytes: number | null }>(
    `SELECT entry_id, code, name, update_cycle, catalogue_score, rows, bytes FROM evaluation_resources r${one} ORDER BY code`,
    oneParams,
  );
  const sums = new Map(
    (await db.all<TotalsRow & { entry_id: string }>(
      `SELECT m.entry_id, ${SUMS} FROM evaluation_months m WHERE m.month BETWEEN ? AND ?${filter.entryId ? ' AND m.entry_id = ?' : ''} GROUP BY m.entry_id`,
      [lo, hi, ...oneParams],
    )).map((r) => [r.entry_id, r]),
  );
  const none = {} as TotalsRow;
  const resources: DashboardResource[] = entries.map((r) => ({
    entryId: r.entry_id,
    code: r.code,
    name: r.name,
    updateCycle: r.update_cycle,
    rows: r.rows,
    bytes: r.bytes,
    metrics: metricsOf(totalsOf(sums.get(r.entry_id) ?? none), r.catalogue_score),
  }));

  // The trends pool the selected resources per month; their catalogue score is today's mean (it has no history).
  const scored = entries.filter((r) => r.catalogue_score !== null);
  const meanScore = scored.length ? scored.reduce((a, r) => a + r.catalogue_score!, 0) / scored.length : null;
  const trendRows = await db.all<TotalsRow & { month: string }>(
    `SELECT m.month, ${SUMS} FROM evaluation_months m WHERE m.month BETWEEN ? AND ?${filter.entryId ? ' AND m.entry_id = ?' : ''} GROUP BY m.month ORDER BY m.month`,
    [lo, hi, ...oneParams],
  );
  const trends = trendRows.map((r) => ({ month: r.month, ...metricsOf(totalsOf(r), meanScore) }));

  const rankings = (await db.all<{ department_code: string; department_name: string; resources: number; score: number | null; rank: number | null }>(
    'SELECT * FROM evaluation_rankings ORDER BY rank IS NULL, rank, department_code',
  )).map((d): DepartmentRank => ({ departmentCode: d.department_code, departmentName: d.department_name, resources: d.resources, score: d.score, rank: d.rank }));
  const own = rankings.find((d) => d.departmentCode === ownCode);
  const weakest = resources
    .filter((r) => r.metrics.score !== null)
    .sort((a, b) => a.metrics.score! - b.metrics.score!)
    .slice(0, 10);
  return {
    fetchedAt: meta.get('fetchedAt') ?? null,
    months,
    fromMonth,
    toMonth,
    department: { metrics: meanMetrics(resources.map((r) => r.metrics)), rank: own?.rank ?? null, ranked: rankings.filter((d) => d.rank !== null).length },
    trends,
    resources,
    weakest,
    rankings,
  };
}
