import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue, GridRow, SheetGrid } from '@shared/exchange/grid';
import { AppError } from '@shared/ipc/errors';
import { checkContainer } from './files';
import { worksheetsLast } from './zip-order';

/** Rows per sheet an import reads at most (1,000 resources × 10 items is 10,000). */
export const MAX_ROWS = 100_000;
/** Columns read per row: templates have about 40; the rest of a wide sheet is ignored. */
export const MAX_COLUMNS = 256;
export const MAX_SHEETS = 64;
/** Far above the 2 s a 10,000-row file takes. */
const READ_TIMEOUT_MS = 120_000;

/** One exceljs cell value as a plain one: formulas give their cached result, links and rich text their text. */
export function plainCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if ('error' in o) return { error: String(o.error) };
  if ('formula' in o || 'sharedFormula' in o) {
    return o.result === undefined || o.result === null ? { error: 'formula' } : plainCell(o.result);
  }
  if (Array.isArray(o.richText)) return o.richText.map((r) => String((r as { text?: unknown }).text ?? '')).join('');
  if ('text' in o) return plainCell(o.text);
  return null;
}

/**
 * A row's cells from exceljs's 1-based `values` (values[1] is column A), converted in place: the
 * array is a fresh copy per row, and a second array per row of a large file is GC work for nothing.
 */
function cellsOf(values: unknown): CellValue[] {
  if (!Array.isArray(values)) return [];
  const cells = values as unknown[];
  cells.shift();
  if (cells.length > MAX_COLUMNS) cells.length = MAX_COLUMNS;
  for (let c = 0; c < cells.length; c++) cells[c] = plainCell(cells[c]);
  return cells as CellValue[];
}

type StreamRow = { number: number; values: unknown[] };
type StreamSheet = AsyncIterable<StreamRow> & { name?: string };

/**
 * Reads every sheet of an xlsx into plain grids with exceljs's streaming reader (it is faster than
 * loading the whole model, and reads no merges, validations or drawings we would ignore anyway:
 * merged resource cells arrive blank and the mapping fills them down). Throws only typed errors.
 */
export async function readGrids(bytes: Buffer): Promise<SheetGrid[]> {
  checkContainer(bytes);
  // A backstop: a parser that stalls must not leave the preview waiting forever.
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('EXCHANGE_CORRUPT', { reason: 'the workbook could not be read in time' })), READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([streamOrLoad(bytes), stalled]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The streaming reader needs workbook.xml before the sheets and fails on zips ordered otherwise
 * (seen on exceljs's own output now and then): it gets the members in reading order
 * (zip-order.ts), and a zip that still fails is read again with the full loader.
 */
async function streamOrLoad(bytes: Buffer): Promise<SheetGrid[]> {
  try {
    return await streamGrids(worksheetsLast(bytes));
  } catch (err) {
    if (err instanceof AppError && err.code !== 'EXCHANGE_CORRUPT') throw err;
    return loadGrids(bytes);
  }
}

/** Nodes of a sheet the import never reads: skipping them keeps a hostile range (A1:XFD1048576) harmless. */
const IGNORED_NODES = ['dataValidations', 'mergeCells', 'hyperlinks', 'conditionalFormatting', 'extLst', 'drawing', 'picture', 'legacyDrawing', 'tableParts', 'autoFilter'];

async function loadGrids(bytes: Buffer): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES, maxRows: MAX_ROWS + 1, maxCols: 16384 } as never);
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    if (/Max .* count .* exceeded/i.test(message) && /row/i.test(message)) throw new AppError('EXCHANGE_TOO_MANY_ROWS', { limit: MAX_ROWS });
    throw new AppError('EXCHANGE_CORRUPT', { reason: message.slice(0, 120) });
  }
  return wb.worksheets.slice(0, MAX_SHEETS).map((ws) => {
    const rows: GridRow[] = [];
    ws.eachRow((row) => {
      if (rows.length >= MAX_ROWS) throw new AppError('EXCHANGE_TOO_MANY_ROWS', { limit: MAX_ROWS });
      rows.push({ row: row.number, cells: cellsOf(row.values) });
    });
    return { name: ws.name, rows };
  });
}

/** exceljs's streaming read alone (exported for the zip-order tests). */
export async function streamGrids(bytes: Buffer): Promise<SheetGrid[]> {
  const grids: SheetGrid[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]);
    for await (const sheet of reader as unknown as AsyncIterable<StreamSheet>) {
      if (grids.length >= MAX_SHEETS) break;
      const rows: GridRow[] = [];
      for await (const row of sheet) {
        if (rows.length >= MAX_ROWS) throw new AppError('EXCHANGE_TOO_MANY_ROWS', { limit: MAX_ROWS });
        rows.push({ row: row.number, cells: cellsOf(row.values) });
      }
      grids.push({ name: String(sheet.name ?? `Sheet${grids.length + 1}`), rows });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('EXCHANGE_CORRUPT', { reason: String((err as Error)?.message ?? err).slice(0, 120) });
  }
  return grids;
}
