import type { Page } from '@playwright/test';
import { test, expect, DEPARTMENT } from './harness/fixtures';
import { fixedTime } from '../helpers/core';
import { pullChanges } from '../helpers/requests';
import { sharedEntry } from '../helpers/shared-catalogue';
import { row } from './harness/ui';

const DAY = 86_400_000;
const nav = (page: Page, label: string) => page.getByTestId('nav').getByText(label, { exact: true }).click();

// 伊川: a system's tables that no longer match a published entry start the change deadline
// (10 working days to request the update); the docking screen shows the difference and the deadline,
// the entry and 统计 carry it, overdue once late.
test('re-docking a published entry’s tables shows the difference and starts the change deadline: on the entry, in 统计, overdue when late', async ({ openWorkbench }) => {
  const time = fixedTime('2026-03-02T02:00:00.000Z');
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: time, sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  // The department's own published entry, as the platform sends it.
  const published = sharedEntry('own-1', {
    code: `${DEPARTMENT.code}/000001`,
    name: '户籍人口信息',
    provider: DEPARTMENT.name,
    providerCode: DEPARTMENT.code,
    departmentCode: DEPARTMENT.code,
    departmentName: DEPARTMENT.name,
    classification: undefined,
    items: [
      { name: '姓名', nameEn: 'xm', type: 'C', length: '50' },
      { name: '公民身份号码', nameEn: 'sfzh', type: 'C', length: '18' },
      { name: '出生日期', nameEn: 'csrq', type: 'D', length: '8' },
    ],
  });
  await pullChanges(wb.dir, [{ kind: 'ownEntry.upsert', entry: published }]);
  // Pulled beside the running core (as a sync would have): the app is opened again on it.
  await wb.restartCore();
  const entryRow = row(page, '户籍人口信息');
  await expect(entryRow).toContainText('已发布');

  // Tables as catalogued: nothing to change, no deadline.
  await entryRow.getByTestId('row-edit').click();
  const drawer = page.getByTestId('entry-drawer');
  const panel = drawer.getByTestId('redock-panel');
  await panel.getByText('重新对接表结构').click();
  // From a file: a CSV of the columns, read in the page; the format follows the file's name.
  await expect(panel.locator('.ant-radio-button-wrapper-checked')).toHaveText('建表脚本');
  // A row without a type is reported at its line; the others still match the entry.
  const csv = 'xm,varchar(50),,姓名\nsfzh,char(18),,公民身份号码\ncsrq,date,,出生日期\nbz\n';
  await panel.locator('input[type=file]').setInputFiles({ name: 't_hj.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(panel.getByTestId('redock-text')).toHaveValue(csv);
  await expect(panel.locator('.ant-radio-button-wrapper-checked')).toHaveText('字段 CSV');
  await panel.getByTestId('redock-read').click();
  await expect(panel.getByTestId('redock-problems')).toContainText('第 4 行');
  await expect(panel.getByTestId('redock-same')).toBeVisible();
  // Typed: the same tables as a CREATE TABLE script (read once the CSV's problem is gone).
  await panel.locator('.ant-radio-button-wrapper', { hasText: '建表脚本' }).click();
  await panel.getByTestId('redock-text').fill("CREATE TABLE t_hj (\n  xm varchar(50) COMMENT '姓名',\n  sfzh char(18) COMMENT '公民身份号码',\n  csrq date COMMENT '出生日期'\n);");
  await panel.getByTestId('redock-read').click();
  await expect(panel.getByTestId('redock-problems')).toHaveCount(0);
  await expect(panel.getByTestId('redock-same')).toBeVisible();
  await expect(drawer.getByTestId('entry-change-deadlines')).toHaveCount(0);

  // The system's tables changed: a column added, one gone, one widened; a bad sample identity number refused at its line.
  const changed = [
    'CREATE TABLE t_hj (',
    "  xm varchar(100) COMMENT '姓名',",
    "  sfzh char(18) COMMENT '公民身份号码',",
    "  hjdz varchar(200) COMMENT '户籍地址'",
    ');',
    "INSERT INTO t_hj VALUES ('张三', '410329199003071232', '伊川县城关镇');",
  ].join('\n');
  await panel.getByTestId('redock-text').fill(changed);
  await panel.getByTestId('redock-read').click();
  const deadline = panel.getByTestId('redock-deadline');
  await expect(deadline).toHaveAttribute('data-started', 'true');
  await expect(deadline).toContainText('目录更新时限已开始计算');
  const difference = panel.getByTestId('redock-difference');
  await expect(difference.locator('.ant-table-row', { hasText: '户籍地址' })).toContainText('新增');
  await expect(difference.locator('.ant-table-row', { hasText: '出生日期' })).toContainText('删除');
  await expect(difference.locator('.ant-table-row', { hasText: '姓名' })).toContainText('变化');
  await expect(panel.getByTestId('redock-problems')).toContainText('第 6 行');
  await expect(panel.getByTestId('redock-problems')).toContainText('公民身份号码 410329199003071232 校验位不符');
  // The deadline, on the entry: 10 working days to request the update, the rule cited.
  const onEntry = drawer.getByTestId('entry-change-deadlines').first();
  await expect(onEntry.getByTestId('deadline-catalogueUpdateRequest')).toHaveAttribute('data-status', 'running');
  await expect(onEntry).toContainText('2026-03-16');
  await wb.screenshot('redock-deadline-started');

  // Docking again the next day does not restart it.
  await panel.getByTestId('redock-read').click();
  await expect(deadline).toHaveAttribute('data-started', 'false');
  await expect(deadline).toContainText('目录更新时限已在计算中');
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  await nav(page, '统计');
  await expect(page.getByTestId('overview-change-deadlines')).toContainText('1 个办理中，0 个已超期');

  // Late: past the 10th working day the deadline is overdue, on the entry and in 统计.
  time.advance(15 * DAY);
  await wb.restartCore();
  await nav(page, '统计');
  await expect(page.getByTestId('overview-change-deadlines')).toContainText('0 个办理中，1 个已超期');
  await nav(page, '目录编制');
  await row(page, '户籍人口信息').getByTestId('row-edit').click();
  await expect(drawer.getByTestId('entry-change-deadlines').getByTestId('deadline-catalogueUpdateRequest')).toHaveAttribute('data-status', 'overdue');
  await wb.screenshot('redock-deadline-overdue');
});
