/**
 * The Electron shell itself, driven by Playwright's `_electron`: what the vitest tests of
 * electron/main cannot show without a real Electron. Needs the Electron binary (npm downloads it
 * on install) and, on Linux without a display, `xvfb-run`. Where the binary is missing, every test
 * reports itself skipped with the reason.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../shared/ipc/contract';
import { RENDERER_CSP } from '../../shared/security/csp';
import { DEPARTMENT, sampleEntry } from '../helpers/core';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Electron executable npm installed, if it did. Resolved the way `require('electron')` does
 * (its path.txt under dist/, or ELECTRON_OVERRIDE_DIST_PATH) but without requiring it: electron 45's
 * index.js tries to download a missing binary on require, which hangs on an offline machine.
 */
function electronBinary(): string | undefined {
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const full = override ? join(override, name ?? 'electron') : name ? join(pkgDir, 'dist', name) : undefined;
    return full && existsSync(full) ? full : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const SKIP_REASON = 'Electron binary not available on this machine (npm could not download it); the shell logic is covered by the vitest tests of electron/main and electron/preload';

test.describe('Electron shell', () => {
  test.skip(!binary, SKIP_REASON);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let userData: string;
  let workspace: string;
  const env = () => ({ ...process.env, CATALOGUE_WORKBENCH_USER_DATA: userData });

  test.beforeAll(async () => {
    if (!binary) return;
    if (!existsSync(join(root, 'out/main/index.cjs')) || !existsSync(join(root, 'out/renderer/index.html'))) {
      execFileSync('npx', ['--no-install', 'electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
    }
    userData = mkdtempSync(join(tmpdir(), 'cw-shell-userdata-'));
    workspace = mkdtempSync(join(tmpdir(), 'cw-shell-ws-'));
    app = await electron.launch({ executablePath: binary, args: [root, '--workspace', workspace], env: env() });
    // The system browser is the OS edge: record what the shell would open instead of opening it.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as unknown as { openedExternally: string[] }).openedExternally = opened;
      shell.openExternal = async (url: string) => void opened.push(url);
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    for (const d of [userData, workspace]) if (d) rmSync(d, { recursive: true, force: true });
  });

  test('the window opens on app:// with Node and Electron out of the page', async () => {
    expect(page.url()).toMatch(/^app:\/\/workbench\//);
    // nodeIntegration off, sandbox on, context isolation on: nothing of Node or of the preload's world.
    const world = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { require: typeof w.require, process: typeof w.process, module: typeof w.module, global: typeof w.global, api: typeof w.api };
    });
    expect(world).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', global: 'undefined', api: 'object' });
    // Where the OS reports it (Windows, macOS), the renderer process is sandboxed.
    const sandboxed = await app.evaluate(({ app: a, BrowserWindow }) => {
      const pid = BrowserWindow.getAllWindows()[0]?.webContents.getOSProcessId();
      return a.getAppMetrics().find((m) => m.pid === pid)?.sandboxed;
    });
    if (sandboxed !== undefined) expect(sandboxed).toBe(true);
  });

  test('the page is served with the CSP response header', async () => {
    const csp = await page.evaluate(async () => (await fetch('app://workbench/index.html')).headers.get('content-security-policy'));
    expect(csp).toBe(RENDERER_CSP);
  });

  test('window.open and navigation away are denied', async () => {
    expect(await page.evaluate(() => window.open('https://www.gov.cn/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/workbench\//);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    // The allow-listed link went to the (stubbed) system browser, not a new window.
    expect(await app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally)).toEqual(['https://www.gov.cn/']);
  });

  test('window.api exposes exactly the contract, and no Electron or Node object', async () => {
    const shape = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { api: { call: object; on: object } };
      return {
        top: Object.keys(w.api).sort(),
        call: Object.keys(w.api.call).sort(),
        on: Object.keys(w.api.on).sort(),
        leaks: ['ipcRenderer', 'require', 'process', 'module', 'Buffer', 'electron'].filter((k) => typeof w[k] !== 'undefined'),
      };
    });
    expect(shape).toEqual({ top: ['call', 'on'], call: [...CHANNEL_NAMES].sort(), on: [...EVENT_NAMES].sort(), leaks: [] });
  });

  test('a catalogue call round-trips through the core in the utility process', async () => {
    const result = await page.evaluate(
      async ({ department, entry }) => {
        const api = (window as unknown as { api: { call: Record<string, (i: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>> } }).api;
        const status = (await api.call['workspace.status']!({})) as { ok: boolean; value: { state: string } };
        if (status.value.state === 'uninitialised') await api.call['workspace.init']!({ profileId: 'yichuan', departmentName: department.name, departmentCode: department.code });
        const created = await api.call['catalogue.create']!({ entry });
        const list = await api.call['catalogue.list']!({});
        return { created, list };
      },
      { department: DEPARTMENT, entry: sampleEntry('户籍人口信息') },
    );
    expect(result.created).toMatchObject({ ok: true, value: { name: '户籍人口信息' } });
    expect(result.list).toMatchObject({ ok: true, value: { total: 1 } });
    const utility = await app.evaluate(({ app: a }) => a.getAppMetrics().filter((m) => m.type === 'Utility').map((m) => m.serviceName ?? m.name ?? ''));
    expect(utility.some((n) => n.includes('Catalogue Workbench core'))).toBe(true);
  });

  test('a second instance exits and brings the first one back', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());
    const code = await new Promise<number | null>((resolve) => {
      const second = spawn(binary as string, [root], { env: env(), stdio: 'ignore' });
      second.on('exit', resolve);
    });
    expect(code).toBe(0);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMinimized())).toBe(false);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
