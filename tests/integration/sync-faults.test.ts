// Faults between the workspace and the platform (issue 4 "Bad input and faults"), over real HTTP
// through a proxy that loses answers, fails, hangs or dies half-way.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Connection } from '../../electron/core/db/connection';
import { call, coreFor, disposeAll, officers, platform, submitNew } from './sync-helpers';
import { manualScheduler, startProxy, type Action, type Proxy } from './sync-proxy';

/** Runs go through real HTTP: on a loaded machine they take seconds, not milliseconds. */
const POLL = { timeout: 20_000 };

const proxies: Proxy[] = [];
afterEach(async () => {
  await disposeAll();
  for (const p of proxies.splice(0)) await p.close();
});

async function proxyTo(url: string) {
  const p = await startProxy(url);
  proxies.push(p);
  return p;
}

async function platformRows<T>(dataDir: string, sql: string, params: string[] = []): Promise<T[]> {
  const conn = await Connection.open(join(dataDir, 'platform.db'), 'readonly');
  try {
    return await conn.all<T>(sql, params);
  } finally {
    await conn.close();
  }
}

const PUSH = '/api/v1/sync/push';
const PULL = '/api/v1/sync/pull';

// Several real HTTP round trips per test: allow for a loaded machine.
describe('sync faults', { timeout: 60_000 }, () => {
  it('sends an operation again when its answer was lost, and the platform applies it once', async () => {
    const p = await platform();
    const proxy = await proxyTo(p.url);
    const scheduler = manualScheduler();
    const a = await coreFor(p, officers(p)[0]!.user, { url: proxy.url, sync: { scheduler, random: () => 0.5 } });
    const entry = await submitNew(a, '企业登记信息');
    const [op] = (await call(a.core, 'outbox.list', {})).ops;

    proxy.rule = ({ path, n }) => (path === PUSH && n === 1 ? 'dropAnswer' : 'pass');
    const lost = await call(a.core, 'sync.run', {});
    expect(lost).toMatchObject({ failed: true, error: { code: 'SYNC_OFFLINE' } });
    const state = await call(a.core, 'sync.state', {});
    expect(state).toMatchObject({ state: 'offline', outbox: 1 });
    expect(state.nextRetryAt).toBeDefined();
    // The platform did apply it: the answer was lost on the way back.
    expect(await platformRows(p.dataDir, 'SELECT op_id FROM ops WHERE op_id = ?', [op!.opId])).toHaveLength(1);

    // The retry timer (full jitter: 0.5 × 1 s) sends it again; the platform answers from its record.
    expect(scheduler.pending()).toEqual([500]);
    scheduler.fireAll();
    await expect.poll(async () => (await call(a.core, 'sync.state', {})).outbox, POLL).toBe(0);
    expect(proxy.seen.filter((s) => s.path === PUSH)).toHaveLength(2);
    expect(await platformRows(p.dataDir, 'SELECT revision FROM entries WHERE id = ?', [entry.id])).toEqual([{ revision: 1 }]);
    expect((await call(a.core, 'outbox.answers', {})).answers).toMatchObject([{ opId: op!.opId, status: 'accepted', revision: 1 }]);
    await expect.poll(async () => (await call(a.core, 'sync.state', {})).state, POLL).toBe('idle');
  });

  it('retries 5xx with growing, jittered waits and never reports done after a failure', async () => {
    const p = await platform();
    const proxy = await proxyTo(p.url);
    const scheduler = manualScheduler();
    const a = await coreFor(p, officers(p)[0]!.user, { url: proxy.url, sync: { scheduler, random: () => 0.25 } });
    await submitNew(a, '企业登记信息');
    proxy.rule = ({ path, n }) => (path === PUSH && n <= 3 ? { status: 503, body: '<html>busy</html>', type: 'text/html' } : 'pass');
    const waits: number[] = [];
    const since: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const r = i === 0 ? await call(a.core, 'sync.run', {}) : undefined;
      if (r) expect(r).toMatchObject({ failed: true, error: { code: 'SYNC_SERVER' } });
      await expect.poll(() => scheduler.pending().length, POLL).toBe(1);
      const s = await call(a.core, 'sync.state', {});
      expect(s.state).toBe('error');
      expect(s.lastSuccessAt).toBeUndefined();
      since.push(s.failingSince);
      waits.push(...scheduler.pending());
      scheduler.fireAll();
    }
    // 0.25 × 1 s, 2 s, 4 s: exponential, with the injected jitter.
    expect(waits).toEqual([250, 500, 1000]);
    // Failing since the first failure, however many retries followed; a success ends it.
    expect(since[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(new Set(since).size).toBe(1);
    await expect.poll(async () => (await call(a.core, 'sync.state', {})).state, POLL).toBe('idle');
    expect((await call(a.core, 'sync.state', {})).outbox).toBe(0);
    expect((await call(a.core, 'sync.state', {})).failingSince).toBeUndefined();
  });

  it('gives up on a platform that does not answer in time, as offline', async () => {
    const p = await platform();
    const proxy = await proxyTo(p.url);
    const a = await coreFor(p, officers(p)[0]!.user, { url: proxy.url, sync: { timeoutMs: 3000, scheduler: manualScheduler() } });
    proxy.rule = ({ path }) => (path === PULL ? 'hang' : 'pass');
    const r = await call(a.core, 'sync.run', {});
    expect(r).toMatchObject({ failed: true, error: { code: 'SYNC_TIMEOUT' } });
    expect((await call(a.core, 'sync.state', {})).state).toBe('offline');
  });

  it('stops on an expired token, with the reason, and does not retry', async () => {
    const p = await platform();
    const scheduler = manualScheduler();
    const a = await coreFor(p, officers(p)[0]!.user, { sync: { scheduler } });
    await submitNew(a, '企业登记信息');
    p.clock.advance(13 * 3600_000);
    const r = await call(a.core, 'sync.run', {});
    expect(r).toMatchObject({ failed: true, error: { code: 'SYNC_AUTH' } });
    expect(await call(a.core, 'sync.state', {})).toMatchObject({ state: 'error', error: { code: 'SYNC_AUTH' }, outbox: 1 });
    expect(scheduler.pending()).toEqual([]);
  });

  it('treats garbage, wrong types, oversized and half answers as transient, applying nothing', async () => {
    const p = await platform();
    const proxy = await proxyTo(p.url);
    const a = await coreFor(p, officers(p)[0]!.user, { url: proxy.url, sync: { scheduler: manualScheduler(), maxResponseBytes: 64 * 1024 } });
    const cases: [Action, string][] = [
      [{ status: 200, type: 'text/html', body: '<html>portal login</html>' }, 'SYNC_BAD_RESPONSE'],
      [{ status: 200, body: '{"changes": "nope"' }, 'SYNC_BAD_RESPONSE'],
      [{ status: 200, body: JSON.stringify({ changes: [{ kind: 'sharedEntry.vanish' }], nextCursor: '9', hasMore: false, resyncRequired: false, serverTime: new Date().toISOString() }) }, 'SYNC_BAD_RESPONSE'],
      [{ status: 200, body: Buffer.alloc(100 * 1024, 0x20) }, 'SYNC_BAD_RESPONSE'],
      ['dieMidAnswer', 'SYNC_OFFLINE'],
      [{ status: 404, type: 'text/plain', body: 'not here' }, 'SYNC_BAD_RESPONSE'],
    ];
    for (const [action, code] of cases) {
      proxy.rule = ({ path }) => (path === PULL ? action : 'pass');
      const r = await call(a.core, 'sync.run', {});
      expect(r.error?.code, JSON.stringify(action).slice(0, 80)).toBe(code);
      expect(await call(a.core, 'sync.state', {})).not.toHaveProperty('lastSuccessAt');
    }
    const conn = await Connection.open(join(a.dir, 'workspace.db'), 'readonly');
    expect(await conn.get('SELECT count(*) AS n FROM shared_catalogue_entries')).toEqual({ n: 0 });
    expect(await conn.get("SELECT value FROM sync_meta WHERE key = 'cursor'")).toBeUndefined();
    await conn.close();
    // The same platform, answering properly, is pulled in full.
    proxy.rule = () => 'pass';
    // The 36 shared entries, and the department's own 2 of them once more as its catalogue.
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ failed: false, pulled: 38 });
  });

  it('stops on a batch the platform refuses as invalid, with its reason, keeping the operations', async () => {
    const p = await platform();
    const proxy = await proxyTo(p.url);
    const scheduler = manualScheduler();
    const a = await coreFor(p, officers(p)[0]!.user, { url: proxy.url, sync: { scheduler } });
    await submitNew(a, '企业登记信息');
    const refusal = { error: { code: 'VALIDATION', message: 'ops.0.payload: 不认识的字段' }, serverTime: new Date().toISOString() };
    proxy.rule = ({ path }) => (path === PUSH ? { status: 400, body: JSON.stringify(refusal) } : 'pass');
    const r = await call(a.core, 'sync.run', {});
    expect(r).toMatchObject({ failed: true, error: { code: 'SYNC_REFUSED', details: { params: { reason: 'ops.0.payload: 不认识的字段' } } } });
    expect(await call(a.core, 'sync.state', {})).toMatchObject({ state: 'error', outbox: 1 });
    expect(scheduler.pending()).toEqual([]);
  });

  it('reports the skew between the local and the platform clock', async () => {
    const p = await platform();
    const skewed = { now: () => new Date(p.clock.now().getTime() - 10 * 60_000) };
    const a = await coreFor(p, officers(p)[0]!.user, { timeSource: skewed });
    await call(a.core, 'sync.run', {});
    const s = await call(a.core, 'sync.state', {});
    expect(s.clockSkewed).toBe(true);
    expect(Math.round((s.clockSkewMs ?? 0) / 60_000)).toBe(10);
  });
});
