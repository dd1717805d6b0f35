// A schedule pulled from the platform moves the stored deadlines at once: the pull's run recomputes
// every open deadline (one transaction), so the next list reads the new due dates without recomputing.
import { afterEach, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { NO_POLICY } from '../../electron/core/policy/policy';
import { tempDir } from '../helpers/core';
import { call, coreFor, disposeAll, officers, platform, query } from './sync-helpers';

let cleanupB: (() => void) | undefined;
afterEach(async () => {
  await disposeAll();
  cleanupB?.();
});

it('the 2027 schedule arriving by sync recomputes the provider’s open deadlines in the same run', async () => {
  const p = await platform({ requireSealedForm: false });
  // Monday 28 December 2026, 10:00 in China: 伊川's 5 working days run into 2027.
  p.clock.advance(Date.parse('2026-12-28T02:00:00.000Z') - p.clock.now().getTime());
  const [, ob] = officers(p);
  const bDir = tempDir('cw-clk-');
  cleanupB = bDir.cleanup;
  const init = createCore({ workspaceDir: bDir.dir, timeSource: p.clock, policy: NO_POLICY, sync: { auto: false } });
  await init.ready;
  await call(init, 'workspace.init', { profileId: 'national', departmentName: ob!.department, departmentCode: ob!.departmentCode });
  await init.close();
  const b = await coreFor(p, ob!.user, { dir: bDir.dir });
  await call(b.core, 'sync.run', {});
  const shared = await query<{ body: string }>(b, 'SELECT body FROM shared_catalogue_entries');
  const target = shared.map((r) => JSON.parse(r.body) as { id: string; departmentCode: string; shareType: string }).find((e) => e.departmentCode !== ob!.departmentCode && e.shareType === 'conditional')!;
  const a = await coreFor(p, officers(p).find((o) => o.departmentCode === target.departmentCode)!.user);
  const draft = await call(b.core, 'requests.create', {
    entryId: target.id,
    fields: { purpose: '年末核验', scenario: '年末核验', basisKind: 'businessMatter', basisText: '年末核验规程', shareMethod: 'interface', periodFrom: '2026-12-28', periodTo: '2027-12-31', contactName: '王五', contactPhone: '13912345678' },
  });
  await call(b.core, 'requests.submit', { id: draft.id });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});

  const due = async () => (await call(a.core, 'requests.list', { role: 'provider' })).requests.map((r) => [r.id, r.dueDate, r.calendarCovered]);
  expect(await due()).toEqual([[draft.id, '2027-01-04', false]]);

  await p.announce({ kind: 'calendar.override', calendar: { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] } });
  await call(a.core, 'sync.run', {});
  // Done by the run that pulled it: nothing left for an explicit recompute.
  expect(await call(a.core, 'requests.recomputeDeadlines', {})).toMatchObject({ recomputed: 0 });
  const stored = await query<{ deadlines: string }>(a, 'SELECT deadlines FROM share_requests WHERE id = ?', [draft.id]);
  expect((JSON.parse(stored[0]!.deadlines) as unknown[][])[0]![2]).toBe('2027-01-05');
  expect(await due()).toEqual([[draft.id, '2027-01-05', true]]);
}, 60_000);
