import { CHANNEL_NAMES, EVENT_NAMES } from '@shared/ipc/contract';
import { DEPARTMENT, expect, test } from './harness/fixtures';

test('the page gets a frozen window.api with exactly the contract’s channels and events', async ({ workbench }) => {
  const shape = await workbench.page.evaluate(() => ({
    call: Object.keys(window.api.call).sort(),
    on: Object.keys(window.api.on).sort(),
    frozen: Object.isFrozen(window.api) && Object.isFrozen(window.api.call) && Object.isFrozen(window.api.on),
  }));
  expect(shape).toEqual({ call: [...CHANNEL_NAMES].sort(), on: [...EVENT_NAMES].sort(), frozen: true });
});

test('every navigation entry opens its own screen, and the last view and language survive a reload', async ({ workbench }) => {
  const { page } = workbench;
  const nav = page.getByTestId('nav');
  const comingSoon = page.getByTestId('coming-soon');
  for (const label of ['需求清单', '共享目录', '我的申请', '待我审批', '数据疑义', '同步', '统计', '设置']) {
    await nav.getByText(label, { exact: true }).click();
    await expect(nav.locator('.ant-menu-item-selected')).toHaveText(label);
    // Each entry shows its screen, never the placeholder of a screen still to come.
    await expect(page.locator('.app-content > *').first()).toBeVisible();
    await expect(comingSoon).toHaveCount(0);
  }
  await nav.getByText('需求清单', { exact: true }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(nav.locator('.ant-menu-item-selected')).toHaveText('Demands');
  // The shell saves the choice after the page shows it: poll, the write may still be on its way.
  await expect.poll(() => workbench.shell.prefs).toMatchObject({ locale: 'en', lastView: 'demands' });

  await page.reload();
  await expect(nav.locator('.ant-menu-item-selected')).toHaveText('Demands');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await nav.getByText('Overview', { exact: true }).click();
  await expect(nav.locator('.ant-menu-item-selected')).toHaveText('Overview');
  await expect(comingSoon).toHaveCount(0);
  await workbench.screenshot('navigation-en');
  await nav.getByText('Catalogue', { exact: true }).click();
  await expect(page.getByTestId('entry-new')).toHaveText('New entry');
});

test('two workspaces run side by side, each page bound to its own core', async ({ openWorkbench, context }) => {
  const a = await openWorkbench({ init: { profileId: 'songjiang', departmentName: '松江区数据局', departmentCode: DEPARTMENT.code } });
  const b = await openWorkbench({ init: { profileId: 'lishui', departmentName: '丽水市数据局', departmentCode: DEPARTMENT.code } }, await context.newPage());
  await a.call('catalogue.create', {
    entry: {
      name: '松江区企业名录',
      provider: '松江区数据局',
      summary: '企业名称与地址',
      formatClass: 'document',
      formatType: 'pdf',
      shareType: 'conditional',
      shareCondition: '仅限区内部门',
      openType: 'none',
      updateCycle: 'yearly',
    },
  });
  await expect(a.page.getByTestId('header-department')).toContainText('松江区数据局');
  await expect(b.page.getByTestId('header-department')).toContainText('丽水市数据局');
  // Each page shows its own core's data, in the wording of its own profile.
  await expect(a.page.getByTestId('catalogue-table').locator('.ant-table-row', { hasText: '松江区企业名录' })).toContainText('按需共享');
  await expect(b.page.getByTestId('catalogue-total')).toContainText('共 0 条目录');
});

test('a last view remembered under a former route key opens that screen', async ({ openWorkbench }) => {
  const wb = await openWorkbench({ init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code }, prefs: { lastView: 'toDecide' } });
  await expect(wb.page.getByTestId('nav').locator('.ant-menu-item-selected')).toHaveText('待我审批');
});
