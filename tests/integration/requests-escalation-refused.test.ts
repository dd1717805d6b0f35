// A refused escalation, with the real platform on loopback: the requester's workstation counts a
// day the platform has not reached (its clock runs ahead), so it sees the provider's deadline passed
// and escalates; the platform, whose deadline has not passed, refuses. The request goes back to the
// state the platform holds, with the platform's reason, and leaves the disputes; once the deadline
// has passed on the platform too, the same escalation is taken.
import { randomBytes } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { REQUEST_FIELDS, call, coreFor, disposeAll, requesterAndProvider } from './sync-helpers';

afterEach(disposeAll);

const DAY = 86_400_000;

it('a refused escalation rolls the request back to the platform’s state and says why; escalated once the platform agrees', async () => {
  // Sessions outlive the jump in time.
  const { p, a, b, target } = await requesterAndProvider('yichuan', { tokenTtlMs: 90 * DAY });
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% sealed demand form scan\n'), randomBytes(512)]);
  await call(b.core, 'attachments.add', { owner: { type: 'request', id: draft.id }, role: 'sealedForm', fileName: '共享需求单.pdf', source: { base64: scan.toString('base64') } });
  await call(b.core, 'requests.submit', { id: draft.id });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(a.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  const id = draft.id;
  expect((await call(b.core, 'requests.get', { id })).state).toBe('providerReview');

  // The same workspace opened on a workstation whose clock is 15 days ahead of the platform's.
  await b.close();
  const ahead = { now: () => new Date(p.clock.now().getTime() + 15 * DAY) };
  const late = await coreFor(p, b.user, { dir: b.dir, timeSource: ahead });
  const before = await call(late.core, 'requests.get', { id });
  expect(before).toMatchObject({ state: 'providerReview', overdue: true });

  const d = await call(late.core, 'disputes.escalate', { id, reason: '提供部门逾期未答复，请求协调' });
  expect(d.request.state).toBe('escalated');
  expect((await call(late.core, 'disputes.list', {})).disputes).toHaveLength(1);
  expect(await call(late.core, 'sync.run', {})).toMatchObject({ accepted: 0, rejected: 1 });

  // Back to what the platform holds, with its reason; no dispute left; the history says what happened.
  const back = await call(late.core, 'requests.get', { id });
  expect(back).toMatchObject({ state: 'providerReview', platformRevision: before.platformRevision, refusal: expect.stringContaining('STATE_FORBIDS') });
  expect(back.dispute).toBeUndefined();
  expect((await call(late.core, 'disputes.list', {})).disputes).toEqual([]);
  expect((await call(late.core, 'requests.history', { id })).events.slice(-2).map((e) => [e.type, e.from, e.to])).toEqual([
    ['escalate', 'providerReview', 'escalated'],
    ['escalateRefused', 'escalated', 'providerReview'],
  ]);
  expect((await call(late.core, 'requests.list', { role: 'requester', state: 'escalated' })).total).toBe(0);
  // The provider never saw an escalation.
  await call(a.core, 'sync.run', {});
  expect((await call(a.core, 'requests.get', { id })).state).toBe('providerReview');

  // The platform's day catches up: the provider's deadline has passed there too, and the escalation is taken.
  p.clock.advance(15 * DAY);
  await call(late.core, 'disputes.escalate', { id, reason: '提供部门逾期未答复，请求协调' });
  expect(await call(late.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  expect(await call(late.core, 'requests.get', { id })).toMatchObject({ state: 'escalated', dispute: { escalation: { reason: '提供部门逾期未答复，请求协调' } } });
  await call(a.core, 'sync.run', {});
  expect((await call(a.core, 'requests.get', { id })).state).toBe('escalated');
}, 120_000);
