import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { createCore, type Core } from '../index';
import { DEPARTMENT, call, callError, fixedTime, tempDir } from '../../../tests/helpers/core';
import { writeWorkbook } from '../../../tests/helpers/workbooks';

/** The 1272 layout with the 资源类型 column and an application's columns. */
const HEADER = [
  '信息资源名称*', '信息资源提供方*', '信息资源摘要*', '信息资源格式分类*', '信息资源格式类型*', '信息项名称*', '数据类型*', '数据长度*',
  '共享类型*', '是否向社会开放*', '更新周期*', '资源类型', '应用访问地址', '是否部署在政务云', '等保级别', '使用对象', '用户数',
];
const data = (name: string): ExcelJS.CellValue[] => [name, DEPARTMENT.name, '摘要', '数据库', 'mysql', '姓名', '字符型C', '50', '无条件共享', '否', '每日', '数据', null, null, null, null, null];
const app = (name: string, kind: string): ExcelJS.CellValue[] => [
  name, DEPARTMENT.name, '区政务服务应用', '服务接口', 'REST', null, null, null, '无条件共享', '否', '实时', kind, 'https://ywtb.gongshu.gov.cn', '是', '第三级', '全区政务单位', 5200,
];

describe('resource kinds in workbooks', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    core = createCore({ workspaceDir: join(dir, 'ws'), timeSource: fixedTime() });
    await core.ready;
    await call(core, 'workspace.init', { profileId: 'gongshu', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  });
  afterAll(async () => {
    await core.close();
    cleanup();
  });

  it('imports an application row with its kind fields and no data items, and exports them back', async () => {
    const path = join(dir, 'app.xlsx');
    await writeWorkbook(path, [{ name: '目录', rows: [HEADER, data('人口信息'), app('一网通办', '应用（场景）')] }]);
    const preview = await call(core, 'exchange.importPreview', { path });
    expect(preview.errors).toEqual([]);
    const applied = await call(core, 'exchange.importApply', { path, expectSha256: preview.sha256 });
    expect(applied).toMatchObject({ added: 2, resources: 2, items: 1 });
    const list = await call(core, 'catalogue.list', {});
    expect(list.total).toBe(2);
    const appId = list.rows.find((r) => r.name === '一网通办')!.id;
    expect(await call(core, 'catalogue.get', { id: appId })).toMatchObject({
      kind: 'application',
      items: [],
      appUrl: 'https://ywtb.gongshu.gov.cn',
      onGovCloud: true,
      protectionLevel: 'level3',
      appUsers: '全区政务单位',
      userCount: 5200,
    });
    // Export → import of the same file changes nothing.
    const out = join(dir, 'out.xlsx');
    await call(core, 'exchange.export', { layout: '1272', path: out });
    const again = await call(core, 'exchange.importPreview', { path: out });
    expect(again.errors).toEqual([]);
    expect(again.summary).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
  });

  it('refuses a row of an unknown kind at its row and the column’s header, in both languages, and writes nothing', async () => {
    const path = join(dir, 'bad-kind.xlsx');
    await writeWorkbook(path, [{ name: '目录', rows: [HEADER, data('法人信息'), app('元宇宙大厅', '元宇宙')] }]);
    const before = (await call(core, 'catalogue.list', {})).total;
    const preview = await call(core, 'exchange.importPreview', { path });
    expect(preview.errors).toHaveLength(1);
    const [bad] = preview.errors;
    expect(bad).toMatchObject({ sheet: '目录', row: 3, column: 'L', code: 'validation.enum', header: '资源类型', value: '元宇宙' });
    expect(bad!.allowed).toContain('应用（场景）');
    expect(bad!.allowed).toContain('网络数据安全体系');
    expect(bad!.message).toMatch(/^“资源类型”列：请选择列表中的值；填写的是“元宇宙”；可填写：数据、应用（场景）、政务云、智能组件、物联感知、网络基础设施、网络数据安全体系/);
    core.setLocale('en');
    try {
      const en = await call(core, 'exchange.importPreview', { path });
      expect(en.errors[0]).toMatchObject({ row: 3, column: 'L', header: '资源类型' });
      expect(en.errors[0]!.message).toMatch(/^Column "资源类型": Choose a value from the list; found "元宇宙"; allowed: 数据、应用（场景）/);
    } finally {
      core.setLocale('zh-CN');
    }
    const refused = await callError(core, 'exchange.importApply', { path, expectSha256: preview.sha256 });
    expect(refused.code).toBe('EXCHANGE_HAS_ERRORS');
    // Not even the good data row of the same file is written.
    expect((await call(core, 'catalogue.list', {})).total).toBe(before);
  });

  it('refuses an application row without its kind fields at those columns', async () => {
    const path = join(dir, 'bare-app.xlsx');
    const bare = app('缺字段应用', '应用');
    bare[12] = null; // 应用访问地址
    bare[15] = null; // 使用对象
    await writeWorkbook(path, [{ name: '目录', rows: [HEADER, bare] }]);
    const preview = await call(core, 'exchange.importPreview', { path });
    expect(preview.errors.map((e) => `${e.row}:${e.column}:${e.header}:${e.code}`).sort()).toEqual(['2:M:应用访问地址:validation.required', '2:P:使用对象:validation.required']);
  });
});
