import { parseItemType } from '../domain/labels';
import type { DataItemType } from '../domain/enums';
import { checkSampleValue } from './samples';
import { mapSqlType } from './sql-types';
import { itemName, type DockedItem, type DockingProblem, type DockingResult } from './types';

/**
 * Data items from a CSV (or tab-separated) list of columns: name, type, length, comment — in that
 * order, or in any order under a header naming them (列名/字段名, 类型, 长度, 注释/说明, 主键, 表名, 示例值).
 * Types may be SQL types (`varchar(50)`) or item-type labels (`字符型C`).
 */

/** RFC 4180 rows: quoted fields may hold separators, doubled quotes and newlines. */
export function parseCsvRows(text: string, sep: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

type Field = 'name' | 'type' | 'length' | 'comment' | 'key' | 'table' | 'sample';
const HEADERS: Record<Field, RegExp> = {
  name: /^(列名|字段名|字段|字段英文名|英文名|技术名称|column|column_?name|field|name)$/i,
  type: /^(类型|数据类型|字段类型|type|data_?type)$/i,
  length: /^(长度|数据长度|字段长度|length|size|len)$/i,
  comment: /^(注释|说明|中文名|中文名称|备注|描述|信息项名称|comment|comments|description|remark)$/i,
  key: /^(主键|是否主键|pk|key|primary_?key)$/i,
  table: /^(表名|表|table|table_?name)$/i,
  sample: /^(示例值|示例|示例数据|样例|样例值|样例数据|sample|sample_?value|example)$/i,
};
const DEFAULT_ORDER: Field[] = ['name', 'type', 'length', 'comment'];
const YES = /^(是|y|yes|true|1|√|pk|pri)$/i;

/** Longer than this, a type cell is no type: read as unknown without matching it at all. */
const MAX_TYPE_CHARS = 100;

function typeOf(raw: string): { type: DataItemType; length?: string; known: boolean } {
  if (raw.length > MAX_TYPE_CHARS) return { type: 'C', known: false };
  const label = parseItemType(raw);
  if (label) return { type: label, known: true };
  // Spaces inside the name are collapsed first: a run of them between the name's lazy class and
  // the trailing \s* made the match quadratic (a 370,000-space cell held the core for minutes).
  const m = /^\s*([a-z_][a-z0-9_ ]*?)\s*(?:\(([^)]*)\))?\s*$/i.exec(raw.replace(/\s+/g, ' '));
  return m ? mapSqlType(m[1] as string, m[2]) : { type: 'C', known: false };
}

export function parseColumnsCsv(text: string): DockingResult {
  const body = text.replace(/^\uFEFF/, '');
  const problems: DockingProblem[] = [];
  const items: DockedItem[] = [];
  if (!body.trim()) return { items, problems: [{ line: 1, code: 'emptyInput', text: '' }] };
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : firstLine.includes('，') && !firstLine.includes(',') ? '，' : ',';
  const rows = parseCsvRows(body, sep);
  const head = rows[0]?.cells.map((c) => c.trim()) ?? [];
  const mapped = head.map((h) => (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].test(h)));
  const hasHeader = mapped.filter(Boolean).length >= 2;
  const order = hasHeader ? mapped : DEFAULT_ORDER;
  if (hasHeader && (!mapped.includes('name') || !mapped.includes('type'))) {
    return { items, problems: [{ line: 1, code: 'csvHeader', text: firstLine.slice(0, 200) }] };
  }
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const get = (f: Field) => {
      const i = order.indexOf(f);
      return i < 0 ? '' : (row.cells[i] ?? '').trim();
    };
    const column = get('name');
    const rawType = get('type');
    if (!column || !rawType) {
      problems.push({ line: row.line, code: 'csvRow', text: row.cells.join(sep).slice(0, 200) });
      continue;
    }
    const t = typeOf(rawType);
    if (!t.known) problems.push({ line: row.line, code: 'unknownType', text: row.cells.join(sep).slice(0, 200), params: { type: rawType } });
    const length = get('length').replace(/[，\s]/g, (c) => (c === '，' ? ',' : ''));
    const item: DockedItem = {
      table: get('table'),
      name: itemName(get('comment'), column),
      nameEn: column,
      type: t.type,
    };
    const len = /^\d{1,5}(,\d{1,2})?$/.test(length) ? length : t.length;
    if (len) item.length = len;
    if (YES.test(get('key'))) item.isKey = true;
    checkSampleValue(item, get('sample'), row.line, problems);
    items.push(item);
  }
  return { items, problems };
}
