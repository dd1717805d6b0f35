import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, callError, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { richEntries, writeWorkbook } from '../../../tests/helpers/workbooks';
import { runFuzz } from '../../../tests/generators/workbook-fuzz-run';
import { reorderZip } from '../../../tests/generators/workbook-fuzz';
import { MAX_REPORTED_ERRORS } from './importer';
import { checkContainer, MAX_FILE_BYTES } from './files';

/** A local zip record (no directory entry) holding `data`, stored, or already deflated with its inflated size. */
function localRecord(name: string, data: Buffer, size = data.length, deflated = false): Buffer {
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(20, 4);
  head.writeUInt16LE(deflated ? 8 : 0, 8);
  head.writeUInt32LE(deflated ? 0 : crc32(data), 14);
  head.writeUInt32LE(data.length, 18);
  head.writeUInt32LE(size, 22);
  head.writeUInt16LE(Buffer.byteLength(name), 26);
  return Buffer.concat([head, Buffer.from(name), data]);
}

const eocdOf = (b: Buffer) => b.lastIndexOf(Buffer.from('504b0506', 'hex'));

/** The zip with `record` put just before its central directory, which does not list it. */
function insertBeforeDirectory(bytes: Buffer, record: Buffer): Buffer {
  const eocd = eocdOf(bytes);
  const directory = bytes.readUInt32LE(eocd + 16);
  const out = Buffer.concat([bytes.subarray(0, directory), record, bytes.subarray(directory)]);
  out.writeUInt32LE(directory + record.length, eocd + record.length + 16);
  return out;
}

/** The zip with its n-th directory entry listed twice (under a second name), both at one record. */
function duplicateListing(bytes: Buffer, n: number): Buffer {
  const eocd = eocdOf(bytes);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < n; i++) at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  const entry = Buffer.from(bytes.subarray(at, at + 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)));
  entry.write('X', 46);
  const out = Buffer.concat([bytes.subarray(0, eocd), entry, bytes.subarray(eocd)]);
  const newEocd = eocd + entry.length;
  out.writeUInt16LE(out.readUInt16LE(newEocd + 8) + 1, newEocd + 8);
  out.writeUInt16LE(out.readUInt16LE(newEocd + 10) + 1, newEocd + 10);
  out.writeUInt32LE(out.readUInt32LE(newEocd + 12) + entry.length, newEocd + 12);
  return out;
}

const HEADER = ['信息资源名称*', '信息资源提供方*', '信息资源摘要*', '信息资源格式分类*', '信息资源格式类型*', '信息项名称*', '数据类型*', '数据长度*', '共享类型*', '是否向社会开放*', '更新周期*', '发布日期'];
const good = (name: string, date: ExcelJS.CellValue = null): ExcelJS.CellValue[] => [name, '伊川县数据局', '摘要', '数据库', 'mysql', '姓名', '字符型C', '50', '无条件共享', '否', '每日', date];

describe('bad input: no crash, a clear report, nothing written', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let ws: string;

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    ws = join(dir, 'ws');
    core = await initialisedCore(ws);
    for (const entry of richEntries()) await call(core, 'catalogue.create', { entry });
  });
  afterAll(async () => {
    await core.close();
    cleanup();
  });

  const file = (name: string, bytes: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  const previewError = async (path: string) => (await callError(core, 'exchange.importPreview', { path })).code;

  it('refuses what is not an xlsx workbook, with a typed error', async () => {
    expect(await previewError(file('csv.xlsx', '信息资源名称,提供方\n人口,伊川\n'))).toBe('EXCHANGE_NOT_XLSX');
    expect(await previewError(file('png.xlsx', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')))).toBe('EXCHANGE_NOT_XLSX');
    expect(await previewError(file('empty.xlsx', ''))).toBe('EXCHANGE_NOT_XLSX');
    // An encrypted xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage.
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1536)]);
    expect(await previewError(file('locked.xlsx', cfb))).toBe('EXCHANGE_ENCRYPTED');
    const zipHead = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(100, 7)]);
    expect(await previewError(file('corrupt.xlsx', zipHead))).toBe('EXCHANGE_CORRUPT');
  });

  it('caps the file size and the size the zip declares, and says so', async () => {
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    const tooBig = await callError(core, 'exchange.importPreview', { path: big });
    expect(tooBig.code).toBe('EXCHANGE_TOO_LARGE');
    expect(tooBig.message).toContain('50');
    // A zip bomb: a member that claims 2 GB when inflated is refused before anything inflates it.
    await writeWorkbook(join(dir, 'small.xlsx'), [{ name: '目录', rows: [HEADER, good('甲')] }]);
    const bytes = readFileSync(join(dir, 'small.xlsx'));
    const central = bytes.indexOf(Buffer.from('504b0102', 'hex'));
    bytes.writeUInt32LE(0x7fffffff, central + 24);
    expect(await previewError(file('bomb.xlsx', bytes))).toBe('EXCHANGE_TOO_LARGE');
  });

  it('refuses a zip whose records and directory disagree, before any parser reads it', async () => {
    await writeWorkbook(join(dir, 'plain.xlsx'), [{ name: '目录', rows: [HEADER, good('甲')] }]);
    const bytes = readFileSync(join(dir, 'plain.xlsx'));
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>暗藏${i}</t></is></c></row>`).join('');
    const hidden = localRecord('xl/worksheets/sheet1.xml', Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`));
    const cases: Record<string, Buffer> = {
      // A record the directory does not list, where the streaming reader will meet it.
      unlisted: insertBeforeDirectory(bytes, hidden),
      // Two listings of one record.
      overlapping: duplicateListing(bytes, 0),
      // A record whose own header declares another (huge) size than its listing.
      hugeLocal: (() => {
        const b = Buffer.from(bytes);
        b.writeUInt32LE(0x7fffffff, 18);
        return b;
      })(),
    };
    for (const [name, b] of Object.entries(cases)) {
      const error = await callError(core, 'exchange.importPreview', { path: file(`${name}.xlsx`, b) });
      expect(error.code, name).toBe('EXCHANGE_ZIP_MISMATCH');
      expect(error.message, name).toContain('压缩包目录');
    }
    core.setLocale('en');
    expect((await callError(core, 'exchange.importPreview', { path: join(dir, 'unlisted.xlsx') })).message).toContain('does not match the zip’s directory');
    core.setLocale('zh-CN');
    // The untouched workbook still reads.
    expect((await call(core, 'exchange.importPreview', { path: join(dir, 'plain.xlsx') })).summary.resources).toBe(1);
  });

  it('counts an unlisted record against the inflation cap: a small file inflating to 500 MB is refused at once', async () => {
    await writeWorkbook(join(dir, 'plain-bomb.xlsx'), [{ name: '目录', rows: [HEADER, good('甲')] }]);
    const bytes = readFileSync(join(dir, 'plain-bomb.xlsx'));
    // 500 MB of "<" as 500 independent deflate blocks of 1 MB, then an empty final block: ~0.5 MB.
    const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x3c), { finishFlush: constants.Z_SYNC_FLUSH });
    const stream = Buffer.concat([...Array.from({ length: 500 }, () => block), deflateRawSync(Buffer.alloc(0))]);
    const bomb = insertBeforeDirectory(bytes, localRecord('xl/worksheets/sheet1.xml', stream, 500 * 1024 * 1024, true));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    expect(() => checkContainer(bomb)).toThrow(expect.objectContaining({ code: 'EXCHANGE_ZIP_MISMATCH' }));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('checks paths: absolute, .xlsx, an existing plain file, no links', async () => {
    expect(await previewError('relative.xlsx')).toBe('EXCHANGE_BAD_PATH');
    expect(await previewError(join(dir, 'a.csv'))).toBe('EXCHANGE_BAD_PATH');
    expect(await previewError(join(dir, 'missing.xlsx'))).toBe('EXCHANGE_FILE_NOT_FOUND');
    mkdirSync(join(dir, 'folder.xlsx'));
    expect(await previewError(join(dir, 'folder.xlsx'))).toBe('EXCHANGE_BAD_PATH');
    await writeWorkbook(join(dir, 'real.xlsx'), [{ name: '目录', rows: [HEADER, good('甲')] }]);
    symlinkSync(join(dir, 'real.xlsx'), join(dir, 'link.xlsx'));
    expect(await previewError(join(dir, 'link.xlsx'))).toBe('EXCHANGE_BAD_PATH');
    expect((await callError(core, 'exchange.export', { layout: '1272', path: join(dir, 'folder.xlsx') })).code).toBe('EXCHANGE_BAD_PATH');
    expect((await callError(core, 'exchange.export', { layout: '1272', path: join(dir, 'no', 'such', 'x.xlsx') })).code).toBe('EXCHANGE_BAD_PATH');
  });

  it('says each refusal in the officer’s words: header, value, what is allowed and the likely fix', async () => {
    const path = join(dir, 'words.xlsx');
    const typo = good('乙');
    typo[8] = '无条件共享资源'; // 共享类型: holds one label only, 无条件共享
    const long = good('丙');
    long[0] = '很'.repeat(201); // 信息资源名称 beyond its length
    await writeWorkbook(path, [{ name: '目录', rows: [HEADER, good('甲'), typo, long] }]);
    const r = await call(core, 'exchange.importPreview', { path });
    const type = r.errors.find((e) => e.row === 3)!;
    expect(type).toMatchObject({ sheet: '目录', column: 'I', code: 'validation.enum', header: '共享类型', value: '无条件共享资源', allowed: '无条件共享、有条件共享、不予共享', fix: '无条件共享' });
    expect(type.message).toBe('“共享类型”列：请选择列表中的值；填写的是“无条件共享资源”；可填写：无条件共享、有条件共享、不予共享；是否应为“无条件共享”？');
    const name = r.errors.find((e) => e.row === 4)!;
    expect(name).toMatchObject({ column: 'A', code: 'validation.tooLong', header: '信息资源名称' });
    expect(name.message).toMatch(/^“信息资源名称”列：超出长度上限；填写的是“很{50}…”；最多 \d+ 个字$/);
    // No message is a developer code alone.
    for (const e of r.errors) expect(e.message).not.toBe(e.code);
  });

  it('refuses a resident identity number sample value with a wrong check character at its cell, in zh-CN and en', async () => {
    const path = join(dir, 'samples.xlsx');
    const id = (name: string, sample: string): ExcelJS.CellValue[] => {
      const r = good(name);
      r[5] = '公民身份号码';
      r[7] = '18';
      return [...r, sample];
    };
    await writeWorkbook(path, [{ name: '目录', rows: [[...HEADER, '示例值'], id('户籍甲', '410329199003071231'), id('户籍乙', '410329199003071232')] }]);
    const r = await call(core, 'exchange.importPreview', { path });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ sheet: '目录', row: 3, column: 'M', code: 'exchange.idNumberChecksum', header: '示例值' });
    expect(r.errors[0]!.message).toContain('公民身份号码 410329199003071232 校验位不符（GB 11643）');
    expect(r.summary).toMatchObject({ resources: 2, invalid: 1 });
    core.setLocale('en');
    const en = await call(core, 'exchange.importPreview', { path });
    core.setLocale('zh-CN');
    expect(en.errors[0]!.message).toContain('The resident identity number 410329199003071232 fails its GB 11643 check character');
    // Nothing is applied while a refusal stands.
    expect((await callError(core, 'exchange.importApply', { path, expectSha256: r.sha256 })).code).toBe('EXCHANGE_HAS_ERRORS');
  });

  it('reports an empty workbook and a sheet that is not a template', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const empty = file('blank.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await call(core, 'exchange.importPreview', { path: empty });
    expect(r.errors.map((e) => e.code)).toEqual(['exchange.noHeader']);
    expect(r.summary.resources).toBe(0);
  });

  it('caps a report of 10,000 problems and says how many more', async () => {
    // 5,000 rows with two bad cells each.
    const rows = [HEADER, ...Array.from({ length: 5_000 }, (_, i) => [`资源${i}`, '伊川县数据局', '摘要', '数据库', 'mysql', '姓名', '字符型X', 'abc', '无条件共享', '否', '每日'])];
    const path = join(dir, 'errors.xlsx');
    await writeWorkbook(path, [{ name: '目录', rows }]);
    const r = await call(core, 'exchange.importPreview', { path });
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(r.moreErrors).toBe(10_000 - MAX_REPORTED_ERRORS);
    expect(r.summary).toMatchObject({ resources: 5_000, invalid: 5_000, added: 0 });
    expect(r.errors[0]).toMatchObject({ row: 2, column: 'G', code: 'validation.enum' });
    const applied = await callError(core, 'exchange.importApply', { path, expectSha256: r.sha256 });
    expect(applied.code).toBe('EXCHANGE_HAS_ERRORS');
    expect(applied.message).toContain('10000');
  }, 60_000);

  it('takes dates as Excel dates, serial numbers or text, and reads cached formula results', async () => {
    const path = join(dir, 'dates.xlsx');
    const formula = { formula: 'CONCAT("伊川","县数据局")', result: '伊川县数据局' } as ExcelJS.CellFormulaValue;
    const withFormula = good('丁', '2024-03-01');
    withFormula[1] = formula;
    await writeWorkbook(path, [{ name: '目录', rows: [HEADER, good('甲', new Date(Date.UTC(2024, 2, 1))), good('乙', 45352), good('丙', '2024/3/1'), withFormula] }]);
    const r = await call(core, 'exchange.importPreview', { path });
    expect(r.errors).toEqual([]);
    expect(r.summary.added).toBe(4);
    const applied = await call(core, 'exchange.importApply', { path, expectSha256: r.sha256 });
    expect(applied.added).toBe(4);
    const list = await call(core, 'catalogue.list', { sort: 'name', order: 'asc', limit: 500 });
    const dated = await Promise.all(list.rows.filter((x) => ['甲', '乙', '丙', '丁'].includes(x.name)).map((x) => call(core, 'catalogue.get', { id: x.id })));
    expect(dated.map((e) => [e.publishedOn, e.provider])).toEqual(Array(4).fill(['2024-03-01', '伊川县数据局']));
    const audit = await call(core, 'audit.list', { limit: 1 });
    expect(audit.rows[0]).toMatchObject({ action: 'exchange.import', entityType: 'import' });
  });

  it('reads a workbook whose shared strings come before its sheets and workbook.xml last', async () => {
    await writeWorkbook(join(dir, 'ordered.xlsx'), [{ name: '目录', rows: [HEADER, good('壬')] }]);
    // exceljs's streaming reader fails on this order (exceljs itself writes it now and then).
    const rank = (n: string) => (n === 'xl/workbook.xml' ? 2 : n === 'xl/sharedStrings.xml' || n.endsWith('.rels') ? 0 : 1);
    const bytes = reorderZip(readFileSync(join(dir, 'ordered.xlsx')), (names) =>
      names.map((n, i) => ({ n, i })).sort((a, b) => rank(a.n) - rank(b.n)).map((x) => x.i),
    );
    const r = await call(core, 'exchange.importPreview', { path: file('reordered.xlsx', bytes) });
    expect(r.errors).toEqual([]);
    expect(r.entries).toMatchObject([{ name: '壬', status: 'added' }]);
  });

  it('reports a formula without a cached result at its cell', async () => {
    const path = join(dir, 'formula.xlsx');
    const row = good('戊');
    row[7] = { formula: 'LEN(A2)' } as ExcelJS.CellFormulaValue;
    await writeWorkbook(path, [{ name: '目录', rows: [HEADER, row] }]);
    const r = await call(core, 'exchange.importPreview', { path });
    expect(r.errors).toMatchObject([{ row: 2, column: 'H', code: 'exchange.formulaNoResult' }]);
  });

  it('survives merged cells in odd places', async () => {
    const path = join(dir, 'merged.xlsx');
    await writeWorkbook(path, [{ name: '目录', rows: [['标题'], HEADER, good('己'), good('己'), good('庚')], merges: ['A1:L1', 'A3:A4', 'C4:F5', 'K2:L3'] }]);
    const r = await call(core, 'exchange.importPreview', { path });
    expect(r.summary.resources).toBeGreaterThan(0);
    expect(r.errors.every((e) => e.sheet === '目录' && e.row >= 2)).toBe(true);
  });

  it('answers 30 fuzzed workbooks (fixed seed) with reports or typed errors and writes nothing', async () => {
    const scratch = join(dir, 'fuzz');
    mkdirSync(scratch);
    const outcome = await runFuzz({ core, workspaceDir: ws, scratchDir: scratch, seed: 7, cases: 30 });
    expect(outcome.failures).toEqual([]);
    expect(outcome.cases).toBe(30);
    expect(outcome.reports).toBeGreaterThan(0);
    expect(Object.keys(outcome.typedErrors).length).toBeGreaterThan(0);
  }, 120_000);
});
