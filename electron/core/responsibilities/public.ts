// What other features may use of the responsibility list: its rows as reported to the authority (lists/).
import { RESPONSIBILITY_FIELDS } from '@shared/domain/responsibility';
import type { ResponsibilityListRow } from '@shared/protocol/lists';
import type { Reader } from '../db/database';
import { listResponsibilities } from './repository';

/** Every non-retired entry's row, in code order, as the responsibility list reports it. */
export async function responsibilityListRows(db: Reader): Promise<ResponsibilityListRow[]> {
  const { rows } = await listResponsibilities(db, { gapsOnly: false, offset: 0, limit: 1_000_000 });
  return rows.map((r) => {
    const row: Record<string, unknown> = { entryId: r.entryId, code: r.code, name: r.name };
    for (const k of RESPONSIBILITY_FIELDS) if (r[k] !== undefined) row[k] = r[k];
    return row as ResponsibilityListRow;
  });
}
