import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY for the platform client's own node:http(s) path (the CLI):
 * an `http://` proxy, HTTPS tunnelled with CONNECT, plain HTTP sent in absolute form. The app does
 * not use this: its requests go through Chromium's network stack and the system proxy settings.
 */

export interface ProxyEnv {
  HTTPS_PROXY?: string;
  https_proxy?: string;
  HTTP_PROXY?: string;
  http_proxy?: string;
  NO_PROXY?: string;
  no_proxy?: string;
}

/** The proxy for `target`, or undefined for a direct connection (no proxy set, NO_PROXY, loopback, a proxy URL that is not http://). */
export function proxyFor(target: URL, env: ProxyEnv): URL | undefined {
  const raw = target.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy);
  if (!raw?.trim()) return undefined;
  let proxy: URL;
  try {
    proxy = new URL(raw.includes('://') ? raw.trim() : `http://${raw.trim()}`);
  } catch {
    return undefined;
  }
  if (proxy.protocol !== 'http:') return undefined;
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || /^127\./.test(host) || host === '::1') return undefined;
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return bypassed(host, port, env.NO_PROXY ?? env.no_proxy ?? '') ? undefined : proxy;
}

/** NO_PROXY as curl reads it: `*`, or names (a name also covers its subdomains; a leading `.` or `*.` is ignored), each with an optional `:port`. */
function bypassed(host: string, port: string, noProxy: string): boolean {
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === '*') return true;
      const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase().replace(/^\[|\]$/g, ''))!;
      const name = m[1]!.replace(/^\*?\./, '');
      if (m[2] && m[2] !== port) return false;
      return name !== '' && (host === name || host.endsWith(`.${name}`));
    });
}

/** `Proxy-Authorization` for a proxy URL with user and password. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username) return undefined;
  return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
}

/** A keep-alive HTTPS agent whose connections are CONNECT tunnels through `proxy`. */
export class TunnelAgent extends https.Agent {
  constructor(
    private readonly proxy: URL,
    options: https.AgentOptions,
  ) {
    super(options);
  }

  override createConnection(options: http.RequestOptions & tls.ConnectionOptions, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const host = options.host ?? 'localhost';
    const port = Number(options.port ?? 443);
    // Node's agent takes the socket from the callback; on an error it never reads the stream.
    const fail = (err: Error) => callback?.(err, undefined as unknown as Duplex);
    const auth = proxyAuthorization(this.proxy);
    const connect = http.request({
      hostname: this.proxy.hostname,
      port: this.proxy.port || 80,
      method: 'CONNECT',
      path: `${host.includes(':') ? `[${host}]` : host}:${port}`,
      headers: { host: `${host}:${port}`, ...(auth ? { 'proxy-authorization': auth } : {}) },
    });
    connect.once('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        // The reason the officer sees (SYNC_OFFLINE): no error code, which would replace it.
        fail(new Error(res.statusCode === 407 ? 'proxy authentication required (407)' : `proxy refused the tunnel (${res.statusCode})`));
        return;
      }
      callback?.(null, tls.connect({ ...options, socket, servername: options.servername ?? (/^[\d.]+$|:/.test(host) ? undefined : host) }));
    });
    connect.once('error', fail);
    connect.end();
    return undefined;
  }
}
