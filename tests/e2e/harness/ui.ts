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
