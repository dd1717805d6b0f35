import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../index';
import { call, callError, fixedTime, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';
import { createCore } from '../index';
import { Connection } from '../db/connection';
import ExcelJS from 'exceljs';
import { richEntries, writeWorkbook } from '../../../tests/helpers/workbooks';

describe('Excel export → import round-trip', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(join(dir, 'ws'));
    for (const entry of richEntries()) await call(core, 'catalogue.create', { entry });
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  for (const layout of ['1272', 'modern'] as const) {
    it(`gives zero changes for the ${layout} layout`, async () => {
      const file = join(dir, `out-${layout}.xlsx`);
      const exported = await call(core, 'exchange.export', { layout, path: file });
      expect(exported).toMatchObject({ resources: 4, items: 13 });
      const preview = await call(core, 'exchange.importPreview', { path: file });
      expect(preview.errors).toEqual([]);
      expect(preview.layout).toBe(layout);
      expect(preview.summary).toMatchObject({ added: 0, changed: 0, unchanged: 4, invalid: 0, resources: 4, items: 13 });
      expect(preview.entries.every((e) => e.changes.length === 0)).toBe(true);
    });
  }

  it('imports an exported catalogue into an empty workspace, equal field by field', async () => {
    const file = join(dir, 'all.xlsx');
    await call(core, 'exchange.export', { layout: '1272', path: file });
    const before = await call(core, 'catalogue.list', { sort: 'code', order: 'asc' });
    const originals = await Promise.all(before.rows.map((r) => call(core, 'catalogue.get', { id: r.id })));

    const other = await initialisedCore(join(dir, 'ws2'), { logger: { info: () => {}, warn: () => {}, error: (m, d) => console.error(m, d) } });
    try {
      const preview = await call(other, 'exchange.importPreview', { path: file });
      expect(preview.summary).toMatchObject({ added: 4, changed: 0, unchanged: 0 });
      const applied = await call(other, 'exchange.importApply', { path: file, expectSha256: preview.sha256 });
      expect(applied).toMatchObject({ added: 4, changed: 0, unchanged: 0 });
      // The source file is kept, content-addressed, beside the workspace database.
      expect(readFileSync(join(dir, 'ws2', 'attachments', preview.sha256.slice(0, 2), preview.sha256))).toEqual(readFileSync(file));
      const after = await call(other, 'catalogue.list', { sort: 'code', order: 'asc' });
      const copies = await Promise.all(after.rows.map((r) => call(other, 'catalogue.get', { id: r.id })));
      const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
      expect(copies.map(strip)).toEqual(originals.map(strip));
      // One audit record per created entry, in creation order, then the import's own.
      const conn = await Connection.open(join(dir, 'ws2', 'workspace.db'), 'readonly');
      const audit = await conn.all<{ action: string; entity_id: string; summary: string }>(
        "SELECT action, entity_id, summary FROM audit_log WHERE action IN ('catalogue.create', 'exchange.import') ORDER BY id",
      );
      const sequence = (await conn.all<{ id: string }>('SELECT id FROM catalogue_entries ORDER BY sequence')).map((r) => r.id);
      await conn.close();
      expect(audit.map((a) => a.action)).toEqual([...sequence.map(() => 'catalogue.create'), 'exchange.import']);
      expect(audit.slice(0, -1).map((a) => a.entity_id)).toEqual(sequence);
      expect(audit.slice(0, -1).map((a) => a.summary)).toEqual(sequence.map((id) => `${copies.find((c) => c.id === id)?.name} (import ${applied.importId})`));
      // Applying the same file again changes nothing.
      const again = await call(other, 'exchange.importPreview', { path: file });
      expect(again.summary).toMatchObject({ added: 0, changed: 0, unchanged: 4 });
    } finally {
      await other.close();
    }
  });

  it('writes blank templates with an instruction sheet and one example row that imports cleanly, with dropdowns and a frozen header', async () => {
    for (const layout of ['1272', 'modern'] as const) {
      const file = join(dir, `template-${layout}.xlsx`);
      await call(core, 'exchange.template', { layout, path: file });
      const preview = await call(core, 'exchange.importPreview', { path: file });
      expect(preview).toMatchObject({ layout, errors: [], summary: { resources: 1, items: 2, invalid: 0 } });
      expect(preview.entries.map((e) => e.name)).toEqual(['示例：企业登记基本信息']);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen' });
      const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
      const lists = Object.values(validations).filter((v) => v.type === 'list');
      expect(lists.length).toBeGreaterThan(0);
      // A hidden sheet's list, or (format type, share method type) the named list of the row's format class.
      expect(lists.every((v) => /^(Lists!|INDIRECT\("(FT|SM)_"&\$[A-Z]+\d+\)$)/.test(v.formulae[0] ?? ''))).toBe(true);
      expect(wb.getWorksheet('Lists')?.state).toBe('hidden');
      const instructions = wb.getWorksheet('填写说明');
      expect(instructions?.state).not.toBe('hidden');
      const lines: string[] = [];
      instructions!.eachRow((row) => lines.push((row.values as unknown[]).slice(1).join(' | ')));
      expect(lines.filter((l) => l.endsWith('| 是 | 从下拉列表选择：无条件共享、有条件共享、不予共享'))).toHaveLength(1);
    }
  });

  it('gives an imported entry a code with the classification prefix the wizard gives', async () => {
    const other = createCore({ workspaceDir: join(dir, 'prefix'), timeSource: fixedTime() });
    try {
      await other.ready;
      await call(other, 'workspace.init', { profileId: 'yichuan', departmentName: '伊川县数据局', departmentCode: '12320100671322000Q' });
      const file = join(dir, 'template-prefix.xlsx');
      await call(other, 'exchange.template', { layout: '1272', path: file });
      const preview = await call(other, 'exchange.importPreview', { path: file });
      await call(other, 'exchange.importApply', { path: file, expectSha256: preview.sha256 });
      const [imported] = (await call(other, 'catalogue.list', {})).rows;
      const imp = await call(other, 'catalogue.get', { id: imported!.id });
      // The wizard's entry of the same classification and provider.
      const made = await call(other, 'catalogue.create', { entry: { ...sampleEntry('法人基础信息'), classification: imp.classification } });
      const prefix = (code: string) => code.slice(0, code.length - 3);
      expect(imp.code).toBeTruthy();
      expect(prefix(imp.code)).toBe(prefix(made.code));
      expect(imp.code).not.toBe(made.code);
    } finally {
      await other.close();
    }
  });

  it('writes the profile’s share and open wording and reads it back', async () => {
    const sj = createCore({ workspaceDir: join(dir, 'sj'), timeSource: fixedTime() });
    try {
      await sj.ready;
      await call(sj, 'workspace.init', { profileId: 'songjiang', departmentName: '松江区数据局', departmentCode: '12320100671322000Q' });
      await call(sj, 'catalogue.create', { entry: richEntries()[0] as never });
      const file = join(dir, 'sj.xlsx');
      await call(sj, 'exchange.export', { layout: '1272', path: file });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const texts = wb.worksheets[0]?.getSheetValues().flat().filter((v): v is string => typeof v === 'string') ?? [];
      expect(texts).toContain('按需共享');
      expect(texts).toContain('不公开');
      const preview = await call(sj, 'exchange.importPreview', { path: file });
      expect(preview.summary).toMatchObject({ unchanged: 1, changed: 0 });
    } finally {
      await sj.close();
    }
  });

  it('updates a matched entry with only the columns the file has, keeping the rest', async () => {
    const before = (await call(core, 'catalogue.list', { sort: 'name', order: 'asc' })).rows.find((r) => r.name === '人口基础信息（户籍）');
    const original = await call(core, 'catalogue.get', { id: before?.id ?? '' });
    const file = join(dir, 'partial.xlsx');
    const header = ['信息资源名称*', '信息资源提供方*', '信息资源摘要*', '信息资源格式分类*', '信息资源格式类型*', '信息项名称*', '数据类型*', '数据长度*', '共享类型*', '共享条件', '是否向社会开放*', '更新周期*'];
    const row = (item: string, type: string, length: string) => [original.name, original.provider, '新的摘要', '数据库', 'KingbaseES', item, type, length, '有条件共享', original.shareCondition ?? '', '不予开放', '每周'];
    await writeWorkbook(file, [{ name: 'Sheet1', rows: [header, row('姓名', '字符型C', '60'), row('公民身份号码', '字符型C', '18')] }]);
    const preview = await call(core, 'exchange.importPreview', { path: file });
    expect(preview.errors).toEqual([]);
    expect(preview.entries).toMatchObject([{ status: 'changed', id: original.id, changes: ['summary', 'updateCycle', 'items'] }]);
    await call(core, 'exchange.importApply', { path: file, expectSha256: preview.sha256 });
    const after = await call(core, 'catalogue.get', { id: original.id });
    expect(after).toMatchObject({ summary: '新的摘要', updateCycle: 'weekly', revision: original.revision + 1, code: original.code, theme: 'person', storageGb: 12.5 });
    // Item fields the file has no column for (names in English, overrides, flags) stay with the item of the same name.
    expect(after.items).toEqual([{ ...original.items[0], length: '60' }, original.items[1]]);
    expect(after.items[1]).toMatchObject({ shareType: 'none', isKey: true });
    const history = await call(core, 'catalogue.history', { id: original.id });
    expect(history.revisions.map((r) => r.revision)).toContain(original.revision + 1);
  });

  it('keeps a code written in the file even when a rendered code would have taken it', async () => {
    const fresh = await initialisedCore(join(dir, 'fresh'));
    try {
      // The code the first entry of this workspace gets, learnt and then freed again.
      const probe = await call(fresh, 'catalogue.create', { entry: richEntries()[2] as never });
      await call(fresh, 'catalogue.delete', { id: probe.id });
      const file = join(dir, 'codes.xlsx');
      const header = ['信息资源名称*', '信息资源代码', '信息资源提供方*', '信息资源摘要*', '信息资源格式分类*', '信息资源格式类型*', '共享类型*', '共享条件', '是否向社会开放*', '更新周期*'];
      const row = (name: string, code: string | null) => [name, code, '伊川县数据局', '摘要', '电子文件', 'pdf', '无条件共享', null, '否', '每年'];
      await writeWorkbook(file, [{ name: '目录', rows: [header, row('无代码', null), row('有代码', probe.code)] }]);
      const preview = await call(fresh, 'exchange.importPreview', { path: file });
      expect(preview.errors).toEqual([]);
      await call(fresh, 'exchange.importApply', { path: file, expectSha256: preview.sha256 });
      const rows = (await call(fresh, 'catalogue.list', { sort: 'name', order: 'asc' })).rows;
      expect(rows.find((r) => r.name === '有代码')?.code).toBe(probe.code);
      expect(rows.find((r) => r.name === '无代码')?.code).not.toBe(probe.code);
    } finally {
      await fresh.close();
    }
  });

  it('does not change a submitted entry by import, and says why', async () => {
    const file = join(dir, 'sub.xlsx');
    await call(core, 'exchange.export', { layout: '1272', path: file });
    const list = await call(core, 'catalogue.list', { sort: 'name', order: 'asc' });
    const target = list.rows.find((r) => r.name === '行政许可公示');
    // Only sync submits an entry: the test puts it in that state directly.
    const conn = await Connection.open(join(dir, 'ws', 'workspace.db'));
    await conn.run("UPDATE catalogue_entries SET state = 'submitted', summary = '平台上的摘要' WHERE id = ?", [target?.id ?? '']);
    await conn.close();
    const preview = await call(core, 'exchange.importPreview', { path: file });
    expect(preview.errors).toMatchObject([{ code: 'exchange.notEditable', message: expect.stringContaining('submitted') }]);
    expect(preview.entries.find((e) => e.id === target?.id)).toMatchObject({ status: 'invalid', changes: ['summary'] });
  });

  it('refuses to apply a file that changed after its preview', async () => {
    const file = join(dir, 'a.xlsx');
    await call(core, 'exchange.export', { layout: '1272', path: file });
    const preview = await call(core, 'exchange.importPreview', { path: file });
    await call(core, 'exchange.export', { layout: 'modern', path: file });
    const err = await callError(core, 'exchange.importApply', { path: file, expectSha256: preview.sha256 });
    expect(err.code).toBe('EXCHANGE_FILE_CHANGED');
  });
});
