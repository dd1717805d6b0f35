import { existsSync } from 'node:fs';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '@shared/i18n/messages';
import { createCore } from '../core/index';
import { memoryKeyStore, type KeyStore } from '../core/types';
import { workspacePaths } from '../core/workspace/paths';
import { DEPARTMENT, fixedTime, sampleEntry, tempDir } from '../../tests/helpers/core';
import { account, startTestPlatform } from '../../tests/helpers/platform';
import { NO_POLICY } from '../core/policy/policy';
import type { CoreOptions } from '../core/index';
import type { PlatformFetch } from '../core/sync/platform-client/client';
import { CoreClient } from './core-client';
import type { MainToHost } from './host-protocol';
import { serveCore } from './host-runtime';

/**
 * Main's CoreClient and the host runtime over a real MessageChannel (what utilityProcess gives
 * the shell), with a real core on a real workspace: everything of the core host but the fork.
 */
interface Harness {
  client: CoreClient;
  events: { name: string; payload: unknown }[];
  keyStore: KeyStore;
  hostKeyStore: () => KeyStore | undefined;
  done: Promise<void>;
  dir: string;
  setLocale(l: Locale): void;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function wire(options: { timeoutMs?: number; dir?: string; fetch?: PlatformFetch; core?: Partial<CoreOptions> } = {}): Harness {
  const tmp = tempDir('cw-host-');
  const dir = options.dir ?? tmp.dir;
  const { port1, port2 } = new MessageChannel();
  cleanups.push(() => {
    port1.close();
    port2.close();
    tmp.cleanup();
  });
  const events: Harness['events'] = [];
  const keyStore = memoryKeyStore();
  let locale: Locale = 'zh-CN';
  let hostKeyStore: KeyStore | undefined;
  const listen = (port: MessagePort, listener: (m: unknown) => void) => port.on('message', listener);

  const { done } = serveCore(
    { postMessage: (m) => port2.postMessage(m), onMessage: (l) => listen(port2, l) },
    {
      core: { timeSource: fixedTime(), ...options.core },
      createCore: (opts) => {
        hostKeyStore = opts.keyStore;
        return createCore(opts);
      },
    },
  );
  const client = new CoreClient({
    send: (m: MainToHost) => port1.postMessage(m),
    keyStore,
    onEvent: (name, payload) => events.push({ name, payload }),
    locale: () => locale,
    reason: (kind) => `host ${kind}`,
    timeoutMs: options.timeoutMs ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  listen(port1, (m) => client.receive(m));
  client.start(dir, 'tester');
  return { client, events, keyStore, hostKeyStore: () => hostKeyStore, done, dir, setLocale: (l) => ((locale = l), client.setLocale(l)) };
}

async function ok<T = unknown>(h: Harness, channel: string, input: unknown): Promise<T> {
  const r = await h.client.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

describe('core host over a MessageChannel', () => {
  it('round-trips catalogue calls and relays the core events', async () => {
    const h = wire();
    expect(await ok(h, 'workspace.status', {})).toMatchObject({ state: 'uninitialised', dir: h.dir });
    await ok(h, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    const created = await ok<{ id: string; name: string }>(h, 'catalogue.create', { entry: sampleEntry('户籍人口信息') });
    const list = await ok<{ total: number; rows: { id: string }[] }>(h, 'catalogue.list', {});
    expect(list.total).toBe(1);
    expect(list.rows[0]?.id).toBe(created.id);
    expect(h.events.some((e) => e.name === 'workspace.changed' && (e.payload as { id?: string }).id === created.id)).toBe(true);
  });

  it('keeps concurrent answers apart by request id', async () => {
    const h = wire();
    await ok(h, 'workspace.init', { profileId: 'national', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    const names = ['甲', '乙', '丙', '丁', '戊'].map((n) => `${n}类数据`);
    const created = await Promise.all(names.map((n) => ok<{ name: string }>(h, 'catalogue.create', { entry: sampleEntry(n) })));
    expect(created.map((c) => c.name)).toEqual(names);
  });

  it('returns typed errors in the language main sets', async () => {
    const h = wire();
    const zh = await h.client.call('catalogue.get', { id: 'nope', extra: 1 });
    expect(zh).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    h.setLocale('en');
    const en = await h.client.call('no.such.channel', {});
    expect(en).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown operation: no.such.channel', details: { params: { channel: 'no.such.channel' } } } });
  });

  it('reaches the key store kept in main', async () => {
    const h = wire();
    await ok(h, 'workspace.status', {});
    const remote = h.hostKeyStore();
    expect(remote).toBeDefined();
    await remote?.set('platform.token', 's3cret');
    expect(await h.keyStore.get('platform.token')).toBe('s3cret');
    expect(await remote?.get('platform.token')).toBe('s3cret');
    await remote?.delete('platform.token');
    expect(await h.keyStore.get('platform.token')).toBeUndefined();
    expect(await remote?.get('platform.token')).toBeUndefined();
  });

  it('closes the core cleanly on request: the workspace is backed up and unlocked', async () => {
    const h = wire();
    await ok(h, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    const paths = workspacePaths(h.dir);
    expect(existsSync(paths.lock)).toBe(true);
    expect(await h.client.close(10_000)).toBe(true);
    await h.done;
    expect(existsSync(paths.backup)).toBe(true);
    expect(existsSync(paths.lock)).toBe(false);
  });
});

describe('platform requests relayed by main', { timeout: 60_000 }, () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  it('signs in and pulls with every request sent by main’s fetch, against the real platform', async () => {
    const p = await startTestPlatform({ seedShared: 5 });
    stops.push(() => p.dispose());
    const officer = account(p, p.accounts.find((a) => a.role === 'officer')!.user);
    const sent: string[] = [];
    // Main's fetch in the app is the sync session's (Chromium); here Node's, recording what passes.
    const mainFetch: PlatformFetch = (url, init) => (sent.push(`${init.method} ${new URL(url).pathname}`), fetch(url, init));
    const h = wire({ fetch: mainFetch, core: { timeSource: p.clock, policy: NO_POLICY, sync: { auto: false } } });
    await ok(h, 'workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
    await ok(h, 'sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
    expect(sent).toEqual(['POST /api/v1/auth/login']);
    const run = await ok<{ failed: boolean; pulled: number }>(h, 'sync.run', {});
    expect(run.failed).toBe(false);
    expect(run.pulled).toBeGreaterThan(0);
    expect(sent).toContain('GET /api/v1/sync/pull');
  });

  it('gives the core main’s network failure as its error kind', async () => {
    const p = await startTestPlatform({ seedShared: 0 });
    stops.push(() => p.dispose());
    const officer = account(p, p.accounts.find((a) => a.role === 'officer')!.user);
    const h = wire({ fetch: () => Promise.reject(new Error('net::ERR_CERT_AUTHORITY_INVALID')), core: { timeSource: p.clock, policy: NO_POLICY, sync: { auto: false } } });
    await ok(h, 'workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
    const r = await h.client.call('sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
    expect(r).toMatchObject({ ok: false, error: { code: 'SYNC_TLS' } });
  });
});

describe('a relayed request past the client timeout', () => {
  it('ends as SYNC_TIMEOUT and is aborted in main too', async () => {
    const signals: AbortSignal[] = [];
    const hanging: PlatformFetch = (_url, init) => (signals.push(init.signal), new Promise(() => {}));
    const h = wire({ fetch: hanging, core: { policy: NO_POLICY, sync: { auto: false, timeoutMs: 200 } } });
    await ok(h, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
    const r = await h.client.call('sync.signIn', { platformUrl: 'https://platform.example.gov.cn/', user: 'u', password: 'p' });
    expect(r).toMatchObject({ ok: false, error: { code: 'SYNC_TIMEOUT' } });
    await expect.poll(() => signals[0]?.aborted).toBe(true);
  });
});

describe('CoreClient without an answering host', () => {
  const silent = (timeoutMs: number, sent: MainToHost[] = []) =>
    new CoreClient({
      send: (m) => void sent.push(m),
      keyStore: memoryKeyStore(),
      onEvent: () => {},
      locale: () => 'en',
      reason: (kind) => `host ${kind}`,
      timeoutMs,
    });

  it('answers a call the host never answers with an error after the timeout', async () => {
    const client = silent(30);
    const r = await client.call('catalogue.list', {});
    expect(r).toEqual({ ok: false, error: { code: 'WORKSPACE_UNAVAILABLE', message: 'The workspace cannot be opened: host timeout', details: { params: { reason: 'host timeout' } } } });
    expect(client.pendingCalls).toBe(0);
  });

  it('fails open calls when the host exits, and later ones at once', async () => {
    const sent: MainToHost[] = [];
    const client = silent(0, sent);
    const pending = client.call('catalogue.list', {});
    client.hostExited();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'WORKSPACE_UNAVAILABLE', details: { params: { reason: 'host exited' } } } });
    expect(await client.call('catalogue.list', {})).toMatchObject({ ok: false, error: { code: 'WORKSPACE_UNAVAILABLE' } });
    expect(sent.filter((m) => m.type === 'call')).toHaveLength(1);
    expect(await client.close(10)).toBe(true);
  });

  it('ignores malformed and stray messages', () => {
    const client = silent(0);
    for (const m of [null, 42, 'x', {}, { type: 'result', id: 999, result: { ok: true, value: 1 } }, { type: 'nonsense' }]) {
      expect(() => client.receive(m)).not.toThrow();
    }
  });

  it('answers a malformed relayed request with a failure, sending nothing', async () => {
    const sent: MainToHost[] = [];
    const fetched: string[] = [];
    const client = new CoreClient({
      send: (m) => void sent.push(m),
      keyStore: memoryKeyStore(),
      onEvent: () => {},
      locale: () => 'en',
      reason: (kind) => `host ${kind}`,
      timeoutMs: 0,
      fetch: (url) => (fetched.push(url), Promise.reject(new Error('unreachable'))),
    });
    const bad = [undefined, null, 'x', { url: 1 }, { url: 'https://p.example/', method: 'GET', headers: { a: 1 } }, { url: 'https://p.example/', method: 'GET', headers: {}, body: 'text' }];
    bad.forEach((request, i) => client.receive({ type: 'fetch', id: i + 1, request }));
    await expect.poll(() => sent.length).toBe(bad.length);
    expect(sent.every((m) => m.type === 'fetch.result' && !m.answer.ok && m.answer.message === 'malformed request')).toBe(true);
    expect(fetched).toEqual([]);
  });

  it('gives up waiting for a clean close after its timeout', async () => {
    const client = silent(0);
    expect(await client.close(20)).toBe(false);
  });
});
