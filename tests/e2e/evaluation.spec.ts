import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Notice } from '@shared/protocol/index';
import { test, expect, DEPARTMENT } from './harness/fixtures';
import { fixedTime, sampleEntry } from '../helpers/core';
import { platformRequest, pullChanges } from '../helpers/requests';
import { Connection } from '../../electron/core/db/connection';
import { OVERDUE_LISTED } from '@shared/ipc/channels/evaluation';
import { WEEK_LISTED_PER_KIND } from '@shared/ipc/channels/requests';

const nav = (page: Page, label: string) => page.getByTestId('nav').getByText(label, { exact: true }).click();

/** A year of metrics for two resources as the platform sends them, stored in the workspace's cache. */
async function seedMetrics(dir: string, ids: [string, string]): Promise<void> {
  const conn = await Connection.open(join(dir, 'workspace.db'));
  try {
    await conn.run("INSERT INTO evaluation_resources VALUES (?, '410329-000001', '婚姻登记信息', 'monthly', 95, 1000, 180000), (?, '410329-000002', '收养登记信息', 'monthly', 80, NULL, NULL)", ids);
    for (let m = 1; m <= 12; m++) {
      const month = `2025-${String(m).padStart(2, '0')}`;
      // the first resource answers every check; the second fails one in ten and has no checks in June
      await conn.run('INSERT INTO evaluation_months VALUES (?, ?, 30, 2880, 0, 60, 30, 1, 1, 0, 0, 0, 0)', [ids[0], month]);
      await conn.run('INSERT INTO evaluation_months VALUES (?, ?, 30, ?, ?, 0, 0, 1, 0, 0, 0, 0, 0)', [ids[1], month, m === 6 ? 0 : 2880, m === 6 ? 0 : 288]);
    }
    await conn.run(`INSERT INTO evaluation_rankings VALUES ('${DEPARTMENT.code}', '${DEPARTMENT.name}', 2, 80.5, 2), ('11410329MB0000001X', '伊川县公安局', 5, 90, 1)`);
    await conn.run("INSERT INTO evaluation_meta VALUES ('from', '2025-01-01'), ('to', '2025-12-31'), ('fetchedAt', '2026-03-01T08:00:00.000Z')");
  } finally {
    await conn.close();
  }
}

test('统计 shows the evaluation offline from the cache; a notice is answered offline in 通报整改; the dashboard exports to Excel', async ({ openWorkbench }) => {
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  const a = await wb.call('catalogue.create', { entry: sampleEntry('婚姻登记信息') });
  const b = await wb.call('catalogue.create', { entry: sampleEntry('收养登记信息') });
  await seedMetrics(wb.dir, [a.id, b.id]);
  const notice: Notice = {
    id: 'n-1', entryId: b.id, entryName: '收养登记信息', departmentCode: DEPARTMENT.code, kind: 'availability', evidence: '接口 2 月中断 3 次',
    issuedAt: '2026-03-02T01:00:00.000Z', dueDate: '2026-03-16', state: 'issued', revision: 1, history: [{ type: 'issued', at: '2026-03-02T01:00:00.000Z' }], updatedAt: '2026-03-02T01:00:00.000Z',
  };
  await pullChanges(wb.dir, [{ kind: 'notice.update', notice }]);

  await nav(page, '统计');
  await expect(page.locator('.screen-title')).toHaveText('统计');
  const dash = page.getByTestId('dashboard');
  await expect(dash.getByTestId('dashboard-rank')).toContainText('第 2 名 / 共 2 个部门');
  // the chart is drawn (ECharts, SVG) for twelve months
  await expect(dash.getByTestId('dashboard-trend').locator('svg path').first()).toBeAttached();
  await expect(dash.getByTestId('dashboard-weakest').locator('.ant-table-row').first()).toContainText('收养登记信息');
  // a resource without checks in a month: availability unknown, never 0
  await dash.getByTestId('dashboard-from').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="2025-06"]').click();
  await dash.getByTestId('dashboard-to').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="2025-06"]').click();
  await expect(dash.getByTestId('dashboard-weakest').locator('.ant-table-row', { hasText: '收养登记信息' })).toContainText('未知');

  const xlsx = join(wb.dir, '考核评价.xlsx');
  wb.shell.saveFiles.push(xlsx);
  await dash.getByTestId('dashboard-export').click();
  await expect(page.locator('.ant-message')).toContainText('考核评价.xlsx');
  expect(execFileSync('unzip', ['-l', xlsx], { encoding: 'utf8' })).toContain('xl/worksheets/sheet2.xml');

  // 通报整改: the notice with its deadline; answered offline, it waits for the next sync.
  await nav(page, '通报整改');
  const row = page.getByTestId('notices-table').locator('.ant-table-row', { hasText: '收养登记信息' });
  await expect(row).toContainText('2026-03-16 前');
  await row.click();
  const drawer = page.getByTestId('notice-drawer');
  await drawer.getByTestId('notice-rectification').fill('已更换接口服务器');
  await drawer.getByTestId('notice-answer').click();
  await expect(row.getByTestId('notice-state')).toHaveText('反馈待同步');
  expect((await wb.call('outbox.count', {})).count).toBe(1);
});

test('设置 → 提醒: a kind reminded three working days ahead is announced at once; a kind switched off stays off after a reload', async ({ openWorkbench }) => {
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    // Monday 2 March, 10:00 in China: working hours.
    core: { timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  // An incoming request whose answer is due Thursday 5 March: three working days ahead, not one.
  await pullChanges(wb.dir, [{ kind: 'request.incoming', request: platformRequest({ submittedAt: '2026-02-27T01:00:00.000Z', updatedAt: '2026-02-27T01:00:00.000Z' }) }]);
  await nav(page, '设置');
  const card = page.getByTestId('settings-reminders');
  await expect(card.getByTestId('reminder-lead-request')).toHaveValue('1');
  await expect(card.getByTestId('reminder-quiet-start')).toHaveValue('08:30');
  await card.getByTestId('reminder-lead-request').fill('3');
  await card.getByTestId('reminder-enabled-zeroUpdate').click();
  await card.getByTestId('settings-reminders-save').click();
  await expect(page.locator('.ant-message')).toContainText('提醒设置已保存');
  // Saving runs the check: the request's reminder comes now.
  await expect(page.locator('.ant-notification-notice', { hasText: '婚姻登记信息' })).toContainText('2026-03-05');
  expect((await wb.call('reminders.settings', {})).kinds).toMatchObject({ request: { enabled: true, leadDays: 3 }, zeroUpdate: { enabled: false } });
  await page.reload();
  await nav(page, '设置');
  await expect(page.getByTestId('reminder-enabled-zeroUpdate')).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('reminder-lead-request')).toHaveValue('3');
});

test('统计 counts every overdue duty and lists the earliest; a crowd of late requests is one reminder', async ({ openWorkbench }) => {
  const wb = await openWorkbench({
    init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code },
    core: { timeSource: fixedTime('2026-06-01T02:00:00.000Z'), sync: { auto: false }, reminders: { intervalMs: 0 } },
  });
  const { page } = wb;
  const n = OVERDUE_LISTED + 2;
  await pullChanges(
    wb.dir,
    Array.from({ length: n }, (_, i) => ({
      kind: 'request.incoming' as const,
      request: platformRequest({ id: `r-${i}`, entryName: `资源${String(i).padStart(3, '0')}`, submittedAt: new Date(Date.parse('2026-03-02T01:00:00.000Z') + i * 3_600_000).toISOString() }),
    })),
  );
  // Saving the reminder settings checks the deadlines: one reminder tells of all of them.
  await nav(page, '设置');
  await page.getByTestId('reminder-lead-request').fill('2');
  await page.getByTestId('settings-reminders-save').click();
  await expect(page.locator('.ant-notification-notice', { hasText: `共享申请：${n} 项已超过办理时限` })).toBeVisible();
  await expect(page.getByTestId('reminder-toast')).toHaveCount(1);

  await nav(page, '统计');
  const overdue = page.getByTestId('dashboard-overdue');
  await expect(overdue.getByTestId('dashboard-overdue-counts')).toContainText(`共 ${n} 项逾期`);
  await expect(overdue.getByTestId('dashboard-overdue-counts').locator('[data-subject="request"]')).toHaveText(`共享申请 ${n}`);
  await expect(overdue.getByTestId('dashboard-overdue-item')).toHaveCount(OVERDUE_LISTED);
  await expect(overdue.getByTestId('dashboard-overdue-item').first()).toContainText('资源000');
  await expect(overdue.getByTestId('dashboard-overdue-more')).toContainText('另有 2 项未列出');
  // The week lists the earliest of the kind and says how many there are.
  const week = page.getByTestId('overview-week');
  await expect(week.getByTestId('overview-item')).toHaveCount(WEEK_LISTED_PER_KIND);
  await expect(week.getByTestId('overview-week-more')).toHaveText(`共享申请：共 ${n} 项，以上列出最早的 ${WEEK_LISTED_PER_KIND} 项`);
});
