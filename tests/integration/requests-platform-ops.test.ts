// Revocation, disputes and the objection steps as platform operations, with the real platform on
// loopback: each queued in the outbox, checked by party on the platform, idempotent by opId, and
// reflected in the other department's pull.
import { afterEach, expect, it } from 'vitest';
import { opId, signedIn } from '../helpers/platform';
import { API_BASE, type Operation } from '../../shared/protocol/index';
import { REQUEST_FIELDS, call, disposeAll, query, requesterAndProvider, type TestCore } from './sync-helpers';

afterEach(disposeAll);

async function request(b: TestCore, entryId: string): Promise<string> {
  const draft = await call(b.core, 'requests.create', { entryId, fields: REQUEST_FIELDS });
  await call(b.core, 'requests.submit', { id: draft.id });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  return draft.id;
}

const state = async (t: TestCore, id: string) => (await call(t.core, 'requests.get', { id })).state;
const answered = (t: TestCore, kind: string) => query<{ op_id: string; entity_id: string; answer: string }>(t, 'SELECT op_id, entity_id, answer FROM outbox_answers WHERE kind = ?', [kind]);

it('a dispute: the requester escalates a refusal, the provider sees it escalated; another department may not; a replay changes nothing', async () => {
  const { p, a, b, target, third } = await requesterAndProvider();
  const id = await request(b, target.id);
  await call(a.core, 'sync.run', {});
  await call(a.core, 'requests.decide', { id, decision: 'reject', reason: '申请用途超出本部门共享范围，不予共享' });
  await call(a.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  expect(await state(b, id)).toBe('rejected');

  // Only the requester may escalate.
  const c = await signedIn(p, third.user);
  const byOther = await c.push([{ opId: opId(), kind: 'request.escalate', entityId: id, baseRevision: 2, payload: { reason: '代为申诉' } }]);
  expect(byOther.body.results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });

  await call(b.core, 'disputes.escalate', { id, reason: '申请依据充分，请协调办公室裁定' });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  const [first] = await answered(b, 'request.escalate');
  expect(JSON.parse(first!.answer)).toMatchObject({ status: 'accepted', revision: 3 });

  // The same operation again (a client that never heard the answer): its first answer, no second effect.
  const bClient = await signedIn(p, (await call(b.core, 'sync.account', {})).account!.user);
  const replay = { opId: first!.op_id, kind: 'request.escalate', entityId: id, baseRevision: 2, payload: { reason: '申请依据充分，请协调办公室裁定' } } as Operation;
  const again = await bClient.push([replay]);
  expect(again.body.results[0]).toMatchObject({ status: 'accepted', revision: 3 });
  const feed = (await bClient.pullAll('0')).changes.filter((ch) => ch.kind === 'request.status' && (ch.request as { id: string }).id === id);
  expect(feed.map((ch) => (ch.request as { revision: number }).revision)).toEqual([3]);

  await call(a.core, 'sync.run', {});
  expect(await state(a, id)).toBe('escalated');
}, 90_000);

it('a revoked grant: the provider revokes, the requester sees it revoked; a department outside the grant may not', async () => {
  const { p, a, b, target, third } = await requesterAndProvider();
  const id = await request(b, target.id);
  await call(a.core, 'sync.run', {});
  await call(a.core, 'requests.decide', { id, decision: 'approve', validUntil: '2026-12-31' });
  await call(a.core, 'sync.run', {});
  const reviewer = await signedIn(p, 'yc-reviewer');
  expect((await reviewer.send('POST', `/review/requests/${id}/deliver`, { json: { revision: 2 } })).status).toBe(200);
  await call(a.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  expect([await state(a, id), await state(b, id)]).toEqual(['active', 'active']);

  const c = await signedIn(p, third.user);
  expect((await c.push([{ opId: opId(), kind: 'request.revoke', entityId: id, baseRevision: 3, payload: { reason: '无关部门' } }])).body.results[0]).toMatchObject({ code: 'FORBIDDEN' });

  expect((await call(a.core, 'authorisations.revoke', { id, reason: '超过三个月未使用' })).state).toBe('revoked');
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(b.core, 'sync.run', {});
  expect(await state(b, id)).toBe('revoked');
  expect((await call(b.core, 'authorisations.list', {})).authorisations.map((x) => x.request.id)).not.toContain(id);
}, 90_000);

it('an objection: the provider acknowledges and answers, the raiser confirms; each step reaches the other side; the raiser may not acknowledge', async () => {
  const { p, a, b, target } = await requesterAndProvider();
  // With evidence: uploaded before the objection is pushed, then readable by the provider.
  const evidence = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('evidence of the record as registered')]);
  const att = await call(b.core, 'attachments.add', { role: 'evidence', fileName: '原始档案.png', source: { base64: evidence.toString('base64') } });
  const raised = await call(b.core, 'objections.raise', { entryId: target.id, itemName: target.items[0]!.name, description: '登记日期与原始档案不一致', attachments: [att.sha256] });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(a.core, 'sync.run', {});
  expect((await call(a.core, 'objections.get', { id: raised.id })).state).toBe('open');
  const aClient = await signedIn(p, (await call(a.core, 'sync.account', {})).account!.user);
  const download = await fetch(`${p.url}${API_BASE}/attachments/${att.sha256}`, { headers: { authorization: `Bearer ${aClient.token}` } });
  expect(Buffer.from(await download.arrayBuffer()).equals(evidence)).toBe(true);

  const bClient = await signedIn(p, (await call(b.core, 'sync.account', {})).account!.user);
  expect((await bClient.push([{ opId: opId(), kind: 'objection.acknowledge', entityId: raised.id, baseRevision: 1, payload: {} }])).body.results[0]).toMatchObject({ code: 'FORBIDDEN' });

  await call(a.core, 'objections.acknowledge', { id: raised.id });
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(b.core, 'sync.run', {});
  expect((await call(b.core, 'objections.get', { id: raised.id })).state).toBe('acknowledged');

  await call(a.core, 'objections.answer', { id: raised.id, answer: 'corrected', note: '已按原始档案更正登记日期' });
  await call(a.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  expect((await call(b.core, 'objections.get', { id: raised.id })).state).toBe('answered');

  await call(b.core, 'objections.confirm', { id: raised.id });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(a.core, 'sync.run', {});
  expect((await call(a.core, 'objections.get', { id: raised.id })).state).toBe('confirmed');
}, 90_000);
