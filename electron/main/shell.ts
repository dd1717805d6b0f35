/**
 * The Electron main process: a thin shell. It owns the window, the menu, the `app://` protocol,
 * the IPC gate, the prefs and the key store; the core runs in a utilityProcess (core-host.ts).
 * Every decision worth testing lives in a module without an `electron` import; this wiring is
 * tested against a fake `electron` module (shell.test.ts).
 */
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { app, type BrowserWindow, dialog, ipcMain, Menu, Notification, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { autoUpdater } from 'electron-updater';
import { CHANNEL_NAMES, EVENT_NAMES } from '@shared/ipc/contract';
import type { Locale } from '@shared/i18n/messages';
import { reminderNotice } from '@shared/i18n/reminder-notice';
import type { FileFilter } from '@shared/ipc/channels/shell';
import { eventChannel } from '../preload/api';
import { serveApp } from './app-protocol';
import type { CoreClient } from './core-client';
import { startCoreHost } from './core-process';
import { shellMessages } from './i18n';
import { makeIpcGate } from './ipc-gate';
import { fileLogger } from './log-file';
import { safeStorageKeyStore, usesPlainTextFallback } from './key-store';
import { menuTemplate } from './menu-template';
import { defaultPolicyPath, loadPolicy, type Policy } from '../core/policy/policy';
import { makeNotifier } from './notify';
import { SYNC_PARTITION } from './net-relay';
import { parseCaBundle, policyCaVerdict } from './policy-ca';
import type { PlatformFetch } from '../core/sync/platform-client/client';
import { electronPrefsStore } from './prefs-store';
import { APP_SCHEME, EXTERNAL_HOST_ALLOW_LIST, isTrustedSender, permissionAllowed, type SenderInfo } from './security';
import { makeRestartPolicy } from './restart-policy';
import { shellHandlers } from './shell-handlers';
import { makePrinter } from './print';
import { installedPerMachine, startUpdates, updatePlan, type Updater } from './updates';
import { createAppWindow, guardWebContents } from './window';
import { chooseWorkspaceDir, openedWorkspaceDir, workspaceFlag } from './workspace-dir';

const APP_ID = 'cn.gov.data.catalogue-workbench';
const CALL_TIMEOUT_MS = 120_000;
const CLOSE_TIMEOUT_MS = 20_000;

export interface ShellOptions {
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** The folder of the built main bundle (out/main). */
  baseDir?: string;
  /** The machine-wide policy file. */
  policyPath?: string | null;
  updater?: Updater;
  /** Renderer and GPU crashes tolerated within five minutes before giving up. */
  crashLimit?: number;
  /** Loads the bundled CLI (out/cli/main.js) for `--cli`. */
  loadCli?: () => Promise<CliModule>;
  /** Where the print folder is made (the user's temporary folder unless given). */
  tempDir?: string;
}

type CliModule = { runCli(argv: string[], io: { out(text: string): void; err(text: string): void }): Promise<number> };

/**
 * `catalogue-workbench --cli <command> …`: the administrator's CLI through the installed program
 * (the RunAsNode fuse is off, so the executable cannot run the CLI as plain Node). Answered by the
 * main process without a window, without the single-instance lock (the workspace lock guards the
 * data); the exit code is the CLI's.
 */
async function runCliMode(args: string[], load: () => Promise<CliModule>): Promise<void> {
  const io = { out: (t: string) => void process.stdout.write(`${t}\n`), err: (t: string) => void process.stderr.write(`${t}\n`) };
  let code: number;
  try {
    code = await (await load()).runCli(args, io);
  } catch (err) {
    io.err(`failed: ${err instanceof Error ? err.message : String(err)}`);
    code = 3;
  }
  app.exit(code);
}

/** Starts the shell; returns false when another instance already runs (this one quits). */
export function main(options: ShellOptions = {}): boolean {
  const argv = options.argv ?? process.argv;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const baseDir = options.baseDir ?? __dirname;

  const cliAt = argv.indexOf('--cli');
  if (cliAt >= 0) {
    app.dock?.hide();
    const load = options.loadCli ?? (() => import(pathToFileURL(join(baseDir, '../cli/main.js')).href) as Promise<CliModule>);
    void runCliMode(argv.slice(cliAt + 1), load);
    return false;
  }

  // Tests and portable installs may point the user-data folder elsewhere (before the lock is taken).
  if (env.CATALOGUE_WORKBENCH_USER_DATA) app.setPath('userData', env.CATALOGUE_WORKBENCH_USER_DATA);

  const log = fileLogger(join(app.getPath('userData'), 'logs', 'main.log'), { echo: (line) => void process.stderr.write(line) });

  // Must happen before `ready`: a standard, secure scheme may load module scripts and use fetch.
  // Not `corsEnabled`: that would let other origins read app:// responses; the page is same-origin.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);

  if (!app.requestSingleInstanceLock()) {
    // The first instance gets `second-instance` and comes to the front.
    app.quit();
    return false;
  }

  // Read once at start (the core host reads the same file for its own settings).
  const policy: Policy = loadPolicy(options.policyPath === undefined ? defaultPolicyPath(platform, env) : options.policyPath);
  if (policy.error) log('warn', 'policy ignored', { path: policy.path, reason: policy.error.params.reason });
  const devTools = !app.isPackaged || policy.allowDevTools === true;
  // The fuses turn off --inspect and NODE_OPTIONS; Chromium's remote debugging port has no fuse.
  if (!devTools && (app.commandLine.hasSwitch('remote-debugging-port') || app.commandLine.hasSwitch('remote-debugging-pipe'))) {
    log('error', 'remote debugging refused in a packaged build');
    app.exit(1);
    return false;
  }
  run({ argv, env, platform, baseDir, policy, devTools, log, updater: options.updater, crashLimit: options.crashLimit ?? 3, tempDir: options.tempDir });
  return true;
}

interface RunContext {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  baseDir: string;
  policy: Policy;
  devTools: boolean;
  log: ReturnType<typeof fileLogger>;
  updater: Updater | undefined;
  crashLimit: number;
  tempDir: string | undefined;
}

function run({ argv, env, platform, baseDir, policy, devTools, log, updater, crashLimit, tempDir }: RunContext): void {
  let window: BrowserWindow | undefined;
  let core: CoreClient | undefined;
  let closedCleanly = false;
  let quitting = false;
  let activeDir = '';
  // Told once the app is ready (notifications need it; the prefs give the language).
  let damagedPrefs: string | undefined;
  const prefs = electronPrefsStore(
    (m, d) => log('warn', m, d),
    (keptAs) => (damagedPrefs = keptAs),
  );
  const locale = (): Locale => prefs.get().locale;
  const allowList = [...EXTERNAL_HOST_ALLOW_LIST, ...(policy.externalHosts ?? [])];
  const printer = makePrinter(tempDir);

  const focusWindow = () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  app.on('second-instance', (_event, otherArgv: string[], workingDirectory: string) => {
    focusWindow();
    // `catalogue-workbench --workspace DIR` while the app runs: open DIR here.
    const flag = workspaceFlag(otherArgv);
    if (flag) void callCore('workspace.open', { dir: resolve(workingDirectory, flag) });
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (m, d) => log('warn', m, d), allowList));

  const notify = makeNotifier(
    { isSupported: () => Notification.isSupported(), show: (o, onClick) => new Notification(o).on('click', onClick).show() },
    focusWindow,
  );

  const applyMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate(locale(), platform, !devTools, { openWorkspace: () => void openWorkspaceFromMenu() })),
    );

  const chooseFolder = async (): Promise<string | null> => {
    const t = shellMessages(locale()).dialog;
    const options = { title: t.chooseWorkspace, buttonLabel: t.choose, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
    const r = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  };

  // Only the kinds asked for: the core refuses other files too, but the dialog should not offer them.
  const fileFilters = (kinds: readonly FileFilter[]) => kinds.map((k) => ({ name: shellMessages(locale()).dialog[k], extensions: k === 'jpg' ? ['jpg', 'jpeg'] : [k] }));
  const openFile = async (kinds: readonly FileFilter[]): Promise<string | null> => {
    const options = { title: shellMessages(locale()).dialog[kinds.includes('xlsx') ? 'openWorkbook' : 'openAttachment'], filters: fileFilters(kinds), properties: ['openFile'] as 'openFile'[] };
    const r = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  };
  // Files the officer chose in a save dialog this session: shell.openPath may open exactly these outside the workspace.
  const savedFiles = new Set<string>();
  const saveFile = async (kinds: readonly FileFilter[], defaultName: string | undefined): Promise<string | null> => {
    const options = {
      title: shellMessages(locale()).dialog.saveWorkbook,
      filters: fileFilters(kinds),
      ...(defaultName ? { defaultPath: join(app.getPath('documents'), defaultName) } : {}),
    };
    const r = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (r.canceled || !r.filePath) return null;
    // Some platforms return the name without the extension the filter implies.
    const saved = kinds.some((k) => r.filePath.toLowerCase().endsWith(`.${k}`)) ? r.filePath : `${r.filePath}.${kinds[0]}`;
    savedFiles.add(saved);
    return saved;
  };

  const callCore = async (channel: string, input: unknown) => {
    if (!core) return { ok: false as const, error: { code: 'WORKSPACE_UNAVAILABLE', message: shellMessages(locale()).host.exited } };
    const result = await core.call(channel, input);
    if (channel === 'workspace.open' && result.ok) {
      const dir = openedWorkspaceDir(result.value);
      if (dir) {
        activeDir = dir;
        prefs.set({ workspaceDir: dir });
      }
    }
    return result;
  };

  async function openWorkspaceFromMenu() {
    const dir = await chooseFolder();
    if (dir) await callCore('workspace.open', { dir });
  }

  const gate = makeIpcGate<SenderInfo>({
    trusted: (sender) =>
      isTrustedSender(
        sender,
        window && !window.isDestroyed()
          ? {
              webContentsId: window.webContents.id,
              mainFrame: { processId: window.webContents.mainFrame.processId, routingId: window.webContents.mainFrame.routingId },
            }
          : undefined,
      ),
    core: callCore,
    shell: shellHandlers({
      prefs,
      chooseFolder,
      openFile,
      saveFile,
      printToPdf: (html) => printer.printToPdf(html),
      openExternal: (url) => shell.openExternal(url),
      openPath: (path) => shell.openPath(path),
      openRoots: () => [activeDir, printer.outputDir() ?? '', ...savedFiles],
      keyStorePlainText: () => usesPlainTextFallback(safeStorage, platform),
      allowList,
      onLocale(l) {
        applyMenu();
        core?.setLocale(l);
      },
      log: (m, d) => log('warn', m, d),
    }),
    locale,
    log: (m, d) => log('warn', m, d),
  });

  // Only the contract's channels exist; everything goes through the one gate.
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame;
      const sender: SenderInfo = {
        webContentsId: event.sender.id,
        frame: frame ? { processId: frame.processId, routingId: frame.routingId, url: frame.url } : null,
      };
      return gate(sender, channel, input);
    });
  }

  // The clean close: the core closes the workspace (backs it up, releases the lock), once.
  let closing: Promise<void> | undefined;
  const closeCore = (): Promise<void> => {
    quitting = true;
    closing ??= (async () => {
      const c = core;
      core = undefined;
      if (c && !(await c.close(CLOSE_TIMEOUT_MS))) log('error', 'core host did not close in time; quitting anyway');
      closedCleanly = true;
    })();
    return closing;
  };
  const closeAndQuit = (why: string) => {
    log('info', `closing: ${why}`);
    void closeCore().then(() => app.quit());
  };

  app.on('before-quit', (event) => {
    quitting = true;
    if (closedCleanly) return;
    // Hold the quit until the core has closed the workspace (and backed it up).
    event.preventDefault();
    void closeCore().then(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
  // The printed PDFs stay while the app runs (the officer's viewer opens them, a report is filed
  // from one); the folder goes when the app closes.
  app.on('will-quit', () => printer.dispose());

  // A GPU process that keeps crashing: start again without hardware acceleration (once).
  const gpuRestartAllowed = makeRestartPolicy(crashLimit);
  app.on('child-process-gone', (_event, details: { type: string; reason: string; exitCode: number; name?: string; serviceName?: string }) => {
    if (details.reason === 'clean-exit') return;
    log('error', 'child process gone', { type: details.type, reason: details.reason, exitCode: details.exitCode, name: details.serviceName ?? details.name });
    if (details.type !== 'GPU' || quitting || gpuRestartAllowed() || argv.includes('--disable-gpu')) return;
    app.relaunch({ args: [...argv.slice(1), '--disable-gpu'] });
    closeAndQuit('GPU process keeps crashing; relaunching without hardware acceleration');
  });

  const rendererRestartAllowed = makeRestartPolicy(crashLimit);
  const openWindow = () => {
    const win = createAppWindow(prefs, join(baseDir, '../preload/index.cjs'), shellMessages(locale()).appName, { devTools });
    const previous = window;
    window = win;
    win.on('closed', () => {
      if (window === win) window = undefined;
    });
    // Windows log-off or shutdown: `before-quit` never comes, the process is ended after this.
    win.on('session-end', () => closeAndQuit('session end'));
    win.webContents.on('render-process-gone', (_event, details: { reason: string; exitCode: number }) => {
      log('error', 'renderer gone', { reason: details.reason, exitCode: details.exitCode });
      if (quitting || details.reason === 'clean-exit' || window !== win) return;
      if (rendererRestartAllowed()) {
        // A fresh window, also when the page died before `ready-to-show`; then the dead one goes.
        openWindow();
        win.destroy();
        return;
      }
      const t = shellMessages(locale()).crash;
      dialog.showErrorBox(t.title, t.body);
      closeAndQuit('renderer keeps crashing');
    });
    if (previous && !previous.isDestroyed()) previous.destroy();
  };

  void app.whenReady().then(() => {
    if (platform === 'win32') app.setAppUserModelId(APP_ID);
    // Linux and macOS shutdown (systemd inhibitor / logout): delayed until the core has closed.
    // (Electron's typings omit the event the handler receives.)
    const onShutdown = (event?: { preventDefault(): void }) => {
      event?.preventDefault();
      closeAndQuit('system shutdown');
    };
    powerMonitor.on('shutdown', onShutdown as () => void);
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, permission, callback, details) => callback(permissionAllowed(permission, details.requestingUrl)));
    ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
    ses.setDevicePermissionHandler(() => false);

    const rendererRoot = join(baseDir, '../renderer');
    protocol.handle(APP_SCHEME, async (request) => {
      const r = await serveApp(rendererRoot, request.url, request.method);
      return new Response(r.body as BodyInit | null, { status: r.status, headers: r.headers });
    });

    // Sync goes through Chromium's network stack (system and PAC proxies, the OS trust store) in a
    // session of its own, where the policy's CA is trusted too; the core host relays its requests here.
    const syncSession = session.fromPartition(SYNC_PARTITION);
    const cas = policy.ca ? parseCaBundle(policy.ca) : [];
    if (cas.length) syncSession.setCertificateVerifyProc((request, callback) => callback(policyCaVerdict(request, cas, new Date())));
    // Every answer fresh from the platform (no HTTP cache), no cookies: the token is the only credential.
    const syncFetch: PlatformFetch = (url, init) => syncSession.fetch(url, { ...init, cache: 'no-store', credentials: 'omit', bypassCustomProtocolHandlers: true });

    const messages = () => shellMessages(locale());
    const keyStore = safeStorageKeyStore(safeStorage, join(app.getPath('userData'), 'secrets.json'), () => messages().keyStore.unavailable);
    if (usesPlainTextFallback(safeStorage, platform)) {
      log('warn', 'safeStorage uses basic_text: no system keyring, credentials are effectively stored in plain text');
      notify({ title: messages().keyStore.basicTextTitle, body: messages().keyStore.basicTextBody }, 'keyStore.basicText');
    }
    if (damagedPrefs) notify({ title: messages().prefs.damagedTitle, body: messages().prefs.damagedBody.replace('{{file}}', damagedPrefs) }, 'prefs.damaged');

    activeDir = chooseWorkspaceDir(argv, prefs.get().workspaceDir, app.getPath('userData'), process.cwd());
    const restartAllowed = makeRestartPolicy();
    const launchCore = (): CoreClient => {
      const client = startCoreHost(
        join(baseDir, 'core-host.cjs'),
        activeDir,
        safeActor(),
        {
          keyStore,
          locale,
          reason: (kind) => messages().host[kind],
          timeoutMs: CALL_TIMEOUT_MS,
          fetch: syncFetch,
          onEvent(name, payload) {
            if (name === 'deadline.reminder') {
              const r = reminderNotice(payload, locale());
              if (r) notify(r, r.key);
            }
            if (!(EVENT_NAMES as string[]).includes(name) || !window || window.isDestroyed()) return;
            window.webContents.send(eventChannel(name), payload);
          },
          onLog: (level, message, data) => log(level, `core: ${message}`, data),
        },
        (code) => {
          if (quitting || core !== client) return;
          log('error', 'core host exited unexpectedly', { code });
          // A restarted host reopens the workspace (taking over the dead one's lock) and announces
          // its status; past the restart budget the dead client answers every call with the error.
          if (restartAllowed()) core = launchCore();
        },
      );
      return client;
    };
    core = launchCore();

    applyMenu();
    openWindow();

    const plan = updatePlan(policy, { packaged: app.isPackaged, perMachine: installedPerMachine(app.getPath('exe'), platform, env) });
    startUpdates(() => updater ?? (autoUpdater as unknown as Updater), plan, policy.updateFeedUrl, {
      log,
      notify(notice) {
        const u = messages().updates;
        if (notice.kind === 'available') notify({ title: u.availableTitle, body: u.availableBody.replace('{{version}}', notice.version) }, `update.${notice.version}`);
        else if (notice.kind === 'downloaded') notify({ title: u.downloadedTitle, body: u.downloadedBody.replace('{{version}}', notice.version) }, `update.${notice.version}`);
        else notify({ title: u.failedTitle, body: u.failedBody }, 'update.failed');
      },
    });
  });
}

function safeActor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local';
  }
}
