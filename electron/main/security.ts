/**
 * The shell's security decisions as pure functions (no `electron` import), so that every rule of
 * the checklist in docs/shell.md runs under vitest without an Electron binary.
 */

/** The renderer's own origin, served by the privileged `app://` protocol (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The BrowserWindow preferences of every app window: nothing of Node reaches the page. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const;

/**
 * Hosts `shell.openExternal` may open. An entry is an exact host, or `*.suffix` for its subdomains
 * (not the suffix itself). Extranet platform hosts come later from the administrator's config.
 */
export const EXTERNAL_HOST_ALLOW_LIST: readonly string[] = [
  'www.gov.cn',
  'www.zj.gov.cn',
  'www.shanghai.gov.cn',
  'www.henan.gov.cn',
  'www.nanjing.gov.cn',
];

function hostAllowed(host: string, allowList: readonly string[]): boolean {
  return allowList.some((entry) => {
    const e = entry.toLowerCase();
    if (e.startsWith('*.')) return host.endsWith(e.slice(1)) && host.length > e.length - 1;
    return host === e;
  });
}

/**
 * The URL to hand to the system browser, normalised by the WHATWG parser, or `null` when it must
 * not be opened: not `https:`, credentials in it (`https://www.gov.cn@evil.example`), a port other
 * than 443, or a host that is not on the allow-list.
 */
export function allowedExternalUrl(raw: unknown, allowList: readonly string[] = EXTERNAL_HOST_ALLOW_LIST): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  if (url.port !== '') return null;
  if (!hostAllowed(url.hostname, allowList)) return null;
  return url.href;
}

/** Whether a URL belongs to the app's own origin (`app://workbench/…`). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    // A custom scheme has an opaque origin ("null") in the WHATWG parser: compare its parts.
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** What the shell knows about the sender of an IPC message (from `event.sender` / `event.senderFrame`). */
export interface SenderInfo {
  /** `event.sender.id` */
  webContentsId: number;
  /** `event.senderFrame`, which is null when the frame has gone. */
  frame: { processId: number; routingId: number; url: string } | null;
}

/** The app's own window: its webContents id and the ids of its main frame. */
export interface AppWindowInfo {
  webContentsId: number;
  mainFrame: { processId: number; routingId: number };
}

/**
 * Only the main frame of the app's own window, showing the app's own origin, may call the
 * contract. Subframes, other windows, and a page that navigated elsewhere are refused.
 */
export function isTrustedSender(sender: SenderInfo, window: AppWindowInfo | undefined): boolean {
  if (!window || !sender.frame) return false;
  if (sender.webContentsId !== window.webContentsId) return false;
  if (sender.frame.processId !== window.mainFrame.processId || sender.frame.routingId !== window.mainFrame.routingId) return false;
  return isAppUrl(sender.frame.url);
}

/** Navigation of an app window: only within the app's own origin (e.g. a reload); never elsewhere. */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Permissions granted to web content: writing to the clipboard (antd's copy buttons) for the
 * app's own page, nothing else — no camera, microphone, geolocation, notifications, USB, HID…
 * (desktop notifications come from main, not from the page).
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(permission: string, requestingUrl: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
