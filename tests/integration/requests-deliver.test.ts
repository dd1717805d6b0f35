// Delivery (request.deliver) with the real platform on loopback: after approval the provider
// records how the data is delivered, the request is active on both sides with every detail, and
// only the provider of an approved request may deliver it.
import { afterEach, expect, it } from 'vitest';
import { opId, signedIn } from '../helpers/platform';
import { REQUEST_FIELDS, call, callError, disposeAll, query, requesterAndProvider, type TestCore } from './sync-helpers';

afterEach(disposeAll);

const queued = async (t: TestCore, kind: string) => (await query<{ n: number }>(t, 'SELECT count(*) AS n FROM outbox WHERE kind = ?', [kind]))[0]!.n;

it('A delivers B’s approved request by interface: B sees it active with every delivery detail; B and a not-approved request are refused', async () => {
  const { p, a, b, target } = await requesterAndProvider();
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  await call(b.core, 'requests.submit', { id: draft.id });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  const id = draft.id;
  await call(a.core, 'sync.run', {});
  const aClient = await signedIn(p, a.user);
  const bClient = await signedIn(p, b.user);
  const interfaceDelivery = { method: 'interface' as const, url: 'https://dsp.example.gov.cn/api/v1/legal-person', note: '凭平台颁发的应用密钥调用，每日 8:00–20:00' };

  // Not approved yet: the platform refuses the provider's delivery, and so does the core.
  const early = await aClient.push([{ opId: opId(), kind: 'request.deliver', entityId: id, baseRevision: 1, payload: interfaceDelivery }]);
  expect(early.body.results[0]).toMatchObject({ status: 'rejected', code: 'STATE_FORBIDS' });
  expect((await callError(a.core, 'requests.deliver', { id, ...interfaceDelivery })).code).toBe('REQUEST_TRANSITION');

  await call(a.core, 'requests.decide', { id, decision: 'approve', validUntil: '2026-12-31' });
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });

  // The requester may not deliver: a typed refusal, nothing changed.
  const byRequester = await bClient.push([{ opId: opId(), kind: 'request.deliver', entityId: id, baseRevision: 2, payload: interfaceDelivery }]);
  expect(byRequester.body.results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
  // Nor the requester's core (not its role), before anything is queued.
  await call(b.core, 'sync.run', {});
  expect((await callError(b.core, 'requests.deliver', { id, ...interfaceDelivery })).code).toBe('REQUEST_WRONG_ROLE');

  // The method's own detail is required, at the field, offline: nothing queued, still approved.
  const missing = await callError(a.core, 'requests.deliver', { id, method: 'interface', note: '地址另行通知' });
  expect(missing.code).toBe('VALIDATION');
  expect(missing.details?.issues).toEqual([expect.objectContaining({ path: 'url', code: 'validation.deliveryDetailRequired' })]);
  const foreign = await callError(a.core, 'requests.deliver', { id, method: 'file', location: '\\\\share\\exchange', url: 'https://x.example' });
  expect(foreign.details?.issues).toEqual([expect.objectContaining({ path: 'url', code: 'validation.deliveryDetailMismatch' })]);
  const badUrl = await callError(a.core, 'requests.deliver', { id, method: 'interface', url: 'ftp://dsp.example' });
  expect(badUrl.details?.issues).toEqual([expect.objectContaining({ path: 'url', code: 'validation.deliveryUrl' })]);
  expect(await queued(a, 'request.deliver')).toBe(0);
  expect((await call(a.core, 'requests.get', { id })).state).toBe('approved');

  // A delivers: active at once, the operation queued with it, accepted by the platform.
  const delivered = await call(a.core, 'requests.deliver', { id, ...interfaceDelivery });
  expect(delivered).toMatchObject({ state: 'active', delivery: { ...interfaceDelivery, by: 'provider' } });
  expect(await queued(a, 'request.deliver')).toBe(1);
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  expect(await queued(a, 'request.deliver')).toBe(0);

  // B's pull brings it: active, with every field of the delivery and the platform's time of it.
  await call(b.core, 'sync.run', {});
  const mine = await call(b.core, 'requests.get', { id });
  expect(mine.state).toBe('active');
  expect(mine.validUntil).toBe('2026-12-31');
  expect(mine.delivery).toEqual({ ...interfaceDelivery, by: 'provider', overdue: false, deliveredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  expect(mine.allowed).toContain('renew');
  const platformCopy = (await bClient.pullAll('0')).changes.filter((ch) => ch.kind === 'request.status' && (ch.request as { id: string }).id === id).at(-1)!;
  expect(mine.delivery!.deliveredAt).toBe((platformCopy.request as { delivery: { deliveredAt: string } }).delivery.deliveredAt);

  // A's own pull agrees, and a second delivery of an active request is refused by the platform.
  await call(a.core, 'sync.run', {});
  expect(await call(a.core, 'requests.get', { id })).toMatchObject({ state: 'active', delivery: { ...interfaceDelivery, by: 'provider' }, validUntil: '2026-12-31' });
  const twice = await aClient.push([{ opId: opId(), kind: 'request.deliver', entityId: id, baseRevision: 3, payload: { method: 'file', location: '政务外网共享文件夹/交换区' } }]);
  expect(twice.body.results[0]).toMatchObject({ status: 'rejected', code: 'STATE_FORBIDS' });
}, 90_000);

it('the platform refuses a delivery payload without its method’s detail (VALIDATION at the field)', async () => {
  const { p, a, b, target } = await requesterAndProvider();
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  await call(b.core, 'requests.submit', { id: draft.id });
  await call(b.core, 'sync.run', {});
  const aClient = await signedIn(p, a.user);
  const r = await aClient.push([
    // A databaseView delivery naming its database but not the view: refused for that field, the batch answered.
    { opId: opId(), kind: 'request.deliver', entityId: draft.id, baseRevision: 1, payload: { method: 'databaseView', database: 'share_db' } },
  ]);
  expect(r.status).toBe(200);
  expect(r.body.results[0]).toMatchObject({ status: 'rejected', code: 'VALIDATION', issues: [expect.objectContaining({ path: 'payload.viewName', code: 'validation.deliveryDetailRequired' })] });
}, 60_000);

it('A approves and delivers before syncing: one run pushes both, in order, and B sees the request active with its delivery', async () => {
  const { a, b, target } = await requesterAndProvider();
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  await call(b.core, 'requests.submit', { id: draft.id });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  await call(a.core, 'requests.decide', { id: draft.id, decision: 'approve' });
  await call(a.core, 'requests.deliver', { id: draft.id, method: 'file', location: '政务外网共享文件夹/交换区/2026' });
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 2, rejected: 0 });
  expect(await query(a, 'SELECT op_id FROM sync_conflicts')).toEqual([]);
  await call(b.core, 'sync.run', {});
  expect(await call(b.core, 'requests.get', { id: draft.id })).toMatchObject({ state: 'active', delivery: { method: 'file', location: '政务外网共享文件夹/交换区/2026', by: 'provider' } });
}, 60_000);

it('the platform delivered first: A’s delivery is a conflict, the platform’s delivery is shown, and sending A’s again is refused without undoing the active grant', async () => {
  const { p, a, b, target } = await requesterAndProvider();
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  await call(b.core, 'requests.submit', { id: draft.id });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  await call(a.core, 'requests.decide', { id: draft.id, decision: 'approve' });
  await call(a.core, 'sync.run', {});
  const reviewer = await signedIn(p, 'yc-reviewer');
  expect((await reviewer.send('POST', `/review/requests/${draft.id}/deliver`, { json: { revision: 2, note: '平台已配置接口' } })).status).toBe(200);

  await call(a.core, 'requests.deliver', { id: draft.id, method: 'interface', url: 'https://dsp.example.gov.cn/api/v1/x' });
  await call(a.core, 'sync.run', {});
  const [conflict] = (await call(a.core, 'sync.conflicts', {})).conflicts;
  expect(conflict).toMatchObject({ kind: 'request.deliver' });
  expect(await call(a.core, 'requests.get', { id: draft.id })).toMatchObject({ state: 'active', delivery: { note: '平台已配置接口', by: 'platform' } });

  await call(a.core, 'sync.resolveConflict', { id: conflict!.id, resolution: 'mine' });
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ rejected: 1 });
  const after = await call(a.core, 'requests.get', { id: draft.id });
  expect(after.state).toBe('active');
  expect(after.refusal).toContain('STATE_FORBIDS');
}, 60_000);
