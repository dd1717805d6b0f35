/**
 * Rows → catalogue entries (DOMAIN §7): finds the layout and header, reads each cell for its
 * column, groups rows into entries (by resource code, else by name; blank or merged resource cells
 * continue the resource above), and validates each entry with the same `entryInputSchema` the
 * forms use, every issue pointed back at its cell.
 */
import { entryInputSchema, type EntryValues } from '../domain/entry';
import { issuesFromZod } from '../ipc/errors';
import { readCell } from './cells';
import { LAYOUT_SPECS, columnLetter, type LayoutId, type Target } from './columns';
import { cellText, isBlank, type GridRow, type ImportIssue, type SheetGrid } from './grid';
import { detectLayout, type MatchedSheet } from './header';
import { labelKey } from './normalise';

interface Loc {
  sheet: string;
  row: number;
  column: string;
}

type Fields = Record<string, unknown>;

interface ItemDraft {
  fields: Fields;
  locs: Record<string, Loc>;
  row: Loc;
}

interface Draft {
  sheet: string;
  firstRow: number;
  rows: number[];
  code?: string;
  fields: Fields;
  locs: Record<string, Loc>;
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
  return row.cells.some((c) => typeof c === 'string' && labelKey(c) === END_FLAG);
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
  entry: Fields;
  item: Fields;
  keys: Partial<Record<'code' | 'entryName', string>>;
  locs: Record<string, Loc>;
  openYes: boolean;
  issues: ImportIssue[];
}

function readRow(m: MatchedSheet, row: GridRow): RowValues {
  const out: RowValues = { entry: {}, item: {}, keys: {}, locs: {}, openYes: false, issues: [] };
  for (const [target, { index, spec }] of m.columns) {
    const loc = { sheet: m.grid.name, row: row.row, column: columnLetter(index) };
    out.locs[target] = loc;
    const cell = row.cells[index];
    const read = readCell(cell, spec.kind);
    if ('problem' in read) {
      out.issues.push({ ...loc, code: read.problem, ...(read.params ? { params: read.params } : {}) });
      continue;
    }
    if (read.value === undefined) continue;
    const [scope, field] = target.split('.') as [string, string];
    if (scope === 'entry') out.entry[field] = read.value;
    else if (scope === 'item') out.item[field] = read.value;
    else if (scope === 'key') out.keys[field as 'code' | 'entryName'] = String(read.value);
    if (target === 'entry.openType' && labelKey(cellText(cell)) === '是') out.openYes = true;
  }
  return out;
}

function newDraft(sheet: string, rv: RowValues, row: number): Draft {
  return {
    sheet,
    firstRow: row,
    rows: [row],
    code: rv.keys.code,
    fields: { ...rv.entry },
    locs: Object.fromEntries(Object.entries(rv.locs).filter(([t]) => t.startsWith('entry.')).map(([t, l]) => [t.slice(6), l])),
    items: [],
    issues: [...rv.issues],
    openYes: rv.openYes,
  };
}

function itemFrom(rv: RowValues, sheet: string, row: number): ItemDraft | undefined {
  if (Object.keys(rv.item).length === 0) return undefined;
  const locs = Object.fromEntries(Object.entries(rv.locs).filter(([t]) => t.startsWith('item.')).map(([t, l]) => [t.slice(5), l]));
  return { fields: { ...rv.item }, locs, row: { sheet, row, column: '' } };
}

/**
 * Merges a later row's resource cells into its entry. Blank cells inherit; a different share/open
 * attribute is the item's own (1272 repeats them per item) unless the file has item-level columns;
 * any other difference is reported on the cell.
 */
function mergeResourceRow(d: Draft, rv: RowValues, item: ItemDraft | undefined, m: MatchedSheet): void {
  d.issues.push(...rv.issues);
  for (const [field, value] of Object.entries(rv.entry)) {
    const loc = rv.locs[`entry.${field}`] as Loc;
    const current = d.fields[field];
    if (current === undefined) {
      d.fields[field] = value;
      d.locs[field] = loc;
    } else if (JSON.stringify(current) !== JSON.stringify(value)) {
      const shareOpen = (SHARE_OPEN as readonly string[]).includes(field);
      if (shareOpen && item && !m.columns.has(`item.${field}` as Target)) {
        item.fields[field] = value;
        item.locs[field] = loc;
      } else d.issues.push({ ...loc, code: 'exchange.inconsistentResource', params: { value: String(current).slice(0, 50) } });
    }
  }
}

/** 1272: one row per item; rows of one resource share its code (or, without one, its name). */
function groupCombined(m: MatchedSheet, issues: ImportIssue[]): Draft[] {
  const byKey = new Map<string, Draft>();
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const row of dataRows(m)) {
    const rv = readRow(m, row);
    const name = rv.entry.name as string | undefined;
    const code = rv.keys.code;
    let draft: Draft | undefined;
    if (!name && !code) draft = current;
    else if (!code && current && current.fields.name === name) draft = current;
    else draft = byKey.get(code ? `code:${code}` : `name:${name}`);
    const item = itemFrom(rv, m.grid.name, row.row);
    if (!draft) {
      if (!name && !code) {
        issues.push({ sheet: m.grid.name, row: row.row, column: '', code: 'exchange.orphanRow' });
        continue;
      }
      draft = newDraft(m.grid.name, rv, row.row);
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
function groupModern(resources: MatchedSheet, items: MatchedSheet, issues: ImportIssue[]): Draft[] {
  const drafts: Draft[] = [];
  const byCode = new Map<string, Draft>();
  const byName = new Map<string, Draft>();
  for (const row of dataRows(resources)) {
    const rv = readRow(resources, row);
    const d = newDraft(resources.grid.name, rv, row.row);
    const name = rv.entry.name as string | undefined;
    const dup = (rv.keys.code && byCode.get(rv.keys.code)) || (!rv.keys.code && name && byName.get(name));
    if (dup) d.issues.push({ sheet: resources.grid.name, row: row.row, column: '', code: 'exchange.duplicateResource', params: { row: dup.firstRow } });
    if (rv.keys.code && !byCode.has(rv.keys.code)) byCode.set(rv.keys.code, d);
    if (name && !byName.has(name)) byName.set(name, d);
    drafts.push(d);
  }
  for (const row of dataRows(items)) {
    const rv = readRow(items, row);
    const owner = (rv.keys.code && byCode.get(rv.keys.code)) || (rv.keys.entryName && byName.get(rv.keys.entryName));
    const item = itemFrom(rv, items.grid.name, row.row);
    if (!owner) {
      const loc = rv.locs['key.entryName'] ?? { sheet: items.grid.name, row: row.row, column: '' };
      issues.push({ ...loc, code: 'exchange.unknownResource', params: { name: (rv.keys.entryName ?? rv.keys.code ?? '').slice(0, 50) } });
      continue;
    }
    owner.issues.push(...rv.issues);
    if (item) owner.items.push(item);
  }
  return drafts;
}

function locate(d: Draft, path: (string | number)[]): Loc {
  const first = { sheet: d.sheet, row: d.firstRow, column: '' };
  if (path[0] === 'items') {
    const i = path[1];
    const item = typeof i === 'number' ? d.items[i] : undefined;
    if (!item) return d.items.length ? { ...first, column: d.locs.name?.column ?? '' } : first;
    const field = typeof path[2] === 'string' ? path[2] : 'name';
    return item.locs[field] ?? d.locs[field] ?? item.row;
  }
  const field = String(path[0] ?? '');
  return d.locs[field] ?? first;
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
  const parsed = entryInputSchema.safeParse(input);
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
      issues.push({ ...loc, code });
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

/** Parses a workbook's grids: never throws on content, every problem comes back as an issue. */
export function parseGrids(grids: readonly SheetGrid[]): ParseResult {
  const match = detectLayout([LAYOUT_SPECS['1272'], LAYOUT_SPECS.modern], grids);
  if (!match) {
    const sheet = grids[0]?.name ?? '';
    return { entries: [], issues: [{ sheet, row: 0, column: '', code: 'exchange.noHeader' }], items: 0, covered: [] };
  }
  const issues = match.sheets.flatMap((s) => s.issues);
  const [first, second] = match.sheets as [MatchedSheet, MatchedSheet | undefined];
  const drafts = second ? groupModern(first, second, issues) : groupCombined(first, issues);
  const missing = new Set<Target>();
  for (const s of match.sheets) for (const c of s.spec.columns) if (c.required && !s.columns.has(c.target)) missing.add(c.target);
  const entries = drafts.map((d) => finish(d, missing));
  const covered = [...new Set(match.sheets.flatMap((s) => [...s.columns.keys()]))];
  return { layout: match.layout, entries, issues, items: drafts.reduce((n, d) => n + d.items.length, 0), covered };
}
