import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module, the OS edge of the shell: it records what the shell asks
 * of Electron (window options, handlers, listeners) and lets a test fire Electron's events. The
 * core host it forks answers like the real one: `start`, calls with a canned result, `close` with
 * `closed` then exit.
 */

type Listener = (...args: never[]) => unknown;

export class FakeEmitter extends EventEmitter {
  /** Event names with at least one listener. */
  events(): string[] {
    return this.eventNames().map(String).sort();
  }
  emitEvent(name: string, ...args: unknown[]): boolean {
    return this.emit(name, ...args);
  }
}

export class FakeWebContents extends FakeEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = { processId: 100 + this.id, routingId: 1 };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: [string, unknown][] = [];
  session: FakeSession;
  constructor(session: FakeSession) {
    super();
    this.session = session;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  printResult: Buffer | Error = Buffer.from('%PDF-1.7 fake');
  async printToPDF(): Promise<Buffer> {
    if (this.printResult instanceof Error) throw this.printResult;
    return this.printResult;
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | undefined;
  permissionCheckHandler: Listener | undefined;
  devicePermissionHandler: Listener | undefined;
  certificateVerifyProc: ((request: unknown, callback: (result: number) => void) => void) | undefined;
  /** Requests sent with this session's `fetch` (Chromium's network stack in the real app). */
  readonly fetched: { url: string; init: RequestInit & { bypassCustomProtocolHandlers?: boolean } }[] = [];
  /** What the session's `fetch` answers: Node's fetch unless a test says otherwise. */
  fetchImpl: (url: string, init: RequestInit) => Promise<Response> = (url, init) => fetch(url, init);
  readonly beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void)[] = [];
  readonly webRequest = {
    onBeforeRequest: (listener: (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) => void this.beforeRequest.push(listener),
  };
  constructor(readonly partition: string) {}
  setPermissionRequestHandler(h: Listener): void {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: Listener): void {
    this.permissionCheckHandler = h;
  }
  setDevicePermissionHandler(h: Listener): void {
    this.devicePermissionHandler = h;
  }
  setCertificateVerifyProc(proc: FakeSession['certificateVerifyProc']): void {
    this.certificateVerifyProc = proc;
  }
  fetch(url: string, init: RequestInit & { bypassCustomProtocolHandlers?: boolean }): Promise<Response> {
    this.fetched.push({ url, init });
    return this.fetchImpl(url, init);
  }
  /** Whether this session's request filters let `url` through. */
  allows(url: string): boolean {
    let cancel = false;
    for (const l of this.beforeRequest) l({ url }, (r) => void (cancel ||= r.cancel));
    return !cancel;
  }
}

export function makeFakeElectron(options: { packaged?: boolean; singleInstance?: boolean; switches?: string[]; userData: string; exe?: string }) {
  const sessions = new Map<string, FakeSession>();
  const defaultSession = new FakeSession('');
  sessions.set('', defaultSession);
  const windows: FakeBrowserWindow[] = [];
  const calls = { quit: 0, exit: [] as number[], relaunch: [] as unknown[], errorBoxes: [] as [string, string][], notifications: [] as { title: string; body: string }[], openExternal: [] as string[] };
  const hostMessages: unknown[] = [];
  const children: FakeChild[] = [];

  class FakeChild extends FakeEmitter {
    killed = false;
    /** What the fake host answers to a call. */
    answer: (channel: string, input: unknown) => unknown = () => ({ ok: true, value: null });
    postMessage(message: { type: string; id?: number; channel?: string; input?: unknown }): void {
      hostMessages.push(message);
      if (message.type === 'call') {
        const result = this.answer(message.channel as string, message.input);
        setImmediate(() => this.emit('message', { type: 'result', id: message.id, result }));
      }
      if (message.type === 'close') {
        setImmediate(() => {
          this.emit('message', { type: 'closed' });
          this.emit('exit', 0);
        });
      }
    }
    crash(code = 1): void {
      this.emit('exit', code);
    }
  }

  class FakeBrowserWindow extends FakeEmitter {
    readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
    readonly webContents: FakeWebContents;
    destroyed = false;
    shown = false;
    minimized = false;
    loaded: string[] = [];
    constructor(opts: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      super();
      this.options = opts;
      const prefs = opts.webPreferences;
      const ses = (prefs.session as FakeSession | undefined) ?? (prefs.partition ? fromPartition(prefs.partition as string) : defaultSession);
      this.webContents = new FakeWebContents(ses);
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
      app.emit('browser-window-created', {}, this);
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
    }
    async loadFile(file: string): Promise<void> {
      this.loaded.push(file);
    }
    show(): void {
      this.shown = true;
    }
    focus(): void {}
    restore(): void {
      this.minimized = false;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    maximize(): void {}
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.emit('closed');
      if (windows.every((w) => w.destroyed)) app.emit('window-all-closed');
    }
  }

  function fromPartition(partition: string): FakeSession {
    let s = sessions.get(partition);
    if (!s) sessions.set(partition, (s = new FakeSession(partition)));
    return s;
  }

  const paths: Record<string, string> = { userData: options.userData, documents: options.userData, exe: options.exe ?? '/opt/catalogue-workbench/catalogue-workbench' };
  let ready: () => void = () => {};
  const readyPromise = new Promise<void>((r) => (ready = r));
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: options.packaged ?? true,
    commandLine: { hasSwitch: (name: string) => (options.switches ?? []).includes(name) },
    setPath: (name: string, value: string) => void (paths[name] = value),
    getPath: (name: string) => paths[name] ?? `${options.userData}/${name}`,
    getVersion: () => '0.1.0',
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    whenReady: () => readyPromise,
    setAppUserModelId: () => {},
    quit() {
      calls.quit++;
      const event = { defaultPrevented: false, preventDefault() {
        this.defaultPrevented = true;
      } };
      app.emit('before-quit', event);
      if (!event.defaultPrevented) app.emit('will-quit');
    },
    exit: (code: number) => void calls.exit.push(code),
    relaunch: (o: unknown) => void calls.relaunch.push(o),
    /** Test side: Electron is ready. */
    fireReady: () => ready(),
  });

  const ipcMain = Object.assign(new FakeEmitter(), {
    handlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
    handle(channel: string, handler: (event: unknown, input: unknown) => unknown) {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, handler);
    },
    handleOnce(channel: string, handler: (event: unknown, input: unknown) => unknown) {
      this.handle(channel, handler);
    },
  });

  const protocolHandlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  const privileged: unknown[] = [];
  const powerMonitor = new FakeEmitter();

  const electron = {
    app,
    ipcMain,
    powerMonitor,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession, fromPartition },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void privileged.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => void protocolHandlers.set(scheme, handler),
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showErrorBox: (title: string, body: string) => void calls.errorBoxes.push([title, body]),
    },
    Menu: { setApplicationMenu: () => {}, buildFromTemplate: (t: unknown) => t },
    Notification: Object.assign(
      class {
        constructor(readonly o: { title: string; body: string }) {}
        on() {
          return this;
        }
        show() {
          calls.notifications.push(this.o);
        }
      },
      { isSupported: () => true },
    ),
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    shell: { openExternal: async (url: string) => void calls.openExternal.push(url), openPath: async () => '' },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    utilityProcess: {
      fork: () => {
        const child = new FakeChild();
        children.push(child);
        setImmediate(() => child.emit('spawn'));
        return child;
      },
    },
  };
  return { electron, windows, sessions, defaultSession, calls, hostMessages, children, protocolHandlers, privileged, app, ipcMain, powerMonitor };
}

export type FakeElectron = ReturnType<typeof makeFakeElectron>;

const ELECTRON_MEMBERS = ['app', 'ipcMain', 'powerMonitor', 'BrowserWindow', 'session', 'protocol', 'dialog', 'Menu', 'Notification', 'safeStorage', 'shell', 'screen', 'utilityProcess'] as const satisfies readonly (keyof FakeElectron['electron'])[];

/**
 * The `electron` module for `vi.mock`, following whichever fake `current()` returns, so each test
 * can make a fresh fake. Electron's module is CommonJS, so it also has a default export; a library
 * that keeps `electron.app`, `electron.ipcMain`… from its first import (electron-store does) gets
 * forwarders that reach the current fake too.
 */
export function fakeElectronModule(current: () => FakeElectron['electron'] | undefined): Record<string, unknown> {
  type Name = keyof FakeElectron['electron'];
  const member = (name: Name): unknown => current()?.[name];
  const forwarder = (name: Name) =>
    new Proxy(
      {},
      {
        get(_target, key) {
          const target = member(name) as object | undefined;
          const value: unknown = target === undefined ? undefined : Reflect.get(target, key);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      },
    );
  // Classes (`new BrowserWindow`) are read when used; the other members are forwarders.
  const classes: readonly Name[] = ['BrowserWindow', 'Notification'];
  const defaultExport = Object.defineProperties(
    {},
    Object.fromEntries(ELECTRON_MEMBERS.map((n) => [n, classes.includes(n) ? { enumerable: true, get: () => member(n) } : { enumerable: true, value: forwarder(n) }])),
  );
  return Object.defineProperties(
    { default: defaultExport },
    Object.fromEntries(ELECTRON_MEMBERS.map((n) => [n, { enumerable: true, get: () => member(n) }])),
  );
}
