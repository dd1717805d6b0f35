/**
 * The Electron main process: a thin shell. It owns the window, the menu, the `app://` protocol,
 * the IPC gate, the prefs and the key store; the core runs in a utilityProcess (core-host.ts).
 * Every decision worth testing lives in a module without an `electron` import.
 */
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { app, type BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, safeStorage, session, shell } from 'electron';
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
import { printOutputDir } from './open-path';
import { makeNotifier } from './notify';
import { electronPrefsStore } from './prefs-store';
import { APP_SCHEME, isTrustedSender, permissionAllowed, type SenderInfo } from './security';
import { makeRestartPolicy } from './restart-policy';
import { shellHandlers } from './shell-handlers';
import { printToPdf } from './print';
import { createAppWindow, guardWebContents } from './window';
import { chooseWorkspaceDir, openedWorkspaceDir } from './workspace-dir';

const APP_ID = 'cn.gov.data.catalogue-workbench';
const CALL_TIMEOUT_MS = 120_000;
const CLOSE_TIMEOUT_MS = 20_000;

// Tests and portable installs may point the user-data folder elsewhere (before the lock is taken).
if (process.env.CATALOGUE_WORKBENCH_USER_DATA) app.setPath('userData', process.env.CATALOGUE_WORKBENCH_USER_DATA);

const log = fileLogger(join(app.getPath('userData'), 'logs', 'main.log'), { echo: (line) => void process.stderr.write(line) });

// Must happen before `ready`: a standard, secure scheme may load module scripts and use fetch.
// Not `corsEnabled`: that would let other origins read app:// responses; the page is same-origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // The first instance gets `second-instance` and comes to the front.
  app.quit();
} else {
  run();
}

function run(): void {
  let window: BrowserWindow | undefined;
  let core: CoreClient | undefined;
  let closedCleanly = false;
  let quitting = false;
  let activeDir = '';
  const prefs = electronPrefsStore();
  const locale = (): Locale => prefs.get().locale;

  const focusWindow = () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  app.on('second-instance', focusWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (m, d) => log('warn', m, d)));

  const notify = makeNotifier(
    { isSupported: () => Notification.isSupported(), show: (o, onClick) => new Notification(o).on('click', onClick).show() },
    focusWindow,
  );

  const applyMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate(locale(), process.platform, app.isPackaged, { openWorkspace: () => void openWorkspaceFromMenu() })),
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
      printToPdf,
      openExternal: (url) => shell.openExternal(url),
      openPath: (path) => shell.openPath(path),
      openRoots: () => [activeDir, printOutputDir(), ...savedFiles],
      keyStorePlainText: () => usesPlainTextFallback(safeStorage, process.platform),
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

  app.on('before-quit', (event) => {
    quitting = true;
    if (closedCleanly || !core) return;
    // Hold the quit until the core has closed the workspace (and backed it up).
    event.preventDefault();
    const closing = core;
    core = undefined;
    void closing.close(CLOSE_TIMEOUT_MS).then((ok) => {
      if (!ok) log('error', 'core host did not close in time; quitting anyway');
      closedCleanly = true;
      app.quit();
    });
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler((_wc, permission, callback, details) => callback(permissionAllowed(permission, details.requestingUrl)));
    ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
    ses.setDevicePermissionHandler(() => false);

    const rendererRoot = join(__dirname, '../renderer');
    protocol.handle(APP_SCHEME, async (request) => {
      const r = await serveApp(rendererRoot, request.url, request.method);
      return new Response(r.body as BodyInit | null, { status: r.status, headers: r.headers });
    });

    const messages = () => shellMessages(locale());
    const keyStore = safeStorageKeyStore(safeStorage, join(app.getPath('userData'), 'secrets.json'), () => messages().keyStore.unavailable);
    if (usesPlainTextFallback(safeStorage, process.platform)) {
      log('warn', 'safeStorage uses basic_text: no system keyring, credentials are effectively stored in plain text');
      notify({ title: messages().keyStore.basicTextTitle, body: messages().keyStore.basicTextBody }, 'keyStore.basicText');
    }

    activeDir = chooseWorkspaceDir(process.argv, prefs.get().workspaceDir, app.getPath('userData'), process.cwd());
    const restartAllowed = makeRestartPolicy();
    const launchCore = (): CoreClient => {
      const client = startCoreHost(
        join(__dirname, 'core-host.cjs'),
        activeDir,
        safeActor(),
        {
          keyStore,
          locale,
          reason: (kind) => messages().host[kind],
          timeoutMs: CALL_TIMEOUT_MS,
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
    window = createAppWindow(prefs, join(__dirname, '../preload/index.cjs'), messages().appName);
    window.on('closed', () => (window = undefined));
  });
}

function safeActor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local';
  }
}
