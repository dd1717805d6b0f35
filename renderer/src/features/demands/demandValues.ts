import { demandInputSchema, type Demand, type DemandInput } from '@shared/domain/demand';
import { schemaIssues, type FieldIssue } from '../../form/issues';

/** The form's values: what antd controls hold (null from a cleared number, '' from a cleared text). */
export type DemandFormValues = Omit<DemandInput, 'expectedVolume'> & { expectedVolume?: number | null };

/** Form values → the channel input: a cleared number is absent, not null. */
export function toDemandInput(v: DemandFormValues): DemandInput {
  const { expectedVolume, ...rest } = v;
  return { ...rest, items: rest.items ?? [], ...(expectedVolume === null || expectedVolume === undefined ? {} : { expectedVolume }) };
}

/** Pasted item lists split at commas, full-width commas and 顿号 (by code point: data, not UI text). */
export const ITEM_SEPARATORS = [',', String.fromCharCode(0xff0c), String.fromCharCode(0x3001)];

/** Live validation with the very schema the core applies. */
export function demandIssues(v: DemandFormValues): FieldIssue[] {
  return schemaIssues(demandInputSchema, toDemandInput(v));
}

export function newDemandValues(today: string): DemandFormValues {
  return { name: '', description: '', items: [], basisKind: 'law', basisText: '', scenario: '', contactName: '', contactPhone: '', proposedOn: today };
}

export function demandToValues(d: Demand): DemandFormValues {
  const { id: _id, number: _n, departmentName: _dn, departmentCode: _dc, status: _s, statusReason: _r, matchedEntryId: _m, matchedCode: _mc, matchedName: _mn, revision: _rev, createdAt: _c, updatedAt: _u, ...values } = d;
  return values;
}

/** Today in China (UTC+8), as the default 提出日期. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
