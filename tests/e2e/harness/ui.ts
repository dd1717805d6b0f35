import { expect, type Locator, type Page } from '@playwright/test';

/** The form field (label, control and message) for a schema path such as `items.1.length`. */
export function field(page: Page, path: string): Locator {
  return page.locator(`[data-field="${path}"]`);
}

/** The text input or textarea of a field. */
export function input(page: Page, path: string): Locator {
  return field(page, path).locator('input, textarea').first();
}

/** Picks `label` in the antd Select of a field. */
export async function choose(page: Page, path: string, label: string): Promise<void> {
  await field(page, path).locator('.ant-select').click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
  // The list closes with an animation; the next step (or a screenshot) should not see it.
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** The catalogue table's row for an entry name. */
export function row(page: Page, name: string): Locator {
  return page.getByTestId('catalogue-table').locator('.ant-table-row', { hasText: name });
}

/**
 * The wizard's last steps as the stories fill them: 无条件共享 through an interface, not opened,
 * updated in real time; then the review and 标记就绪, until the wizard closes.
 */
export async function finishWizardShared(page: Page): Promise<void> {
  await choose(page, 'shareType', '无条件共享');
  await choose(page, 'shareMethodType', '接口');
  await page.getByTestId('wizard-next').click();
  await choose(page, 'openType', '禁止开放');
  await page.getByTestId('wizard-next').click();
  await choose(page, 'updateCycle', '实时');
  await page.getByTestId('wizard-next').click();
  await expect(page.getByTestId('wizard-review')).toBeVisible();
  await page.getByTestId('wizard-ready').click();
  await expect(page.getByTestId('wizard')).toBeHidden();
}

/** From 共享目录, the raise-objection dialog on a shared entry with `itemName` chosen as the item. */
export async function raiseObjectionOn(page: Page, entryName: string, itemName: string): Promise<Locator> {
  await page.getByTestId('shared-browse').locator('.ant-table-row', { hasText: entryName }).click();
  await page.getByTestId('details-drawer').getByTestId('raise-objection').click();
  const modal = page.getByTestId('raise-modal');
  await modal.locator('[data-field="itemName"] .ant-select').click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${itemName}"]`).click();
  return modal;
}
