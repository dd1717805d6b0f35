// What other features may use of the demand list: its rows as reported to the authority (lists/).
import { demandFields } from '@shared/domain/demand';
import type { DemandListRow } from '@shared/protocol/lists';
import type { Reader } from '../db/database';
import { listDemands } from './repository';

const FIELD_KEYS = Object.keys(demandFields.shape) as (keyof typeof demandFields.shape)[];

/** Every demand, oldest first, as the demand list reports it (undefined fields left out). */
export async function demandListRows(db: Reader): Promise<DemandListRow[]> {
  const { rows } = await listDemands(db, { offset: 0, limit: 1_000_000 });
  return rows.reverse().map((d) => {
    const row: Record<string, unknown> = { id: d.id, number: d.number, status: d.status };
    for (const k of FIELD_KEYS) if (d[k] !== undefined && d[k] !== null) row[k] = d[k];
    if (d.matchedEntryId) row.matchedEntryId = d.matchedEntryId;
    return row as DemandListRow;
  });
}
