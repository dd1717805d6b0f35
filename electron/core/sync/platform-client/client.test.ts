import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/ipc/errors';
import { PlatformClient, type PlatformFetch } from './client';
import { transportError } from './errors';

// A stub HTTP server on loopback answering every request with `answer`; the real platform is used
// by the integration tests, this one says what a real platform never would.
const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => (s.closeAllConnections(), s.close(r)));
});

async function stub(answer: (res: http.ServerResponse) => void): Promise<string> {
  const server = http.createServer((_req, res) => answer(res));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const time = { now: () => new Date('2026-03-02T09:00:00.000Z') };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (err) {
    return err instanceof AppError ? err.code : `untyped: ${String(err)}`;
  }
}

describe('platform client', () => {
  it('checks answers with the protocol schema and reads the server clock', async () => {
    const skews: number[] = [];
    const url = await stub((res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-server-time': '2026-03-02T10:00:00.000Z' });
      res.end(JSON.stringify({ ok: true, protocolVersion: 1, startedAt: '2026-03-02T08:00:00.000Z', serverTime: '2026-03-02T10:00:00.000Z' }));
    });
    const client = new PlatformClient({ baseUrl: url, timeSource: time, onServerTime: (s) => skews.push(s) });
    expect(await client.call('health')).toMatchObject({ ok: true, protocolVersion: 1 });
    expect(skews).toEqual([3_600_000]);
    client.close();
  });

  it('refuses a declared length over the cap before reading it', async () => {
    const url = await stub((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10_000_000) });
      res.write('{');
    });
    const client = new PlatformClient({ baseUrl: url, timeSource: time, maxResponseBytes: 1000 });
    expect(await codeOf(client.call('health'))).toBe('SYNC_BAD_RESPONSE');
    client.close();
  });

  it('types the platform error body and unreachable hosts', async () => {
    const url = await stub((res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'TOKEN_EXPIRED', message: '登录已过期' }, serverTime: '2026-03-02T09:00:00.000Z' }));
    });
    const client = new PlatformClient({ baseUrl: url, timeSource: time });
    expect(await codeOf(client.call('me', { token: 't' }))).toBe('SYNC_AUTH');
    client.close();
    const closed = await stub(() => {});
    await new Promise((r) => servers.pop()!.close(r));
    const gone = new PlatformClient({ baseUrl: closed, timeSource: time });
    expect(await codeOf(gone.call('health'))).toBe('SYNC_OFFLINE');
    gone.close();
    expect(() => new PlatformClient({ baseUrl: 'ftp://platform.example/', timeSource: time })).toThrow(AppError);
  });
});

describe('platform client through an injected transport', () => {
  const nodeFetch: PlatformFetch = (url, init) => fetch(url, init);

  it('sends through the transport and applies the same checks', async () => {
    const seen: { url: string; method: string; headers: Record<string, string> }[] = [];
    const transport: PlatformFetch = (url, init) => (seen.push({ url, method: init.method, headers: init.headers }), nodeFetch(url, init));
    const skews: number[] = [];
    const url = await stub((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-server-time': '2026-03-02T10:00:00.000Z' });
      res.end(JSON.stringify({ ok: true, protocolVersion: 1, startedAt: '2026-03-02T08:00:00.000Z', serverTime: '2026-03-02T10:00:00.000Z' }));
    });
    const client = new PlatformClient({ baseUrl: `${url}/catalogue/`, timeSource: time, transport, onServerTime: (s) => skews.push(s) });
    expect(await client.call('health')).toMatchObject({ ok: true });
    expect(seen).toEqual([{ url: `${url}/catalogue/api/v1/health`, method: 'GET', headers: { accept: 'application/json', 'accept-language': 'zh-CN' } }]);
    expect(skews).toEqual([3_600_000]);

    const big = await stub((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"pad":"${'x'.repeat(5000)}"}`);
    });
    expect(await codeOf(new PlatformClient({ baseUrl: big, timeSource: time, transport, maxResponseBytes: 1000 }).call('health'))).toBe('SYNC_BAD_RESPONSE');
    const slow = await stub(() => {});
    expect(await codeOf(new PlatformClient({ baseUrl: slow, timeSource: time, transport, timeoutMs: 200 }).call('health'))).toBe('SYNC_TIMEOUT');
    const proxy = await stub((res) => res.writeHead(407, { 'proxy-authenticate': 'Basic realm="x"' }).end());
    expect(await codeOf(new PlatformClient({ baseUrl: proxy, timeSource: time, transport }).call('health'))).toBe('SYNC_OFFLINE');
  });

  it('maps the failures of Node fetch and of Chromium to the core error kinds', async () => {
    const closed = await stub(() => {});
    await new Promise((r) => servers.pop()!.close(r));
    expect(await codeOf(new PlatformClient({ baseUrl: closed, timeSource: time, transport: nodeFetch }).call('health'))).toBe('SYNC_OFFLINE');
    const failing = (message: string): PlatformFetch => () => Promise.reject(new Error(message));
    const kind = async (message: string) => {
      try {
        await new PlatformClient({ baseUrl: 'https://platform.example/', timeSource: time, transport: failing(message) }).call('health');
        return 'resolved';
      } catch (err) {
        return err instanceof AppError ? `${err.code} ${String(err.params.reason)}` : 'untyped';
      }
    };
    expect(await kind('net::ERR_CERT_AUTHORITY_INVALID')).toBe('SYNC_TLS ERR_CERT_AUTHORITY_INVALID');
    expect(await kind('net::ERR_SSL_PROTOCOL_ERROR')).toBe('SYNC_TLS ERR_SSL_PROTOCOL_ERROR');
    expect(await kind('net::ERR_PROXY_AUTH_UNSUPPORTED')).toBe('SYNC_OFFLINE proxy authentication required (ERR_PROXY_AUTH_UNSUPPORTED)');
    expect(await kind('net::ERR_NAME_NOT_RESOLVED')).toBe('SYNC_OFFLINE ERR_NAME_NOT_RESOLVED');
    expect(await kind('net::ERR_CONNECTION_REFUSED')).toBe('SYNC_OFFLINE ERR_CONNECTION_REFUSED');
    expect(await kind('net::ERR_PROXY_CONNECTION_FAILED')).toBe('SYNC_OFFLINE ERR_PROXY_CONNECTION_FAILED');
    // Node's fetch: the socket error is the cause.
    expect(transportError(new TypeError('fetch failed', { cause: Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }) })).code).toBe('SYNC_TLS');
    expect(transportError(new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' }) })).params).toEqual({ reason: 'ENOTFOUND' });
  });
});
