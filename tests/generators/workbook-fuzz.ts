/**
 * Mutations of a valid workbook for the import fuzz test (`npm run fuzz:xlsx`, and a fixed-seed
 * sample in vitest). Each case is a file the preview must answer with a report or a typed error,
 * without writing anything to the workspace.
 */
import ExcelJS from 'exceljs';
import type { Entry } from '@shared/domain/entry';
import { buildWorkbook } from '../../electron/core/exchange/write';
import { mulberry32 as rng } from './random';
import { mutateZip } from './zip-mutations';


type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, list: readonly T[]): T => list[int(r, list.length)] as T;

/** The cells of the base workbook's data sheet, to be mutated and written again. */
interface Sheets {
  names: string[];
  rows: ExcelJS.CellValue[][][];
  merges: string[][];
}

async function toSheets(bytes: Buffer): Promise<Sheets> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Sheets = { names: [], rows: [], merges: [] };
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    out.names.push(ws.name);
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    out.rows.push(rows);
    out.merges.push([]);
  }
  return out;
}

async function fromSheets(s: Sheets): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  s.names.forEach((name, i) => {
    const ws = wb.addWorksheet(name);
    (s.rows[i] ?? []).forEach((r, n) => {
      const row = ws.getRow(n + 1);
      r.forEach((v, c) => {
        if (v !== null && v !== undefined) row.getCell(c + 1).value = v;
      });
    });
    for (const m of s.merges[i] ?? []) {
      try {
        ws.mergeCells(m);
      } catch {
        // Overlapping random merges are refused by exceljs; the case keeps the others.
      }
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const WEIRD_VALUES = (r: Rand): ExcelJS.CellValue[] => [
  'x'.repeat(1 + int(r, 200_000)),
  '＝１＋１　全角',
  -1e308,
  Number.MAX_SAFE_INTEGER * 10,
  0.1 + 0.2,
  new Date(Date.UTC(1899, 11, 31)),
  new Date(Date.UTC(2999, 0, 1)),
  true,
  { error: '#N/A' } as ExcelJS.CellErrorValue,
  { formula: 'SUM(A1:A2)' } as ExcelJS.CellFormulaValue,
  { formula: 'A1', result: '人口' } as ExcelJS.CellFormulaValue,
  { richText: [{ text: '富' }, { text: '文本' }] },
  { text: 'link', hyperlink: 'http://example.invalid' },
  'endFlag',
  '',
  '   ',
  '\u0000\u0001控制字符',
  '字符串型C',
  '2024年13月45日',
  null,
];

type SheetMutation = (r: Rand, s: Sheets) => void;

const sheetIndex = (r: Rand, s: Sheets) => int(r, s.names.length);

const SHEET_MUTATIONS: Record<string, SheetMutation> = {
  cellValue(r, s) {
    const rows = s.rows[sheetIndex(r, s)] ?? [];
    for (let k = 1 + int(r, 5); k > 0; k--) {
      const row = rows[int(r, rows.length)];
      if (row) row[int(r, Math.max(row.length, 1) + 2)] = pick(r, WEIRD_VALUES(r));
    }
  },
  removeColumn(r, s) {
    const rows = s.rows[sheetIndex(r, s)] ?? [];
    const c = int(r, rows[0]?.length ?? 1);
    for (const row of rows) row.splice(c, 1);
  },
  duplicateColumn(r, s) {
    const rows = s.rows[sheetIndex(r, s)] ?? [];
    const c = int(r, rows[0]?.length ?? 1);
    for (const row of rows) row.splice(c, 0, row[c] ?? null);
  },
  reorderColumns(r, s) {
    const rows = s.rows[sheetIndex(r, s)] ?? [];
    const width = Math.max(...rows.map((x) => x.length), 1);
    const order = [...Array(width).keys()].sort(() => r() - 0.5);
    s.rows[s.rows.indexOf(rows)] = rows.map((row) => order.map((c) => row[c] ?? null));
  },
  mergeRanges(r, s) {
    const i = sheetIndex(r, s);
    const rows = s.rows[i] ?? [];
    for (let k = 1 + int(r, 4); k > 0; k--) {
      const top = 1 + int(r, rows.length + 2);
      const left = 1 + int(r, 30);
      s.merges[i]?.push(`${String.fromCharCode(64 + Math.min(left, 26))}${top}:${String.fromCharCode(64 + Math.min(left + int(r, 4), 26))}${top + int(r, 6)}`);
    }
  },
  wrongTypes(r, s) {
    const rows = s.rows[sheetIndex(r, s)] ?? [];
    for (const row of rows.slice(2)) {
      const c = int(r, row.length || 1);
      row[c] = pick(r, [12345, true, new Date(0), { error: '#VALUE!' } as ExcelJS.CellErrorValue, 'Ｃ']);
    }
  },
  dropHeader(r, s) {
    const rows = s.rows[sheetIndex(r, s)] ?? [];
    rows.splice(0, Math.min(rows.length, 1 + int(r, 2)));
  },
  manyErrorRows(r, s) {
    const rows = s.rows[sheetIndex(r, s)] ?? [];
    const template = rows[rows.length - 1] ?? [];
    for (let k = 200 + int(r, 800); k > 0; k--) rows.push(template.map((v, c) => (c % 3 === 0 ? pick(r, ['?', 999, null]) : v)));
  },
  blankAndMarkerRows(r, s) {
    const rows = s.rows[sheetIndex(r, s)] ?? [];
    rows.splice(1 + int(r, rows.length), 0, [], ['endFlag'], []);
  },
  removeSheet(r, s) {
    if (s.names.length < 2) return;
    const i = sheetIndex(r, s);
    s.names.splice(i, 1);
    s.rows.splice(i, 1);
    s.merges.splice(i, 1);
  },
};

type ByteMutation = (r: Rand, b: Buffer) => Buffer;

/**
 * The same zip with its members in another order (data copied as is, offsets rewritten): a valid
 * workbook whose sheets may come before workbook.xml, which exceljs's streaming reader cannot take.
 */
export function reorderZip(b: Buffer, order: (names: string[]) => number[]): Buffer {
  const eocd = b.lastIndexOf(Buffer.from('504b0506', 'hex'));
  const count = b.readUInt16LE(eocd + 10);
  const cdStart = b.readUInt32LE(eocd + 16);
  const entries: { name: string; local: number; central: Buffer }[] = [];
  for (let n = 0, at = cdStart; n < count; n++) {
    const len = 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    entries.push({ name: b.toString('utf8', at + 46, at + 46 + b.readUInt16LE(at + 28)), local: b.readUInt32LE(at + 42), central: Buffer.from(b.subarray(at, at + len)) });
    at += len;
  }
  const offsets = entries.map((e) => e.local).sort((x, y) => x - y);
  const span = (e: (typeof entries)[number]) => b.subarray(e.local, offsets[offsets.indexOf(e.local) + 1] ?? cdStart);
  const parts: Buffer[] = [];
  let pos = 0;
  const sorted = order(entries.map((e) => e.name)).map((i) => entries[i] as (typeof entries)[number]);
  for (const e of sorted) {
    e.central.writeUInt32LE(pos, 42);
    const data = span(e);
    parts.push(data);
    pos += data.length;
  }
  const end = Buffer.from(b.subarray(eocd));
  end.writeUInt32LE(pos, 16);
  return Buffer.concat([...parts, ...sorted.map((e) => e.central), end]);
}

const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  flipBytes(r, b) {
    const out = Buffer.from(b);
    for (let k = 1 + int(r, 20); k > 0; k--) {
      const at = int(r, out.length);
      out[at] = (out[at] as number) ^ (1 << int(r, 8));
    }
    return out;
  },
  truncate: (r, b) => b.subarray(0, int(r, b.length)),
  zeroRange(r, b) {
    const out = Buffer.from(b);
    const at = int(r, out.length);
    out.fill(0, at, Math.min(out.length, at + 1 + int(r, 512)));
    return out;
  },
  spliceJunk(r, b) {
    const at = int(r, b.length);
    const junk = Buffer.from(Array.from({ length: 1 + int(r, 256) }, () => int(r, 256)));
    return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
  },
  reorderEntries: (r, b) => reorderZip(b, (names) => names.map((_, i) => i).sort(() => r() - 0.5)),
  empty: () => Buffer.alloc(0),
  csvRenamed: () => Buffer.from('信息资源名称,信息资源提供方\n人口,伊川县数据局\n'),
  png: () => Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  encryptedContainer: (r) => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512 + int(r, 4096))]),
};

export interface FuzzCase {
  n: number;
  mutation: string;
  bytes: Buffer;
}

/** A valid workbook of `entries` in `layout`, and its cells for the sheet-level mutations. */
export async function fuzzBase(entries: readonly Entry[]): Promise<{ bytes: Buffer[]; sheets: Sheets[] }> {
  const bytes = [await buildWorkbook('1272', entries), await buildWorkbook('modern', entries)];
  return { bytes, sheets: await Promise.all(bytes.map(toSheets)) };
}

/** Case `n` of the run seeded with `seed`: reproducible alone. */
export async function fuzzCase(base: { bytes: Buffer[]; sheets: Sheets[] }, seed: number, n: number): Promise<FuzzCase> {
  const r = rng(seed * 100_003 + n);
  const which = int(r, base.bytes.length);
  if (r() < 0.35) {
    const name = pick(r, Object.keys(BYTE_MUTATIONS));
    return { n, mutation: `bytes.${name}`, bytes: (BYTE_MUTATIONS[name] as ByteMutation)(r, base.bytes[which] as Buffer) };
  }
  const sheets = structuredClone(base.sheets[which] as Sheets);
  const names: string[] = [];
  for (let k = 1 + int(r, 3); k > 0; k--) {
    const name = pick(r, Object.keys(SHEET_MUTATIONS));
    names.push(name);
    (SHEET_MUTATIONS[name] as SheetMutation)(r, sheets);
  }
  return { n, mutation: `sheet.${names.join('+')}`, bytes: await fromSheets(sheets) };
}

/** Case `n` of a zip-level run seeded with `seed` (zip-mutations.ts): reproducible alone. */
export function fuzzZipCase(base: { bytes: Buffer[] }, seed: number, n: number): FuzzCase {
  const r = rng(seed * 100_003 + n);
  const m = mutateZip(r, base.bytes[int(r, base.bytes.length)] as Buffer);
  return { n, mutation: `zip.${m.name}`, bytes: m.bytes };
}
