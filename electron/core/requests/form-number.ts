import type { Tx } from '../db/database';

/** `12320100671322000Q-2026-0007`: department code, year, the year's sequence (at least four digits). */
export function formatFormNumber(departmentCode: string, year: number, seq: number): string {
  return `${departmentCode}-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * The demand form number of a request: the one it already has, or the next of the year. A
 * workspace is one department, so numbers are unique per department and year by the table's keys.
 */
export async function demandFormNumber(tx: Tx, requestId: string, departmentCode: string, year: number): Promise<{ number: string; assigned: boolean }> {
  const existing = await tx.get<{ number: string }>('SELECT number FROM demand_form_numbers WHERE request_id = ?', [requestId]);
  if (existing) return { number: existing.number, assigned: false };
  const last = await tx.get<{ seq: number | null }>('SELECT max(seq) AS seq FROM demand_form_numbers WHERE year = ?', [year]);
  const seq = (last?.seq ?? 0) + 1;
  const number = formatFormNumber(departmentCode, year, seq);
  await tx.run('INSERT INTO demand_form_numbers (request_id, year, seq, number) VALUES (?, ?, ?, ?)', [requestId, year, seq, number]);
  return { number, assigned: true };
}
