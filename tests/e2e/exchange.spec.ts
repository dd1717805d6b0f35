import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './harness/fixtures';
import { row } from './harness/ui';

const HEADER = ['信息资源名称', '信息资源提供方', '信息资源摘要', '信息资源格式分类', '信息资源格式类型', '信息项名称', '数据类型', '数据长度', '共享类型', '共享条件', '是否向社会开放', '更新周期'];

type Row = (string | number)[];

/** A 1272-layout workbook as departments fill it: a title row, the header, one row per data item. */
async function workbook(path: string, rows: Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('政务信息资源目录');
  ws.addRow(['伊川县数据局政务信息资源目录']);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  return path;
}

const PEOPLE = (name: string, item: string, type: string, length: string, share = '有条件共享'): Row => [
  name, '伊川县数据局', '本县户籍人口的姓名、公民身份号码等基础信息', '数据库', 'KingbaseES', item, type, length, share, '仅限政务服务使用', '不予开放', '每日',
];
const PERMITS = (item: string, type: string, length: string): Row => [
  '建筑施工许可信息', '伊川县数据局', '本县核发的建筑工程施工许可证信息', '电子表格', 'xlsx', item, type, length, '无条件共享', '', '无条件开放', '每月',
];

test('import shows every error of a workbook and writes nothing; the fixed workbook applies; export then re-import changes nothing', async ({ workbench }) => {
  const { page } = workbench;
  const dir = mkdtempSync(join(tmpdir(), 'cw-e2e-xlsx-'));
  try {
    // A workbook with three problems: an unknown share type, an unknown data type, a length that is not a number.
    const bad = await workbook(join(dir, '目录-有错误.xlsx'), [
      PEOPLE('人口基础信息', '姓名', '字符型C', '50', '随便共享'),
      PEOPLE('人口基础信息', '公民身份号码', '字符串型X', '18', '随便共享'),
      PERMITS('许可证号', '字符型C', '三十'),
      PERMITS('发证日期', '日期型D', '8'),
    ]);
    workbench.shell.openFiles.push(bad);
    await page.getByTestId('import-excel').click();
    const preview = page.locator('.ant-modal.import-preview');
    await expect(preview).toBeVisible();
    const errors = preview.getByTestId('import-errors');
    // Every error at its sheet, row and column (I 共享类型, G 数据类型, H 数据长度), with its code and a
    // message in the officer's words: the column's header, the value found and what is allowed.
    const cells = (r: number) => errors.locator('.ant-table-row').nth(r).locator('td');
    await expect(errors.locator('.ant-table-row')).toHaveCount(3);
    await expect(cells(0)).toHaveText(['政务信息资源目录', '3', 'I', 'validation.enum', '“共享类型”列：请选择列表中的值；填写的是“随便共享”；可填写：无条件共享、有条件共享、不予共享']);
    await expect(cells(1)).toHaveText(['政务信息资源目录', '4', 'G', 'validation.enum', /^“数据类型”列：请选择列表中的值；填写的是“字符串型X”；可填写：字符型C、/]);
    await expect(cells(2).nth(2)).toHaveText('H');
    await expect(cells(2).nth(4)).toContainText('数据长度应为数字');
    await expect(preview.getByTestId('import-apply')).toBeDisabled();
    await workbench.screenshot('import-errors');
    await preview.getByTestId('import-cancel').click();
    await expect(preview).toBeHidden();
    expect((await workbench.call('catalogue.list', {})).total).toBe(0);

    // Fixed in "Excel": the dry run counts two new entries; apply writes them.
    const good = await workbook(join(dir, '目录.xlsx'), [
      PEOPLE('人口基础信息', '姓名', '字符型C', '50'),
      PEOPLE('人口基础信息', '公民身份号码', '字符串型C', '18'),
      PERMITS('许可证号', '字符型C', '30'),
      PERMITS('发证日期', '日期型D', '8'),
    ]);
    workbench.shell.openFiles.push(good);
    await page.getByTestId('import-excel').click();
    await expect(preview.getByTestId('import-added')).toContainText('2');
    await expect(preview.getByTestId('import-errors').locator('.ant-table-row')).toHaveCount(0);
    await preview.getByText('条目（2）').click();
    await expect(preview.getByTestId('import-entries')).toContainText('建筑施工许可信息');
    await workbench.screenshot('import-preview-ok');
    await preview.getByTestId('import-apply').click();
    await expect(preview).toBeHidden();
    await expect(row(page, '人口基础信息')).toBeVisible();
    await expect(row(page, '建筑施工许可信息')).toContainText('电子表格 / XLSX');
    await expect(page.getByTestId('catalogue-total')).toContainText('共 2 条目录');

    // Export in the 1272 layout through the save dialog, then import the file back: nothing changes.
    const exported = join(dir, '导出.xlsx');
    workbench.shell.saveFiles.push(exported);
    await page.getByTestId('export-excel').click();
    await page.getByTestId('export-1272').click();
    await expect(page.locator('.ant-message')).toContainText('已导出 2 条目录、4 个信息项');
    expect(existsSync(exported)).toBe(true);
    // The saved workbook can be opened from the app (the shell allows exactly the file saved through its dialog).
    await page.getByTestId('export-open').click();
    await expect.poll(() => workbench.shell.openedPaths).toEqual([exported]);
    workbench.shell.openFiles.push(exported);
    await page.getByTestId('import-excel').click();
    await expect(preview.getByTestId('import-unchanged')).toContainText('2');
    await expect(preview.getByTestId('import-added')).toContainText('0');
    await expect(preview.getByTestId('import-changed')).toContainText('0');
    await expect(preview.getByTestId('import-nothing')).toBeVisible();
    await expect(preview.getByTestId('import-apply')).toBeDisabled();
    await workbench.screenshot('import-roundtrip-unchanged');
    await preview.getByTestId('import-cancel').click();

    // Blank templates of both layouts; a cancelled dialog writes nothing.
    const template = join(dir, '模板.xlsx');
    workbench.shell.saveFiles.push(template, null);
    await page.getByTestId('template-excel').click();
    await page.getByTestId('template-modern').click();
    await expect(page.locator('.ant-message')).toContainText('空白模板已保存为 模板.xlsx');
    expect(existsSync(template)).toBe(true);
    const before = workbench.calls.length;
    await page.getByTestId('template-excel').click();
    await page.getByTestId('template-1272').click();
    await expect.poll(() => workbench.calls.slice(before).map((c) => c.channel)).toContain('dialog.saveFile');
    expect(workbench.calls.slice(before).map((c) => c.channel)).not.toContain('exchange.template');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
