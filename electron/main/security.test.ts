import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, APP_ENTRY_URL, isAppUrl, isTrustedSender, navigationAllowed, permissionAllowed, SECURE_WEB_PREFERENCES, type AppWindowInfo, type SenderInfo } from './security';

const LIST = ['www.gov.cn', '*.zj.gov.cn'];

describe('allowedExternalUrl', () => {
  it.each([
    ['https://www.gov.cn/zhengce/', 'https://www.gov.cn/zhengce/'],
    ['HTTPS://WWW.GOV.CN/a?b=1#c', 'https://www.gov.cn/a?b=1#c'],
    ['https://www.gov.cn:443/x', 'https://www.gov.cn/x'],
    ['https://data.zj.gov.cn/', 'https://data.zj.gov.cn/'],
    // The parser drops tabs and newlines; the normalised href is what gets opened.
    ['https://www.gov\n.cn/', 'https://www.gov.cn/'],
  ])('opens %j as %j', (raw, expected) => {
    expect(allowedExternalUrl(raw, LIST)).toBe(expected);
  });

  it.each([
    ['plain http', 'http://www.gov.cn/'],
    ['a host that only starts with an allowed one', 'https://www.gov.cn.evil.example/'],
    ['credentials before an allowed host', 'https://www.gov.cn@evil.example/'],
    ['credentials with an allowed host', 'https://user:pw@www.gov.cn/'],
    ['an allowed host as a path', 'https://evil.example/www.gov.cn'],
    ['a percent-encoded dot making another host', 'https://www.gov.cn%2eevil.example/'],
    ['backslashes to another host', 'https:\\\\evil.example\\www.gov.cn'],
    ['another port', 'https://www.gov.cn:8443/'],
    ['a trailing dot', 'https://www.gov.cn./'],
    ['the bare suffix of a wildcard entry', 'https://zj.gov.cn/'],
    ['a lookalike suffix', 'https://evilzj.gov.cn/'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>1</script>'],
    ['the app origin', APP_ENTRY_URL],
    ['a relative URL', '/zhengce'],
    ['an IP address', 'https://127.0.0.1/'],
    ['an IDN lookalike', 'https://www.gоv.cn/'],
    ['not a string', 42],
    ['an oversized URL', `https://www.gov.cn/${'a'.repeat(2100)}`],
  ])('refuses %s', (_label, raw) => {
    expect(allowedExternalUrl(raw, LIST)).toBeNull();
  });

  it('uses the shipped allow-list by default', () => {
    expect(allowedExternalUrl('https://www.gov.cn/')).toBe('https://www.gov.cn/');
    expect(allowedExternalUrl('https://example.com/')).toBeNull();
  });
});

describe('app origin', () => {
  it('knows its own URLs and nothing else', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://workbench/assets/index.js')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://x@workbench/index.html')).toBe(false);
    expect(isAppUrl('https://workbench/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('allows navigation only within the app', () => {
    expect(navigationAllowed('app://workbench/index.html#/catalogue')).toBe(true);
    expect(navigationAllowed('https://www.gov.cn/')).toBe(false);
    expect(navigationAllowed('about:blank')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const win: AppWindowInfo = { webContentsId: 1, mainFrame: { processId: 7, routingId: 3 } };
  const ok: SenderInfo = { webContentsId: 1, frame: { processId: 7, routingId: 3, url: 'app://workbench/index.html' } };

  it('trusts the main frame of the app window on the app origin', () => {
    expect(isTrustedSender(ok, win)).toBe(true);
  });

  it.each<[string, SenderInfo]>([
    ['another webContents', { ...ok, webContentsId: 2 }],
    ['a subframe', { ...ok, frame: { processId: 7, routingId: 4, url: 'app://workbench/index.html' } }],
    ['a frame of another renderer process', { ...ok, frame: { processId: 8, routingId: 3, url: 'app://workbench/index.html' } }],
    ['the main frame after navigating away', { ...ok, frame: { processId: 7, routingId: 3, url: 'https://evil.example/' } }],
    ['a frame on file://', { ...ok, frame: { processId: 7, routingId: 3, url: 'file:///tmp/x.html' } }],
    ['a destroyed frame', { ...ok, frame: null }],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, win)).toBe(false);
  });

  it('refuses everything when there is no app window', () => {
    expect(isTrustedSender(ok, undefined)).toBe(false);
  });
});

describe('window preferences', () => {
  it('isolate the page from Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('permissionAllowed', () => {
  it('grants clipboard writes to the app page only', () => {
    expect(permissionAllowed('clipboard-sanitized-write', APP_ENTRY_URL)).toBe(true);
    // Permission checks pass the origin alone.
    expect(permissionAllowed('clipboard-sanitized-write', 'app://workbench')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://www.gov.cn/')).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb', 'fullscreen'])('denies %s even to the app', (p) => {
    expect(permissionAllowed(p, APP_ENTRY_URL)).toBe(false);
  });
});
