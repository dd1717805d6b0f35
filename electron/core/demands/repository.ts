import { randomUUID } from 'node:crypto';
import {
  DEMAND_STATUSES,
  EDITABLE_DEMAND_STATUSES,
  REASON_REQUIRED,
  canMoveDemand,
  demandNumber,
  type Demand,
  type DemandStatus,
  type DemandValues,
} from '@shared/domain/demand';
import { AppError } from '@shared/ipc/errors';
import type { Reader, Tx } from '../db/database';


interface DemandRow {
  id: string;
  serial: number;
  number: string;
  name: string;
  description: string;
  items: string;
  provider_name: string | null;
  provider_code: string | null;
  basis_kind: Demand['basisKind'];
  basis_text: string;
  scenario: string;
  share_method: Demand['shareMethod'] | null;
  update_frequency: Demand['updateFrequency'] | null;
  area_scope: string | null;
  time_scope: string | null;
  expected_volume: number | null;
  contact_name: string;
  contact_phone: string;
  proposed_on: string;
  status: DemandStatus;
  status_reason: string | null;
  matched_entry_id: string | null;
  matched_code: string | null;
  matched_name: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** The requesting department: always the workspace's own. */
export interface Requester {
  departmentName: string;
  departmentCode: string;
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function fromRow(r: DemandRow, requester: Requester): Demand {
  const d: Demand = {
    id: r.id,
    number: r.number,
    departmentName: requester.departmentName,
    departmentCode: requester.departmentCode,
    name: r.name,
    description: r.description,
    items: JSON.parse(r.items) as string[],
    providerName: opt(r.provider_name),
    providerCode: opt(r.provider_code),
    basisKind: r.basis_kind,
    basisText: r.basis_text,
    scenario: r.scenario,
    shareMethod: opt(r.share_method),
    updateFrequency: opt(r.update_frequency),
    areaScope: opt(r.area_scope),
    timeScope: opt(r.time_scope),
    expectedVolume: opt(r.expected_volume),
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    proposedOn: r.proposed_on,
    status: r.status,
    statusReason: opt(r.status_reason),
    matchedEntryId: opt(r.matched_entry_id),
    matchedCode: opt(r.matched_code),
    matchedName: opt(r.matched_name),
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  // Absent, not undefined: what crosses IPC stays minimal and compares equal after cloning.
  for (const k of Object.keys(d) as (keyof Demand)[]) if (d[k] === undefined) delete d[k];
  return d;
}

const VALUE_COLUMNS = [
  'name',
  'description',
  'items',
  'provider_name',
  'provider_code',
  'basis_kind',
  'basis_text',
  'scenario',
  'share_method',
  'update_frequency',
  'area_scope',
  'time_scope',
  'expected_volume',
  'contact_name',
  'contact_phone',
  'proposed_on',
] as const;

function values(v: DemandValues) {
  return [
    v.name,
    v.description,
    JSON.stringify(v.items),
    v.providerName ?? null,
    v.providerCode ?? null,
    v.basisKind,
    v.basisText,
    v.scenario,
    v.shareMethod ?? null,
    v.updateFrequency ?? null,
    v.areaScope ?? null,
    v.timeScope ?? null,
    v.expectedVolume ?? null,
    v.contactName,
    v.contactPhone,
    v.proposedOn,
  ];
}

export async function requesterOf(db: Reader): Promise<Requester> {
  const row = await db.get<{ department_name: string; department_code: string }>('SELECT department_name, department_code FROM workspace WHERE id = 1');
  return { departmentName: row?.department_name ?? '', departmentCode: row?.department_code ?? '' };
}

export async function getDemand(db: Reader, id: string): Promise<Demand> {
  const row = await db.get<DemandRow>('SELECT * FROM demands WHERE id = ?', [id]);
  if (!row) throw new AppError('NOT_FOUND');
  return fromRow(row, await requesterOf(db));
}

export async function listDemands(db: Reader, q: { status?: DemandStatus[] | undefined; offset: number; limit: number }) {
  const filter = q.status?.length ? `WHERE status IN (${q.status.map(() => '?').join(',')})` : '';
  const params = q.status ?? [];
  const [requester, total, rows, byStatus] = await Promise.all([
    requesterOf(db),
    db.get<{ n: number }>(`SELECT count(*) AS n FROM demands ${filter}`, params),
    db.all<DemandRow>(`SELECT * FROM demands ${filter} ORDER BY serial DESC LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]),
    db.all<{ status: DemandStatus; n: number }>('SELECT status, count(*) AS n FROM demands GROUP BY status'),
  ]);
  const counts = Object.fromEntries(DEMAND_STATUSES.map((s) => [s, 0])) as Record<DemandStatus, number>;
  for (const r of byStatus) counts[r.status] = r.n;
  return { total: total?.n ?? 0, rows: rows.map((r) => fromRow(r, requester)), counts };
}

/** Inserts a new demand (status pending, revision 1) with the next 需求编号. */
export async function createDemand(tx: Tx, v: DemandValues, now: string): Promise<string> {
  const id = randomUUID();
  const next = await tx.get<{ serial: number }>('SELECT coalesce(max(serial), 0) + 1 AS serial FROM demands');
  const serial = next?.serial ?? 1;
  const cols = ['id', 'serial', 'number', ...VALUE_COLUMNS, 'status', 'revision', 'created_at', 'updated_at'];
  await tx.run(`INSERT INTO demands (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`, [
    id,
    serial,
    demandNumber(Number(now.slice(0, 4)), serial),
    ...values(v),
    'pending',
    1,
    now,
    now,
  ]);
  return id;
}

/** The current row, or NOT_FOUND; a stale `revision` is a CONFLICT. */
async function requireCurrent(tx: Tx, id: string, revision: number | undefined): Promise<DemandRow> {
  const row = await tx.get<DemandRow>('SELECT * FROM demands WHERE id = ?', [id]);
  if (!row) throw new AppError('NOT_FOUND');
  if (revision !== undefined && row.revision !== revision) throw new AppError('CONFLICT', { current: row.revision, yours: revision });
  return row;
}

export async function updateDemand(tx: Tx, id: string, revision: number, v: DemandValues, now: string): Promise<void> {
  const row = await requireCurrent(tx, id, revision);
  if (!EDITABLE_DEMAND_STATUSES.includes(row.status)) throw new AppError('STATE_FORBIDS', { state: row.status });
  await tx.run(`UPDATE demands SET ${VALUE_COLUMNS.map((c) => `${c} = ?`).join(', ')}, revision = revision + 1, updated_at = ? WHERE id = ?`, [
    ...values(v),
    now,
    id,
  ]);
}

/** Only demands not yet acted on may be deleted; the others keep their record. */
export async function deleteDemand(tx: Tx, id: string, revision: number | undefined): Promise<string> {
  const row = await requireCurrent(tx, id, revision);
  if (!EDITABLE_DEMAND_STATUSES.includes(row.status)) throw new AppError('STATE_FORBIDS', { state: row.status });
  await tx.run('DELETE FROM demands WHERE id = ?', [id]);
  return row.number;
}

export interface Match {
  entryId: string;
  code: string;
  name: string;
}

/**
 * One step of the status flow. Moving to `matched` needs a match — the one given (an accepted
 * suggestion) or the one kept (a refused request falls back to it); back to `pending` drops it.
 */
export async function moveDemand(
  tx: Tx,
  id: string,
  revision: number,
  to: DemandStatus,
  now: string,
  opts: { reason?: string | undefined; match?: Match } = {},
): Promise<DemandRow> {
  const row = await requireCurrent(tx, id, revision);
  const rematch = opts.match && row.status === 'matched' && to === 'matched';
  if (!rematch && !canMoveDemand(row.status, to)) throw new AppError('DEMAND_TRANSITION', { from: row.status, to });
  if (REASON_REQUIRED.includes(to) && !opts.reason) throw new AppError('VALIDATION', {}, [{ path: 'reason', code: 'validation.demandReasonRequired' }]);
  const match = opts.match ?? (row.matched_entry_id ? { entryId: row.matched_entry_id, code: row.matched_code ?? '', name: row.matched_name ?? '' } : undefined);
  if (to === 'matched' && !match) throw new AppError('DEMAND_NO_MATCH');
  const keep = to === 'pending' ? undefined : match;
  await tx.run(
    `UPDATE demands SET status = ?, status_reason = ?, matched_entry_id = ?, matched_code = ?, matched_name = ?, revision = revision + 1, updated_at = ? WHERE id = ?`,
    [to, opts.reason || null, keep?.entryId ?? null, keep?.code ?? null, keep?.name ?? null, now, id],
  );
  return row;
}

/**
 * Hand-off for share requests: a request filed for a matched demand moves it to `requested`
 * inside the request's own transaction (the caller audits). Returns the matched shared entry id.
 */
export async function markRequested(tx: Tx, id: string, now: string): Promise<string> {
  const row = await requireCurrent(tx, id, undefined);
  await moveDemand(tx, id, row.revision, 'requested', now);
  return row.matched_entry_id ?? '';
}
