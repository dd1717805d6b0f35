// Share request end to end with the real platform on loopback: B requests A's published entry,
// A decides in 待我审批, B sees the decision — every step through the outbox and the change feed.
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { NO_POLICY } from '../../electron/core/policy/policy';
import { call, callError, coreFor, disposeAll, officers, platform, query } from './sync-helpers';
import { tempDir } from '../helpers/core';

let cleanupB: (() => void) | undefined;
afterEach(async () => {
  await disposeAll();
  cleanupB?.();
});

const fields = {
  purpose: '企业开办一件事：核验法人信息',
  scenario: '企业开办联办',
  basisKind: 'businessMatter' as const,
  basisText: '企业开办一件事办理规程',
  shareMethod: 'interface' as const,
  periodFrom: '2026-03-02',
  periodTo: '2026-12-31',
  contactName: '王五',
  contactPhone: '13912345678',
};

describe('share request through the platform', () => {
  it('B requests A’s conditional entry, A approves with conditions, B sees the decision and its clocks', async () => {
    // The sealed form is 伊川's rule (its upload is requests-attachments.test.ts): here B works under
    // the national profile (no form) and the platform does not ask for one.
    const p = await platform({ requireSealedForm: false });
    const [, ob] = officers(p);
    const bDir = tempDir('cw-req-');
    cleanupB = bDir.cleanup;
    const init = createCore({ workspaceDir: bDir.dir, clock: p.clock, policy: NO_POLICY, sync: { auto: false } });
    await init.ready;
    await call(init, 'workspace.init', { profileId: 'national', departmentName: ob!.department, departmentCode: ob!.departmentCode });
    await init.close();
    const b = await coreFor(p, ob!.user, { dir: bDir.dir });

    await call(b.core, 'sync.run', {});
    const shared = await query<{ id: string; body: string }>(b, 'SELECT id, body FROM shared_catalogue_entries');
    const target = shared.map((r) => JSON.parse(r.body) as { id: string; departmentCode: string; shareType: string; items: { name: string }[] }).find((e) => e.departmentCode !== ob!.departmentCode && e.shareType === 'conditional');
    expect(target).toBeDefined();
    const oa = officers(p).find((o) => o.departmentCode === target!.departmentCode);
    const a = await coreFor(p, oa!.user);

    await call(b.core, 'basket.add', { entryId: target!.id, items: [target!.items[0]!.name] });
    const draft = await call(b.core, 'requests.create', { entryId: target!.id, fields });
    expect(draft.sealedFormRequired).toBe(false);
    await call(b.core, 'requests.submit', { id: draft.id });
    const pushed = await call(b.core, 'sync.run', {});
    expect(pushed).toMatchObject({ accepted: 1, rejected: 0 });
    let mine = await call(b.core, 'requests.get', { id: draft.id });
    expect(mine.state).toBe('PROVIDER_REVIEW');
    expect(mine.clocks).toEqual([expect.objectContaining({ step: 'providerDecision', status: 'running' })]);

    // A: the request arrives in 待我审批; a refusal without its reason never leaves the workstation.
    await call(a.core, 'sync.run', {});
    const incoming = await call(a.core, 'requests.list', { role: 'provider' });
    expect(incoming.requests.map((r) => r.id)).toEqual([draft.id]);
    expect(incoming.requests[0]).toMatchObject({ state: 'PROVIDER_REVIEW', requesterCode: ob!.departmentCode, clocks: [expect.objectContaining({ step: 'providerDecision', status: 'running' })] });
    expect((await callError(a.core, 'requests.decide', { id: draft.id, decision: 'reject' })).code).toBe('REQUEST_REASON_REQUIRED');
    await call(a.core, 'requests.decide', { id: draft.id, decision: 'approve', conditions: '仅限企业开办业务', validUntil: '2026-12-31' });
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    expect((await call(a.core, 'requests.get', { id: draft.id })).state).toBe('APPROVED');

    // B sees the decision, the provider's clock done.
    await call(b.core, 'sync.run', {});
    mine = await call(b.core, 'requests.get', { id: draft.id });
    expect(mine).toMatchObject({ state: 'APPROVED', validUntil: '2026-12-31', decision: { decision: 'approve', by: 'provider' } });
    expect(mine.decision?.reason).toContain('仅限企业开办业务');
    expect(mine.clocks.find((c) => c.step === 'providerDecision')?.status).toBe('done');
  }, 60_000);
});
