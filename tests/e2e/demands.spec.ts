import type { Page } from '@playwright/test';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { copyEntry, publishAsSync } from '../helpers/zero-updates';
import { sampleEntry } from '../helpers/core';
import { expect, test } from './harness/fixtures';
import { choose, field, input } from './harness/ui';
import type { Workbench } from './harness/workbench';

/** A monthly entry published as sync publishes it: it owes a data update or zero-update report each month. */
async function publishedMonthly(workbench: Workbench): Promise<{ id: string }> {
  const entry = {
    ...sampleEntry('人口基础信息'),
    updateCycle: 'monthly' as const,
    classification: { scheme: 'national1272' as const, category: '1', item: '01' },
    dataGrade: 'important' as const,
    usageRequirements: '仅限履职使用',
  };
  const created = await workbench.call('catalogue.create', { entry });
  await workbench.call('catalogue.setState', { id: created.id, revision: 1, state: 'ready' });
  await publishAsSync(workbench.dir, [created.id], new Date().toISOString());
  return created;
}

const demandRow = (page: Page, text: string) => page.getByTestId('demands-table').locator('.ant-table-row', { hasText: text });

test('an officer records a demand, sees live validation, accepts a matching suggestion and closes it with a reason', async ({ workbench }) => {
  const { page } = workbench;
  // The cached shared catalogue, as sync's pull leaves it.
  await pullIntoWorkspace(workbench.dir, [
    sharedEntry('pop', {
      code: '101/A',
      name: '人口基础信息',
      items: [
        { name: '姓名', type: 'C', length: '50' },
        { name: '公民身份号码', type: 'C', length: '18' },
        { name: '户籍地址', type: 'C', length: '200' },
      ],
    }),
    sharedEntry('biz', { code: '102/B', name: '企业登记信息', provider: '伊川县市场监管局', items: [{ name: '统一社会信用代码', type: 'C', length: '18' }] }),
  ]);
  await page.getByTestId('nav').getByText('需求清单', { exact: true }).click();
  await expect(page.getByTestId('demands-total')).toContainText('共 0 条需求');

  await page.getByTestId('demand-new').click();
  const drawer = page.getByTestId('demand-drawer');
  await expect(drawer).toBeVisible();
  await input(page, 'name').fill('常住人口信息');
  await input(page, 'description').fill('低保审核时核对申请人户籍');
  const items = field(page, 'items').locator('input');
  for (const item of ['姓名', '公民身份号码', '住址']) {
    await items.fill(item);
    await items.press('Enter');
  }
  await input(page, 'basisText').fill('《社会救助暂行办法》第十一条');
  await input(page, 'scenario').fill('最低生活保障审核');
  await choose(page, 'shareMethod', '接口');
  await input(page, 'contactName').fill('李四');
  // Live validation with the shared schema, as the officer types.
  await input(page, 'contactPhone').fill('6831234');
  await expect(field(page, 'contactPhone')).toContainText('电话格式不正确');
  await input(page, 'contactPhone').fill('0379-68312345');
  await expect(field(page, 'contactPhone')).not.toContainText('电话格式不正确');
  await input(page, 'providerCode').fill('11410329MB0000001Y');
  await expect(field(page, 'providerCode')).toContainText('统一社会信用代码无效');
  await input(page, 'providerCode').fill('');
  await workbench.screenshot('demand-form');
  await page.getByTestId('demand-save').click();
  await expect(drawer).toBeHidden();

  const row = demandRow(page, '常住人口信息');
  await expect(row).toContainText(/XQ-\d{4}-0001/);
  await expect(row).toContainText('待匹配');
  const [stored] = (await workbench.call('demands.list', {})).rows;
  expect(stored).toMatchObject({ items: ['姓名', '公民身份号码', '住址'], contactPhone: '037968312345', shareMethod: 'interface' });

  // Suggestions: the population entry, its matching items marked.
  await row.getByTestId(`demand-suggest-${stored!.number}`).click();
  const suggestion = page.getByTestId('suggestion-pop');
  await expect(suggestion).toBeVisible();
  await expect(page.getByTestId('suggestion-biz')).toHaveCount(0);
  await expect(suggestion.locator('[data-matched="true"]')).toHaveText(['姓名', '公民身份号码']);
  await expect(suggestion).toContainText('未找到：住址');
  await workbench.screenshot('demand-suggestions');
  await page.getByTestId('suggestion-accept-pop').click();
  await expect(suggestion).toContainText('当前匹配');
  await page.getByTestId('suggestions-drawer').locator('.ant-drawer-close').click();
  await expect(row).toContainText('已匹配目录');
  await expect(row).toContainText('101/A');
  expect((await workbench.call('demands.get', { id: stored!.id })).matchedEntryId).toBe('pop');

  // 无法满足 needs its reason before it can be confirmed.
  await page.getByTestId(`demand-status-${stored!.number}`).click();
  await page.getByTestId('demand-status-unsatisfiable').click();
  await expect(page.getByTestId('demand-status-ok')).toBeDisabled();
  await page.getByTestId('demand-status-reason').fill('提供方暂不共享住址');
  await page.getByTestId('demand-status-ok').click();
  await expect(row).toContainText('无法满足');
  expect(await workbench.call('demands.get', { id: stored!.id })).toMatchObject({ status: 'unsatisfiable', statusReason: '提供方暂不共享住址' });
});

test('the responsibility list flags incomplete responsibilities, and a published entry reports a zero update', async ({ workbench }) => {
  const { page } = workbench;
  const created = await publishedMonthly(workbench);

  await page.getByTestId('nav').getByText('责任清单', { exact: true }).click();
  await expect(page.getByTestId('responsibilities-total')).toContainText('共 1 条，1 条责任未落实');
  await expect(page.getByTestId(`responsibility-gaps-${created.id}`)).toHaveText('缺 6 项');
  await page.getByTestId(`responsibility-edit-${created.id}`).click();
  const responsibility = {
    responsiblePerson: '王五',
    legalBasis: '《伊川县政务数据资源管理办法》第十三条',
    collectionResponsibility: '负责全县户籍数据归集',
    updateCommitment: '每月5日前更新',
    qualityResponsibility: '对数据准确性负责',
    objectionHandler: '赵六',
  };
  for (const [k, v] of Object.entries(responsibility)) await input(page, k).fill(v);
  await page.getByTestId('responsibility-save').click();
  await expect(page.getByTestId('responsibility-drawer')).toBeHidden();
  await expect(page.getByTestId(`responsibility-gaps-${created.id}`)).toHaveText('已落实');

  await page.getByTestId('responsibilities-tabs').getByText('零更新', { exact: true }).click();
  await expect(page.getByTestId(`zero-status-${created.id}`)).toHaveText('按期');
  await expect(page.getByTestId('zero-counts')).toContainText('应报送 1 条，逾期 0 条');
  await page.getByTestId(`zero-report-${created.id}`).click();
  await page.getByTestId('zero-note').fill('本月无变化');
  await page.getByTestId('zero-rows').fill('12000');
  await page.getByTestId('zero-bytes').fill('3400000');
  await workbench.screenshot('zero-update-confirm');
  await page.getByTestId('zero-report-ok').click();
  await expect(page.getByTestId('zero-table').locator('.ant-table-row')).toContainText('已报送本期零更新');
  // The volume goes to the platform with the report.
  expect((await workbench.call('outbox.list', {})).ops.find((o) => o.kind === 'zeroUpdate.report')?.payload).toMatchObject({ rows: 12000, bytes: 3400000, note: '本月无变化' });
  await expect(page.locator('.ant-modal-confirm')).toBeHidden();
  const { events } = await workbench.call('zeroUpdates.history', { entryId: created.id });
  expect(events.map((e) => [e.kind, e.note])).toEqual([['zeroUpdate', '本月无变化']]);
  expect((await workbench.call('outbox.count', {})).count).toBeGreaterThan(0);
  await workbench.screenshot('zero-updates');
});

test('零更新 of a large catalogue comes from the core a page at a time, the counts over every entry', async ({ workbench }) => {
  const { page } = workbench;
  const created = await publishedMonthly(workbench);
  // 119 copies of the published entry: 120 entries, three pages of 50.
  await copyEntry(workbench.dir, created.id, 119);

  await page.getByTestId('nav').getByText('责任清单', { exact: true }).click();
  await page.getByTestId('responsibilities-tabs').getByText('零更新', { exact: true }).click();
  await expect(page.getByTestId('zero-counts')).toContainText('应报送 120 条，逾期 0 条');
  const rows = page.getByTestId('zero-table').locator('.ant-table-row');
  await expect(rows).toHaveCount(50);
  await page.getByRole('listitem', { name: '3', exact: true }).click();
  await expect(rows).toHaveCount(20);
  const asked = workbench.calls.filter((c) => c.channel === 'zeroUpdates.list').map((c) => (c.input as { page?: number }).page);
  expect(asked).toContain(3);
  expect(asked).not.toContain(undefined);
});
