// Every step of a conditional share request under each of the five local profiles' deadline rules,
// with the real platform on loopback whose default profile — and both workspaces' — is that
// profile: the provider's step (3, 5, 10 working days or none), its escalation when overdue or
// refused, the provider's statement, the authority's ruling with its 10 working days, and the
// delivery step it starts (伊川 3 working days), late but recorded. Each due date is the platform's
// and both departments' own, counted by hand on the 2026 calendar (no holiday in March).
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { requestResponseSchema, reviewRequestsResponseSchema, type ShareRequest } from '../../shared/protocol/index';
import type { ProfileId } from '../../shared/profiles/types';
import { opId, signedIn } from '../helpers/platform';
import { REQUEST_FIELDS, call, callError, disposeAll, requesterAndProvider, type TestCore } from './sync-helpers';

afterEach(disposeAll);

const DAY = 86_400_000;
const view = (t: TestCore, id: string) => call(t.core, 'requests.get', { id });

/** The platform clock starts on Monday 2 March 2026, 09:00 in China. */
const CASES: { profile: ProfileId; decision?: { step: string; due: string }; delivery?: string }[] = [
  { profile: 'gongshu', decision: { step: 'providerDecision', due: '2026-03-05' } }, // 3 WD
  { profile: 'yichuan', decision: { step: 'providerDecision', due: '2026-03-09' }, delivery: '2026-03-23' }, // 5 WD; delivery 3 WD from 18 March
  { profile: 'lishui' }, // no time limit: the provider refuses, the requester escalates the refusal
  { profile: 'yuhua' },
  { profile: 'songjiang', decision: { step: 'onDemandAnswer', due: '2026-03-16' } }, // 10 WD
];

describe.each(CASES)('under $profile', ({ profile, decision, delivery }) => {
  it('times each step on the platform and on both sides; the authority rules on the dispute; a department may not', async () => {
    // Sessions outlive the test's jumps in time (it moves the clock past deadlines).
    const { p, a, b, target } = await requesterAndProvider(profile, { tokenTtlMs: 90 * DAY });
    const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
    if (draft.sealedFormRequired) {
      const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% sealed demand form scan\n'), randomBytes(512)]);
      await call(b.core, 'attachments.add', { owner: { type: 'request', id: draft.id }, role: 'sealedForm', fileName: '共享需求单.pdf', source: { base64: scan.toString('base64') } });
    }
    await call(b.core, 'requests.submit', { id: draft.id });
    expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    await call(a.core, 'sync.run', {});
    const id = draft.id;
    const reviewer = await signedIn(p, 'yc-reviewer');
    const onPlatform = async (state: ShareRequest['state']) => reviewRequestsResponseSchema.parse((await reviewer.send('GET', `/review/requests?state=${state}`)).body).requests.find((r) => r.id === id)!;

    // The provider's step: the platform's due date is the one both departments count.
    const received = await onPlatform('providerReview');
    expect([received.dueStep, received.dueDate]).toEqual([decision?.step, decision?.due]);
    for (const t of [a, b]) {
      const v = await view(t, id);
      expect(v.dueDate).toBe(decision?.due);
      expect(v.deadlines.map((d) => `${d.step} ${d.due}`)).toEqual(decision ? [`${decision.step} ${decision.due}`] : []);
    }

    // Tuesday 17 March: every provider deadline has passed. Where none runs, the provider refuses.
    p.clock.advance(15 * DAY);
    if (decision) {
      expect((await view(b, id)).overdue).toBe(true);
      expect((await view(a, id)).deadlines[0]).toMatchObject({ step: decision.step, status: 'overdue' });
    } else {
      expect((await view(b, id)).overdue).toBe(false);
      // Not overdue and not refused: neither the core nor the platform takes an escalation.
      expect((await callError(b.core, 'disputes.escalate', { id, reason: '尚未答复' })).code).toBe('REQUEST_NOT_ESCALATABLE');
      await call(a.core, 'requests.decide', { id, decision: 'reject', reason: '申请用途超出本部门共享范围，不予共享' });
      expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
      await call(b.core, 'sync.run', {});
    }

    // The requester escalates: the platform takes it (松江's on-demand answer is timed there too) and starts the authority's 10 WD.
    await call(b.core, 'disputes.escalate', { id, reason: '申请依据充分，请求协调处理' });
    expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    expect(await view(b, id)).toMatchObject({ state: 'escalated', dueDate: '2026-03-31', dispute: { escalation: { reason: '申请依据充分，请求协调处理' } } });

    // The provider sees it and states its side.
    await call(a.core, 'sync.run', {});
    expect(await view(a, id)).toMatchObject({ state: 'escalated', dueDate: '2026-03-31', dispute: { escalation: { reason: '申请依据充分，请求协调处理' } } });
    // Only the provider states its side: the requester's core refuses, and so does the platform.
    expect((await callError(b.core, 'disputes.statement', { id, statement: '代提供方陈述' })).code).toBe('REQUEST_WRONG_ROLE');
    const bClient = await signedIn(p, (await call(b.core, 'sync.account', {})).account!.user);
    const revision = (await view(b, id)).platformRevision;
    const byRequester = await bClient.push([{ opId: opId(), kind: 'request.statement', entityId: id, baseRevision: revision, payload: { statement: '代提供方陈述' } }]);
    expect(byRequester.body.results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    await call(a.core, 'disputes.statement', { id, statement: '该资源含个人敏感信息，须脱敏后方可共享' });
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });

    // The authority (the reviewer) sees both sides' statements and the ruling's due date.
    const escalated = await onPlatform('escalated');
    expect(escalated).toMatchObject({
      dueStep: 'disputeRuling',
      dueDate: '2026-03-31',
      escalation: { reason: '申请依据充分，请求协调处理' },
      providerStatement: { text: '该资源含个人敏感信息，须脱敏后方可共享' },
    });
    expect(escalated.decision?.reason).toBe(decision ? undefined : '申请用途超出本部门共享范围，不予共享');

    // A department acting as the authority gets a typed refusal; a ruling without reasoning is refused at the field.
    const aClient = await signedIn(p, (await call(a.core, 'sync.account', {})).account!.user);
    const byDepartment = await aClient.send<{ error: { code: string } }>('POST', `/review/requests/${id}/rule`, { json: { revision: escalated.revision, outcome: 'orderShare', reasoning: '自行裁定' } });
    expect([byDepartment.status, byDepartment.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const noReason = await reviewer.send<{ error: { code: string; issues: { path: string }[] } }>('POST', `/review/requests/${id}/rule`, { json: { revision: escalated.revision, outcome: 'orderShare', reasoning: ' ' } });
    expect([noReason.status, noReason.body.error.code, noReason.body.error.issues.map((i) => i.path)]).toEqual([400, 'VALIDATION', ['reasoning']]);

    // Wednesday 18 March the authority orders the provider to share: in time; 伊川 starts the delivery step.
    p.clock.advance(DAY);
    const ruled = await reviewer.send('POST', `/review/requests/${id}/rule`, { json: { revision: escalated.revision, outcome: 'orderShare', reasoning: '申请符合共享依据，脱敏后共享' } });
    expect(ruled.status).toBe(200);
    const after = requestResponseSchema.parse(ruled.body).request;
    expect(after).toMatchObject({ state: 'approved', ruling: { outcome: 'orderShare', reasoning: '申请符合共享依据，脱敏后共享', overdue: false } });
    expect([after.dueStep, after.dueDate]).toEqual(delivery ? ['delivery', delivery] : [undefined, undefined]);
    const again = await reviewer.send<{ error: { code: string } }>('POST', `/review/requests/${id}/rule`, { json: { revision: after.revision, outcome: 'upholdRefusal', reasoning: '再次裁定' } });
    expect(again.body.error.code).toBe('STATE_FORBIDS');

    // Both sides see the ruling through their feeds, with the statements and the delivery deadline.
    for (const t of [a, b]) {
      await call(t.core, 'sync.run', {});
      const v = await view(t, id);
      expect(v).toMatchObject({
        state: 'approved',
        dispute: { escalation: { reason: '申请依据充分，请求协调处理' }, providerStatement: { text: '该资源含个人敏感信息，须脱敏后方可共享' }, ruling: { outcome: 'orderShare' } },
      });
      expect(v.deadlines.find((d) => d.step === 'disputeRuling')).toMatchObject({ start: '2026-03-17', due: '2026-03-31', end: '2026-03-18', status: 'done', late: false });
      expect(v.dueDate).toBe(delivery);
    }

    // Tuesday 24 March the provider delivers: 伊川's delivery is late, recorded as overdue, not refused.
    p.clock.advance(6 * DAY);
    if (delivery) expect((await view(a, id)).deadlines.find((d) => d.step === 'delivery')).toMatchObject({ due: delivery, status: 'overdue' });
    await call(a.core, 'requests.deliver', { id, method: 'file', location: '政务外网共享文件夹/交换区' });
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
    await call(b.core, 'sync.run', {});
    const active = await view(b, id);
    expect(active).toMatchObject({ state: 'active', delivery: { method: 'file', overdue: !!delivery } });
    expect(active.deadlines.filter((d) => d.status !== 'done')).toEqual([]);
  }, 120_000);
});

it('an upheld refusal settles the dispute: rejected on both sides with the ruling, not escalated again (core and platform)', async () => {
  const { p, a, b, target } = await requesterAndProvider();
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  await call(b.core, 'requests.submit', { id: draft.id });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  await call(a.core, 'requests.decide', { id: draft.id, decision: 'reject', reason: '申请用途超出本部门共享范围，不予共享' });
  await call(a.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  await call(b.core, 'disputes.escalate', { id: draft.id, reason: '申请依据充分，请求协调处理' });
  await call(b.core, 'sync.run', {});

  const reviewer = await signedIn(p, 'yc-reviewer');
  const ruled = await reviewer.send('POST', `/review/requests/${draft.id}/rule`, { json: { revision: 3, outcome: 'upholdRefusal', reasoning: '申请用途与资源无关，维持不予共享' } });
  expect(requestResponseSchema.parse(ruled.body).request).toMatchObject({ state: 'rejected', ruling: { outcome: 'upholdRefusal' } });
  expect(requestResponseSchema.parse(ruled.body).request.dueDate).toBeUndefined();

  for (const t of [a, b]) {
    await call(t.core, 'sync.run', {});
    expect(await view(t, draft.id)).toMatchObject({ state: 'rejected', dispute: { ruling: { outcome: 'upholdRefusal', reasoning: '申请用途与资源无关，维持不予共享' } } });
  }
  expect((await callError(b.core, 'disputes.escalate', { id: draft.id, reason: '再次申请协调' })).code).toBe('REQUEST_NOT_ESCALATABLE');
  const bClient = await signedIn(p, (await call(b.core, 'sync.account', {})).account!.user);
  const again = await bClient.push([{ opId: opId(), kind: 'request.escalate', entityId: draft.id, baseRevision: 4, payload: { reason: '再次申请协调' } }]);
  expect(again.body.results[0]).toMatchObject({ status: 'rejected', code: 'STATE_FORBIDS' });
}, 90_000);
