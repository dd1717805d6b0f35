/**
 * Rows → catalogue entries (the layouts of ./columns.ts): finds the layout and header, reads each cell for its
 * column, groups rows into entries (by resource code, else by name; blank or merged resource cells
 * continue the resource above), and validates each entry with the same `entryInputSchema` the
 * forms use, every issue pointed back at its cell.
 */
import type { ClassificationScheme } from '../domain/classification';
import { entryInputSchema, type EntryValues } from '../domain/entry';
import { issuesFromZod } from '../ipc/errors';
import { checkResidentId } from '../ids/uscc';
import { isResidentIdItem } from '../quality/sensitive';
import { canonicalEntryValues } from '../domain/canonical-entry';
import { readCell, type ReadCell } from './cells';
import { LAYOUT_SPECS, columnLetter, type CellKind, type ColumnSpec, type LayoutId, type Target } from './columns';
import { cellText, isBlank, type CellValue, type GridRow, type ImportIssue, type SheetGrid } from './grid';
import { detectLayout, type MatchedSheet } from './header';
import { labelKey } from './normalise';

interface Loc {
  sheet: string;
  row: number;
  column: string;
}

type Fields = Record<string, unknown>;

/** Cells are located lazily (sheet + row + the target's column): no object per cell of a large file. */
interface ItemDraft {
  fields: Fields;
  m: MatchedSheet;
  row: number;
  /** Fields taken from the resource columns of the item's row (1272's repeated share/open cells). */
  derived?: Set<string>;
}

interface Draft {
  sheet: string;
  m: MatchedSheet;
  firstRow: number;
  rows: number[];
  code?: string;
  fields: Fields;
  /** The row a field's value came from, when not the first row. */
  fieldRows: Record<string, number>;
  items: ItemDraft[];
  issues: ImportIssue[];
  /** 1272's 是否向社会开放 = 是 with an 开放条件 means conditional opening. */
  openYes: boolean;
}

export interface ParsedEntry {
  sheet: string;
  /** Excel rows the entry came from (first row first). */
  rows: number[];
  /** The resource code written in the file, if any: matched against the workspace. */
  code?: string;
  name: string;
  /** Present when the entry passed validation. */
  values?: EntryValues;
  issues: ImportIssue[];
}

export interface ParseResult {
  layout?: LayoutId;
  entries: ParsedEntry[];
  /** Issues not tied to one entry: no header, missing columns, rows that belong to nothing. */
  issues: ImportIssue[];
  items: number;
  /** The fields the file has columns for: an update leaves the others as they are. */
  covered: Target[];
}

const SHARE_OPEN = ['shareType', 'shareCondition', 'openType', 'openCondition'] as const;
const END_FLAG = 'endflag';

function isEndRow(row: GridRow): boolean {
  // The length test and the letters keep labelKey off most cells of every data row (it never
  // shortens a text below 7 characters, and its e and f can only come from these).
  return row.cells.some((c) => typeof c === 'string' && c.length >= END_FLAG.length && c.length <= 16 && /[eEｅＥ]/.test(c) && /[fFｆＦ]/.test(c) && labelKey(c) === END_FLAG);
}

/** The data rows under the header: up to an `endFlag` marker, blank rows skipped. */
function dataRows(m: MatchedSheet): GridRow[] {
  const out: GridRow[] = [];
  for (let r = m.headerIndex + 1; r < m.grid.rows.length; r++) {
    const row = m.grid.rows[r] as GridRow;
    if (isEndRow(row)) break;
    if (row.cells.every(isBlank)) continue;
    out.push(row);
  }
  return out;
}

interface RowValues {
  row: number;
  entry: Fields;
  item: Fields;
  keys: Partial<Record<'code' | 'entryName', string>>;
  openYes: boolean;
  issues: ImportIssue[];
}

interface ColumnPlan {
  target: Target;
  index: number;
  letter: string;
  scope: string;
  field: string;
  kind: ColumnSpec['kind'];
  /** The column's last cell and its reading: 1272 repeats a resource's cells on every item row. */
  last?: { cell: string | number | boolean; scheme: ClassificationScheme; read: ReadCell };
}

const plans = new WeakMap<MatchedSheet, { columns: ColumnPlan[]; letters: Map<Target, string> }>();

/** The matched columns with their letters and fields worked out once per sheet, not per cell. */
function columnPlan(m: MatchedSheet) {
  let plan = plans.get(m);
  if (!plan) {
    const columns = [...m.columns].map(([target, { index, spec }]) => {
      const [scope, field] = target.split('.') as [string, string];
      return { target, index, letter: columnLetter(index), scope, field, kind: spec.kind };
    });
    plan = { columns, letters: new Map(columns.map((c) => [c.target, c.letter])) };
    plans.set(m, plan);
  }
  return plan;
}

/** Where a target's cell of `row` is; column '' when the file has no such column. */
function at(m: MatchedSheet, row: number, target: Target): Loc {
  return { sheet: m.grid.name, row, column: columnPlan(m).letters.get(target) ?? '' };
}

/** readCell, reusing the column's last reading of the same text, number or answer (a value, never a problem). */
function readColumn(c: ColumnPlan, cell: CellValue, scheme: ClassificationScheme): ReadCell {
  const last = c.last;
  if (last && Object.is(last.cell, cell) && last.scheme === scheme) return last.read;
  const read = readCell(cell, c.kind, scheme);
  c.last = (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') && 'value' in read ? { cell, scheme, read } : undefined;
  return read;
}

function readRow(m: MatchedSheet, row: GridRow, scheme: ClassificationScheme): RowValues {
  const out: RowValues = { row: row.row, entry: {}, item: {}, keys: {}, openYes: false, issues: [] };
  let sample: { value: string; column: string } | undefined;
  for (const c of columnPlan(m).columns) {
    const cell = row.cells[c.index];
    if (cell === null || cell === undefined) continue;
    const read = readColumn(c, cell, scheme);
    if ('problem' in read) {
      out.issues.push({ sheet: m.grid.name, row: row.row, column: c.letter, code: read.problem, ...(read.params ? { params: read.params } : {}) });
      continue;
    }
    if (read.value === undefined) continue;
    if (c.scope === 'entry') out.entry[c.field] = read.value;
    else if (c.scope === 'item') out.item[c.field] = read.value;
    else if (c.scope === 'key') out.keys[c.field as 'code' | 'entryName'] = String(read.value);
    else if (c.scope === 'sample') sample = { value: String(read.value), column: c.letter };
    // 是 reads as unconditional: only then can the cell be the bare answer 是.
    if (c.target === 'entry.openType' && read.value === 'unconditional' && labelKey(cellText(cell)) === '是') out.openYes = true;
  }
  if (sample) checkSample(m, out, sample);
  return out;
}

/** A resident identity number's sample value must pass its GB 11643 check: refused at its cell otherwise. */
function checkSample(m: MatchedSheet, out: RowValues, sample: { value: string; column: string }): void {
  const name = out.item.name;
  if (typeof name !== 'string' || !isResidentIdItem({ name, nameEn: typeof out.item.nameEn === 'string' ? out.item.nameEn : undefined })) return;
  const problem = checkResidentId(sample.value);
  if (!problem) return;
  const code = problem === 'checksum' ? 'exchange.idNumberChecksum' : 'exchange.idNumberInvalid';
  out.issues.push({ sheet: m.grid.name, row: out.row, column: sample.column, code, params: { value: sample.value.slice(0, 40) } });
}

function newDraft(m: MatchedSheet, rv: RowValues): Draft {
  return {
    sheet: m.grid.name,
    m,
    firstRow: rv.row,
    rows: [rv.row],
    code: rv.keys.code,
    fields: rv.entry,
    fieldRows: {},
    items: [],
    issues: rv.issues,
    openYes: rv.openYes,
  };
}

function itemFrom(rv: RowValues, m: MatchedSheet): ItemDraft | undefined {
  for (const _ in rv.item) return { fields: rv.item, m, row: rv.row };
  return undefined;
}

/**
 * Merges a later row's resource cells into its entry. Blank cells inherit; a different share/open
 * attribute is the item's own (1272 repeats them per item) unless the file has item-level columns;
 * any other difference is reported on the cell.
 */
function mergeResourceRow(d: Draft, rv: RowValues, item: ItemDraft | undefined, m: MatchedSheet): void {
  d.issues.push(...rv.issues);
  for (const field in rv.entry) {
    const value = rv.entry[field];
    const current = d.fields[field];
    if (current === undefined) {
      d.fields[field] = value;
      d.fieldRows[field] = rv.row;
    } else if (current !== value && (typeof current !== 'object' || JSON.stringify(current) !== JSON.stringify(value))) {
      const shareOpen = (SHARE_OPEN as readonly string[]).includes(field);
      if (shareOpen && item && !m.columns.has(`item.${field}` as Target)) {
        item.fields[field] = value;
        (item.derived ??= new Set()).add(field);
      } else d.issues.push({ ...at(m, rv.row, `entry.${field}`), code: 'exchange.inconsistentResource', params: { value: String(current).slice(0, 50) } });
    }
  }
}

/** 1272: one row per item; rows of one resource share its code (or, without one, its name). */
function groupCombined(m: MatchedSheet, issues: ImportIssue[], scheme: ClassificationScheme): Draft[] {
  const byKey = new Map<string, Draft>();
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const row of dataRows(m)) {
    const rv = readRow(m, row, scheme);
    const name = rv.entry.name as string | undefined;
    const code = rv.keys.code;
    let draft: Draft | undefined;
    if (!name && !code) draft = current;
    else if (!code && current && current.fields.name === name) draft = current;
    else draft = byKey.get(code ? `code:${code}` : `name:${name}`);
    const item = itemFrom(rv, m);
    if (!draft) {
      if (!name && !code) {
        issues.push({ sheet: m.grid.name, row: row.row, column: '', code: 'exchange.orphanRow' });
        continue;
      }
      draft = newDraft(m, rv);
      byKey.set(code ? `code:${code}` : `name:${name}`, draft);
      drafts.push(draft);
    } else {
      if (!draft.rows.includes(row.row)) draft.rows.push(row.row);
      if (!draft.code && code) {
        draft.code = code;
        byKey.set(`code:${code}`, draft);
      }
      mergeResourceRow(draft, rv, item, m);
    }
    if (item) draft.items.push(item);
    current = draft;
  }
  return drafts;
}

/** Modern layout: one resource per row of sheet 1; sheet 2 items name their resource by code or name. */
function groupModern(resources: MatchedSheet, items: MatchedSheet, issues: ImportIssue[], scheme: ClassificationScheme): Draft[] {
  const drafts: Draft[] = [];
  const byCode = new Map<string, Draft>();
  const byName = new Map<string, Draft>();
  for (const row of dataRows(resources)) {
    const rv = readRow(resources, row, scheme);
    const d = newDraft(resources, rv);
    const name = rv.entry.name as string | undefined;
    const dup = (rv.keys.code && byCode.get(rv.keys.code)) || (!rv.keys.code && name && byName.get(name));
    if (dup) d.issues.push({ sheet: resources.grid.name, row: row.row, column: '', code: 'exchange.duplicateResource', params: { row: dup.firstRow } });
    if (rv.keys.code && !byCode.has(rv.keys.code)) byCode.set(rv.keys.code, d);
    if (name && !byName.has(name)) byName.set(name, d);
    drafts.push(d);
  }
  for (const row of dataRows(items)) {
    const rv = readRow(items, row, scheme);
    const owner = (rv.keys.code && byCode.get(rv.keys.code)) || (rv.keys.entryName && byName.get(rv.keys.entryName));
    const item = itemFrom(rv, items);
    if (!owner) {
      issues.push({ ...at(items, row.row, 'key.entryName'), code: 'exchange.unknownResource', params: { name: (rv.keys.entryName ?? rv.keys.code ?? '').slice(0, 50) } });
      continue;
    }
    owner.issues.push(...rv.issues);
    if (item) owner.items.push(item);
  }
  return drafts;
}

function locate(d: Draft, path: (string | number)[]): Loc {
  if (path[0] === 'items') {
    const i = path[1];
    const item = typeof i === 'number' ? d.items[i] : undefined;
    if (!item) return at(d.m, d.firstRow, 'item.name');
    const field = typeof path[2] === 'string' ? path[2] : 'name';
    const own = at(item.m, item.row, `item.${field}`);
    // Share/open values taken from the resource columns are reported there.
    return item.derived?.has(field) || !own.column ? at(item.m, item.row, `entry.${field}`) : own;
  }
  const field = String(path[0] ?? '');
  return at(d.m, d.fieldRows[field] ?? d.firstRow, `entry.${field}`);
}

/** The target a schema issue path is about (`items.3.type` → `item.type`). */
function targetOf(path: (string | number)[]): Target {
  return (path[0] === 'items' ? `item.${typeof path[2] === 'string' ? path[2] : 'name'}` : `entry.${String(path[0] ?? '')}`) as Target;
}

/** `missing`: required columns absent from the file, reported once rather than on every row. */
function finish(d: Draft, missing: ReadonlySet<Target>): ParsedEntry {
  const fields = { ...d.fields };
  if (d.openYes && fields.openType === 'unconditional' && fields.openCondition) fields.openType = 'conditional';
  const input = { ...fields, items: d.items.map((i) => i.fields) };
  // Most entries are valid as read: the fast path gives zod's output for those, zod does the rest.
  // reportInput: a cell of the wrong type is invalid, only an absent one required.
  const fast = canonicalEntryValues(input);
  const parsed = fast ? ({ success: true, data: fast } as const) : entryInputSchema.safeParse(input, { reportInput: true });
  const issues = [...d.issues];
  if (!parsed.success) {
    const mapped = issuesFromZod(parsed.error);
    parsed.error.issues.forEach((zi, n) => {
      const path = zi.path as (string | number)[];
      const code = mapped[n]?.code ?? 'validation.invalid';
      if (code === 'validation.required' && missing.has(targetOf(path))) return;
      const loc = locate(d, path);
      // A cell already reported as unreadable (formula, #N/A) is not reported again as empty.
      if (loc.column && d.issues.some((i) => i.row === loc.row && i.column === loc.column && i.sheet === loc.sheet)) return;
      // What is allowed, when the schema says: the longest text a field takes.
      const max = zi.code === 'too_big' && typeof (zi as { maximum?: unknown }).maximum === 'number' ? { params: { max: (zi as unknown as { maximum: number }).maximum } } : {};
      issues.push({ ...loc, code, ...max });
    });
    // Every issue was a missing column's: the entry is still invalid, say so on its first row.
    if (issues.length === 0) issues.push({ sheet: d.sheet, row: d.firstRow, column: '', code: 'exchange.incomplete' });
  }
  return {
    sheet: d.sheet,
    rows: d.rows,
    ...(d.code ? { code: d.code } : {}),
    name: typeof d.fields.name === 'string' ? d.fields.name : '',
    ...(parsed.success && issues.length === 0 ? { values: parsed.data } : {}),
    issues,
  };
}

/** The labels a vocabulary column takes, as the dropdown shows them (the first label of each value). */
function allowedLabels(kind: CellKind): string[] | undefined {
  return typeof kind === 'object' ? kind.vocab.values.map((v) => kind.vocab.labels[v]?.[0] ?? v) : undefined;
}

/** A label the officer most likely meant: one that contains what was typed, or is contained in it. */
function likelyLabel(labels: readonly string[], value: string): string | undefined {
  const v = labelKey(value);
  if (!v) return undefined;
  const hits = labels.filter((l) => labelKey(l).includes(v) || v.includes(labelKey(l)));
  return hits.length === 1 ? hits[0] : undefined;
}

const FORMATS: Partial<Record<Exclude<CellKind, object>, string>> = { date: 'YYYY-MM-DD', length: '20, 18,2', number: '0, 1, 2 …' };

/**
 * Says each located problem in the officer's words: the column's header text as the file has it,
 * the value found (shortened), what the column allows (the dropdown's labels, a format) and, when
 * one is obvious, the fix (the label that was meant). Added as params; messages compose them.
 */
function describeIssues(sheets: readonly MatchedSheet[], lists: ImportIssue[][]): void {
  const bySheet = new Map(sheets.map((m) => [m.grid.name, m]));
  const rowsOf = new Map<MatchedSheet, Map<number, GridRow>>();
  for (const list of lists) {
    for (const issue of list) {
      const m = bySheet.get(issue.sheet);
      if (!m || !issue.column) continue;
      const col = columnPlan(m).columns.find((c) => c.letter === issue.column);
      if (!col) continue;
      let rows = rowsOf.get(m);
      if (!rows) rowsOf.set(m, (rows = new Map(m.grid.rows.map((r) => [r.row, r]))));
      const header = cellText(m.grid.rows[m.headerIndex]?.cells[col.index]).replace(/\s+/g, ' ').replace(/[*＊]+$/, '').trim();
      const value = cellText(rows.get(issue.row)?.cells[col.index]).trim();
      const params: Record<string, string | number> = { ...issue.params };
      if (header) params.header = header.slice(0, 60);
      if (value) params.value = value.length > 50 ? `${value.slice(0, 50)}…` : value;
      const labels = allowedLabels(col.kind);
      if (labels) {
        params.allowed = labels.join('、');
        const fix = value ? likelyLabel(labels, value) : undefined;
        if (fix) params.fix = fix;
      } else if (typeof col.kind !== 'object' && FORMATS[col.kind] && issue.code !== 'validation.required') params.format = FORMATS[col.kind]!;
      issue.params = params;
    }
  }
}

/**
 * Parses a workbook's grids: never throws on content, every problem comes back as an issue.
 * `scheme` is the classification tree that splits 信息资源分类 codes (the workspace profile's).
 */
export function parseGrids(grids: readonly SheetGrid[], scheme: ClassificationScheme = 'national1272'): ParseResult {
  const match = detectLayout([LAYOUT_SPECS['1272'], LAYOUT_SPECS.modern], grids);
  if (!match) {
    const sheet = grids[0]?.name ?? '';
    return { entries: [], issues: [{ sheet, row: 0, column: '', code: 'exchange.noHeader' }], items: 0, covered: [] };
  }
  const issues = match.sheets.flatMap((s) => s.issues);
  const [first, second] = match.sheets as [MatchedSheet, MatchedSheet | undefined];
  const drafts = second ? groupModern(first, second, issues, scheme) : groupCombined(first, issues, scheme);
  const missing = new Set<Target>();
  for (const s of match.sheets) for (const c of s.spec.columns) if (c.required && !s.columns.has(c.target)) missing.add(c.target);
  const entries = drafts.map((d) => finish(d, missing));
  describeIssues(match.sheets, [issues, ...entries.map((e) => e.issues)]);
  const covered = [...new Set(match.sheets.flatMap((s) => [...s.columns.keys()]))];
  return { layout: match.layout, entries, issues, items: drafts.reduce((n, d) => n + d.items.length, 0), covered };
}
