// The request history the reviewer decides with, over loopback against the real platform: every
// step of a request — submission, the provider's refusal, escalation, the provider's statement, the
// authority's ruling, delivery, suspension and its lifting — is recorded where it happens and comes
// with the reviewer's listing, oldest first, with who acted and what they wrote.
import { afterEach, expect, it } from 'vitest';
import { REQUEST_FIELDS, call, callError, coreFor, disposeAll, requesterAndProvider } from './sync-helpers';

afterEach(disposeAll);

it('the reviewer’s listing carries each request’s history in the order it happened, refusal to ruling to suspension', async () => {
  const { p, a, b, target } = await requesterAndProvider();
  const reviewer = await coreFor(p, p.accounts.find((x) => x.role === 'reviewer')!.user);
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  await call(b.core, 'requests.submit', { id: draft.id });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  await call(a.core, 'requests.decide', { id: draft.id, decision: 'reject', reason: '申请用途超出共享范围' });
  await call(a.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  await call(b.core, 'disputes.escalate', { id: draft.id, reason: '依据充分，请求协调' });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  await call(a.core, 'disputes.statement', { id: draft.id, statement: '含敏感信息，须脱敏' });
  await call(a.core, 'sync.run', {});

  const escalated = await call(reviewer.core, 'review.requests', { state: 'escalated' });
  const mine = (id: string, events: typeof escalated.events) => events.filter((e) => e.requestId === id).map(({ kind, by, note }) => ({ kind, by, ...(note ? { note } : {}) }));
  expect(mine(draft.id, escalated.events)).toEqual([
    { kind: 'submitted', by: 'requester' },
    { kind: 'rejected', by: 'provider', note: '申请用途超出共享范围' },
    { kind: 'escalated', by: 'requester', note: '依据充分，请求协调' },
    { kind: 'statement', by: 'provider', note: '含敏感信息，须脱敏' },
  ]);
  // Times are instants, in the order the steps came.
  const times = escalated.events.filter((e) => e.requestId === draft.id).map((e) => e.at);
  expect(times.every((t) => /Z$|[+-]\d\d:\d\d$/.test(t))).toBe(true);
  expect([...times].sort()).toEqual(times);

  const revision = escalated.requests.find((r) => r.id === draft.id)!.revision;
  await call(reviewer.core, 'review.rule', { id: draft.id, revision, outcome: 'orderShare', reasoning: '脱敏后共享' });
  await call(a.core, 'sync.run', {});
  await call(a.core, 'requests.deliver', { id: draft.id, method: 'file', location: '政务外网共享文件夹/交换区' });
  await call(a.core, 'sync.run', {});
  const active = await call(reviewer.core, 'review.requests', { state: 'active', limit: 500 });
  // The demo seed's year of grants shares the list: all of them fit one page of 500.
  expect(active.total).toBeLessThanOrEqual(500);
  const grant = active.requests.find((r) => r.id === draft.id)!;
  // A refused suspension (no reason) records nothing.
  expect((await callError(reviewer.core, 'authority.suspend', { id: draft.id, revision: grant.revision, reason: ' ' })).code).toBe('VALIDATION');
  const { request } = await call(reviewer.core, 'authority.suspend', { id: draft.id, revision: grant.revision, reason: '超范围使用' });
  await call(reviewer.core, 'authority.lift', { id: draft.id, revision: request.revision, note: '已整改' });
  const after = await call(reviewer.core, 'review.requests', { state: 'active', limit: 500 });
  expect(mine(draft.id, after.events).slice(4)).toEqual([
    { kind: 'ruledShare', by: 'authority', note: '脱敏后共享' },
    { kind: 'delivered', by: 'provider' },
    { kind: 'suspended', by: 'authority', note: '超范围使用' },
    { kind: 'suspensionLifted', by: 'authority', note: '已整改' },
  ]);
  // Only the listed requests' history travels.
  expect(after.events.every((e) => after.requests.some((r) => r.id === e.requestId))).toBe(true);
}, 120_000);
