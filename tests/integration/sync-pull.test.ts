// The change feed over real HTTP: replayed and reordered pages change nothing, a cursor older
// than the feed triggers a full resync, and a pull that would empty most of the cache stops and asks.
import { afterEach, describe, expect, it } from 'vitest';
import { signedIn } from '../helpers/platform';
import { call, coreFor, disposeAll, officers, platform, query, type TestCore } from './sync-helpers';
import { startProxy, type Proxy } from './sync-proxy';

const proxies: Proxy[] = [];
afterEach(async () => {
  await disposeAll();
  for (const p of proxies.splice(0)) await p.close();
});

const PULL = '/api/v1/sync/pull';

/** What the pull has written: the cache (id@revision), the applied requests and objections, and the entries' states. */
async function snapshot(t: TestCore) {
  const cache = await query<{ k: string }>(t, "SELECT id || '@' || revision AS k FROM shared_catalogue_entries ORDER BY id");
  const items = await query<{ n: number }>(t, 'SELECT count(*) AS n FROM shared_catalogue_items');
  const applied = await query<{ k: string }>(t, "SELECT 'request ' || id || ' ' || state AS k FROM share_requests UNION ALL SELECT 'objection ' || id || ' ' || state FROM objections ORDER BY k");
  return { cache: cache.map((r) => r.k), items: items[0]!.n, applied: applied.map((r) => r.k) };
}

/** Retires entries of `user`'s department on the platform (as another workstation would). */
async function retire(p: Awaited<ReturnType<typeof platform>>, user: string, ids: string[]) {
  const client = await signedIn(p, user);
  const r = await client.push(ids.map((id, i) => ({ opId: `retire-${id}-${i}`, kind: 'catalogue.retire' as const, entityId: id, baseRevision: 1, payload: {} })));
  expect(r.body.results.every((a) => a.status === 'accepted')).toBe(true);
}

// Several real HTTP round trips per test: allow for a loaded machine.
describe('sync: pulling the change feed', { timeout: 60_000 }, () => {
  it('ignores replayed and reordered pages, and a retired entry stays gone', async () => {
    const p = await platform();
    const proxy = await startProxy(p.url);
    proxies.push(proxy);
    const [oa] = officers(p);
    const b = await coreFor(p, officers(p)[1]!.user, { url: proxy.url, sync: { pullLimit: 10 } });
    // Record every page the platform sends.
    const pages: string[] = [];
    proxy.rule = ({ path }) => (path === PULL ? { replaceBody: (body) => (pages.push(body), body) } : 'pass');
    const progress: number[] = [];
    b.core.on('sync.progress', (e) => void (e.phase === 'pull' && progress.push(e.done)));
    // The 36 shared entries, and B's own 2 of them once more as its department's catalogue.
    expect(await call(b.core, 'sync.run', {})).toMatchObject({ failed: false, pulled: 38 });
    expect(pages).toHaveLength(4);
    expect(progress).toEqual([10, 20, 30, 38]);
    await retire(p, oa!.user, ['seed-0000001']);
    await call(b.core, 'sync.run', {});
    const settled = await snapshot(b);
    expect(settled.cache).toHaveLength(35);
    expect(settled.cache).not.toContain('seed-0000001@1');

    // Now the feed answers with every page seen (the removal's too), last first: nothing changes.
    expect(pages).toHaveLength(5);
    const replay = [...pages].reverse();
    proxy.rule = ({ path }) => {
      if (path !== PULL) return 'pass';
      const body = JSON.parse(replay.shift() ?? pages[0]!) as { hasMore: boolean };
      body.hasMore = replay.length > 0;
      return { status: 200, body: JSON.stringify(body) };
    };
    expect(await call(b.core, 'sync.run', {})).toMatchObject({ failed: false, pulled: 39 });
    expect(await snapshot(b)).toEqual(settled);
  });

  it('resyncs in full when its cursor is older than the feed, removing what the platform dropped', async () => {
    const p = await platform();
    const [oa, ob] = officers(p);
    const b = await coreFor(p, ob!.user);
    await call(b.core, 'sync.run', {});
    expect((await snapshot(b)).cache).toHaveLength(36);
    await retire(p, oa!.user, ['seed-0000001']);
    // Thirty-one days on, the platform compacts its removal markers: B never saw this one.
    p.clock.advance(31 * 86_400_000);
    expect(await p.compactFeed()).toBe(1);
    await call(b.core, 'sync.signIn', { user: ob!.user, password: ob!.password });
    const r = await call(b.core, 'sync.run', {});
    expect(r).toMatchObject({ failed: false, pulled: 37 });
    const after = await snapshot(b);
    expect(after.cache).toHaveLength(35);
    expect(after.cache.some((k) => k.startsWith('seed-0000001@'))).toBe(false);
    expect(await query(b, "SELECT key FROM sync_meta WHERE key = 'resync'")).toEqual([]);
    const audit = await call(b.core, 'audit.list', {});
    expect(audit.rows.map((row) => row.action)).toContain('sync.resync');
  });

  it('stops before removing most of the cached shared catalogue, and goes on once confirmed', async () => {
    const first = await platform();
    const b = await coreFor(first, officers(first)[1]!.user);
    await call(b.core, 'sync.run', {});
    expect((await snapshot(b)).cache).toHaveLength(36);

    // The workspace is pointed at another platform that publishes only ten entries.
    const second = await platform({ seedShared: 10 });
    const ob = officers(second)[1]!;
    await call(b.core, 'sync.signIn', { platformUrl: second.url, user: ob.user, password: ob.password });
    const stopped = await call(b.core, 'sync.run', {});
    expect(stopped).toMatchObject({ failed: true, error: { code: 'SYNC_MASS_DELETE', details: { params: { removing: 26, cached: 36 } } } });
    expect(await call(b.core, 'sync.state', {})).toMatchObject({ state: 'error', massDelete: { removing: 26, cached: 36 } });
    expect((await snapshot(b)).cache).toHaveLength(36);

    const confirmed = await call(b.core, 'sync.confirmMassDelete', {});
    expect(confirmed.failed).toBe(false);
    expect((await snapshot(b)).cache).toHaveLength(10);
    const s = await call(b.core, 'sync.state', {});
    expect(s.state).toBe('idle');
    expect(s.massDelete).toBeUndefined();
  });
});
