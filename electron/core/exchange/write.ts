import ExcelJS from 'exceljs';
import { LAYOUT_SPECS, columnLetter, exportColumns, type ColumnSpec, type LayoutId, type SheetSpec } from '@shared/exchange/columns';
import { OPEN_TYPE_VOCAB, SHARE_TYPE_VOCAB, YES_NO_VOCAB, labelOfValue, valueOfLabel, type Vocabulary } from '@shared/exchange/vocabulary';
import { classificationCode, type Classification } from '@shared/domain/classification';
import type { Entry } from '@shared/domain/entry';
import type { JurisdictionProfile } from '@shared/profiles/types';
import { Lists } from './lists';

/** Rows below the data that still get the dropdowns, so officers can add entries in Excel. */
const SPARE_ROWS = 500;

type Item = Entry['items'][number];

/** The workspace profile's wording for share and open types, when import reads it back. */
function exportLabel(vocab: Vocabulary, value: string, profile: JurisdictionProfile | undefined): string {
  const labels = vocab === SHARE_TYPE_VOCAB ? profile?.shareTypeLabels : vocab === OPEN_TYPE_VOCAB ? profile?.openTypeLabels : undefined;
  const own = labels?.[value as keyof typeof labels]?.['zh-CN'];
  if (own && valueOfLabel(vocab, own) === value) return own;
  return labelOfValue(vocab, value);
}

function cellFor(col: ColumnSpec, entry: Entry, item: Item | undefined, profile: JurisdictionProfile | undefined): ExcelJS.CellValue {
  const [scope, field] = col.target.split('.') as [string, string];
  let raw: unknown;
  if (col.target === 'key.code') raw = entry.code;
  else if (col.target === 'key.entryName') raw = entry.name;
  else if (scope === 'entry') raw = (entry as unknown as Record<string, unknown>)[field];
  else if (scope === 'item') raw = item ? (item as unknown as Record<string, unknown>)[field] : undefined;
  if (raw === undefined || raw === null || raw === '') return null;
  if (col.kind === 'date' && typeof raw === 'string') {
    const d = new Date(`${raw}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? raw : d;
  }
  if (typeof col.kind === 'object' && col.kind.strict) return exportLabel(col.kind.vocab, String(raw), profile);
  if (col.kind === 'boolean') return labelOfValue(YES_NO_VOCAB, raw ? 'true' : 'false');
  if (col.kind === 'list' && Array.isArray(raw)) return raw.join('；');
  if (col.kind === 'classification' && typeof raw === 'object') return classificationCode(raw as Classification);
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : String(raw);
}

/** exceljs supports range validations (`A3:A500`) but its typings omit `dataValidations`. */
function validations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, rows: ExcelJS.CellValue[][], lists: Lists) {
  const columns = exportColumns(spec);
  const headerRow = spec.title ? 2 : 1;
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  ws.columns = columns.map((c) => ({ width: c.width ?? 14 }));
  if (spec.title) {
    ws.getCell(1, 1).value = spec.title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.mergeCells(1, 1, 1, columns.length);
  }
  const header = ws.getRow(headerRow);
  columns.forEach((c, i) => (header.getCell(i + 1).value = c.required ? `${c.header}*` : c.header));
  header.font = { bold: true };
  for (const r of rows) ws.addRow(r);
  const first = headerRow + 1;
  const last = headerRow + rows.length + SPARE_ROWS;
  const classColumn = columns.findIndex((c) => c.target === 'entry.formatClass');
  columns.forEach((c, i) => {
    const kind = c.kind === 'boolean' ? { vocab: YES_NO_VOCAB as Vocabulary, strict: true } : c.kind;
    if (typeof kind !== 'object') return;
    const letter = columnLetter(i);
    // Format type and share method type offer only what the row's format class allows.
    const linked = classColumn >= 0 ? lists.linked(c.target, kind.vocab, `$${columnLetter(classColumn)}${first}`) : undefined;
    validations(ws).add(`${letter}${first}:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [linked ?? lists.ref(kind.vocab)],
      // Known format types are offered, but an industry format may be typed in.
      showErrorMessage: kind.strict,
      errorStyle: 'stop',
    });
  });
}

/**
 * The workbook of one layout: header with required marks, frozen, column widths, and dropdowns
 * (hidden lists sheet) on every enumeration column, format type and share method type linked to
 * the row's format class. Plain features only, for Excel and WPS.
 */
export async function buildWorkbook(layout: LayoutId, entries: readonly Entry[], profile?: JurisdictionProfile): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Catalogue Workbench';
  const spec = LAYOUT_SPECS[layout];
  const lists = new Lists((vocab, value) => exportLabel(vocab, value, profile));
  for (const sheet of spec.sheets) {
    const cols = exportColumns(sheet);
    const rows: ExcelJS.CellValue[][] = [];
    for (const e of entries) {
      if (sheet.role === 'resources') rows.push(cols.map((c) => cellFor(c, e, undefined, profile)));
      else {
        const items: (Item | undefined)[] = e.items.length ? e.items : sheet.role === 'combined' ? [undefined] : [];
        for (const item of items) rows.push(cols.map((c) => cellFor(c, e, item, profile)));
      }
    }
    addSheet(wb, sheet, rows, lists);
  }
  lists.write(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
