import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests. `e2e` drives the built renderer (out/renderer, `vite build --config
 * renderer/vite.config.ts`) in Debian's Chromium against a real core in the test process;
 * `electron` holds the shell's `_electron` tests, which skip themselves where no Electron binary exists.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// One output folder per run (inherited by the workers): a run wipes its output folder first, and
// several runs of the suites may share one checkout.
process.env.CW_PLAYWRIGHT_RUN ??= new Date().toISOString().replace(/[:.]/g, '-');
const RUN = process.env.CW_PLAYWRIGHT_RUN;

export default defineConfig({
  // Generous: the CI box has two cores, shared with builds and other suites.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two shared cores on the CI box: one worker keeps timings steady.
  workers: 1,
  // One retry on CI only, as a guard against a timing flake on the loaded two-core box; the summary
  // of `npm test` lists every test that needed it by name, so a flake is never hidden.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      outputDir: `test-results/e2e/${RUN}`,
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      outputDir: `test-results/electron/${RUN}`,
    },
  ],
});
