// Lists reported to the authority and the open-data catalogue in Chromium: an officer submits the
// responsibility list, the reviewer returns it with a row comment in 审核 → 清单, and the officer
// sees the comment at its row after a sync; under 雨花 the open-data catalogue shows an entry with
// two opening forms and exports it to Excel.
import { memoryKeyStore } from '../../electron/core/types';
import type { DemoAccount } from '../../platform/seed/demo';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import { entryOf, type TestCore } from '../integration/sync-helpers';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { exportedWorkbook } from './harness/exports';

function options(p: TestPlatform, a: DemoAccount) {
  const department = a.role === 'officer' ? { departmentName: a.department, departmentCode: a.departmentCode } : { departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code };
  return {
    init: { profileId: 'yichuan' as const, ...department },
    core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore: memoryKeyStore(), sync: { auto: false } },
  };
}

const RESPONSIBILITY = {
  responsiblePerson: '张三',
  legalBasis: '《中华人民共和国教育法》',
  collectionResponsibility: '教育局负责采集',
  updateCommitment: '每月5日前更新上月数据',
  qualityResponsibility: '教育局对数据质量负责',
  objectionHandler: '李四',
};

test('责任清单 › 报送: the reviewer returns it with a row comment; the officer sees the comment after a sync', async ({ openWorkbench, context }) => {
  test.setTimeout(120_000);
  const p = await startTestPlatform({ clock: () => new Date(), seedShared: 0 });
  try {
    const officer = p.accounts.find((a) => a.user === 'yc-edu')!;
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const o = await openWorkbench(options(p, officer));
    await o.call('sync.signIn', { user: officer.user, password: officer.password });
    const department = { name: officer.department, code: officer.departmentCode };
    const entry = await o.call('catalogue.create', { entry: entryOf({ department } as TestCore, '学校基本信息') });
    await o.call('responsibilities.update', { entryId: entry.id, revision: 0, responsibility: RESPONSIBILITY });

    const { page } = o;
    await page.getByTestId('nav').getByText('责任清单', { exact: true }).click();
    await page.getByTestId('list-submit-responsibilities').click();
    const state = page.getByTestId('list-state-responsibilities');
    await expect(state).toHaveText('待同步');
    expect(await o.call('sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    await expect(state).toHaveText('已报送，待审核');

    const r = await openWorkbench(options(p, reviewer), await context.newPage());
    await r.call('sync.signIn', { user: reviewer.user, password: reviewer.password });
    await r.page.getByTestId('nav').getByText('审核', { exact: true }).click();
    await r.page.getByTestId('review-tabs').getByText('清单', { exact: true }).click();
    const row = r.page.getByTestId('list-queue').locator('.ant-table-row', { hasText: '责任清单' });
    await expect(row).toContainText(officer.department);
    await row.click();
    const drawer = r.page.getByTestId('list-review-drawer');
    await expect(drawer.getByTestId('list-review-rows')).toContainText('学校基本信息');
    await drawer.getByTestId('list-row-field-0').click();
    await r.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '法定职责依据' }).click();
    await drawer.getByTestId('list-row-comment-0').fill('请写明具体条款');
    await drawer.getByTestId('list-review-return').click();
    await expect(r.page.getByTestId('list-queue').locator('.ant-table-row')).toHaveCount(0);

    await o.call('sync.run', {});
    await expect(state).toHaveText('已退回');
    await expect(page.getByTestId('list-comment-responsibilities-0')).toContainText(`${entry.code} 学校基本信息 · 法定职责依据：请写明具体条款`);
    await o.screenshot('lists-responsibilities-returned');
  } finally {
    await p.dispose();
  }
});

test('开放目录 under 雨花: an entry with two opening forms, exported to Excel', async ({ openWorkbench }) => {
  const wb = await openWorkbench({ init: { profileId: 'yuhua', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code } });
  const department = { name: DEPARTMENT.name, code: DEPARTMENT.code };
  await wb.call('catalogue.create', { entry: { ...entryOf({ department } as TestCore, '学校名录'), openType: 'conditional', openCondition: '经申请授权后开放', openMethod: 'query' } });
  await wb.call('catalogue.create', { entry: entryOf({ department } as TestCore, '教师档案') });
  const { page } = wb;
  await page.getByTestId('nav').getByText('开放目录', { exact: true }).click();
  const table = page.getByTestId('open-data-table');
  await expect(table.locator('.ant-table-row')).toHaveCount(1);
  const row = table.locator('.ant-table-row', { hasText: '学校名录' });
  await expect(row).toContainText('有条件开放');
  await expect(row).toContainText('经申请授权后开放');
  const select = row.locator('.ant-select');
  await expect(select.locator('.ant-select-selection-item')).toHaveText(['查询']);
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '核验' }).click();
  await page.keyboard.press('Escape');
  await expect(select.locator('.ant-select-selection-item')).toHaveText(['查询', '核验']);
  await expect(row.locator('[data-testid^="open-forms-error-"]')).toHaveCount(0);
  await wb.screenshot('lists-open-data');

  const sheet = (await exportedWorkbook(wb, page, 'list-export-openData', '开放目录.xlsx')).getWorksheet('开放目录')!;
  expect(sheet.getRow(1).values).toEqual([undefined, '信息资源代码', '名称', '开放类型', '开放条件', '开放方式']);
  expect([sheet.getRow(2).getCell(2).value, sheet.getRow(2).getCell(5).value]).toEqual(['学校名录', '查询、核验']);
  expect(sheet.rowCount).toBe(2);
});

test('开放目录 › 报送 refused by the platform: the refusal is shown at its row and field, the catalogue unchanged', async ({ openWorkbench }) => {
  test.setTimeout(120_000);
  // The workstation follows 雨花 (several forms per entry); the platform's rules for the department allow one.
  const p = await startTestPlatform({ clock: () => new Date(), seedShared: 0 });
  try {
    const officer = p.accounts.find((a) => a.user === 'yc-edu')!;
    const wb = await openWorkbench({ ...options(p, officer), init: { ...options(p, officer).init, profileId: 'yuhua' } });
    await wb.call('sync.signIn', { user: officer.user, password: officer.password });
    const department = { name: officer.department, code: officer.departmentCode };
    const entry = await wb.call('catalogue.create', { entry: { ...entryOf({ department } as TestCore, '学校名录'), openType: 'conditional', openCondition: '经申请授权后开放', openMethod: 'query' } });
    await wb.call('openData.setForms', { entryId: entry.id, openForms: ['query', 'verification'] });
    const { page } = wb;
    await page.getByTestId('nav').getByText('开放目录', { exact: true }).click();
    await page.getByTestId('list-submit-openData').click();
    await expect(page.getByTestId('list-state-openData')).toHaveText('待同步');
    expect(await wb.call('sync.run', {})).toMatchObject({ accepted: 0, rejected: 1 });
    await expect(page.getByTestId('list-state-openData')).toHaveText('平台拒收');
    const refusal = page.getByTestId('list-refusal-openData');
    await expect(refusal.locator('li[data-path="rows.0.openForms.1"]')).toHaveText('第 1 行 · 开放方式：本地规定每个目录最多 1 种开放方式');
    await expect(page.getByTestId('open-data-table').locator('.ant-table-row').locator('.ant-select-selection-item')).toHaveText(['查询', '核验']);
  } finally {
    await p.dispose();
  }
});
