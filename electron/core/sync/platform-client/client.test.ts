import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/ipc/errors';
import { PlatformClient } from './client';

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
