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
export async function buildWorkbook(layout: LayoutId, entries: readonly Entry[], profile?: JurisdictionProfile, opts: { instructions?: boolean } = {}): Promise<Buffer> {
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
  if (opts.instructions) addInstructions(wb, layout, profile);
  lists.write(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The department a blank template is for: its example row names it as the provider. */
export interface TemplateOwner {
  departmentName: string;
  departmentCode: string;
}

/**
 * The example row of a blank template: a complete database resource that imports cleanly under
 * every profile (no code: import renders it from the classification, as the wizard does).
 */
export function exampleEntry(owner: TemplateOwner, profile?: JurisdictionProfile): Entry {
  const scheme = profile?.classifications[0] ?? 'national1272';
  return {
    id: 'example',
    code: '',
    state: 'draft',
    revision: 1,
    createdAt: '',
    updatedAt: '',
    kind: 'data',
    name: '示例：企业登记基本信息',
    provider: owner.departmentName,
    ...(owner.departmentCode ? { providerCode: owner.departmentCode } : {}),
    summary: '企业登记的基本信息：企业名称、统一社会信用代码、登记日期等（示例行，可改写或删除）',
    formatClass: 'database',
    formatType: 'KingbaseES',
    shareType: 'conditional',
    shareCondition: '仅限政务服务业务使用',
    shareMethodClass: 'platform',
    shareMethodType: 'interface',
    openType: 'none',
    updateCycle: 'daily',
    ...(scheme === 'national1272' ? { classification: { scheme, category: '1', item: '01' } } : {}),
    items: [
      { name: '企业名称', type: 'C', length: '100' },
      { name: '统一社会信用代码', type: 'C', length: '18' },
    ],
  } as unknown as Entry;
}

/** The instruction sheet of a blank template: one line per column, what it takes and whether it must be filled. */
function addInstructions(wb: ExcelJS.Workbook, layout: LayoutId, profile?: JurisdictionProfile): void {
  const ws = wb.addWorksheet('填写说明');
  ws.columns = [{ width: 22 }, { width: 10 }, { width: 90 }];
  ws.addRow(['填写说明']).font = { bold: true, size: 14 };
  ws.addRow(['每行一个信息项；同一资源的多个信息项，资源各列重复填写或留空均可。带 * 的列必须填写。下拉列只能选择列表中的值。示例行可改写或删除；信息资源代码留空时按分类自动编码。']);
  ws.addRow([]);
  ws.addRow(['列', '必填', '可填写的内容']).font = { bold: true };
  for (const sheet of LAYOUT_SPECS[layout].sheets) {
    for (const c of exportColumns(sheet)) {
      const kind = c.kind === 'boolean' ? { vocab: YES_NO_VOCAB as Vocabulary, strict: true } : c.kind;
      const what =
        typeof kind === 'object'
          ? `从下拉列表选择：${kind.vocab.values.map((v) => exportLabel(kind.vocab, v, profile)).join('、')}`
          : kind === 'date'
            ? '日期，格式如 2026-03-02'
            : kind === 'length'
              ? '数字，如 20；小数写作 18,2'
              : kind === 'classification'
                ? '分类代码，如 1 01'
                : kind === 'list'
                  ? '多个值用顿号或分号分隔'
                  : '文字';
      ws.addRow([c.header, c.required ? '是' : '', what]);
    }
  }
}

/** A blank template: the layout's sheets with one example row that imports cleanly, and an instruction sheet. */
export async function buildTemplate(layout: LayoutId, owner: TemplateOwner, profile?: JurisdictionProfile): Promise<Buffer> {
  return buildWorkbook(layout, [exampleEntry(owner, profile)], profile, { instructions: true });
}
