/**
 * A workbook as the pure mapping sees it: sheets of rows of plain cell values. The core turns
 * exceljs cells into these (formula → cached result, rich text → text), so parsing needs no I/O.
 */

/** `{ error }` is an Excel error value (`#N/A`) or a formula without a cached result (`formula`). */
export type CellValue = string | number | boolean | Date | null | { error: string };

export interface GridRow {
  /** The row number as Excel shows it (1-based). */
  row: number;
  /** Cells by 0-based column index (column A is 0). */
  cells: CellValue[];
}

export interface SheetGrid {
  name: string;
  rows: GridRow[];
}

/** One problem found in a workbook, located at a cell; `code` is an i18n key. */
export interface ImportIssue {
  sheet: string;
  row: number;
  /** Column letter, or '' when the problem is the whole row or sheet. */
  column: string;
  code: string;
  params?: Record<string, string | number>;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The text of a cell for header and marker matching. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // exceljs turns a date-formatted number beyond its range (1e20) into an invalid Date.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return '';
}
