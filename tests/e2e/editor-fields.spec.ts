// The entry editor edits every field the wizard edits: 资源分类, 数据分级 and 使用要求 of an
// existing entry are set in the editor, kept on save, and a quality error on one of them jumps there.
import { entryOf, type TestCore } from '../integration/sync-helpers';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { choose, field, input, row } from './harness/ui';

test('an existing entry gets its classification, data grade and usage requirements in the editor; a quality error jumps to its field', async ({ workbench }) => {
  const { page } = workbench;
  // 伊川 requires all three (profile rules): an entry without them saves, but is not ready.
  const { classification: _c, dataGrade: _g, usageRequirements: _u, ...incomplete } = entryOf({ department: DEPARTMENT } as unknown as TestCore, '食品经营许可信息');
  const entry = await workbench.call('catalogue.create', { entry: incomplete });
  await page.reload();

  await row(page, entry.name).getByTestId('row-edit').click();
  const drawer = page.getByTestId('entry-drawer');
  await drawer.getByTestId('state-ready').click();
  const blocked = drawer.getByTestId('ready-blocked');
  await expect(blocked.getByTestId('quality-issue')).toHaveCount(3);

  // Each link lands on a field of the editor, brought into view and flashed.
  await blocked.locator('[data-testid="quality-issue"][data-path="usageRequirements"]').getByTestId('quality-jump').click();
  await expect(field(page, 'usageRequirements')).toBeInViewport();
  await expect(input(page, 'usageRequirements')).toBeFocused();
  await blocked.locator('[data-testid="quality-issue"][data-path="dataGrade"]').getByTestId('quality-jump').click();
  await expect(field(page, 'dataGrade')).toBeInViewport();
  await expect(field(page, 'dataGrade')).toHaveClass(/field-flash/);

  await field(page, 'classification').locator('.ant-select').click();
  await page.locator('.ant-cascader-menu-item[title="1272 指南资源属性分类"]').click();
  await page.locator('.ant-cascader-menu-item[title="基础信息资源"]').click();
  await page.locator('.ant-cascader-menu-item[title="法人单位"]').click();
  await page.keyboard.press('Escape');
  await choose(page, 'dataGrade', '重要数据');
  await input(page, 'usageRequirements').fill('仅用于市场监管法定职责');
  // A data item's own attributes open under its row (the same cells in the wizard's items step).
  await field(page, 'items.1.name').locator('xpath=ancestor::tr').getByTestId('item-overrides-toggle').click();
  await field(page, 'items.1.sensitive').locator('.ant-switch').click();
  await input(page, 'items.1.desensitisation').fill('保留前 6 位');
  await workbench.screenshot('editor-grading-filled');
  await drawer.getByTestId('entry-save').click();
  await expect(drawer).toBeHidden();

  const stored = await workbench.call('catalogue.get', { id: entry.id });
  expect(stored).toMatchObject({
    classification: { scheme: 'national1272', category: '1', item: '02' },
    dataGrade: 'important',
    usageRequirements: '仅用于市场监管法定职责',
    // Fields the officer did not touch travel through unchanged.
    shareCondition: incomplete.shareCondition,
    shareMethodType: 'interface',
  });
  expect(stored.items[1]).toMatchObject({ name: '统一社会信用代码', sensitive: true, desensitisation: '保留前 6 位' });
  expect(stored.items[0]!.sensitive).toBeUndefined();

  // Reopened, the editor shows what was kept, and nothing blocks "ready" any more.
  await row(page, entry.name).getByTestId('row-edit').click();
  await expect(field(page, 'classification')).toContainText('法人单位');
  await expect(field(page, 'dataGrade')).toContainText('重要数据');
  await expect(input(page, 'usageRequirements')).toHaveValue('仅用于市场监管法定职责');
  await expect(input(page, 'items.1.desensitisation')).toHaveValue('保留前 6 位');
  await drawer.getByTestId('state-ready').click();
  await expect(drawer.getByTestId('entry-state')).toHaveAttribute('data-state', 'ready');
  await expect(drawer.getByTestId('ready-blocked')).toHaveCount(0);
});

test("a finding on a data item's own attribute unfolds the item's row and lands on that field", async ({ workbench }) => {
  const { page } = workbench;
  const entry = entryOf({ department: DEPARTMENT } as unknown as TestCore, '户籍人口信息');
  await workbench.call('catalogue.create', { entry: { ...entry, items: [{ name: '姓名', type: 'C', length: '50' }, { name: '公民身份号码', type: 'C', length: '18' }] } });
  await page.reload();

  await page.getByTestId('quality-open').click();
  const report = page.getByTestId('quality-drawer');
  await report.locator('[data-testid="quality-issue"][data-path="items.1.sensitive"]').getByTestId('quality-jump').click();
  const wizard = page.getByTestId('wizard');
  await expect(wizard.locator('[data-step="items"]')).toBeVisible();
  await expect(field(page, 'items.1.sensitive')).toBeInViewport();
  await expect(field(page, 'items.1.sensitive').locator('.ant-switch')).toBeFocused();
  // Only the row the finding names was unfolded.
  await expect(field(page, 'items.0.sensitive')).toHaveCount(0);
});
