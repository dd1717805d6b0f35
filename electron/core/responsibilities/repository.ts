import { responsibilityGaps, type Responsibility, type ResponsibilityRow } from '@shared/domain/responsibility';
import type { EntryState, ShareType, UpdateCycle } from '@shared/domain/enums';
import { AppError } from '@shared/ipc/errors';
import type { Reader, Tx } from '../db/database';


interface Row {
  entry_id: string;
  code: string;
  name: string;
  provider: string;
  provider_unit: string | null;
  update_cycle: UpdateCycle;
  share_type: ShareType;
  state: EntryState;
  responsible_person: string | null;
  contact_phone: string | null;
  legal_basis: string | null;
  collection_responsibility: string | null;
  update_commitment: string | null;
  quality_responsibility: string | null;
  objection_handler: string | null;
  time_limit: string | null;
  revision: number | null;
  updated_at: string | null;
}

const RESPONSIBILITY_COLUMNS = {
  responsiblePerson: 'responsible_person',
  contactPhone: 'contact_phone',
  legalBasis: 'legal_basis',
  collectionResponsibility: 'collection_responsibility',
  updateCommitment: 'update_commitment',
  qualityResponsibility: 'quality_responsibility',
  objectionHandler: 'objection_handler',
  timeLimit: 'time_limit',
} as const satisfies Record<keyof Responsibility, string>;
const RESPONSIBILITY_KEYS = Object.keys(RESPONSIBILITY_COLUMNS) as (keyof Responsibility)[];

/** Every non-retired entry, joined with its responsibility (absent when none was saved). */
const SELECT = `
  SELECT e.id AS entry_id, e.code, e.name, e.provider, e.provider_unit, e.update_cycle, e.share_type, e.state,
         r.responsible_person, r.contact_phone, r.legal_basis, r.collection_responsibility, r.update_commitment,
         r.quality_responsibility, r.objection_handler, r.time_limit, r.revision, r.updated_at
    FROM catalogue_entries e LEFT JOIN responsibilities r ON r.entry_id = e.id
   WHERE e.state <> 'retired'`;

function fromRow(r: Row): ResponsibilityRow {
  const responsibility: Partial<Responsibility> = {};
  for (const k of RESPONSIBILITY_KEYS) {
    const v = r[RESPONSIBILITY_COLUMNS[k]];
    if (v !== null) responsibility[k] = v;
  }
  return {
    entryId: r.entry_id,
    code: r.code,
    name: r.name,
    // The entry's 责任方 (雨花) is not separate here: the provider is the responsible department.
    department: r.provider,
    ...(r.provider_unit ? { unit: r.provider_unit } : {}),
    updateCycle: r.update_cycle,
    shareType: r.share_type,
    ...responsibility,
    gaps: responsibilityGaps(responsibility),
    revision: r.revision ?? 0,
    ...(r.updated_at ? { updatedAt: r.updated_at } : {}),
  } as ResponsibilityRow;
}

export async function listResponsibilities(db: Reader, q: { gapsOnly: boolean; offset: number; limit: number }) {
  // A few thousand entries at most per department: gaps are computed in JS, where the rule lives.
  const all = (await db.all<Row>(`${SELECT} ORDER BY e.code, e.id`)).map(fromRow);
  const incomplete = all.filter((r) => r.gaps.length > 0);
  const chosen = q.gapsOnly ? incomplete : all;
  return { total: chosen.length, incomplete: incomplete.length, rows: chosen.slice(q.offset, q.offset + q.limit) };
}

export async function getResponsibility(db: Reader, entryId: string): Promise<ResponsibilityRow> {
  const row = await db.get<Row>(`${SELECT} AND e.id = ?`, [entryId]);
  if (!row) throw new AppError('NOT_FOUND');
  return fromRow(row);
}

/** Saves the responsibility if `revision` is still the row's (0 = none saved yet); returns the entry's name. */
export async function saveResponsibility(tx: Tx, entryId: string, revision: number, responsibility: Responsibility, now: string): Promise<string> {
  const current = await getResponsibility(tx, entryId);
  if (current.revision !== revision) throw new AppError('CONFLICT', { current: current.revision, yours: revision });
  const cols = RESPONSIBILITY_KEYS.map((k) => RESPONSIBILITY_COLUMNS[k]);
  const vals = RESPONSIBILITY_KEYS.map((k) => responsibility[k] ?? null);
  await tx.run(
    `INSERT INTO responsibilities (entry_id, ${cols.join(', ')}, revision, updated_at) VALUES (?, ${cols.map(() => '?').join(', ')}, 1, ?)
     ON CONFLICT (entry_id) DO UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')}, revision = revision + 1, updated_at = excluded.updated_at`,
    [entryId, ...vals, now],
  );
  return current.name;
}
