import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '@shared/ipc/contract';
import { RENDERER_CSP } from '@shared/security/csp';
import { tempDir } from '../../tests/helpers/core';
import { makeFakeElectron, type FakeElectron } from '../../tests/helpers/fake-electron';
import { CA, LEAF, LEAF_HOST } from '../../tests/helpers/tls-certs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The shell's wiring (shell.ts) run in plain Node against a fake `electron` module: what it
 * passes to Electron and how it answers Electron's events.
 */
const holder = vi.hoisted(() => ({ fake: undefined as { electron: unknown } | undefined }));
// Each test makes a fresh fake: the module's exports (and electron-store's default import) follow the current one.
vi.mock('electron', async () => (await import('../../tests/helpers/fake-electron')).fakeElectronModule(() => holder.fake?.electron as FakeElectron['electron'] | undefined));
vi.mock('electron-updater', () => ({ autoUpdater: { on: () => {}, setFeedURL: () => {}, checkForUpdates: async () => null } }));

const { main } = await import('./shell');

const tick = () => new Promise((r) => setImmediate(r));
async function settle(n = 5) {
  for (let i = 0; i < n; i++) await tick();
}

let fake: FakeElectron;
let dir: ReturnType<typeof tempDir>;
let baseDir: string;

function fakeUpdater() {
  const listeners = new Map<string, (arg: unknown) => void>();
  return {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    feeds: [] as unknown[],
    checks: 0,
    listeners,
    setFeedURL(o: unknown) {
      this.feeds.push(o);
    },
    async checkForUpdates() {
      this.checks++;
      return null;
    },
    on(event: string, l: (arg: never) => void) {
      listeners.set(event, l as (arg: unknown) => void);
    },
  };
}

async function start(options: { packaged?: boolean; policy?: unknown; argv?: string[]; switches?: string[]; singleInstance?: boolean; updater?: ReturnType<typeof fakeUpdater>; main?: typeof main; fake?: FakeElectron } = {}) {
  fake = options.fake ?? makeFakeElectron({ packaged: options.packaged ?? true, userData: join(dir.dir, 'userData'), switches: options.switches, singleInstance: options.singleInstance });
  holder.fake = fake;
  let policyPath: string | null = null;
  if (options.policy !== undefined) {
    policyPath = join(dir.dir, 'policy.json');
    writeFileSync(policyPath, JSON.stringify(options.policy));
  }
  const started = (options.main ?? main)({
    argv: options.argv ?? ['catalogue-workbench', '--workspace', join(dir.dir, 'ws')],
    env: {},
    platform: 'linux',
    baseDir,
    policyPath,
    updater: options.updater ?? fakeUpdater(),
    // The print folder inside the test's own folder, never the shared temporary folder.
    tempDir: dir.dir,
  });
  fake.app.fireReady();
  await settle();
  return started;
}

const mainWindow = () => fake.windows.find((w) => !w.destroyed && w.options.webPreferences.preload) as FakeElectron['windows'][number];
const trustedSender = () => {
  const w = mainWindow();
  return { sender: { id: w.webContents.id }, senderFrame: { ...w.webContents.mainFrame, url: 'app://workbench/index.html' } };
};
const invoke = (channel: string, input: unknown, event = trustedSender()) => fake.ipcMain.handlers.get(channel)?.(event, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

beforeEach(() => {
  dir = tempDir('cw-shell-');
  baseDir = join(dir.dir, 'out', 'main');
  mkdirSync(join(dir.dir, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(dir.dir, 'out', 'renderer', 'index.html'), '<!doctype html><title>app</title>');
});
afterEach(async () => {
  // A quit sequence a test started ends before the next test's fake replaces this one.
  await settle(20);
  dir.cleanup();
});

describe('the app window', () => {
  it('is created with the secure preferences, DevTools off in a packaged build', async () => {
    await start();
    const prefs = mainWindow().options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false, devTools: false });
    expect(String(prefs.preload)).toBe(join(baseDir, '../preload/index.cjs'));
    expect(mainWindow().loaded).toEqual(['app://workbench/index.html']);
  });

  it('has DevTools where the policy allows them, or in a development build', async () => {
    await start({ policy: { allowDevTools: true } });
    expect(mainWindow().options.webPreferences.devTools).toBe(true);
    await start({ packaged: false });
    expect(mainWindow().options.webPreferences.devTools).toBe(true);
  });

  it('refuses to start a packaged build with a remote debugging port', async () => {
    expect(await start({ switches: ['remote-debugging-port'] })).toBe(false);
    expect(fake.calls.exit).toEqual([1]);
    expect(fake.windows).toHaveLength(0);
  });

  it('gets the navigation, redirect, webview and window-open guards', async () => {
    await start();
    const wc = mainWindow().webContents;
    expect(wc.events()).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'render-process-gone']));
    const away = { url: 'https://example.com/', prevented: false, preventDefault() {
      this.prevented = true;
    } };
    wc.emit('will-navigate', away);
    expect(away.prevented).toBe(true);
    const reload = { ...away, url: 'app://workbench/index.html', prevented: false };
    wc.emit('will-navigate', reload);
    expect(reload.prevented).toBe(false);
    expect(wc.windowOpenHandler?.({ url: 'https://www.gov.cn/x' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    await tick();
    expect(fake.calls.openExternal).toEqual(['https://www.gov.cn/x']);
  });

  it('opens the policy’s extra hosts in the system browser', async () => {
    await start({ policy: { externalHosts: ['*.county.gov.cn'] } });
    mainWindow().webContents.windowOpenHandler?.({ url: 'https://portal.county.gov.cn/' });
    await tick();
    expect(fake.calls.openExternal).toEqual(['https://portal.county.gov.cn/']);
  });
});

describe('IPC', () => {
  it('has exactly one handler per contract channel and no other listener', async () => {
    // A fresh module graph: electron-store registers its listener once per import, on this test's fake.
    vi.resetModules();
    const fresh = await import('./shell');
    const own = makeFakeElectron({ userData: join(dir.dir, 'userData') });
    const on = vi.spyOn(own.ipcMain, 'on');
    await start({ main: fresh.main, fake: own });
    expect(on).toHaveBeenCalledWith('electron-store-get-data', expect.any(Function));
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    // Not even electron-store's `electron-store-get-data`, which any page could call.
    expect(fake.ipcMain.events()).toEqual([]);
  });

  it('answers the app window’s main frame and refuses any other sender', async () => {
    await start();
    expect(await invoke('prefs.get', {})).toMatchObject({ ok: true, value: { locale: 'zh-CN' } });
    const t = trustedSender();
    expect(await invoke('prefs.get', {}, { ...t, senderFrame: { ...t.senderFrame, routingId: 2 } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await invoke('prefs.get', {}, { ...t, senderFrame: { ...t.senderFrame, url: 'https://evil.example/' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await invoke('prefs.get', {}, { ...t, sender: { id: 999 } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('relays core channels to the core host', async () => {
    await start();
    fake.children[0]!.answer = (channel) => ({ ok: true, value: { channel } });
    expect(await invoke('outbox.count', {})).toEqual({ ok: true, value: { channel: 'outbox.count' } });
  });
});

describe('session', () => {
  it('grants only clipboard writes to the app page, and no devices', async () => {
    await start();
    const s = fake.defaultSession;
    const ask = (permission: string, url: string) => new Promise((resolve) => s.permissionRequestHandler?.({} as never, permission as never, resolve as never, { requestingUrl: url } as never));
    expect(await ask('clipboard-sanitized-write', 'app://workbench/index.html')).toBe(true);
    expect(await ask('media', 'app://workbench/index.html')).toBe(false);
    expect(await ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(s.permissionCheckHandler?.({} as never, 'geolocation' as never, 'app://workbench' as never)).toBe(false);
    expect(s.devicePermissionHandler?.()).toBe(false);
    expect(s.beforeRequest).toHaveLength(0);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    await start();
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    const handler = fake.protocolHandlers.get('app');
    const ok = await handler!({ url: 'app://workbench/index.html', method: 'GET' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(await ok.text()).toContain('<title>app</title>');
    expect((await handler!({ url: 'app://workbench/%2e%2e/main/x.cjs', method: 'GET' })).status).toBe(404);
    expect((await handler!({ url: 'app://workbench/index.html', method: 'POST' })).status).toBe(405);
  });
});

describe('sync network', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((r) => (server ? (server.closeAllConnections(), server.close(r)) : r(undefined)));
    server = undefined;
  });
  const fetchResult = (id: number) =>
    fake.hostMessages.find((m): m is { type: 'fetch.result'; id: number; answer: Record<string, unknown> } => (m as { type: string; id?: number }).type === 'fetch.result' && (m as { id: number }).id === id);

  it('relays the core host’s platform requests through the sync session’s fetch (Electron net)', async () => {
    server = createServer((req, res) => {
      const body = JSON.stringify({ method: req.method, path: req.url, auth: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-server-time': '2026-03-02T10:00:00.000Z', 'set-cookie': 'a=b' });
      res.end(body);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/health`;
    await start();
    // The host is told to send its platform requests through main.
    expect(fake.hostMessages[0]).toMatchObject({ type: 'start', relayFetch: true });
    const child = fake.children[0]!;
    child.emit('message', { type: 'fetch', id: 7, request: { url, method: 'POST', headers: { authorization: 'Bearer t' }, body: new TextEncoder().encode('{}') } });
    await vi.waitFor(() => expect(fetchResult(7)).toBeDefined());
    const answer = fetchResult(7)!.answer as { ok: true; status: number; headers: [string, string][]; body: Uint8Array };
    expect(answer).toMatchObject({ ok: true, status: 200 });
    expect(answer.headers).toEqual([['content-type', 'application/json'], ['content-length', expect.stringMatching(/^\d+$/)], ['x-server-time', '2026-03-02T10:00:00.000Z']]);
    expect(JSON.parse(new TextDecoder().decode(answer.body))).toEqual({ method: 'POST', path: '/api/v1/health', auth: 'Bearer t' });
    const sync = fake.sessions.get('cw-sync')!;
    expect(sync.fetched.map((f) => [f.url, f.init.method, f.init.bypassCustomProtocolHandlers, f.init.cache, f.init.credentials])).toEqual([[url, 'POST', true, 'no-store', 'omit']]);
    expect(fake.defaultSession.fetched).toEqual([]);
  });

  it('sends nothing but http(s), and passes network failures back as they are', async () => {
    await start();
    const child = fake.children[0]!;
    const sync = fake.sessions.get('cw-sync')!;
    child.emit('message', { type: 'fetch', id: 1, request: { url: 'file:///etc/passwd', method: 'GET', headers: {} } });
    child.emit('message', { type: 'fetch', id: 2, request: { url: 'app://workbench/index.html', method: 'GET', headers: {} } });
    sync.fetchImpl = () => Promise.reject(new Error('net::ERR_PROXY_CONNECTION_FAILED'));
    child.emit('message', { type: 'fetch', id: 3, request: { url: 'https://platform.example/', method: 'GET', headers: {} } });
    await vi.waitFor(() => expect(fetchResult(3)).toBeDefined());
    expect(fetchResult(1)!.answer).toEqual({ ok: false, message: 'refused scheme file:' });
    expect(fetchResult(2)!.answer).toEqual({ ok: false, message: 'refused scheme app:' });
    expect(fetchResult(3)!.answer).toEqual({ ok: false, message: 'net::ERR_PROXY_CONNECTION_FAILED' });
    expect(sync.fetched.map((f) => f.url)).toEqual(['https://platform.example/']);
  });

  it('trusts the policy’s CA in the sync session only', async () => {
    await start();
    expect(fake.sessions.get('cw-sync')!.certificateVerifyProc).toBeUndefined();
    await start({ policy: { caBundle: { pem: CA } } });
    const proc = fake.sessions.get('cw-sync')!.certificateVerifyProc!;
    const verdict = (hostname: string) =>
      new Promise((resolve) => proc({ hostname, certificate: { data: LEAF }, verificationResult: 'net::ERR_CERT_AUTHORITY_INVALID', errorCode: -202 }, resolve));
    expect(await verdict(LEAF_HOST)).toBe(0);
    expect(await verdict('elsewhere.example.gov.cn')).toBe(-3);
    expect(fake.defaultSession.certificateVerifyProc).toBeUndefined();
  });
});

describe('closing', () => {
  const closeSent = () => fake.hostMessages.filter((m) => (m as { type: string }).type === 'close').length;

  it('holds the quit until the core host has closed the workspace', async () => {
    await start();
    fake.app.quit();
    expect(closeSent()).toBe(1);
    expect(fake.calls.quit).toBe(1);
    await settle();
    // The second quit, after `closed`, goes through.
    expect(fake.calls.quit).toBe(2);
    expect(closeSent()).toBe(1);
  });

  it('closes cleanly on a Windows log-off (session-end), which skips before-quit', async () => {
    await start();
    mainWindow().emit('session-end');
    expect(closeSent()).toBe(1);
    await settle();
    expect(fake.calls.quit).toBeGreaterThanOrEqual(1);
    expect(closeSent()).toBe(1);
  });

  it('delays a Linux or macOS shutdown until the core host has closed', async () => {
    await start();
    let prevented = false;
    fake.powerMonitor.emit('shutdown', { preventDefault: () => void (prevented = true) });
    expect(prevented).toBe(true);
    expect(closeSent()).toBe(1);
    await settle();
    expect(fake.calls.quit).toBeGreaterThanOrEqual(1);
  });
});

describe('crashes', () => {
  it('restarts a dead core host at most three times', async () => {
    await start();
    for (let i = 0; i < 3; i++) {
      fake.children.at(-1)!.crash();
      await settle();
    }
    expect(fake.children).toHaveLength(4);
    fake.children.at(-1)!.crash();
    await settle();
    expect(fake.children).toHaveLength(4);
    expect(await invoke('outbox.count', {})).toMatchObject({ ok: false, error: { code: 'WORKSPACE_UNAVAILABLE' } });
  });

  it('replaces a window whose renderer died before ready-to-show, then gives up and says so', async () => {
    await start();
    const first = mainWindow();
    expect(first.shown).toBe(false);
    first.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(first.destroyed).toBe(true);
    const second = mainWindow();
    expect(second).not.toBe(first);
    expect(fake.calls.quit).toBe(0);
    // The new window answers IPC: the sender check follows it.
    expect(await invoke('prefs.get', {})).toMatchObject({ ok: true });
    for (let i = 0; i < 2; i++) mainWindow().webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(fake.calls.errorBoxes).toHaveLength(0);
    mainWindow().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(fake.calls.errorBoxes).toHaveLength(1);
    await settle();
    expect(fake.calls.quit).toBeGreaterThanOrEqual(1);
  });

  it('relaunches without GPU acceleration when the GPU process keeps crashing', async () => {
    await start();
    const gone = () => fake.app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
    for (let i = 0; i < 3; i++) gone();
    expect(fake.calls.relaunch).toEqual([]);
    gone();
    expect(fake.calls.relaunch).toEqual([{ args: ['--workspace', join(dir.dir, 'ws'), '--disable-gpu'] }]);
  });
});

describe('--cli', () => {
  it('answers the command from the main process, without a window or the instance lock', async () => {
    fake = makeFakeElectron({ userData: join(dir.dir, 'userData') });
    holder.fake = fake;
    const ran: string[][] = [];
    const started = main({
      argv: ['CatalogueWorkbench.exe', '--cli', 'entries', 'list', '--workspace', 'D:\\ws'],
      env: {},
      baseDir,
      loadCli: async () => ({ runCli: async (args) => (ran.push(args), 2) }),
    });
    expect(started).toBe(false);
    await settle();
    expect(ran).toEqual([['entries', 'list', '--workspace', 'D:\\ws']]);
    expect(fake.calls.exit).toEqual([2]);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('exits with the failure code when the CLI cannot be loaded', async () => {
    fake = makeFakeElectron({ userData: join(dir.dir, 'userData') });
    holder.fake = fake;
    main({ argv: ['cw', '--cli', 'sync'], env: {}, baseDir, loadCli: () => Promise.reject(new Error('missing bundle')) });
    await settle();
    expect(fake.calls.exit).toEqual([3]);
  });
});

describe('second instance', () => {
  it('opens the workspace a second instance names', async () => {
    await start();
    fake.app.emit('second-instance', {}, ['catalogue-workbench', '--workspace', 'other'], '/home/officer');
    await settle();
    expect(fake.hostMessages).toContainEqual(expect.objectContaining({ type: 'call', channel: 'workspace.open', input: { dir: '/home/officer/other' } }));
  });

  it('quits when another instance runs', async () => {
    expect(await start({ singleInstance: false })).toBe(false);
    expect(fake.calls.quit).toBe(1);
  });
});

describe('printing', () => {
  it('prints in its own session from a private file and leaves the app session alone', async () => {
    await start();
    // As a data: URL this would be 5.4 MB, past Chromium's 2 MB URL limit.
    const html = `<p>${'甲'.repeat(600_000)}</p>`;
    const r = await invoke('print.toPdf', { html });
    expect(r).toMatchObject({ ok: true });
    const pdf = (r.value as { path: string }).path;
    expect(readFileSync(pdf, 'utf8')).toContain('%PDF');
    const printWin = fake.windows.find((w) => !w.options.webPreferences.preload)!;
    expect(printWin.destroyed).toBe(true);
    expect(printWin.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    // Loaded from a file (a data: URL this long would pass Chromium's URL limit).
    expect(printWin.loaded[0]).toMatch(/^file:\/\//);
    expect(printWin.webContents.session).not.toBe(fake.defaultSession);
    expect(fake.defaultSession.beforeRequest).toHaveLength(0);
    expect(fake.defaultSession.allows('app://workbench/index.html')).toBe(true);
    // The print session lets nothing out, and the job file is gone.
    expect(printWin.webContents.session.allows('https://evil.example/')).toBe(false);
    expect(printWin.webContents.session.allows(printWin.loaded[0]!)).toBe(false);
    expect(existsSync(new URL(printWin.loaded[0]!))).toBe(false);
    // The PDF folder is private to this user and not a fixed name another user could create first.
    const folder = join(pdf, '..');
    if (process.platform !== 'win32') expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(folder).toMatch(/catalogue-workbench-print-\w{6}$/);
    expect(await invoke('shell.openPath', { path: pdf })).toEqual({ ok: true, value: { opened: true } });
  });

  /** Prints `html` with a printing backend that fails (print windows made meanwhile fail their job). */
  const failingPrint = async (html: string) => {
    const Original = fake.electron.BrowserWindow;
    fake.electron.BrowserWindow = class extends Original {
      constructor(o: ConstructorParameters<typeof Original>[0]) {
        super(o);
        this.webContents.printResult = new Error('printing backend gone');
      }
    };
    try {
      return await invoke('print.toPdf', { html });
    } finally {
      fake.electron.BrowserWindow = Original;
    }
  };

  it('tells the officer when printing fails and keeps the window working', async () => {
    await start();
    expect(await failingPrint('<p>x</p>')).toMatchObject({ ok: false, error: { code: 'PRINT_FAILED' } });
    expect(mainWindow().destroyed).toBe(false);
    expect(fake.defaultSession.allows('app://workbench/index.html')).toBe(true);
    expect(await invoke('print.toPdf', { html: '<p>y</p>' })).toMatchObject({ ok: true });
  });

  const printFolders = () => readdirSync(dir.dir).filter((f) => f.startsWith('catalogue-workbench-print-'));

  it('keeps the printed PDFs while the app runs and removes their folder when it closes', async () => {
    await start();
    const first = (await invoke('print.toPdf', { html: '<p>x</p>' })).value as { path: string };
    const second = (await invoke('print.toPdf', { html: '<p>y</p>' })).value as { path: string };
    expect(join(first.path, '..')).toBe(join(second.path, '..'));
    expect(printFolders()).toEqual([basename(join(first.path, '..'))]);
    expect(readdirSync(join(first.path, '..')).sort()).toEqual([basename(first.path), basename(second.path)].sort());
    fake.app.quit();
    await settle();
    expect(fake.calls.quit).toBe(2);
    expect(existsSync(first.path)).toBe(false);
    expect(printFolders()).toEqual([]);
  });

  it('leaves no folder behind when the only print job fails', async () => {
    await start();
    expect(await failingPrint('<p>x</p>')).toMatchObject({ ok: false, error: { code: 'PRINT_FAILED' } });
    expect(printFolders()).toEqual([]);
    // A failure after a printed PDF keeps that PDF (the officer may still open it).
    const ok = (await invoke('print.toPdf', { html: '<p>y</p>' })).value as { path: string };
    expect(await failingPrint('<p>z</p>')).toMatchObject({ ok: false });
    expect(readdirSync(join(ok.path, '..'))).toEqual([basename(ok.path)]);
  });
});

describe('updates', () => {
  it('follow the policy: a per-machine install is only told, never updated silently', async () => {
    const updater = fakeUpdater();
    await start({ policy: { updateFeedUrl: 'https://updates.county.example/cw/', updates: 'auto' }, updater });
    expect(updater.feeds).toEqual([{ provider: 'generic', url: 'https://updates.county.example/cw/', channel: 'latest' }]);
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.checks).toBe(1);
    updater.listeners.get('update-available')?.({ version: '0.2.0' });
    expect(fake.calls.notifications.at(-1)?.body).toContain('0.2.0');
    updater.listeners.get('error')?.(new Error('New version 0.2.0 is not signed by the application owner'));
    expect(fake.calls.notifications.at(-1)?.title).toBe('更新未安装');
  });

  it('are off without a feed in the policy', async () => {
    const updater = fakeUpdater();
    await start({ policy: { updates: 'auto' }, updater });
    expect(updater.feeds).toEqual([]);
    expect(updater.checks).toBe(0);
  });
});

describe('damaged prefs', () => {
  it('are kept aside and the officer is told where, in the interface language of the defaults', async () => {
    const userData = join(dir.dir, 'userData');
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'prefs.json'), '{"locale": "en", "workspa');
    await start();
    const notice = fake.calls.notifications.find((n) => n.title === '界面设置文件已损坏');
    expect(notice?.body).toMatch(/已恢复默认设置/);
    expect(notice?.body).toContain(join(userData, 'prefs.damaged-'));
    expect(await invoke('prefs.get', {})).toMatchObject({ ok: true, value: { locale: 'zh-CN' } });
  });

  it('are not reported when the file is sound', async () => {
    await start();
    expect(fake.calls.notifications.map((n) => n.title)).not.toContain('界面设置文件已损坏');
  });
});
