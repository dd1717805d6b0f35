import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, callError, fixedTime, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';
import { rawAll } from '../../../tests/helpers/workspace';
import { runCli } from '../../cli/main';

const DAY = 86_400_000;

async function readSheet(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('the audit trail', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;
  let time = fixedTime();

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    time = fixedTime('2026-03-02T02:00:00.000Z'); // 10:00 China time
    core = await initialisedCore(join(dir, 'ws'), { timeSource: time });
    await call(core, 'catalogue.create', { entry: sampleEntry('人口基础信息') });
    time.advance(DAY);
    const b = await call(core, 'catalogue.create', { entry: sampleEntry('法人基础信息') });
    await call(core, 'catalogue.update', { id: b.id, revision: b.revision, entry: { ...sampleEntry('法人基础信息'), summary: '法人基础信息：名称、统一社会信用代码' } });
    time.advance(DAY);
    await call(core, 'catalogue.delete', { id: b.id, revision: b.revision + 1 });
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('filters by when, what, who and which entity, newest first, and offers the values to filter by', async () => {
    const all = await call(core, 'audit.search', {});
    expect(all.rows.map((r) => r.action)).toEqual(['catalogue.delete', 'catalogue.update', 'catalogue.create', 'catalogue.create', 'workspace.init']);
    expect(all.total).toBe(5);
    expect(all.actions).toEqual(['catalogue.create', 'catalogue.delete', 'catalogue.update', 'workspace.init']);
    expect(all.actionLabels).toEqual({ 'catalogue.create': '新建目录条目', 'catalogue.delete': '删除目录条目', 'catalogue.update': '修改目录条目', 'workspace.init': '初始化工作区' });
    expect(all.rows.map((r) => r.actionLabel)).toEqual(['删除目录条目', '修改目录条目', '新建目录条目', '新建目录条目', '初始化工作区']);
    expect(all.entityTypeLabels).toEqual(Object.fromEntries(all.entityTypes.map((e) => [e, { catalogue_entry: '目录条目', workspace: '工作区' }[e]])));
    expect(all.actors.length).toBeGreaterThan(0);
    // Days are China-time days, inclusive at both ends.
    expect((await call(core, 'audit.search', { from: '2026-03-03', to: '2026-03-03' })).rows.map((r) => r.action)).toEqual(['catalogue.update', 'catalogue.create']);
    expect((await call(core, 'audit.search', { from: '2026-03-04' })).rows.map((r) => r.action)).toEqual(['catalogue.delete']);
    expect((await call(core, 'audit.search', { action: 'catalogue.create' })).total).toBe(2);
    expect((await call(core, 'audit.search', { entity: '法人' })).rows.map((r) => r.action)).toEqual(['catalogue.delete', 'catalogue.update', 'catalogue.create']);
    expect((await call(core, 'audit.search', { actor: 'nobody' })).total).toBe(0);
    // A LIKE wildcard typed by the officer is a character, not a pattern.
    expect((await call(core, 'audit.search', { entity: '%' })).total).toBe(0);
    expect((await call(core, 'audit.search', { limit: 2, offset: 1 })).rows.map((r) => r.action)).toEqual(['catalogue.update', 'catalogue.create']);
    expect((await callError(core, 'audit.search', { from: '3 March' })).code).toBe('VALIDATION');
  });

  it('exports the filtered trail to Excel with headers in the officer’s language, and changes nothing in the log', async () => {
    const before = await rawAll(join(dir, 'ws', 'workspace.db'), 'SELECT count(*) AS n FROM audit_log');
    const file = join(dir, 'audit.xlsx');
    expect(await call(core, 'audit.export', { from: '2026-03-03', path: file })).toEqual({ path: file, rows: 3 });
    const rows = await readSheet(file);
    expect(rows[0]).toEqual(['序号', '时间', '操作人', '操作', '操作代码', '对象类型', '对象标识', '内容']);
    // The action in the officer's words, the stored code beside it.
    expect(rows.slice(1).map((r) => [r[3], r[4]])).toEqual([
      ['新建目录条目', 'catalogue.create'],
      ['修改目录条目', 'catalogue.update'],
      ['删除目录条目', 'catalogue.delete'],
    ]);
    expect(rows[1]![7]).toBe('法人基础信息');
    expect(await rawAll(join(dir, 'ws', 'workspace.db'), 'SELECT count(*) AS n FROM audit_log')).toEqual(before);
    // A folder that does not exist: refused, nothing written.
    expect((await callError(core, 'audit.export', { path: join(dir, 'missing', 'a.xlsx') })).code).toMatch(/^EXCHANGE_|VALIDATION/);
  });

  it('says summaries in the reader’s language, as the actions: on screen and in the export', async () => {
    const settings = await call(core, 'reminders.settings', {});
    await call(core, 'reminders.saveSettings', { ...settings, kinds: { ...settings.kinds, zeroUpdate: { enabled: false, leadDays: 0 } }, quietHours: { enabled: true, start: '09:00', end: '17:30' } });
    const zh = (await call(core, 'audit.search', { action: 'reminders.saveSettings' })).rows;
    expect(zh.map((r) => [r.actionLabel, r.summary])).toEqual([['保存提醒设置', '关闭的提醒：zeroUpdate；09:00–17:30 以外免打扰']]);
    // Plain summaries (names, numbers) stay as they were written.
    expect((await call(core, 'audit.list', { limit: 10 })).rows.find((r) => r.action === 'catalogue.create')?.summary).toBe('法人基础信息');
    core.setLocale('en');
    expect((await call(core, 'audit.search', { action: 'reminders.saveSettings' })).rows[0]?.summary).toBe('Reminders off: zeroUpdate; quiet outside 09:00–17:30');
    const file = join(dir, 'audit-en.xlsx');
    await call(core, 'audit.export', { action: 'reminders.saveSettings', path: file });
    expect((await readSheet(file))[1]![7]).toBe('Reminders off: zeroUpdate; quiet outside 09:00–17:30');
    core.setLocale('zh-CN');
  });

  it('audit export in the CLI: --from --to --out F.xlsx', async () => {
    await core.close();
    const out: string[] = [];
    const err: string[] = [];
    const file = join(dir, 'cli-audit.xlsx');
    const code = await runCli(['audit', 'export', '--from', '2026-03-02', '--to', '2026-03-03', '--out', file, '--workspace', join(dir, 'ws'), '--json'], { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
    expect(err.join('\n')).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual({ path: file, rows: 4 });
    expect((await readSheet(file))[0]).toEqual(['No.', 'Time', 'By', 'Action', 'Action code', 'Entity type', 'Entity', 'Summary']);
    const bad = await runCli(['audit', 'export', '--from', 'yesterday', '--out', file, '--workspace', join(dir, 'ws')], { out: () => {}, err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
    expect(bad).toBe(1);
    core = await initialisedCore(join(dir, 'ws'), { timeSource: time });
  });
});
