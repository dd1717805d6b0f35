// The officer's side of submission without a platform: marking ready is refused while the entry
// has quality errors, and the errors are listed in the editor with the fields they point at.
import { entryOf, type TestCore } from '../integration/sync-helpers';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { row } from './harness/ui';

test('mark ready is blocked with the quality errors listed; once fixed it is ready and can be submitted', async ({ workbench }) => {
  const { page } = workbench;
  // 伊川 requires 数据分级 and 使用要求 (profile rules): an entry without them saves, but is not ready.
  const { dataGrade, usageRequirements, ...incomplete } = entryOf({ department: DEPARTMENT } as unknown as TestCore, '农民专业合作社登记信息');
  const entry = await workbench.call('catalogue.create', { entry: incomplete });
  await page.reload();

  await row(page, entry.name).getByTestId('row-edit').click();
  const drawer = page.getByTestId('entry-drawer');
  await drawer.getByTestId('state-ready').click();
  const blocked = drawer.getByTestId('ready-blocked');
  await expect(blocked).toContainText('还有 2 个质量错误');
  await expect(blocked.getByTestId('quality-issue')).toHaveCount(2);
  await expect(blocked.locator('[data-testid="quality-issue"][data-path="dataGrade"]')).toContainText('数据分级 / 安全级别');
  await expect(blocked.locator('[data-testid="quality-issue"][data-path="usageRequirements"]')).toContainText('本地规则要求填写此项（使用要求）');
  await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'draft');
  await expect(drawer.getByTestId('entry-submit')).toHaveCount(0);
  await workbench.screenshot('submission-ready-blocked');
  expect((await workbench.call('catalogue.get', { id: entry.id })).state).toBe('draft');

  // The wizard's extra fields filled in (through the core here): marking ready now works, and submit queues it.
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  const saved = await workbench.call('catalogue.get', { id: entry.id });
  await workbench.call('catalogue.update', { id: entry.id, revision: saved.revision, entry: { ...incomplete, dataGrade, usageRequirements } });
  await row(page, entry.name).getByTestId('row-edit').click();
  await drawer.getByTestId('state-ready').click();
  await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'ready');
  await expect(drawer.getByTestId('ready-blocked')).toHaveCount(0);
  await drawer.getByTestId('entry-submit').click();
  await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'submitted');
  await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '1');
  expect((await workbench.call('outbox.list', {})).ops).toEqual([expect.objectContaining({ kind: 'catalogue.submit', entityId: entry.id })]);
});
