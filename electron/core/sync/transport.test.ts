// The core sends every platform request through the transport it is given (the app's relay to
// Chromium's network stack), against the real platform on loopback.
import { execFileSync } from 'node:child_process';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/ipc/errors';
import { account, startTestPlatform } from '../../../tests/helpers/platform';
import { call, callError, tempDir } from '../../../tests/helpers/core';
import { createCore } from '../index';
import { memoryKeyStore } from '../types';
import { NO_POLICY } from '../policy/policy';
import { PlatformClient, type PlatformFetch } from './platform-client/client';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setUp(transport: PlatformFetch) {
  const p = await startTestPlatform({ seedShared: 5 });
  cleanups.push(() => p.dispose());
  const officer = p.accounts.find((a) => a.role === 'officer')!;
  const t = tempDir();
  cleanups.push(t.cleanup);
  const core = createCore({ workspaceDir: t.dir, timeSource: p.clock, keyStore: memoryKeyStore(), policy: NO_POLICY, sync: { auto: false, transport } });
  cleanups.push(() => core.close());
  await core.ready;
  await call(core, 'workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
  return { p, core, officer: account(p, officer.user) };
}

describe('sync through an injected transport', { timeout: 60_000 }, () => {
  it('signs in and pulls through the transport', async () => {
    const calls: string[] = [];
    const recording: PlatformFetch = (url, init) => {
      calls.push(`${init.method} ${new URL(url).pathname}`);
      return fetch(url, init);
    };
    const { p, core, officer } = await setUp(recording);
    await call(core, 'sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
    expect(calls).toEqual(['POST /api/v1/auth/login']);
    const run = await call(core, 'sync.run', {});
    expect(run).toMatchObject({ failed: false });
    expect(run.pulled).toBeGreaterThan(0);
    expect(new Set(calls.slice(1).map((c) => c.split('?')[0]))).toContain('GET /api/v1/sync/pull');
    expect((await call(core, 'sync.state', {})).lastSuccessAt).toBeDefined();
  });

  it('gets the transport’s failures as its error kinds, not a direct connection', async () => {
    const refusing: PlatformFetch = () => Promise.reject(new Error('net::ERR_PROXY_CONNECTION_FAILED'));
    const { p, core, officer } = await setUp(refusing);
    // The platform is up: only the transport stands between the core and it.
    const error = await callError(core, 'sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
    expect(error.code).toBe('SYNC_OFFLINE');
    expect(error.message).toContain('ERR_PROXY_CONNECTION_FAILED');
  });

  it('types a real certificate failure of the transport as SYNC_TLS', async () => {
    const t = tempDir('cw-transport-tls-');
    cleanups.push(t.cleanup);
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { cwd: t.dir, stdio: 'pipe' });
    const server = https.createServer({ key: readFileSync(join(t.dir, 'key.pem')), cert: readFileSync(join(t.dir, 'cert.pem')) }, (_req, res) => res.end('{}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))));
    const client = new PlatformClient({ baseUrl: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, timeSource: { now: () => new Date() }, transport: (url, init) => fetch(url, init) });
    const error = await client.call('health').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('SYNC_TLS');
  });
});
