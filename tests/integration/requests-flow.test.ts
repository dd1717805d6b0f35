// Share request end to end with the real platform on loopback: B requests A's published entry,
// A decides in 待我审批, B sees the decision — every step through the outbox and the change feed.
import { afterEach, describe, expect, it } from 'vitest';
import { REQUEST_FIELDS, call, callError, disposeAll, requesterAndProvider } from './sync-helpers';

afterEach(disposeAll);

describe('share request through the platform', () => {
  it('B requests A’s conditional entry, A approves with conditions, B sees the decision and its deadlines', async () => {
    // The sealed form is 伊川's rule (its upload is requests-attachments.test.ts): here B works under
    // the national profile (no form) and the platform does not ask for one.
    const { a, b, target } = await requesterAndProvider();

    await call(b.core, 'basket.add', { entryId: target.id, items: [target.items[0]!.name] });
    const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
    expect(draft.sealedFormRequired).toBe(false);
    await call(b.core, 'requests.submit', { id: draft.id });
    const pushed = await call(b.core, 'sync.run', {});
    expect(pushed).toMatchObject({ accepted: 1, rejected: 0 });
    let mine = await call(b.core, 'requests.get', { id: draft.id });
    expect(mine.state).toBe('providerReview');
    expect(mine.deadlines).toEqual([expect.objectContaining({ step: 'providerDecision', status: 'running' })]);

    // A: the request arrives in 待我审批; a refusal without its reason never leaves the workstation.
    await call(a.core, 'sync.run', {});
    const incoming = await call(a.core, 'requests.list', { role: 'provider' });
    expect(incoming.requests.map((r) => r.id)).toEqual([draft.id]);
    expect(incoming.requests[0]).toMatchObject({ state: 'providerReview', requesterCode: b.department.code, deadlines: [expect.objectContaining({ step: 'providerDecision', status: 'running' })] });
    expect((await callError(a.core, 'requests.decide', { id: draft.id, decision: 'reject' })).code).toBe('REQUEST_REASON_REQUIRED');
    await call(a.core, 'requests.decide', { id: draft.id, decision: 'approve', conditions: '仅限企业开办业务', validUntil: '2026-12-31' });
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    expect((await call(a.core, 'requests.get', { id: draft.id })).state).toBe('approved');

    // B sees the decision, the provider's deadline done.
    await call(b.core, 'sync.run', {});
    mine = await call(b.core, 'requests.get', { id: draft.id });
    expect(mine).toMatchObject({ state: 'approved', validUntil: '2026-12-31', decision: { decision: 'approve', by: 'provider' } });
    expect(mine.decision?.reason).toContain('仅限企业开办业务');
    expect(mine.deadlines.find((c) => c.step === 'providerDecision')?.status).toBe('done');
  }, 60_000);
});
