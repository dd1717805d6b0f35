// When sync runs by itself: on start, after a change (debounced), when the network is back, and
// never after close — on the injected scheduler, against the real platform on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestPlatform } from '../../../tests/helpers/platform';
import { call, tempDir } from '../../../tests/helpers/core';
import { manualScheduler } from '../../../tests/integration/sync-proxy';
import { createCore } from '../index';
import { NO_POLICY } from '../policy/policy';
import { backoffMs } from './options';

/** Runs go through real HTTP: on a loaded machine they take seconds, not milliseconds. */
const POLL = { timeout: 20_000 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setUp() {
  const p = await startTestPlatform({ seedShared: 5 });
  cleanups.push(() => p.dispose());
  const officer = p.accounts.find((a) => a.role === 'officer')!;
  const t = tempDir();
  cleanups.push(t.cleanup);
  const scheduler = manualScheduler();
  const core = createCore({ workspaceDir: t.dir, timeSource: p.clock, policy: NO_POLICY, sync: { scheduler, debounceMs: 1500 } });
  cleanups.push(() => core.close());
  await core.ready;
  await call(core, 'workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
  return { p, core, scheduler, officer };
}

// Several real HTTP round trips per test: allow for a loaded machine.
describe('automatic sync', { timeout: 60_000 }, () => {
  it('backs off exponentially with full jitter, capped at five minutes', () => {
    expect([0, 1, 2, 3].map((n) => backoffMs(n, () => 0.999))).toEqual([999, 1998, 3996, 7992]);
    expect(backoffMs(20, () => 0.5)).toBe(150_000);
    expect(backoffMs(3, () => 0)).toBe(0);
  });

  it('runs on start only when signed in, then after sign-in, after changes (debounced) and when back online', async () => {
    const { p, core, scheduler, officer } = await setUp();
    await expect.poll(() => scheduler.pending(), POLL).toEqual([0]);
    scheduler.fireAll();
    expect((await call(core, 'sync.state', {})).lastSuccessAt).toBeUndefined();

    await call(core, 'sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
    expect(scheduler.pending()).toEqual([0]);
    scheduler.fireAll();
    await expect.poll(async () => (await call(core, 'sync.state', {})).lastSuccessAt, POLL).toBeDefined();

    // A change that queues an operation: outbox.changed, then one debounced run.
    const counts: number[] = [];
    core.on('outbox.changed', ({ count }) => counts.push(count));
    const created = await call(core, 'catalogue.create', {
      entry: {
        name: '企业登记信息', provider: officer.department, providerCode: officer.departmentCode, summary: '企业登记信息：名称、代码',
        formatClass: 'database', formatType: 'KingbaseES', shareType: 'unconditional', shareMethodClass: 'platform', shareMethodType: 'interface',
        openType: 'none', updateCycle: 'daily', classification: { scheme: 'national1272', category: '1', item: '01' }, dataGrade: 'general',
        usageRequirements: '依法使用', items: [{ name: '单位名称', type: 'C', length: '100' }],
      },
    });
    const ready = await call(core, 'catalogue.setState', { id: created.id, revision: created.revision, state: 'ready' });
    await call(core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
    await expect.poll(() => counts, POLL).toEqual([1]);
    await expect.poll(() => scheduler.pending(), POLL).toEqual([1500]);
    scheduler.fireAll();
    await expect.poll(async () => (await call(core, 'sync.state', {})).outbox, POLL).toBe(0);
    // The answer stored, the header learns the outbox is empty.
    await expect.poll(() => counts, POLL).toEqual([1, 0]);
    // The run goes on to pull after the answers are stored: going offline is told once it is over.
    await expect.poll(async () => (await call(core, 'sync.state', {})).state, POLL).toBe('idle');

    // Offline: no timers; back online: a run at once.
    expect((await call(core, 'sync.online', { online: false })).state).toBe('offline');
    expect(scheduler.pending()).toEqual([]);
    await call(core, 'sync.online', { online: true });
    expect(scheduler.pending()).toEqual([0]);

    // Close stops every timer.
    await core.close();
    expect(scheduler.pending()).toEqual([]);
  });
});
