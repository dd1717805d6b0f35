import type { Metrics } from '@shared/evaluation/formulas';
import type { Reader } from '../db/database';

type Counts = Record<string, number>;

/** One change of a resource started in the year, against its catalogue-change deadline (目录更新时限). */
export interface ChangeTimeliness {
  entryId: string;
  name: string;
  code: string;
  /** The China day the resource changed. */
  changed: string;
  /** The last step's due day (the catalogue updated and, where the profile asks, reviewed). */
  due: string | null;
  /** When the last step was done, if it was. */
  done: string | null;
  result: 'onTime' | 'late' | 'open';
}
export interface ChangeTimelinessFigures {
  onTime: number;
  late: number;
  open: number;
  items: ChangeTimeliness[];
}

/** The figures of one year's data-management report (《伊川县政务数据资源共享管理暂行办法》第三十九条), all from the workspace. */
export interface AnnualReportData {
  year: number;
  department: { name: string; code: string };
  generatedAt: string;
  /** True when the workspace holds nothing for the year: the report says so instead of empty tables. */
  empty: boolean;
  catalogue: { total: number; byKind: Counts; byShareType: Counts; byOpenType: Counts; changes: number; changedEntries: number; changeLimits: ChangeTimelinessFigures };
  demands: { proposed: number; byStatus: Counts };
  responsibilities: { entries: number; withPerson: number };
  requestsMade: { total: number; byState: Counts; decided: number; overdue: number; meanDays: number | null };
  requestsReceived: { total: number; byState: Counts; decided: number; overdue: number; meanDays: number | null };
  objections: { raised: number; received: number; answered: number };
  updates: { dataUpdates: number; zeroUpdates: number };
  metrics: { months: number; values: Metrics | null; rank: number | null; ranked: number };
  notices: { issued: number; answered: number; late: number; accepted: number; open: number };
  officerText: string;
}

function timelinessFigures(items: ChangeTimeliness[]): ChangeTimelinessFigures {
  return { onTime: items.filter((i) => i.result === 'onTime').length, late: items.filter((i) => i.result === 'late').length, open: items.filter((i) => i.result === 'open').length, items };
}

const count = (rows: { k: string | null; n: number }[]): Counts => Object.fromEntries(rows.map((r) => [r.k ?? '—', r.n]));
const sum = (c: Counts) => Object.values(c).reduce((a, b) => a + b, 0);

async function requestFigures(db: Reader, role: 'requester' | 'provider', from: string, to: string) {
  const byState = count(await db.all('SELECT state AS k, count(*) AS n FROM share_requests WHERE role = ? AND submitted_at >= ? AND submitted_at < ? GROUP BY state', [role, from, to]));
  const decided = await db.all<{ submitted_at: string; decision: string }>(
    'SELECT submitted_at, decision FROM share_requests WHERE role = ? AND submitted_at >= ? AND submitted_at < ? AND decision IS NOT NULL',
    [role, from, to],
  );
  let overdue = 0;
  let days = 0;
  for (const r of decided) {
    const d = JSON.parse(r.decision) as { decidedAt?: string; overdue?: boolean };
    if (d.overdue) overdue++;
    if (d.decidedAt) days += (Date.parse(d.decidedAt) - Date.parse(r.submitted_at)) / 86_400_000;
  }
  return { total: sum(byState), byState, decided: decided.length, overdue, meanDays: decided.length ? Math.round((days / decided.length) * 10) / 10 : null };
}

/** Gathers the year's figures; `metrics` is the department's mean over the cached months of the year. */
export async function annualReportData(
  db: Reader,
  year: number,
  department: { name: string; code: string },
  now: string,
  metrics: (fromMonth: string, toMonth: string) => Promise<{ months: number; values: Metrics | null; rank: number | null; ranked: number }>,
  changesAgainstLimit: (from: string, to: string) => Promise<ChangeTimeliness[]> = async () => [],
): Promise<AnnualReportData> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const entries = await db.get<{ n: number }>("SELECT count(*) AS n FROM catalogue_entries WHERE created_at < ?", [to]);
  const byKind = count(await db.all("SELECT kind AS k, count(*) AS n FROM catalogue_entries WHERE created_at < ? GROUP BY kind", [to]));
  const byShareType = count(await db.all("SELECT share_type AS k, count(*) AS n FROM catalogue_entries WHERE created_at < ? GROUP BY share_type", [to]));
  const byOpenType = count(await db.all("SELECT open_type AS k, count(*) AS n FROM catalogue_entries WHERE created_at < ? GROUP BY open_type", [to]));
  const changes = await db.get<{ n: number; e: number }>('SELECT count(*) AS n, count(DISTINCT entry_id) AS e FROM catalogue_revisions WHERE saved_at >= ? AND saved_at < ?', [from, to]);
  const demands = count(await db.all('SELECT status AS k, count(*) AS n FROM demands WHERE created_at >= ? AND created_at < ? GROUP BY status', [from, to]));
  const resp = await db.get<{ n: number; p: number }>(
    "SELECT count(*) AS n, sum(CASE WHEN coalesce(r.responsible_person, '') <> '' THEN 1 ELSE 0 END) AS p FROM catalogue_entries e LEFT JOIN responsibilities r ON r.entry_id = e.id WHERE e.created_at < ?",
    [to],
  );
  const objections = await db.get<{ raised: number; received: number; answered: number }>(
    "SELECT sum(role = 'raiser') AS raised, sum(role = 'provider') AS received, sum(answered_at IS NOT NULL) AS answered FROM objections WHERE raised_at >= ? AND raised_at < ?",
    [from, to],
  );
  const updates = await db.get<{ d: number; z: number }>("SELECT sum(kind = 'dataUpdate') AS d, sum(kind = 'zeroUpdate') AS z FROM entry_update_events WHERE day >= ? AND day < ?", [from, to]);
  const notices = await db.all<{ state: string; answer: string | null; history: string }>('SELECT state, answer, history FROM notices WHERE issued_at >= ? AND issued_at < ?', [from, to]);
  const late = notices.filter((n) => (JSON.parse(n.history) as { type: string; late?: boolean }[]).some((h) => h.type === 'answered' && h.late)).length;

  const data: AnnualReportData = {
    year,
    department,
    generatedAt: now,
    empty: false,
    catalogue: { total: entries?.n ?? 0, byKind, byShareType, byOpenType, changes: changes?.n ?? 0, changedEntries: changes?.e ?? 0, changeLimits: timelinessFigures(await changesAgainstLimit(from, to)) },
    demands: { proposed: sum(demands), byStatus: demands },
    responsibilities: { entries: resp?.n ?? 0, withPerson: resp?.p ?? 0 },
    requestsMade: await requestFigures(db, 'requester', from, to),
    requestsReceived: await requestFigures(db, 'provider', from, to),
    objections: { raised: objections?.raised ?? 0, received: objections?.received ?? 0, answered: objections?.answered ?? 0 },
    updates: { dataUpdates: updates?.d ?? 0, zeroUpdates: updates?.z ?? 0 },
    metrics: await metrics(`${year}-01`, `${year}-12`),
    notices: {
      issued: notices.length,
      answered: notices.filter((n) => n.answer).length,
      late,
      accepted: notices.filter((n) => n.state === 'accepted').length,
      open: notices.filter((n) => n.state === 'issued' || n.state === 'reopened' || n.state === 'answerQueued').length,
    },
    officerText: (await db.get<{ t: string }>('SELECT officer_text AS t FROM annual_reports WHERE year = ?', [year]))?.t ?? '',
  };
  data.empty =
    data.catalogue.changes === 0 &&
    data.catalogue.changeLimits.items.length === 0 &&
    data.demands.proposed === 0 &&
    data.requestsMade.total === 0 &&
    data.requestsReceived.total === 0 &&
    data.objections.raised + data.objections.received === 0 &&
    data.updates.dataUpdates + data.updates.zeroUpdates === 0 &&
    data.metrics.months === 0 &&
    data.notices.issued === 0;
  return data;
}
