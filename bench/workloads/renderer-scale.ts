import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { serveRenderer, RENDERER_DIR } from '../../tests/e2e/harness/static-server';
import { Workbench } from '../../tests/e2e/harness/workbench';
import { catalogueWorkspace } from '../lib/catalogue-workspace';
import { workspaceCopy } from '../lib/copy';
import { round, stats } from '../lib/timing';
import type { Workload } from '../types';

// Issue 15 "screens at scale": the built renderer in Chromium (Playwright) against a real core,
// as the e2e harness serves it, on the bench's workspace of 100,000 own entries.
const ENTRIES = 100_000;
const RUNS = 3;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEPARTMENT = { profileId: 'yichuan', departmentName: '伊川县数据局', departmentCode: '12320100671322000Q' } as const;

async function builtRenderer(): Promise<void> {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  console.log('  building the renderer (out/renderer)…');
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT });
}

/** Milliseconds from the page's navigation start until the catalogue's total says `total` (checked every frame). */
async function untilCatalogue(page: Page, total: string, rows: boolean): Promise<number> {
  const handle = await page.waitForFunction(
    ([want, withRows]) =>
      document.querySelector('[data-testid="catalogue-total"]')?.textContent?.includes(want) && (!withRows || document.querySelector('[data-testid="catalogue-table"] .entry-name')) ? performance.now() : 0,
    [total, rows] as const,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The page's JavaScript heap after a full garbage collection, in MB (CDP: what stays, not garbage waiting). */
async function heapMb(page: Page): Promise<{ used: number; total: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { used: usedSize / 1024 / 1024, total: totalSize / 1024 / 1024 };
}

interface ScreenRun {
  firstScreenMs: number;
  heapMb: number;
  heapAfterScrollMb: number;
  heapTotalMb: number;
}

async function screenRun(url: string, dir: string | undefined, total: string): Promise<ScreenRun> {
  // Debian's Chromium, launched as playwright.config.ts launches it for the e2e suite.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
    const wb = await Workbench.start(page, dir ? { url, dir, removeDirOnClose: true } : { url, init: DEPARTMENT });
    try {
      const firstScreenMs = await untilCatalogue(page, total, dir !== undefined);
      await page.waitForTimeout(1000);
      const heap = await heapMb(page);
      // Scrolled to the middle and the end as a drag of the scrollbar does: pages fetched on the way stay or go.
      const holder = page.locator('[data-testid="catalogue-table"] .ant-table-body');
      let afterScroll = heap;
      if (dir) {
        for (const f of [0.5, 1]) {
          await holder.evaluate((el, x) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) * x }), f);
          await page.waitForTimeout(1500);
          await page.locator('.row-skeleton').first().waitFor({ state: 'detached', timeout: 60_000 }).catch(() => {});
        }
        afterScroll = await heapMb(page);
      }
      return { firstScreenMs, heapMb: heap.used, heapAfterScrollMb: afterScroll.used, heapTotalMb: Math.max(heap.total, afterScroll.total) };
    } finally {
      await wb.close();
    }
  } finally {
    await browser.close();
  }
}

/** Both figures come from the same page loads: measured once, read by the two workloads. */
let measured: Promise<{ app: ScreenRun[]; bare: ScreenRun[] }> | undefined;
function measure() {
  measured ??= (async () => {
    await builtRenderer();
    const cached = await catalogueWorkspace(ENTRIES, 10);
    const server = await serveRenderer();
    try {
      const app: ScreenRun[] = [];
      const bare: ScreenRun[] = [];
      // Alternating: the 100,000-entry catalogue, then an empty one (a fresh workspace) — the bare figure.
      for (let i = 0; i < RUNS; i++) {
        app.push(await screenRun(server.url, workspaceCopy(cached), '100,000'));
        bare.push(await screenRun(server.url, undefined, '共 0 条'));
      }
      return { app, bare };
    } finally {
      await server.close();
    }
  })();
  return measured;
}

const med = (xs: number[]) => round(stats(xs).median, 1);

const heap: Workload = {
  name: 'screen.catalogue.heap',
  goal: 150,
  unit: 'MB',
  description: `renderer JS heap (after GC) on the catalogue screen with ${ENTRIES} entries, the larger of first screen and after scrolling to the middle and end; Chromium via Playwright, real core (bare: the same screen on an empty workspace)`,
  async run() {
    const { app, bare } = await measure();
    const worst = app.map((r) => Math.max(r.heapMb, r.heapAfterScrollMb));
    return {
      value: med(worst),
      bare: med(bare.map((r) => r.heapMb)),
      detail: {
        atFirstScreen: med(app.map((r) => r.heapMb)),
        afterScroll: med(app.map((r) => r.heapAfterScrollMb)),
        heapTotal: med(app.map((r) => r.heapTotalMb)),
        runs: worst.map((x) => round(x, 1)).join(' '),
      },
    };
  },
};

const firstScreen: Workload = {
  name: 'screen.catalogue.first',
  goal: 1_500,
  unit: 'ms',
  description: `first catalogue screen (total and first rows drawn) from page load, ${ENTRIES} entries; Chromium via Playwright, real core (bare: the same screen on an empty workspace)`,
  async run() {
    const { app, bare } = await measure();
    return {
      value: med(app.map((r) => r.firstScreenMs)),
      bare: med(bare.map((r) => r.firstScreenMs)),
      detail: { p95: round(stats(app.map((r) => r.firstScreenMs)).p95, 0), runs: app.map((r) => round(r.firstScreenMs, 0)).join(' '), bareRuns: bare.map((r) => round(r.firstScreenMs, 0)).join(' ') },
    };
  },
};

export default [heap, firstScreen] satisfies Workload[];
