import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueWorkspace } from '../../bench/lib/catalogue-workspace';
import { expect, test } from './harness/fixtures';
import { input } from './harness/ui';

const ENTRIES = 100_000;

test('a catalogue of 100,000 entries draws only the rows in view, scrolls page by page and never loads whole', async ({ openWorkbench }, testInfo) => {
  // The first run after a schema change generates the workspace (1–3 minutes on a loaded box).
  test.setTimeout(10 * 60_000);
  // The benchmark's generated workspace (cached between runs), copied so opening it alters nothing.
  const cached = await catalogueWorkspace(ENTRIES, 10);
  const dir = mkdtempSync(join(tmpdir(), 'cw-e2e-large-'));
  cpSync(cached, dir, { recursive: true });
  rmSync(join(dir, '.complete'), { force: true });
  {
    const opened = Date.now();
    const wb = await openWorkbench({ dir, removeDirOnClose: true });
    const { page } = wb;
    // Opening the 100,000-entry workspace and loading the page take seconds on a loaded two-core box.
    await expect(page.getByTestId('catalogue-total')).toContainText('共 100,000 条目录', { timeout: 60_000 });
    const firstPage = Date.now() - opened;
    const table = page.getByTestId('catalogue-table');
    const holder = table.locator('.ant-table-body');
    const names = table.locator('.entry-name');
    const drawn = table.locator('.ant-table-row');
    await expect(names.first()).toBeVisible();

    // Only a window of rows around the view is in the page: an entry 300 rows down is not, until
    // scrolled to; then it is, and the rows scrolled away are gone.
    const [top] = (await wb.call('catalogue.list', { offset: 0, limit: 1 })).rows;
    const [far] = (await wb.call('catalogue.list', { offset: 300, limit: 1 })).rows;
    const rowOf = (id: string) => table.locator(`.ant-table-row[data-entry-id="${id}"]`);
    await expect(rowOf(top!.id)).toBeVisible();
    expect(await drawn.count()).toBeLessThan(60);
    await expect(rowOf(far!.id)).toHaveCount(0);
    const rowHeight = await drawn.first().evaluate((el) => el.getBoundingClientRect().height);
    await holder.evaluate((el, y) => el.scrollTo({ top: y }), 300 * rowHeight);
    await expect(rowOf(far!.id)).toBeVisible();
    await expect(rowOf(far!.id)).toContainText(far!.code);
    await expect(rowOf(top!.id)).toHaveCount(0);
    expect(await drawn.count()).toBeLessThan(60);
    // A row drawn after scrolling opens its entry on a double click, as any row does.
    await rowOf(far!.id).dblclick();
    const drawer = page.getByTestId('entry-drawer');
    await expect(input(page, 'name')).toHaveValue(far!.name);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    // Jump to the middle, as dragging the scrollbar does, and time until real rows replace the skeletons.
    const listedNear = (offset: number) =>
      wb.calls.some((c) => c.channel === 'catalogue.list' && Math.abs((c.input as { offset: number }).offset - offset) <= 5_000);
    const middle = async (fraction: number) => {
      const started = Date.now();
      await holder.evaluate((el, f) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) * f }), fraction);
      // Until the scroll has been rendered no skeleton shows either, so first wait for the page to be asked for.
      await expect.poll(() => listedNear(ENTRIES * fraction), { timeout: 60_000 }).toBe(true);
      await expect(page.locator('.row-skeleton')).toHaveCount(0);
      await expect(names.first()).toBeVisible();
      return Date.now() - started;
    };
    const toMiddle = await middle(0.5);
    const toEnd = await middle(1);

    // What is drawn at the end is what the core holds at the end of the list.
    const last = await wb.call('catalogue.list', { offset: ENTRIES - 1, limit: 1 });
    await expect(page.getByTestId('catalogue-table').getByText(last.rows[0]!.code, { exact: true })).toBeAttached();
    await expect(rowOf(last.rows[0]!.id)).toBeVisible();

    const coreMs = wb.calls.filter((c) => c.channel === 'catalogue.list').reduce((n, c) => n + (c.ms ?? 0), 0);
    const lists = wb.calls.filter((c) => c.channel === 'catalogue.list').map((c) => c.input as { offset: number; limit: number });
    const fetched = lists.reduce((n, c) => n + c.limit, 0);
    expect(lists.some((c) => c.offset >= 45_000 && c.offset <= 55_000)).toBe(true);
    expect(fetched).toBeLessThan(2_000);
    testInfo.annotations.push({ type: 'measure', description: `first page ${firstPage} ms; core time in catalogue.list ${coreMs} ms; scroll to middle ${toMiddle} ms, to end ${toEnd} ms; ${lists.length} list calls, ${fetched} rows fetched` });
    console.log(`100k catalogue: first page ${firstPage} ms (page load included); core time in catalogue.list ${coreMs} ms in all; scroll to middle ${toMiddle} ms, to end ${toEnd} ms; ${lists.length} list calls, ${fetched} rows fetched`);
    await wb.screenshot('catalogue-100k-end');

    // Sorting by name from the end of the list shows the first entry by name at the top.
    await table.locator('th', { hasText: '信息资源名称' }).click();
    const [byName] = (await wb.call('catalogue.list', { offset: 0, limit: 1, sort: 'name', order: 'asc' })).rows;
    await expect(rowOf(byName!.id)).toBeVisible({ timeout: 30_000 });
    await expect(names.first()).toHaveText(byName!.name);
  }
});
