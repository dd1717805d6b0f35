import { readFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { RENDERER_CSP } from '@shared/security/csp';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * The `app://workbench/` protocol serving the built renderer from `out/renderer`: Chromium refuses
 * module scripts from file://, and a custom origin lets the CSP and the sender check name it.
 * Pure Node (no electron) so that path resolution and headers are tested under vitest.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

type PathImpl = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep' | 'extname'>;

/**
 * The file under `root` that `requestUrl` names, or `null` when the URL is not ours or would leave
 * `root` (`..`, encoded `%2e%2e%2f`, backslashes on Windows, NUL bytes, malformed escapes).
 * `/` is `index.html`. `pathImpl` lets tests check the Windows rules on any machine.
 */
export function resolveAppPath(root: string, requestUrl: string, pathImpl: PathImpl = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  // A drive letter or UNC path would make resolve() ignore root.
  if (pathImpl.isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) return null;
  const base = pathImpl.resolve(root);
  const full = pathImpl.resolve(base, relative);
  const rel = pathImpl.relative(base, full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${pathImpl.sep}`) || pathImpl.isAbsolute(rel)) return null;
  return full;
}

/** Headers of every response: the renderer CSP (the meta tag repeats it), no sniffing, no referrer. */
export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': CONTENT_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': RENDERER_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

const plain = (status: number): AppResponse => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': RENDERER_CSP, 'X-Content-Type-Options': 'nosniff' },
  body: null,
});

/**
 * Answers one request of the protocol. A path without an extension that names no file falls back
 * to index.html, so that a reload on a client-side route still finds the app.
 */
export async function serveApp(root: string, requestUrl: string, method = 'GET'): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405);
  const file = resolveAppPath(root, requestUrl);
  if (!file) return plain(404);
  const body = await readFile(file).catch(() => null);
  if (body) return { status: 200, headers: responseHeaders(file), body: method === 'HEAD' ? null : body };
  if (nodePath.extname(file) === '') {
    const index = nodePath.join(root, 'index.html');
    const html = await readFile(index).catch(() => null);
    if (html) return { status: 200, headers: responseHeaders(index), body: method === 'HEAD' ? null : html };
  }
  return plain(404);
}
