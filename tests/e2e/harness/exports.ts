import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect } from './fixtures';
import type { Workbench } from './workbench';

/**
 * Clicks the export button `testId`, saving to `file` in the workspace folder (the native dialog's
 * answer), waits for the message naming it, and reads the workbook back.
 */
export async function exportedWorkbook(wb: Workbench, page: Page, testId: string, file: string): Promise<ExcelJS.Workbook> {
  const path = join(wb.dir, file);
  wb.shell.saveFiles.push(path);
  await page.getByTestId(testId).click();
  await expect(page.locator('.ant-message')).toContainText(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}
