import { mkdirSync, writeFileSync } from 'node:fs';
import nodePath from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '@shared/security/csp';
import { tempDir } from '../../tests/helpers/core';
import { resolveAppPath, responseHeaders, serveApp } from './app-protocol';

const { dir: parent, cleanup } = tempDir('cw-protocol-');
afterAll(cleanup);
const root = nodePath.join(parent, 'renderer');
mkdirSync(nodePath.join(root, 'assets'), { recursive: true });
writeFileSync(nodePath.join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(nodePath.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
// A file beside the root that traversal attempts aim at.
writeFileSync(nodePath.join(parent, 'secret.txt'), 'secret');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppPath(root, 'app://workbench/')).toBe(nodePath.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://workbench/index.html?x=1#y')).toBe(nodePath.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://workbench/assets/index-abc.js')).toBe(nodePath.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppPath(root, 'app://workbench/a%20b.png')).toBe(nodePath.join(root, 'a b.png'));
  });

  it.each([
    ['dot segments', 'app://workbench/../secret.txt'],
    ['encoded dot segments', 'app://workbench/%2e%2e/secret.txt'],
    ['an encoded slash after dots', 'app://workbench/..%2fsecret.txt'],
    ['an encoded traversal deeper down', 'app://workbench/assets/..%2f..%2f..%2fsecret.txt'],
    ['a doubled leading slash with an encoded traversal', 'app://workbench//..%2fsecret.txt'],
    ['an absolute path in an encoded slash', 'app://workbench/%2fetc%2fpasswd'],
    ['a NUL byte', 'app://workbench/index.html%00.js'],
    ['a malformed escape', 'app://workbench/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    const resolved = resolveAppPath(root, url);
    // Either refused outright, or (for dot segments the URL parser already folds) kept inside root.
    if (resolved !== null) expect(nodePath.relative(root, resolved).startsWith('..')).toBe(false);
    expect(resolved).not.toBe(nodePath.join(parent, 'secret.txt'));
  });

  it('keeps Windows paths inside root: backslashes, drive letters, UNC paths', () => {
    const winRoot = 'C:\\Program Files\\Catalogue Workbench\\resources\\app.asar\\out\\renderer';
    const w = nodePath.win32;
    expect(resolveAppPath(winRoot, 'app://workbench/assets/index.js', w)).toBe(`${winRoot}\\assets\\index.js`);
    expect(resolveAppPath(winRoot, 'app://workbench/..%5c..%5c..%5cwindows%5cwin.ini', w)).toBeNull();
    expect(resolveAppPath(winRoot, 'app://workbench/C:%5cwindows%5cwin.ini', w)).toBeNull();
    // Leading separators are dropped, so a UNC path cannot take over: it stays a path under root.
    expect(resolveAppPath(winRoot, 'app://workbench/%5c%5cserver%5cshare%5cx', w)).toBe(`${winRoot}\\server\\share\\x`);
  });
});

describe('serveApp', () => {
  it('serves files with their type and the renderer CSP', async () => {
    const r = await serveApp(root, 'app://workbench/assets/index-abc.js');
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['Content-Security-Policy']).toBe(RENDERER_CSP);
    expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(Buffer.from(r.body ?? []).toString()).toBe('console.log(1)');
  });

  it('falls back to index.html for client-side routes, not for missing assets', async () => {
    const route = await serveApp(root, 'app://workbench/catalogue');
    expect(route.status).toBe(200);
    expect(Buffer.from(route.body ?? []).toString()).toContain('<title>app</title>');
    expect((await serveApp(root, 'app://workbench/assets/missing.js')).status).toBe(404);
  });

  it('answers traversal attempts with 404 and never the file', async () => {
    for (const url of ['app://workbench/..%2fsecret.txt', 'app://workbench/assets/..%2f..%2fsecret.txt']) {
      const r = await serveApp(root, url);
      expect(r.status).toBe(404);
      expect(r.body).toBeNull();
      expect(r.headers['Content-Security-Policy']).toBe(RENDERER_CSP);
    }
  });

  it('allows only GET and HEAD', async () => {
    expect((await serveApp(root, 'app://workbench/', 'POST')).status).toBe(405);
    const head = await serveApp(root, 'app://workbench/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('types unknown extensions as opaque bytes', () => {
    expect(responseHeaders('/x/file.bin')['Content-Type']).toBe('application/octet-stream');
    expect(responseHeaders('/x/INDEX.HTML')['Content-Type']).toBe('text/html; charset=utf-8');
  });
});
