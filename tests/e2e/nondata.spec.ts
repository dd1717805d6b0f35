// 拱墅's non-data resources (《拱墅区政务数字资源共建共享管理办法》第二条) end to end in Chromium: an
// officer of a 拱墅 department catalogues an application through the wizard (the kind first, then
// its own fields instead of data items), submits it, the platform reviewer reviews and publishes it,
// and another department finds it in 共享目录 under its kind with every field of its kind.
// Screenshots per step: artifacts/nondata-*.png.
import type { Page } from '@playwright/test';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';
import type { DemoAccount } from '../../platform/seed/demo';
import { memoryKeyStore } from '../../electron/core/types';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { choose, field, finishWizardShared, input, row } from './harness/ui';
import type { Workbench } from './harness/workbench';

const NAME = '拱墅区一网通办应用';

function options(p: TestPlatform, a: DemoAccount) {
  const department = a.role === 'officer' ? { departmentName: a.department, departmentCode: a.departmentCode } : { departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code };
  return {
    init: { profileId: 'gongshu' as const, ...department },
    core: { policy: { locked: new Set<never>(), platformUrl: p.url }, keyStore: memoryKeyStore(), sync: { auto: false } },
  };
}

async function signIn(wb: Workbench, a: DemoAccount): Promise<void> {
  const { page } = wb;
  await page.getByTestId('signin-open').click();
  const dialog = page.getByTestId('signin-dialog');
  await dialog.getByTestId('signin-user').fill(a.user);
  await dialog.getByTestId('signin-password').fill(a.password);
  await page.getByTestId('signin-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('header-account')).toHaveAttribute('data-user', a.user);
}

async function syncNow(wb: Workbench): Promise<void> {
  const { page } = wb;
  const last = page.getByTestId('header-sync-last');
  const before = (await last.count()) ? await last.getAttribute('data-at') : null;
  await page.getByTestId('sync-now').click();
  await expect(last).not.toHaveAttribute('data-at', before ?? '');
  await expect(page.getByTestId('header-sync')).toHaveAttribute('data-state', 'idle');
}

function nav(page: Page, label: string) {
  return page.getByTestId('nav').getByText(label, { exact: true });
}

test('a 拱墅 officer catalogues an application through the wizard; it is reviewed, published and shown under its kind in the other department’s shared catalogue', async ({ openWorkbench, context }) => {
  test.setTimeout(300_000);
  const p = await startTestPlatform({ clock: () => new Date(), profile: 'gongshu' });
  try {
    const [oa, ob] = p.accounts.filter((a) => a.role === 'officer');
    const reviewer = p.accounts.find((a) => a.role === 'reviewer')!;
    const a = await openWorkbench(options(p, oa!));
    const { page } = a;

    // 1. The wizard asks for the kind first; data is chosen to begin with.
    await page.getByTestId('wizard-new').click();
    const wizard = page.getByTestId('wizard');
    await expect(wizard.locator('[data-step="kind"]')).toBeVisible();
    const kinds = wizard.getByTestId('kind-choice');
    await expect(kinds.locator('[data-kind]')).toHaveCount(7);
    await expect(kinds.getByRole('radio', { name: /^数据 — / })).toBeChecked();
    await expect(wizard).toContainText('《拱墅区政务数字资源共建共享管理办法》第二条');
    await kinds.getByRole('radio', { name: /^应用（场景） — / }).check();
    await expect(kinds.getByRole('radio', { name: /^应用（场景） — / })).toBeChecked();
    await a.screenshot('nondata-1-kind');
    await page.getByTestId('wizard-next').click();

    // 2. What it is: no kind choice here any more, the usual common metadata.
    await expect(wizard.locator('[data-step="what"]')).toBeVisible();
    await expect(wizard.getByTestId('kind')).toHaveCount(0);
    await input(page, 'name').fill(NAME);
    await input(page, 'summary').fill('面向全区办事群众和政务单位的一网通办应用，提供事项申报、进度查询和证照调用');
    await choose(page, 'formatClass', '服务接口');
    await choose(page, 'formatType', 'REST');
    await page.getByTestId('wizard-next').click();

    // 3. The application's own fields instead of data items; "next" waits for the required ones.
    const details = wizard.locator('[data-step="items"][data-kind="application"]');
    await expect(details).toBeVisible();
    await expect(page.getByTestId('wizard-steps')).toContainText('资源属性');
    await expect(details.getByTestId('ddl-collapse')).toHaveCount(0);
    await page.getByTestId('wizard-next').click();
    await expect(field(page, 'appUrl')).toContainText('必填');
    await expect(field(page, 'onGovCloud')).toContainText('必填');
    await expect(field(page, 'protectionLevel')).toContainText('必填');
    await expect(field(page, 'appUsers')).toContainText('必填');
    await input(page, 'appUrl').fill('ywtb.gongshu.gov.cn');
    await expect(field(page, 'appUrl')).toContainText('http://');
    await input(page, 'appUrl').fill('https://ywtb.gongshu.gov.cn');
    await field(page, 'onGovCloud').getByText('是', { exact: true }).click();
    await choose(page, 'protectionLevel', '第三级');
    await input(page, 'appUsers').fill('全区政务单位及办事群众');
    await input(page, 'userCount').fill('5200');
    await a.screenshot('nondata-2-application-fields');
    await page.getByTestId('wizard-next').click();

    // 4. Sharing, opening and the update cycle as for any resource.
    await expect(wizard.locator('[data-step="sharing"]')).toBeVisible();
    await finishWizardShared(page);

    const [saved] = (await a.call('catalogue.list', {})).rows.filter((r) => r.name === NAME);
    const stored = await a.call('catalogue.get', { id: saved!.id });
    expect(stored).toMatchObject({
      kind: 'application',
      state: 'ready',
      items: [],
      appUrl: 'https://ywtb.gongshu.gov.cn',
      onGovCloud: true,
      protectionLevel: 'level3',
      appUsers: '全区政务单位及办事群众',
      userCount: 5200,
    });

    // 5. The editor shows the kind's fields in their own section; A submits and syncs.
    await signIn(a, oa!);
    await row(page, NAME).getByTestId('row-edit').click();
    const drawer = page.getByTestId('entry-drawer');
    await expect(drawer.locator('[data-section="kind"]')).toBeVisible();
    await expect(input(page, 'appUrl')).toHaveValue('https://ywtb.gongshu.gov.cn');
    await drawer.getByTestId('entry-submit').click();
    await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'submitted');
    await page.keyboard.press('Escape');
    await syncNow(a);
    await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '0');

    // 6. The reviewer sees the kind and its fields, and approves.
    const r = await openWorkbench(options(p, reviewer), await context.newPage());
    await signIn(r, reviewer);
    await nav(r.page, '审核').click();
    await r.page.getByTestId('review-refresh').click();
    await r.page.getByTestId('review-queue').locator('.ant-table-row', { hasText: NAME }).click();
    const review = r.page.getByTestId('review-drawer');
    const fields = review.getByTestId('review-fields');
    await expect(fields.locator('[data-field-view="kind"]')).toContainText('应用（场景）');
    await expect(fields.locator('[data-field-view="appUrl"]')).toContainText('https://ywtb.gongshu.gov.cn');
    await expect(fields.locator('[data-field-view="protectionLevel"]')).toContainText('第三级');
    await expect(fields.locator('[data-field-view="onGovCloud"]')).toContainText('是');
    await r.screenshot('nondata-3-review');
    await review.getByTestId('review-approve').click();
    await expect(review).toBeHidden();

    await syncNow(a);
    await expect(row(page, NAME).getByTestId('entry-state')).toHaveAttribute('data-state', 'published');

    // 7. B finds it in 共享目录 under its kind, with every field of its kind.
    const b = await openWorkbench(options(p, ob!), await context.newPage());
    await signIn(b, ob!);
    await syncNow(b);
    await nav(b.page, '共享目录').click();
    const browse = b.page.getByTestId('shared-browse');
    await b.page.getByTestId('shared-kind-filter').click();
    await b.page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="应用（场景）"]').click();
    const listed = browse.locator('.ant-table-row');
    await expect(listed).toHaveCount(1);
    await expect(listed.first()).toContainText(NAME);
    await expect(listed.first().locator('[data-kind="application"]')).toHaveText('应用（场景）');
    await b.screenshot('nondata-4-shared-by-kind');
    await listed.first().click();
    const shown = b.page.getByTestId('entry-details');
    await expect(shown.getByTestId('details-kind')).toHaveText('应用（场景）');
    await expect(shown.locator('[data-kind-field="appUrl"]')).toHaveText('https://ywtb.gongshu.gov.cn');
    await expect(shown.locator('[data-kind-field="onGovCloud"]')).toHaveText('是');
    await expect(shown.locator('[data-kind-field="protectionLevel"]')).toHaveText('第三级');
    await expect(shown.locator('[data-kind-field="appUsers"]')).toHaveText('全区政务单位及办事群众');
    await expect(shown.locator('[data-kind-field="userCount"]')).toHaveText('5200');
    await b.screenshot('nondata-5-details');
  } finally {
    await p.dispose();
  }
});
