import { BrowserWindow, screen, shell, type WebContents } from 'electron';
import type { PrefsStore } from './prefs';
import { visibleBounds } from './prefs';
import { allowedExternalUrl, APP_ENTRY_URL, EXTERNAL_HOST_ALLOW_LIST, navigationAllowed, SECURE_WEB_PREFERENCES } from './security';

/** The one app window, with the secure preferences and its bounds restored from the prefs. */
export function createAppWindow(prefs: PrefsStore, preload: string, title: string, options: { devTools: boolean }): BrowserWindow {
  const saved = visibleBounds(
    prefs.get().windowBounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 800,
    ...(saved ? { x: saved.x, y: saved.y } : {}),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title,
    backgroundColor: '#ffffff',
    // DevTools only in a development build, or where the policy allows them (support cases).
    webPreferences: { ...SECURE_WEB_PREFERENCES, devTools: options.devTools, preload },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    prefs.set({ windowBounds: { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() } });
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/**
 * Guards every webContents the app ever creates: no navigation away from the app origin, no new
 * windows (an allow-listed https link opens in the system browser instead), no <webview>.
 */
export function guardWebContents(
  contents: WebContents,
  log: (message: string, data: Record<string, unknown>) => void,
  allowList: readonly string[] = EXTERNAL_HOST_ALLOW_LIST,
): void {
  const refuse = (event: { preventDefault(): void; url: string }) => {
    if (navigationAllowed(event.url)) return;
    event.preventDefault();
    log('navigation refused', { url: event.url.slice(0, 200) });
  };
  contents.on('will-navigate', (event) => refuse(event));
  contents.on('will-redirect', (event) => refuse(event));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = allowedExternalUrl(url, allowList);
    if (external) void shell.openExternal(external);
    else log('window.open refused', { url: url.slice(0, 200) });
    return { action: 'deny' };
  });
}
