import { parseClassificationCode, type Classification, type ClassificationScheme } from '../domain/classification';
import type { CellKind } from './columns';
import type { CellValue } from './grid';
import { cleanAscii, cleanLength, cleanText, dateToIso, excelSerialToIso, textToIsoDate, toHalfWidth } from './normalise';
import { YES_NO_VOCAB, valueOfLabel } from './vocabulary';

/** A cell read for its column: the value for the entry schema, or the code of why it cannot be read. */
export type ReadCell = { value: string | number | boolean | string[] | Classification | undefined } | { problem: string; params?: Record<string, string | number> };

/** Numbers beyond 2^53 have lost digits already: a code typed as a number must be re-entered as text. */
const SAFE_DIGITS = 15;

function numberText(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (Number.isInteger(n) && Math.abs(n) >= 10 ** SAFE_DIGITS) return undefined;
  return String(n);
}

function asText(v: Exclude<CellValue, null | { error: string }>): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return dateToIso(v);
}

export function readCell(v: CellValue | undefined, kind: CellKind, scheme: ClassificationScheme = 'national1272'): ReadCell {
  if (v === null || v === undefined) return { value: undefined };
  if (typeof v === 'object' && !(v instanceof Date)) {
    return v.error === 'formula' ? { problem: 'exchange.formulaNoResult' } : { problem: 'exchange.cellError', params: { value: v.error.slice(0, 20) } };
  }
  if (kind === 'date') {
    if (v instanceof Date) return { value: dateToIso(v) ?? 'invalid' };
    if (typeof v === 'number') return { value: excelSerialToIso(v) ?? String(v) };
    const s = String(v).trim();
    return { value: s === '' ? undefined : (textToIsoDate(s) ?? s) };
  }
  if (kind === 'number' && typeof v === 'number') return { value: v };
  if (kind === 'boolean' && typeof v === 'boolean') return { value: v };
  const text = asText(v);
  if (text === undefined) return { problem: 'exchange.numberAsText' };
  const clean = kind === 'ascii' ? cleanAscii(text) : kind === 'length' ? cleanLength(text) : cleanText(text);
  if (clean === '') return { value: undefined };
  if (typeof kind === 'object') return { value: valueOfLabel(kind.vocab, clean) ?? clean };
  // Unreadable numbers and answers stay text, so the entry schema reports them on the cell.
  if (kind === 'number') {
    const n = Number(toHalfWidth(clean).replace(/[,\s]/g, ''));
    return { value: Number.isFinite(n) ? n : clean };
  }
  if (kind === 'boolean') {
    const yes = valueOfLabel(YES_NO_VOCAB, clean);
    return { value: yes === undefined ? clean : yes === 'true' };
  }
  // An unreadable code stays text: the entry schema reports it on the cell.
  if (kind === 'classification') return { value: parseClassificationCode(scheme, cleanAscii(clean).toUpperCase()) ?? clean };
  if (kind === 'list') return { value: clean.split(/[;；,，、\n]+/).map((x) => x.trim()).filter(Boolean) };
  return { value: clean };
}
