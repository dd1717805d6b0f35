import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueWorkspace } from '../../bench/lib/catalogue-workspace';
import { expect, test } from './harness/fixtures';

const ENTRIES = 100_000;

test('a catalogue of 100,000 entries scrolls page by page and never loads whole', async ({ openWorkbench }, testInfo) => {
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
    // The core answers in milliseconds; the table's first layout of 100,000 row slots takes longer
    // (seconds on a loaded two-core box), hence the wider timeout for this one step.
    await expect(page.getByTestId('catalogue-total')).toContainText('共 100,000 条目录', { timeout: 60_000 });
    const firstPage = Date.now() - opened;
    const holder = page.locator('.ant-table-tbody-virtual-holder');
    const names = page.getByTestId('catalogue-table').locator('.entry-name');
    await expect(names.first()).toBeVisible();

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
    // Row heights are estimated until drawn, so the first jump may stop just short of the end.
    await middle(1);

    // What is drawn at the end is what the core holds at the end of the list.
    const last = await wb.call('catalogue.list', { offset: ENTRIES - 1, limit: 1 });
    await expect(page.getByTestId('catalogue-table').getByText(last.rows[0]!.code, { exact: true })).toBeAttached();

    const coreMs = wb.calls.filter((c) => c.channel === 'catalogue.list').reduce((n, c) => n + (c.ms ?? 0), 0);
    const lists = wb.calls.filter((c) => c.channel === 'catalogue.list').map((c) => c.input as { offset: number; limit: number });
    const fetched = lists.reduce((n, c) => n + c.limit, 0);
    expect(lists.some((c) => c.offset >= 45_000 && c.offset <= 55_000)).toBe(true);
    expect(fetched).toBeLessThan(2_000);
    testInfo.annotations.push({ type: 'measure', description: `first page ${firstPage} ms; core time in catalogue.list ${coreMs} ms; scroll to middle ${toMiddle} ms, to end ${toEnd} ms; ${lists.length} list calls, ${fetched} rows fetched` });
    console.log(`100k catalogue: first page ${firstPage} ms (page load included); core time in catalogue.list ${coreMs} ms in all; scroll to middle ${toMiddle} ms, to end ${toEnd} ms; ${lists.length} list calls, ${fetched} rows fetched`);
    await wb.screenshot('catalogue-100k-end');
  }
});
