import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ALLOWED_SHARE_METHOD_TYPES, FORMAT_CLASSES, FORMAT_TYPES } from '@shared/domain/enums';
import { FORMAT_CLASS_VOCAB, FORMAT_TYPE_VOCAB, SHARE_METHOD_TYPE_VOCAB, labelOfValue, valueOfLabel } from '@shared/exchange/vocabulary';
import type { Core } from '../index';
import { call, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { richEntries } from '../../../tests/helpers/workbooks';

type Validation = { type: string; formulae: string[] };

/**
 * What Excel shows in a cell's dropdown: the list formula evaluated for that cell's row. exceljs
 * reads a range validation (`I3:I502`) as one copy per cell, with the formula as written for the
 * first cell of the range, which relative references are counted from.
 */
function dropdown(wb: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, column: string, row: number): string[] {
  const model = (sheet as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model;
  const v = model[`${column}${row}`];
  if (!v) throw new Error(`no validation on ${column}${row}`);
  expect(v.type).toBe('list');
  const formula = v.formulae[0] ?? '';
  const rows = Object.entries(model)
    .filter(([cell, other]) => new RegExp(`^${column}\\d+$`).test(cell) && other.formulae[0] === formula)
    .map(([cell]) => Number(cell.slice(column.length)));
  const top = Math.min(...rows);
  expect(rows).toHaveLength(Math.max(...rows) - top + 1);
  const linked = /^INDIRECT\("([^"]*)"&\$([A-Z]+)(\d+)\)$/.exec(formula);
  let ref = formula;
  if (linked) {
    const [, prefix, classColumn, anchor] = linked;
    expect(Number(anchor)).toBe(top);
    const classText = String(sheet.getCell(`${classColumn}${row}`).value ?? '');
    const ranges = wb.definedNames.getRanges(`${prefix}${classText}`).ranges;
    expect(ranges, `name ${prefix}${classText}`).toHaveLength(1);
    ref = ranges[0] as string;
  }
  // One column of the lists sheet (a one-item list is a single cell).
  const m = /^(\w+)!\$([A-Z]+)\$(\d+)(?::\$\2\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a list range: ${ref}`);
  const lists = wb.getWorksheet(m[1] as string) as ExcelJS.Worksheet;
  expect(lists.state).toBe('hidden');
  const out: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[4] ?? m[3]); r++) {
    const value = lists.getCell(`${m[2]}${r}`).value;
    if (value !== null && value !== undefined) out.push(String(value));
  }
  return out;
}

function columnOf(sheet: ExcelJS.Worksheet, headerRow: number, headers: string[]): string {
  const row = sheet.getRow(headerRow);
  for (let c = 1; c <= row.cellCount; c++) {
    if (headers.includes(String(row.getCell(c).value ?? '').replace(/\*$/, ''))) return sheet.getColumn(c).letter;
  }
  throw new Error(`no column ${headers.join('/')}`);
}

const ALL_TYPES = FORMAT_TYPE_VOCAB.values;
const methodLabels = (values: readonly string[]) => values.map((v) => labelOfValue(SHARE_METHOD_TYPE_VOCAB, v as never));

describe('export dropdowns linked to the format class', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(join(dir, 'ws'));
    for (const entry of richEntries()) await call(core, 'catalogue.create', { entry });
  });
  afterAll(async () => {
    await core.close();
    cleanup();
  });

  for (const layout of ['1272', 'modern'] as const) {
    for (const kind of ['export', 'template'] as const) {
      it(`offers per row only the format's types and share methods (${layout} ${kind})`, async () => {
        const file = join(dir, `${kind}-${layout}.xlsx`);
        await call(core, kind === 'export' ? 'exchange.export' : 'exchange.template', { layout, path: file });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
        const headerRow = layout === '1272' ? 2 : 1;
        const cls = columnOf(sheet, headerRow, ['信息资源格式分类', '格式分类']);
        const type = columnOf(sheet, headerRow, ['信息资源格式类型', '格式类型']);
        const method = columnOf(sheet, headerRow, ['共享方式类型']);
        const first = headerRow + 1;

        // The exported rows: each one's own format type and share method are offered, nothing of another class.
        let rows = 0;
        for (let r = first; kind === 'export' && sheet.getCell(`${cls}${r}`).value; r++, rows++) {
          const value = valueOfLabel(FORMAT_CLASS_VOCAB, String(sheet.getCell(`${cls}${r}`).value));
          expect(value).toBeDefined();
          expect(dropdown(wb, sheet, type, r)).toEqual(FORMAT_TYPES[value as keyof typeof FORMAT_TYPES]);
          expect(dropdown(wb, sheet, type, r)).toContain(String(sheet.getCell(`${type}${r}`).value));
          const own = sheet.getCell(`${method}${r}`).value;
          if (own) expect(dropdown(wb, sheet, method, r)).toContain(String(own));
        }
        if (kind === 'export') expect(rows).toBeGreaterThanOrEqual(4);

        // A spare row: every class the officer picks narrows the lists; a blank class offers all.
        const spare = first + rows + 3;
        expect(dropdown(wb, sheet, type, spare)).toEqual(ALL_TYPES);
        expect(dropdown(wb, sheet, method, spare)).toEqual(methodLabels(SHARE_METHOD_TYPE_VOCAB.values));
        for (const c of FORMAT_CLASSES) {
          for (const label of FORMAT_CLASS_VOCAB.labels[c]) {
            sheet.getCell(`${cls}${spare}`).value = label;
            expect(dropdown(wb, sheet, type, spare)).toEqual(FORMAT_TYPES[c]);
            expect(dropdown(wb, sheet, method, spare)).toEqual(methodLabels(ALLOWED_SHARE_METHOD_TYPES[c]));
          }
        }
        // The class column itself still lists the classes.
        expect(dropdown(wb, sheet, cls, spare)).toEqual(FORMAT_CLASS_VOCAB.values.map((v) => labelOfValue(FORMAT_CLASS_VOCAB, v)));
      });
    }
  }
});
