import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { initialisedCore, sampleEntry, tempDir, call } from '../../../tests/helpers/core';
import { writeWorkbook } from '../../../tests/helpers/workbooks';

const ITEM_TYPE_LABELS = '字符型C、数值型N、货币型Y、日期型D、日期时间型T、逻辑型L、备注型M、通用型G、双精度型B、整型I、浮点型F';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n'), json: () => JSON.parse(out.join('\n')) as Record<string, unknown> };
}

describe('CLI validate / import / export', () => {
  let dir: string;
  let cleanup: () => void;
  let ws: string;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    ws = join(dir, 'ws');
    const core = await initialisedCore(ws);
    await call(core, 'catalogue.create', { entry: sampleEntry('人口基础信息') });
    await call(core, 'catalogue.create', { entry: sampleEntry('法人基础信息') });
    await core.close();
  });
  afterEach(() => cleanup());

  it('exports, validates (exit 0) and imports with zero changes', async () => {
    const file = join(dir, 'out.xlsx');
    const exported = await cli(['export', '--layout', '1272', '--out', file, '--workspace', ws, '--json']);
    expect(exported.code).toBe(0);
    expect(exported.json()).toMatchObject({ resources: 2, items: 4 });

    const valid = await cli(['validate', file, '--json']);
    expect(valid.code).toBe(0);
    expect(valid.json()).toEqual({ errors: [], resources: 2, items: 4 });

    const dry = await cli(['import', file, '--dry-run', '--workspace', ws, '--json']);
    expect(dry.json()).toEqual({ added: 0, changed: 0, unchanged: 2, errors: [] });
  });

  it('validate exits 2 with located errors, and import writes nothing', async () => {
    const file = join(dir, 'bad.xlsx');
    await writeWorkbook(file, [
      {
        name: '目录',
        rows: [
          ['信息资源名称*', '信息资源提供方*', '信息资源摘要*', '信息资源格式分类*', '信息资源格式类型*', '信息项名称*', '数据类型*', '数据长度*', '共享类型*', '是否向社会开放*', '更新周期*'],
          ['新资源', '伊川县数据局', '摘要', '数据库', 'mysql', '姓名', '字符型X', '50', '无条件共享', '否', '每日'],
        ],
      },
    ]);
    const r = await cli(['validate', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.json()).toEqual({
      // In the officer's words: the column's header, the value found and what the dropdown allows.
      errors: [
        {
          sheet: '目录',
          row: 2,
          column: 'G',
          code: 'validation.enum',
          header: '数据类型',
          value: '字符型X',
          allowed: ITEM_TYPE_LABELS,
          message: `Column "数据类型": Choose a value from the list; found "字符型X"; allowed: ${ITEM_TYPE_LABELS}`,
        },
      ],
      resources: 1,
      items: 1,
    });
    const imp = await cli(['import', file, '--workspace', ws, '--json']);
    expect(imp.code).toBe(2);
    expect(imp.json()).toMatchObject({ added: 0, changed: 0, unchanged: 0, errors: [{ row: 2, column: 'G' }] });
    const list = await cli(['entries', 'list', '--workspace', ws, '--json']);
    expect(list.json().total).toBe(2);
  });

  it('imports a new entry, and reports a file that is not a workbook as exit 2', async () => {
    const file = join(dir, 'new.xlsx');
    await writeWorkbook(file, [
      {
        name: '目录',
        rows: [
          ['信息资源名称*', '信息资源提供方*', '信息资源摘要*', '信息资源格式分类*', '信息资源格式类型*', '信息项名称*', '数据类型*', '数据长度*', '共享类型*', '是否向社会开放*', '更新周期*'],
          ['新资源', '伊川县数据局', '摘要', '数据库', 'mysql', '姓名', '字符型C', '50', '无条件共享', '否', '每日'],
        ],
      },
    ]);
    const imp = await cli(['import', file, '--workspace', ws, '--json']);
    expect(imp.code).toBe(0);
    expect(imp.json()).toEqual({ added: 1, changed: 0, unchanged: 0, errors: [] });

    const csv = join(dir, 'fake.xlsx');
    writeFileSync(csv, '信息资源名称,提供方\n人口,伊川\n');
    const v = await cli(['validate', csv, '--json']);
    expect(v.code).toBe(2);
    expect(v.json()).toMatchObject({ errors: [{ code: 'EXCHANGE_NOT_XLSX', row: 0 }], resources: 0, items: 0 });
  });

  it('rejects a bad layout as a usage error', async () => {
    const r = await cli(['export', '--layout', 'xls', '--out', join(dir, 'x.xlsx'), '--workspace', ws]);
    expect(r.code).toBe(1);
  });
});
