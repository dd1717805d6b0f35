import { columnLetter, type ColumnSpec, type LayoutId, type LayoutSpec, type SheetSpec, type Target } from './columns';
import { cellText, isBlank, type GridRow, type ImportIssue, type SheetGrid } from './grid';
import { labelKey } from './normalise';

/** Header rows are looked for among the first rows only: templates put at most a title and notes above. */
export const HEADER_SCAN_ROWS = 30;

/** A sheet matched to a sheet of a layout: where its header is and which column holds what. */
export interface MatchedSheet {
  spec: SheetSpec;
  grid: SheetGrid;
  /** Index into grid.rows of the header row. */
  headerIndex: number;
  /** Column index of each target found (the first one when a header repeats). */
  columns: Map<Target, { index: number; spec: ColumnSpec }>;
  issues: ImportIssue[];
}

const keyIndexes = new WeakMap<SheetSpec, Map<string, ColumnSpec>>();

function keyIndex(spec: SheetSpec): Map<string, ColumnSpec> {
  let index = keyIndexes.get(spec);
  if (!index) {
    index = new Map();
    for (const c of spec.columns) for (const h of [c.header, ...(c.aliases ?? [])]) if (!index.has(labelKey(h))) index.set(labelKey(h), c);
    keyIndexes.set(spec, index);
  }
  return index;
}

/**
 * Matches one row as a header. A blank cell takes the text above it, as two-row headers put a
 * vertically merged name (信息资源名称) only in the upper row.
 */
function matchRow(spec: SheetSpec, row: GridRow, above: GridRow | undefined) {
  const index = keyIndex(spec);
  const found = new Map<Target, { index: number; spec: ColumnSpec }>();
  const duplicates: { index: number; spec: ColumnSpec }[] = [];
  const width = Math.max(row.cells.length, above?.cells.length ?? 0);
  for (let i = 0; i < width; i++) {
    const own = row.cells[i];
    const text = isBlank(own) ? cellText(above?.cells[i]) : cellText(own);
    const col = index.get(labelKey(text));
    if (!col) continue;
    if (col.target !== 'ignore' && found.has(col.target)) duplicates.push({ index: i, spec: col });
    else found.set(col.target === 'ignore' ? (`ignore#${i}` as Target) : col.target, { index: i, spec: col });
  }
  return { found, duplicates };
}

/** The best header row of `grid` for `spec`, or undefined when the sheet does not look like it. */
export function matchSheet(spec: SheetSpec, grid: SheetGrid): (MatchedSheet & { score: number }) | undefined {
  let best: (MatchedSheet & { score: number }) | undefined;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] as GridRow;
    const prev = grid.rows[r - 1];
    const above = prev && prev.row === row.row - 1 ? prev : undefined;
    const { found, duplicates } = matchRow(spec, row, above);
    if (!spec.anchors.every((a) => found.has(a))) continue;
    const score = found.size;
    if (score < 3 || (best && best.score >= score)) continue;
    const columns = new Map([...found].filter(([t]) => !t.startsWith('ignore')));
    const issues: ImportIssue[] = duplicates.map((d) => ({
      sheet: grid.name,
      row: row.row,
      column: columnLetter(d.index),
      code: 'exchange.duplicateColumn',
      params: { header: d.spec.header },
    }));
    // A 1272 sheet without any item column lists resources only (files, services): not an error here,
    // the entry rules still ask for items where the format needs them.
    const hasItems = [...columns.keys()].some((t) => t.startsWith('item.'));
    for (const c of spec.columns) {
      if (c.required && !columns.has(c.target) && (hasItems || !c.target.startsWith('item.'))) {
        issues.push({ sheet: grid.name, row: row.row, column: '', code: 'exchange.missingColumn', params: { header: c.header } });
      }
    }
    best = { spec, grid, headerIndex: r, columns, issues, score };
  }
  return best;
}

export interface LayoutMatch {
  layout: LayoutId;
  sheets: MatchedSheet[];
  score: number;
}

/** The layout the workbook follows: every sheet of the layout matched to a distinct sheet, best score wins. */
export function detectLayout(layouts: readonly LayoutSpec[], grids: readonly SheetGrid[]): LayoutMatch | undefined {
  let best: LayoutMatch | undefined;
  for (const layout of layouts) {
    const used = new Set<SheetGrid>();
    const sheets: MatchedSheet[] = [];
    let score = 0;
    for (const spec of layout.sheets) {
      let pick: (MatchedSheet & { score: number }) | undefined;
      for (const grid of grids) {
        if (used.has(grid)) continue;
        const m = matchSheet(spec, grid);
        if (m && (!pick || m.score > pick.score)) pick = m;
      }
      if (!pick) {
        sheets.length = 0;
        break;
      }
      used.add(pick.grid);
      sheets.push(pick);
      score += pick.score;
    }
    if (sheets.length === layout.sheets.length && (!best || score > best.score)) best = { layout: layout.id, sheets, score };
  }
  return best;
}
