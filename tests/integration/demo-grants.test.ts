// The demo platform (`npm run platform -- --seed demo`) holds authorisations between its
// departments with their daily calls: a department that signs in sees them in use, and 伊川's
// "unused for three months" rule flags the one whose calls stopped four months ago and the one
// never used, computed by the core from the usage the platform reports.
import { afterEach, expect, it } from 'vitest';
import { call, coreFor, disposeAll, officers, platform } from './sync-helpers';

afterEach(disposeAll);

it('the demo grants reach both parties with their usage, and the unused ones are revocable under 伊川', async () => {
  const p = await platform({ seedGrants: true });
  const seen = new Map<string, { revocable: boolean; totalCalls: number; lastUsedOn?: string; days: number }>();
  const requesters = new Map<string, number>();
  for (const o of officers(p)) {
    const t = await coreFor(p, o.user, { profileId: 'yichuan' });
    await call(t.core, 'sync.run', {});
    for (const a of (await call(t.core, 'authorisations.list', {})).authorisations) {
      expect(a.request).toMatchObject({ state: 'active', shareType: 'conditional' });
      if (a.request.role === 'provider') seen.set(a.request.id, { revocable: a.revocable, totalCalls: a.usage.totalCalls, ...(a.usage.lastUsedOn ? { lastUsedOn: a.usage.lastUsedOn } : {}), days: a.usage.days.length });
      else requesters.set(a.request.id, a.usage.totalCalls);
    }
    await t.close();
  }
  const ids = [...seen.keys()].sort();
  expect(ids).toEqual(['seed-grant-1', 'seed-grant-2', 'seed-grant-3', 'seed-grant-4', 'seed-grant-5']);
  // The requester sees the same usage as the provider.
  expect([...requesters.entries()].sort()).toEqual(ids.map((id) => [id, seen.get(id)!.totalCalls]));
  const g = (id: string) => seen.get(id)!;
  // In use: calls on the recent working days, not revocable.
  for (const id of ['seed-grant-1', 'seed-grant-2', 'seed-grant-5']) expect([id, g(id).revocable, g(id).totalCalls > 0, g(id).days > 10]).toEqual([id, false, true, true]);
  // Stopped four months ago, and never used: 伊川 lets the provider revoke them.
  expect(g('seed-grant-3')).toMatchObject({ revocable: true, lastUsedOn: expect.any(String) });
  expect(g('seed-grant-3').totalCalls).toBeGreaterThan(1000);
  expect(g('seed-grant-4')).toMatchObject({ revocable: true, totalCalls: 0, days: 0 });
  expect(g('seed-grant-4').lastUsedOn).toBeUndefined();
}, 120_000);
