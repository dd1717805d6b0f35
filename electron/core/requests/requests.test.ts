import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, callError, DEPARTMENT, type fixedTime } from '../../../tests/helpers/core';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';
import { answerNext, openRequestsWorkspace, OTHER, platformRequest, pullChanges, withWorkspaceDb } from '../../../tests/helpers/requests';

const PDF = Buffer.from('%PDF-1.4\n% sealed demand form scan\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const fields = {
  items: [] as string[],
  purpose: '低保资格核验',
  scenario: '社会救助审核',
  basisKind: 'law' as const,
  basisText: '《社会救助暂行办法》第十一条',
  shareMethod: 'interface' as const,
  periodFrom: '2026-03-01',
  periodTo: '2026-12-31',
  contactName: '张三',
  contactPhone: '0379-68312345',
};


let dir: string;
let cleanup: () => void;
let core: Core;
let time: ReturnType<typeof fixedTime>;

beforeEach(async () => {
  ({ dir, cleanup, core, time } = await openRequestsWorkspace());
});
afterEach(async () => {
  await core.close();
  cleanup();
});

async function draft(entryId = 'e1', items = ['姓名']) {
  await call(core, 'basket.add', { entryId, items });
  return call(core, 'requests.create', { entryId, fields });
}

async function outbox() {
  return (await call(core, 'outbox.list', {})).ops;
}

describe('basket → request → sealed form → submit', () => {
  it('queues request.create with the attached form in the transaction that submits it', async () => {
    const basket = await call(core, 'basket.add', { entryId: 'e1', items: ['姓名'] });
    expect(basket.entries).toEqual([expect.objectContaining({ entryId: 'e1', items: ['姓名'], available: ['姓名', '公民身份号码'], shareType: 'conditional' })]);
    const r = await call(core, 'requests.create', { entryId: 'e1', fields });
    expect(r).toMatchObject({ state: 'draft', role: 'requester', sealedFormRequired: true, providerName: '伊川县公安局' });
    expect(r.fields.items).toEqual(['姓名']);
    expect((await call(core, 'basket.list', {})).entries).toEqual([]);

    // 伊川: no sealed form, no submission; nothing queued, still a draft.
    expect((await callError(core, 'requests.submit', { id: r.id })).code).toBe('REQUEST_SEALED_FORM_REQUIRED');
    expect(await outbox()).toEqual([]);
    expect((await call(core, 'requests.get', { id: r.id })).state).toBe('draft');

    const form = await call(core, 'requests.demandForm', { id: r.id });
    expect(form.html).toContain('低保资格核验');
    expect(form.html).toContain('盖章处');

    const att = await call(core, 'attachments.add', { owner: { type: 'request', id: r.id }, fileName: '需求单.pdf', source: { base64: PDF.toString('base64') } });
    expect(att).toMatchObject({ type: 'pdf', size: PDF.length });
    expect(existsSync(join(dir, 'attachments', att.sha256.slice(0, 2), att.sha256))).toBe(true);

    const sent = await call(core, 'requests.submit', { id: r.id });
    expect(sent.state).toBe('pendingSync');
    const ops = await outbox();
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ kind: 'request.create', entityId: r.id, payload: { entryId: 'e1', items: ['姓名'], purpose: '低保资格核验', attachments: [att.sha256] } });

    // Accepted: submitted at the platform's time of receipt; the platform's status starts the provider's deadline.
    await answerNext(dir, (opId) => ({ opId, status: 'accepted', revision: 1, appliedAt: '2026-03-02T03:00:00.000Z' }));
    expect((await call(core, 'requests.get', { id: r.id })).state).toBe('submitted');
    await pullChanges(dir, [{ kind: 'request.status', request: platformRequest({ id: r.id, entryId: 'e1', requesterCode: DEPARTMENT.code, providerCode: OTHER, submittedAt: '2026-03-02T03:00:00.000Z', updatedAt: '2026-03-02T03:00:00.000Z' }) }]);
    const got = await call(core, 'requests.get', { id: r.id });
    expect(got.state).toBe('providerReview');
    expect(got.submittedAt).toBe('2026-03-02T03:00:00.000Z');
    expect(got.deadlines).toEqual([expect.objectContaining({ step: 'providerDecision', start: '2026-03-02', due: '2026-03-09', status: 'running', calendarCovered: true })]);
  });

  it('a refused submission comes back as a draft with the platform reason', async () => {
    const r = await draft();
    await call(core, 'attachments.add', { owner: { type: 'request', id: r.id }, fileName: 'scan.png', source: { base64: PNG.toString('base64') } });
    await call(core, 'requests.submit', { id: r.id });
    await answerNext(dir, (opId) => ({ opId, status: 'rejected', code: 'SEALED_FORM_REQUIRED', reason: '缺少盖章的共享需求单' }));
    const back = await call(core, 'requests.get', { id: r.id });
    expect(back.state).toBe('draft');
    expect(back.refusal).toContain('缺少盖章的共享需求单');
  });

  it('a withdrawal the platform refuses gives the request back to the platform, whose feed then applies', async () => {
    const r = await draft('e2', []);
    await call(core, 'requests.submit', { id: r.id });
    await answerNext(dir, (opId) => ({ opId, status: 'accepted', revision: 1, appliedAt: '2026-03-02T03:00:00.000Z' }));
    expect((await call(core, 'requests.cancel', { id: r.id, reason: '不再需要' })).state).toBe('withdrawn');
    const op = await answerNext(dir, (opId) => ({ opId, status: 'rejected', code: 'STATE_FORBIDS', reason: '申请已审核通过' }));
    expect(op).toMatchObject({ kind: 'request.cancel', entityId: r.id });
    expect(await call(core, 'requests.get', { id: r.id })).toMatchObject({ state: 'submitted', refusal: expect.stringContaining('申请已审核通过') });
    await pullChanges(dir, [{ kind: 'request.status', request: platformRequest({ id: r.id, entryId: 'e2', shareType: 'unconditional', requesterCode: DEPARTMENT.code, providerCode: OTHER, revision: 2, state: 'approved', updatedAt: '2026-03-02T04:00:00.000Z' }) }]);
    expect((await call(core, 'requests.get', { id: r.id })).state).toBe('approved');
  });

  it('an unconditional request needs no form', async () => {
    const r = await draft('e2', []);
    expect(r.sealedFormRequired).toBe(false);
    expect((await call(core, 'requests.submit', { id: r.id })).state).toBe('pendingSync');
  });
});

describe('bad input', () => {
  it('a draft whose stored fields lack what a request needs is refused at the field, offline, before anything is queued', async () => {
    const r = await draft('e2', []);
    // A draft kept from before a field was required: its stored fields lack the scenario.
    const { scenario: _scenario, ...rest } = fields;
    await withWorkspaceDb(dir, (db) => db.transaction((tx) => tx.run('UPDATE share_requests SET fields = ? WHERE id = ?', [JSON.stringify(rest), r.id])));
    const refused = await callError(core, 'requests.submit', { id: r.id });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.details?.issues).toEqual([expect.objectContaining({ path: 'fields.scenario', code: 'validation.required' })]);
    expect(await outbox()).toEqual([]);
    expect((await call(core, 'requests.get', { id: r.id })).state).toBe('draft');
    // Filled in, it goes with every field.
    await call(core, 'requests.update', { id: r.id, fields });
    await call(core, 'requests.submit', { id: r.id });
    const { items: _items, ...rest2 } = fields;
    expect((await outbox())[0]).toMatchObject({ kind: 'request.create', payload: { entryId: 'e2', ...rest2, contactPhone: '037968312345' } });
  });

  it('refuses nonexistent dates, reversed periods, unknown items, own and unshareable entries', async () => {
    await call(core, 'basket.add', { entryId: 'e1', items: [] });
    const bad = await callError(core, 'requests.create', { entryId: 'e1', fields: { ...fields, periodFrom: '2026-02-30' } });
    expect(bad.details?.issues).toEqual([expect.objectContaining({ path: 'fields.periodFrom', code: 'validation.requestInvalidDate' })]);
    const reversed = await callError(core, 'requests.create', { entryId: 'e1', fields: { ...fields, periodFrom: '2026-12-31', periodTo: '2026-03-01' } });
    expect(reversed.details?.issues).toEqual([expect.objectContaining({ path: 'fields.periodTo', code: 'validation.requestReversedPeriod' })]);
    const item = await callError(core, 'requests.create', { entryId: 'e1', fields: { ...fields, items: ['不存在'] } });
    expect(item.details?.issues).toEqual([expect.objectContaining({ path: 'fields.items.0' })]);
    expect((await callError(core, 'basket.add', { entryId: 'e3', items: [] })).code).toBe('REQUEST_NOT_SHAREABLE');
    await pullIntoWorkspace(dir, [sharedEntry('mine', { departmentCode: DEPARTMENT.code })]);
    expect((await callError(core, 'basket.add', { entryId: 'mine', items: [] })).code).toBe('REQUEST_OWN_ENTRY');
  });

  it('a forbidden transition is a typed error naming from and to, and leaves the history as it was', async () => {
    const r = await draft();
    const before = (await call(core, 'requests.history', { id: r.id })).events;
    const err = await callError(core, 'requests.renew', { id: r.id });
    expect(err.code).toBe('REQUEST_TRANSITION');
    expect(err.details?.params).toMatchObject({ from: 'draft', to: 'renewalRequested' });
    expect(err.message).toContain('draft');
    expect((await call(core, 'requests.history', { id: r.id })).events).toEqual(before);
    expect(await outbox()).toEqual([]);
  });

  it('attachments that lie about their type, are too large, or are empty are refused', async () => {
    const r = await draft();
    const lie = await callError(core, 'attachments.add', { owner: { type: 'request', id: r.id }, fileName: 'scan.pdf', source: { base64: PNG.toString('base64') } });
    expect(lie).toMatchObject({ code: 'ATTACHMENT_TYPE', details: { params: { claimed: 'pdf', actual: 'png' } } });
    const big = join(dir, 'big.pdf');
    writeFileSync(big, PDF);
    truncateSync(big, 11 * 1024 * 1024);
    expect((await callError(core, 'attachments.add', { owner: { type: 'request', id: r.id }, fileName: 'big.pdf', source: { path: big } })).code).toBe('ATTACHMENT_TOO_LARGE');
    expect((await callError(core, 'attachments.add', { owner: { type: 'request', id: r.id }, fileName: 'e.pdf', source: { base64: '' } })).code).toBe('ATTACHMENT_EMPTY');
    expect((await call(core, 'requests.get', { id: r.id })).attachments).toEqual([]);
  });

  it('repeated and out-of-order platform updates change nothing and are reported in the history', async () => {
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest() }]);
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest() }]);
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ revision: 3, state: 'approved', updatedAt: '2026-03-03T01:00:00.000Z', decision: { decision: 'approve', by: 'provider', decidedAt: '2026-03-03T01:00:00.000Z', overdue: false } }) }]);
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ revision: 2, state: 'providerReview', updatedAt: '2026-03-02T05:00:00.000Z' }) }]);
    const r = await call(core, 'requests.get', { id: 'r-in-1' });
    expect(r.state).toBe('approved');
    expect(r.platformRevision).toBe(3);
    const h = (await call(core, 'requests.history', { id: 'r-in-1' })).events;
    expect(h.map((e) => [e.platformRevision, e.outcome, e.to])).toEqual([
      [1, 'applied', 'providerReview'],
      [3, 'applied', 'approved'],
      [2, 'stale', 'approved'],
    ]);
    // An update the state machine forbids (withdrawn after approval) is recorded as illegal, the state kept.
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ revision: 4, state: 'withdrawn', updatedAt: '2026-03-04T01:00:00.000Z' }) }]);
    expect((await call(core, 'requests.get', { id: 'r-in-1' })).state).toBe('approved');
    expect((await call(core, 'requests.history', { id: 'r-in-1' })).events.at(-1)).toMatchObject({ outcome: 'illegal', from: 'approved', to: 'withdrawn' });
  });
});

describe('provider side (待我审批)', () => {
  beforeEach(async () => {
    await pullChanges(dir, [
      { kind: 'request.incoming', request: platformRequest({ id: 'late', dueDate: '2026-03-05', submittedAt: '2026-02-27T01:00:00.000Z', updatedAt: '2026-02-27T01:00:00.000Z' }) },
      { kind: 'request.incoming', request: platformRequest({ id: 'soon' }) },
    ]);
  });

  it('lists incoming requests by deadline and decides with and without a reason', async () => {
    const list = await call(core, 'requests.list', { role: 'provider' });
    expect(list.requests.map((r) => [r.id, r.dueDate])).toEqual([
      ['late', '2026-03-05'],
      ['soon', '2026-03-09'],
    ]);
    const none = await callError(core, 'requests.decide', { id: 'late', decision: 'reject' });
    expect(none.code).toBe('REQUEST_REASON_REQUIRED');
    const short = await callError(core, 'requests.decide', { id: 'late', decision: 'reject', reason: '不行' });
    expect(short.details?.issues).toEqual([expect.objectContaining({ path: 'reason', code: 'validation.requestReasonTooShort' })]);
    expect(await outbox()).toEqual([]);

    const rejected = await call(core, 'requests.decide', { id: 'late', decision: 'reject', reason: '申请用途与所需信息项不对应，请补充具体业务场景' });
    expect(rejected.state).toBe('rejected');
    expect(rejected.decision).toMatchObject({ decision: 'reject', by: 'provider' });
    const approved = await call(core, 'requests.decide', { id: 'soon', decision: 'approve', conditions: '仅限低保审核', desensitisation: '身份证号中间八位脱敏', validUntil: '2026-12-31' });
    expect(approved).toMatchObject({ state: 'approved', validUntil: '2026-12-31', decision: { conditions: '仅限低保审核', desensitisation: '身份证号中间八位脱敏' } });
    const ops = await outbox();
    expect(ops.map((o) => [o.kind, o.entityId, o.baseRevision])).toEqual([
      ['request.decide', 'late', 1],
      ['request.decide', 'soon', 1],
    ]);
    expect(ops[0]!.payload).toMatchObject({ decision: 'reject', reason: '申请用途与所需信息项不对应，请补充具体业务场景' });
    expect((ops[1]!.payload as { reason: string }).reason).toContain('身份证号中间八位脱敏');
    // A requester's action is not the provider's.
    expect((await callError(core, 'requests.cancel', { id: 'soon' })).code).toBe('REQUEST_WRONG_ROLE');
  });

  it('delivers an approved request in the transaction that queues request.deliver; a delivery the platform refuses (not for its state) returns it to approved', async () => {
    expect((await callError(core, 'requests.deliver', { id: 'soon', method: 'file', location: '交换区' })).code).toBe('REQUEST_TRANSITION');
    await call(core, 'requests.decide', { id: 'soon', decision: 'approve' });
    const bad = await callError(core, 'requests.deliver', { id: 'soon', method: 'databaseView', viewName: 'v_share', location: '交换区' });
    expect(bad.details?.issues).toEqual([expect.objectContaining({ path: 'location', code: 'validation.deliveryDetailMismatch' })]);
    expect((await outbox()).map((o) => o.kind)).toEqual(['request.decide']);

    const delivered = await call(core, 'requests.deliver', { id: 'soon', method: 'databaseView', viewName: 'v_share', database: 'share_db' });
    expect(delivered).toMatchObject({ state: 'active', delivery: { method: 'databaseView', viewName: 'v_share', database: 'share_db', by: 'provider' } });
    // Based on the revision the queued approval will have.
    expect((await outbox()).map((o) => [o.kind, o.baseRevision])).toEqual([
      ['request.decide', 1],
      ['request.deliver', 2],
    ]);
    await answerNext(dir, (opId) => ({ opId, status: 'accepted', revision: 2, appliedAt: '2026-03-02T03:00:00.000Z' }));
    await answerNext(dir, (opId) => ({ opId, status: 'rejected', code: 'FORBIDDEN', reason: '只有提供部门可以记录交付' }));
    const back = await call(core, 'requests.get', { id: 'soon' });
    expect(back).toMatchObject({ state: 'approved', refusal: expect.stringContaining('只有提供部门可以记录交付') });
    expect(back.delivery).toBeUndefined();
    expect(back.allowed).toContain('deliver');
  });

  it('flags the overdue one (CLI --overdue) and the one due within a working day', async () => {
    time.advance(3 * 86_400_000); // Thursday 2026-03-05: "late" due today
    let r = await call(core, 'requests.get', { id: 'late' });
    expect(r.deadlines[0]).toMatchObject({ due: '2026-03-05', status: 'dueSoon' });
    expect(r.dueSoon).toBe(true);
    time.advance(86_400_000);
    r = await call(core, 'requests.get', { id: 'late' });
    expect(r.overdue).toBe(true);
    expect((await call(core, 'requests.list', { overdue: true })).requests.map((x) => x.id)).toEqual(['late']);
  });
});

describe('authorisations and disputes', () => {
  it('an unused grant is flagged for revocation after three months unless the requester declared seasonal use; usage comes from the platform; revoked with a reason', async () => {
    const active = { revision: 2, state: 'active' as const, validUntil: '2027-03-01', deliveredAt: '2026-03-02T05:00:00.000Z', updatedAt: '2026-03-02T05:00:00.000Z' };
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest(active) }]);
    let a = await call(core, 'authorisations.list', {});
    expect(a.authorisations).toEqual([expect.objectContaining({ expiresAt: '2027-03-01', revocable: false, revocableSince: '2026-06-03', expiresSoon: false, suspended: false, usage: { days: [], totalCalls: 0 } })]);
    time.advance(95 * 86_400_000);
    a = await call(core, 'authorisations.list', {});
    expect(a.authorisations[0]!.revocable).toBe(true);
    // Seasonal use is the requester's declaration: the provider cannot set it, and sees it from the platform.
    expect((await callError(core, 'authorisations.setSeasonal', { id: 'r-in-1', seasonal: true, reason: '汛期' })).code).toBe('REQUEST_WRONG_ROLE');
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ ...active, revision: 3, seasonal: { reason: '汛期防汛调度使用', declaredAt: '2026-06-05T01:00:00.000Z' } }) }]);
    a = await call(core, 'authorisations.list', {});
    expect(a.authorisations[0]).toMatchObject({ revocable: false, request: { seasonal: true, lifecycle: { seasonal: { reason: '汛期防汛调度使用' } } } });
    await pullChanges(dir, [{ kind: 'request.incoming', request: platformRequest({ ...active, revision: 4 }) }]);
    expect((await call(core, 'authorisations.list', {})).authorisations[0]!.revocable).toBe(true);
    // The platform reports a use: no longer revocable, the usage shown as reported.
    await pullChanges(dir, [{ kind: 'authorisation.usage', usage: { requestId: 'r-in-1', days: [{ day: '2026-06-04', calls: 12 }], lastUsedOn: '2026-06-04', totalCalls: 12 } }]);
    a = await call(core, 'authorisations.list', {});
    expect(a.authorisations[0]).toMatchObject({ revocable: false, revocableSince: '2026-09-05', usage: { days: [{ day: '2026-06-04', calls: 12 }], lastUsedOn: '2026-06-04', totalCalls: 12 } });
    expect((await callError(core, 'authorisations.revoke', { id: 'r-in-1', reason: '' })).code).toBe('VALIDATION');
    const revoked = await call(core, 'authorisations.revoke', { id: 'r-in-1', reason: '业务已终止' });
    expect(revoked.state).toBe('revoked');
  });

  it('a refused request is escalated to the coordinating office with its record', async () => {
    const r = await draft('e2', []);
    expect((await callError(core, 'disputes.escalate', { id: r.id, reason: '拒绝理由不成立' })).code).toBe('REQUEST_NOT_ESCALATABLE');
    await call(core, 'requests.submit', { id: r.id });
    await answerNext(dir, (opId) => ({ opId, status: 'accepted', revision: 1, appliedAt: '2026-03-02T03:00:00.000Z' }));
    const base = { id: r.id, entryId: 'e2', shareType: 'unconditional' as const, requesterCode: DEPARTMENT.code, providerCode: OTHER };
    await pullChanges(dir, [
      { kind: 'request.status', request: platformRequest({ ...base, revision: 1, state: 'platformCheck' }) },
      { kind: 'request.status', request: platformRequest({ ...base, revision: 2, state: 'rejected', updatedAt: '2026-03-03T01:00:00.000Z', decision: { decision: 'reject', reason: '不符合', by: 'platform', decidedAt: '2026-03-03T01:00:00.000Z', overdue: false } }) },
    ]);
    const d = await call(core, 'disputes.escalate', { id: r.id, reason: '拒绝理由不成立' });
    expect(d.request.state).toBe('escalated');
    const list = await call(core, 'disputes.list', {});
    expect(list.disputes).toEqual([expect.objectContaining({ id: d.disputeId, requestId: r.id, reason: '拒绝理由不成立' })]);
    expect(JSON.stringify(list.disputes[0]!.record)).toContain('rejected');
  });
});
