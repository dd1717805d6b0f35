import { test as base, type Page } from '@playwright/test';
import { serveRenderer } from './static-server';
import { Workbench, type WorkbenchOptions } from './workbench';

export const DEPARTMENT = { name: '伊川县数据局', code: '12320100671322000Q' };

/**
 * `openWorkbench` starts as many apps as a test needs, e.g. two departments side by side:
 *   const a = await openWorkbench({ init: A });
 *   const b = await openWorkbench({ init: B, core: { …platform options } }, await context.newPage());
 */
interface TestFixtures {
  /** Starts an app on a page (the test's own page unless another is given); closed after the test. */
  openWorkbench(options?: Omit<WorkbenchOptions, 'url'>, page?: Page): Promise<Workbench>;
  /** An app on a fresh, already set-up workspace (department 伊川县数据局, profile yichuan). */
  workbench: Workbench;
}

interface WorkerFixtures {
  rendererUrl: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererUrl: [
    // Playwright reads a fixture's dependencies from its destructuring pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  openWorkbench: async ({ page, rendererUrl }, use) => {
    const opened: Workbench[] = [];
    await use(async (options = {}, onPage = page) => {
      const wb = await Workbench.start(onPage, { ...options, url: rendererUrl });
      opened.push(wb);
      return wb;
    });
    for (const wb of opened.reverse()) await wb.close();
  },
  workbench: async ({ openWorkbench }, use) => {
    await use(await openWorkbench({ init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code } }));
  },
});

export { expect } from '@playwright/test';
