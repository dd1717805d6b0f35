import { expect, test, DEPARTMENT } from './harness/fixtures';
import { choose, field, input, row } from './harness/ui';

test('an officer creates an entry with two data items, edits it, finds it after a restart and deletes it', async ({ workbench }) => {
  const { page } = workbench;
  await expect(page.getByTestId('catalogue-total')).toContainText('共 0 条目录');

  await page.getByTestId('entry-new').click();
  const drawer = page.getByTestId('entry-drawer');
  await expect(drawer).toBeVisible();
  // The provider defaults to the workspace's department.
  await expect(input(page, 'provider')).toHaveValue(DEPARTMENT.name);
  await expect(input(page, 'providerCode')).toHaveValue(DEPARTMENT.code);

  await input(page, 'name').fill('人口基础信息');
  await input(page, 'summary').fill('本县户籍人口的姓名、公民身份号码等基础信息');
  await choose(page, 'formatClass', '数据库');
  await choose(page, 'formatType', 'KingbaseES');
  await choose(page, 'updateCycle', '每日');
  await choose(page, 'shareType', '有条件共享');
  await input(page, 'shareCondition').fill('仅限公安、民政业务使用');
  await choose(page, 'openType', '不予开放');

  await page.getByTestId('add-item').click();
  await input(page, 'items.0.name').fill('姓名');
  await input(page, 'items.0.length').fill('50');
  await page.getByTestId('add-item').click();
  await input(page, 'items.1.name').fill('出生日期');
  await choose(page, 'items.1.type', '日期型D');
  await input(page, 'items.1.length').fill('8位');
  await expect(field(page, 'items.1.length')).toContainText('数据长度应为数字');
  await input(page, 'items.1.length').fill('8');
  await expect(field(page, 'items.1.length')).not.toContainText('数据长度应为数字');
  await workbench.screenshot('entry-form-filled');
  await page.getByTestId('entry-save').click();
  await expect(drawer).toBeHidden();

  const created = row(page, '人口基础信息');
  await expect(created).toContainText(`${DEPARTMENT.code}/000001`);
  await expect(created).toContainText('数据库 / KingbaseES');
  await expect(created).toContainText('有条件共享');
  await expect(created).toContainText('每日');
  await expect(created).toContainText('草稿');
  await expect(page.getByTestId('catalogue-total')).toContainText('共 1 条目录');
  const [summary] = (await workbench.call('catalogue.list', {})).rows;
  const stored = await workbench.call('catalogue.get', { id: summary!.id });
  expect(stored.items.map((i) => [i.name, i.type, i.length])).toEqual([
    ['姓名', 'C', '50'],
    ['出生日期', 'D', '8'],
  ]);
  await workbench.screenshot('catalogue-one-entry');

  // Edit: the form opens on the stored values.
  await created.getByTestId('row-edit').click();
  await expect(input(page, 'items.1.name')).toHaveValue('出生日期');
  await input(page, 'name').fill('户籍人口基础信息');
  await page.getByTestId('entry-save').click();
  await expect(drawer).toBeHidden();
  await expect(row(page, '户籍人口基础信息')).toBeVisible();
  expect((await workbench.call('catalogue.get', { id: summary!.id })).revision).toBe(2);

  // A new core on the same folder finds what the UI wrote.
  await workbench.restartCore();
  await expect(row(page, '户籍人口基础信息')).toContainText('2');
  await expect(page.getByTestId('header-department')).toContainText(DEPARTMENT.name);

  // Delete asks first; cancelling keeps the entry.
  await row(page, '户籍人口基础信息').getByTestId('row-delete').click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect(confirm).toContainText('删除“户籍人口基础信息”？');
  await workbench.screenshot('catalogue-delete-confirm');
  await confirm.getByRole('button', { name: '取 消' }).or(confirm.getByRole('button', { name: '取消' })).click();
  await expect(confirm).toBeHidden();
  await expect(row(page, '户籍人口基础信息')).toBeVisible();

  await row(page, '户籍人口基础信息').getByTestId('row-delete').click();
  await confirm.locator('.ant-btn-dangerous').click();
  await expect(row(page, '户籍人口基础信息')).toHaveCount(0);
  await expect(page.getByTestId('catalogue-total')).toContainText('共 0 条目录');
  expect((await workbench.call('catalogue.list', {})).total).toBe(0);
});
