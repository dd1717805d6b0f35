import { chinaDay, formatDay, parseDay } from '@shared/calendar/index';
import type { EntryValues } from '@shared/domain/entry';
import { addTotals, coveredCycles, cyclesEnding, metricsOf, monthOf, rank, ZERO_TOTALS, type MetricTotals } from '@shared/evaluation/formulas';
import { getProfile, type ProfileId } from '@shared/profiles/index';
import type { DepartmentRank, ResourceMetrics, ResourceMonth } from '@shared/protocol/index';
import { checkEntry, entryScore } from '@shared/quality/index';
import type { Db, Tx } from '../db/sqlite';

type Reader = Pick<Db, 'all' | 'get'> | Pick<Tx, 'all' | 'get'>;

interface PublishedRow {
  id: string;
  department_code: string;
  department_name: string;
  code: string;
  name: string;
  body: string;
  published_at: string;
}

/** The longest update cycle is a year: reports this far before the period can still cover a cycle ending in it. */
const LOOKBACK_DAYS = 366;

/**
 * Metrics of the published resources of one department (or all) over `[from, to]`, with the same
 * totals per calendar month (docs/evaluation.md). Each table is read once, grouped by resource and
 * month in SQL; the formulas are shared/evaluation/formulas.ts.
 */
export async function computeMetrics(
  db: Reader,
  opts: { from: string; to: string; department?: string; profile: ProfileId },
): Promise<{ resources: ResourceMetrics[]; months: ResourceMonth[] }> {
  const from = parseDay(opts.from, 'from');
  const to = parseDay(opts.to, 'to');
  const dep = opts.department ? ' AND e.department_code = ?' : '';
  const depParams = opts.department ? [opts.department] : [];
  const entries = await db.all<PublishedRow>(
    `SELECT e.id, e.department_code, d.name AS department_name, coalesce(e.published_code, e.code) AS code, coalesce(e.published_name, e.name) AS name,
            coalesce(e.published_body, e.body) AS body, e.published_at
       FROM entries e JOIN departments d ON d.code = e.department_code
      WHERE e.published_at IS NOT NULL AND e.state <> 'retired'${dep} ORDER BY e.department_code, e.code`,
    depParams,
  );
  const byMonth = new Map<string, MetricTotals>();
  const add = (entryId: string, month: string, part: Partial<MetricTotals>) => {
    const key = `${entryId} ${month}`;
    const t = byMonth.get(key) ?? { ...ZERO_TOTALS };
    for (const [k, v] of Object.entries(part) as [keyof MetricTotals, number][]) t[k] += v;
    byMonth.set(key, t);
  };
  const scope = opts.department ? ' AND entry_id IN (SELECT id FROM entries WHERE department_code = ?)' : '';
  const range = [opts.from, opts.to, ...depParams];

  for (const r of await db.all<{ entry_id: string; month: string; checks: number; failures: number }>(
    `SELECT entry_id, substr(day, 1, 7) AS month, sum(checks) AS checks, sum(failures) AS failures FROM evaluation_checks WHERE day BETWEEN ? AND ?${scope} GROUP BY entry_id, month`,
    range,
  ))
    add(r.entry_id, r.month, { checks: r.checks, failures: r.failures });
  // Calls come from the usage reported on the resource's authorisations. A department may hold
  // several authorisations of one resource (a renewal, another purpose): its calls of a day are
  // summed first, so each row of the inner query is one using department on one day.
  for (const r of await db.all<{ entry_id: string; month: string; calls: number; department_days: number }>(
    `SELECT entry_id, substr(day, 1, 7) AS month, sum(calls) AS calls, count(*) AS department_days FROM (
       SELECT q.entry_id, u.day, q.requester_code, sum(u.calls) AS calls
         FROM authorisation_usage u JOIN requests q ON q.id = u.request_id
        WHERE u.day BETWEEN ? AND ?${scope.replace('entry_id', 'q.entry_id')}
        GROUP BY q.entry_id, u.day, q.requester_code HAVING sum(u.calls) > 0)
      GROUP BY entry_id, month`,
    range,
  ))
    add(r.entry_id, r.month, { calls: r.calls, departmentDays: r.department_days });
  for (const r of await db.all<{ entry_id: string; at: string }>(`SELECT entry_id, at FROM evaluation_returns WHERE at >= ?${scope}`, [opts.from, ...depParams])) {
    const day = chinaDay(r.at, 'at');
    if (day >= from && day <= to) add(r.entry_id, monthOf(day), { reviewReturns: 1 });
  }
  for (const r of await db.all<{ entry_id: string; at: string | null }>(
    `SELECT entry_id, json_extract(body, '$.answer.answeredAt') AS at FROM objections WHERE json_extract(body, '$.answer.answer') = 'corrected'${scope}`,
    depParams,
  )) {
    if (!r.at) continue;
    const day = chinaDay(r.at, 'at');
    if (day >= from && day <= to) add(r.entry_id, monthOf(day), { upheldObjections: 1 });
  }
  for (const r of await db.all<{ entry_id: string; issued_at: string; history: string }>(
    `SELECT entry_id, issued_at, json_extract(body, '$.history') AS history FROM notices WHERE 1 = 1${scope}`,
    depParams,
  )) {
    const issued = chinaDay(r.issued_at, 'issued_at');
    if (issued >= from && issued <= to) add(r.entry_id, monthOf(issued), { notices: 1 });
    // Every late answer counts, also one given before a reopening.
    for (const h of JSON.parse(r.history) as { type: string; at: string; late?: boolean }[]) {
      if (h.type !== 'answered' || !h.late) continue;
      const answered = chinaDay(h.at, 'at');
      if (answered >= from && answered <= to) add(r.entry_id, monthOf(answered), { lateNotices: 1 });
    }
  }

  // Update and zero-update reports, per resource, ascending: what covers an update cycle.
  const reports = new Map<string, number[]>();
  const since = formatDay(from - LOOKBACK_DAYS);
  for (const r of await db.all<{ entry_id: string; day: string }>(`SELECT entry_id, day FROM evaluation_volumes WHERE day BETWEEN ? AND ?${scope}`, [since, opts.to, ...depParams])) {
    const list = reports.get(r.entry_id) ?? [];
    list.push(parseDay(r.day, 'day'));
    reports.set(r.entry_id, list);
  }
  for (const r of await db.all<{ entry_id: string; reported_at: string }>(`SELECT entry_id, reported_at FROM zero_updates WHERE reported_at >= ?${scope}`, [since, ...depParams])) {
    const list = reports.get(r.entry_id) ?? [];
    list.push(chinaDay(r.reported_at, 'reported_at'));
    reports.set(r.entry_id, list);
  }
  // The volume is the latest the provider reported up to the period's end, with a data update or a
  // zero update (rows and bytes each from the latest report that gives it).
  const volumes = new Map<string, { rows: number | null; bytes: number | null }>();
  const zeroScope = scope.replace('entry_id', 'z.entry_id');
  for (const column of ['rows', 'bytes'] as const) {
    for (const r of await db.all<{ entry_id: string; value: number }>(
      // SQLite takes the bare columns from the row of max(day): the last report that gives the value.
      `SELECT entry_id, value, max(day) AS day FROM (
         SELECT entry_id, day, ${column} AS value FROM evaluation_volumes WHERE ${column} IS NOT NULL AND day <= ?${scope}
         UNION ALL
         SELECT z.entry_id, date(z.reported_at, '+8 hours') AS day, z.${column} AS value FROM zero_updates z WHERE z.${column} IS NOT NULL AND date(z.reported_at, '+8 hours') <= ?${zeroScope})
        GROUP BY entry_id`,
      [opts.to, ...depParams, opts.to, ...depParams],
    )) {
      const v = volumes.get(r.entry_id) ?? { rows: null, bytes: null };
      v[column] = r.value;
      volumes.set(r.entry_id, v);
    }
  }

  const profile = getProfile(opts.profile);
  const resources: ResourceMetrics[] = [];
  const months: ResourceMonth[] = [];
  for (const e of entries) {
    const values = JSON.parse(e.body) as EntryValues;
    const published = chinaDay(e.published_at, 'published_at');
    const start = Math.max(from, published);
    // Days of each month within the period during which the resource was published.
    for (let d = start; d <= to; ) {
      const month = monthOf(d);
      let end = d;
      while (end + 1 <= to && monthOf(end + 1) === month) end++;
      add(e.id, month, { days: end - d + 1 });
      d = end + 1;
    }
    const spans = cyclesEnding(values.updateCycle, from, to, published);
    const days = (reports.get(e.id) ?? []).sort((a, b) => a - b);
    for (const s of spans) add(e.id, monthOf(s.end), { dueCycles: 1, onTimeCycles: coveredCycles([s], days) });

    let totals = { ...ZERO_TOTALS };
    for (let m = monthOf(from); m <= monthOf(to); m = nextMonth(m)) {
      const t = byMonth.get(`${e.id} ${m}`);
      if (!t) continue;
      totals = addTotals(totals, t);
      months.push({ entryId: e.id, month: m, totals: t });
    }
    let catalogueScore: number | null = null;
    try {
      catalogueScore = entryScore(checkEntry({ ...values, id: e.id, code: e.code }, { profile, departmentCode: e.department_code }));
    } catch {
      // A stored body the checks cannot read has no score: unknown, not zero.
    }
    const volume = volumes.get(e.id);
    resources.push({
      entryId: e.id,
      code: e.code,
      name: e.name,
      departmentCode: e.department_code,
      departmentName: e.department_name,
      updateCycle: values.updateCycle,
      publishedAt: e.published_at,
      catalogueScore,
      rows: volume?.rows ?? null,
      bytes: volume?.bytes ?? null,
      totals,
      metrics: metricsOf(totals, catalogueScore),
    });
  }
  return { resources, months };
}

function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mm = Number(m.slice(5, 7));
  return mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
}

/** A department's score is the mean of its resources' known scores; departments are ranked on it. */
export function rankDepartments(resources: readonly ResourceMetrics[], departments: readonly { code: string; name: string }[]): DepartmentRank[] {
  const acc = new Map<string, { sum: number; n: number; resources: number }>();
  for (const r of resources) {
    const a = acc.get(r.departmentCode) ?? { sum: 0, n: 0, resources: 0 };
    a.resources++;
    if (r.metrics.score !== null) {
      a.sum += r.metrics.score;
      a.n++;
    }
    acc.set(r.departmentCode, a);
  }
  const rows = departments
    .filter((d) => acc.has(d.code))
    .map((d) => {
      const a = acc.get(d.code)!;
      return { departmentCode: d.code, departmentName: d.name, resources: a.resources, score: a.n ? Math.round((a.sum / a.n) * 10) / 10 : null };
    });
  return rank(rows);
}

/** Records a review return of an entry, for its quality metric. */
export async function recordReviewReturn(tx: Tx, entryId: string, at: string): Promise<void> {
  await tx.run('INSERT INTO evaluation_returns (entry_id, at) VALUES (?, ?)', [entryId, at]);
}
