// The authorisation lifecycle with the real platform on loopback: expiry by the platform at the
// end of validUntil and the reminders before it, renewal as a linked request, usage reported by
// the platform, seasonal use, revocation of an unused grant, and the authority's suspension.
import { afterEach, expect, it } from 'vitest';
import { opId, REQUEST_DETAILS, signedIn, type TestPlatform } from '../helpers/platform';
import { REQUEST_FIELDS, call, callError, disposeAll, requesterAndProvider, type TestCore } from './sync-helpers';

afterEach(disposeAll);

const DAY = 86_400_000;

/** B's request for A's entry, approved until `validUntil` and delivered by interface; both synced. */
async function granted(validUntil: string) {
  // Sessions outlive the months the tests move the clock by.
  const s = await requesterAndProvider(undefined, { tokenTtlMs: 400 * DAY });
  const { a, b, target } = s;
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  await call(b.core, 'requests.submit', { id: draft.id });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(a.core, 'sync.run', {});
  await call(a.core, 'requests.decide', { id: draft.id, decision: 'approve', validUntil });
  await call(a.core, 'requests.deliver', { id: draft.id, method: 'interface', url: 'https://dsp.example.gov.cn/api/v1/x' });
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 2, rejected: 0 });
  await call(b.core, 'sync.run', {});
  expect((await call(b.core, 'requests.get', { id: draft.id })).state).toBe('active');
  return { ...s, id: draft.id };
}

const authOf = async (t: TestCore, id: string) => (await call(t.core, 'authorisations.list', {})).authorisations.find((x) => x.request.id === id);
const reviewer = (p: TestPlatform) => signedIn(p, p.accounts.find((x) => x.role === 'reviewer')!.user);

it('the platform expires an authorisation after its last day; both sides are reminded 5 working days before and see it expired', async () => {
  // Platform time starts Monday 2026-03-02; the grant's last day is Friday 2026-03-13.
  const { p, a, b, id } = await granted('2026-03-13');
  expect(await authOf(b, id)).toMatchObject({ expiresAt: '2026-03-13', expiresSoon: false, expiryReminderFrom: '2026-03-06' });

  // Friday 2026-03-06: five working days before the end, both are reminded once (the reminder event), and see it in the list.
  const seen = new Map<TestCore, unknown[]>([[a, []], [b, []]]);
  for (const t of [a, b]) t.core.on('deadline.reminder', (r) => seen.get(t)!.push(r));
  p.clock.advance(4 * DAY);
  for (const t of [a, b]) {
    expect(await authOf(t, id)).toMatchObject({ expiresSoon: true });
    // Opening the workspace checks the reminders a moment later, as a start does (the hourly timer is off in tests).
    await call(t.core, 'workspace.open', { dir: t.dir });
    await expect.poll(() => seen.get(t), { timeout: 6000 }).toEqual([expect.objectContaining({ subject: 'authorisation', id, step: 'authorisationExpiry', due: '2026-03-13', status: 'dueSoon' })]);
  }
  // Monday 2026-03-09: this week's list holds it.
  p.clock.advance(3 * DAY);
  for (const t of [a, b]) {
    expect((await call(t.core, 'reminders.week', {})).items).toContainEqual(expect.objectContaining({ subject: 'authorisation', id, due: '2026-03-13', status: 'dueSoon' }));
  }
  // The last day itself: still active on the platform and on both sides.
  p.clock.advance(4 * DAY);
  await call(b.core, 'sync.run', {});
  expect((await call(b.core, 'requests.get', { id })).state).toBe('active');

  // Saturday 2026-03-14 (China): the next pull finds it expired, on both sides; no more reminder.
  p.clock.advance(DAY);
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  for (const t of [a, b]) {
    expect(await call(t.core, 'requests.get', { id })).toMatchObject({ state: 'expired', allowed: expect.arrayContaining(t === b ? ['renew'] : ['revoke']) });
    expect(await authOf(t, id)).toMatchObject({ expiresSoon: false });
  }
  const history = (await call(a.core, 'requests.history', { id })).events.at(-1);
  expect(history).toMatchObject({ type: 'platform.expired', outcome: 'applied', to: 'expired' });
}, 90_000);

it('a renewal is a request of its own linked to the old one, which stays in force until the renewal is approved and then hands over', async () => {
  const { p, a, b, id, target } = await granted('2026-06-30');
  const renewal = await call(b.core, 'requests.renew', { id, reason: '业务延续' });
  expect(renewal).toMatchObject({ state: 'draft', lifecycle: { renews: id }, entryId: target.id });
  expect(renewal.id).not.toBe(id);
  // The old one is untouched until the renewal reaches the platform.
  expect((await call(b.core, 'requests.get', { id })).state).toBe('active');
  await call(b.core, 'requests.submit', { id: renewal.id });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(a.core, 'sync.run', {});
  // Both see both: the renewal to decide, linked, and the old one still active, marked as being renewed.
  for (const t of [a, b]) {
    expect(await call(t.core, 'requests.get', { id: renewal.id })).toMatchObject({ state: 'providerReview', lifecycle: { renews: id } });
    expect(await call(t.core, 'requests.get', { id })).toMatchObject({ state: 'active', lifecycle: { renewedBy: renewal.id } });
  }
  // A second renewal while this one is undecided is refused by the platform.
  const bClient = await signedIn(p, b.user);
  const twice = await bClient.push([{ opId: opId(), kind: 'request.create', entityId: `renewal-2-${Date.now()}`, baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: target.id, purpose: '再次续期', renews: id } }]);
  expect(twice.body.results[0]).toMatchObject({ status: 'rejected', code: 'STATE_FORBIDS' });

  // A approves the renewal: it takes over at once (active, with the old delivery); the old one ends.
  await call(a.core, 'requests.decide', { id: renewal.id, decision: 'approve', validUntil: '2027-06-30' });
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(b.core, 'sync.run', {});
  for (const t of [a, b]) {
    expect(await call(t.core, 'requests.get', { id: renewal.id })).toMatchObject({ state: 'active', validUntil: '2027-06-30', delivery: { method: 'interface', url: 'https://dsp.example.gov.cn/api/v1/x' } });
    expect((await call(t.core, 'requests.get', { id })).state).toBe('expired');
  }
}, 90_000);

it('usage comes from the platform (the reviewer or the provider’s gateway); revocable when unused for three months unless the requester declared seasonal use', async () => {
  const { p, a, b, id } = await granted('2027-03-01');
  const rev = await reviewer(p);
  const aClient = await signedIn(p, a.user);
  const bClient = await signedIn(p, b.user);
  const path = `/authorisations/${id}/usage`;
  expect((await rev.send('POST', path, { json: { days: [{ day: '2026-03-02', calls: 40 }] } })).status).toBe(200);
  const byGateway = await aClient.send<{ usage: { totalCalls: number; lastUsedOn: string } }>('POST', path, { json: { days: [{ day: '2026-03-02', calls: 42 }] } });
  expect(byGateway.status).toBe(200);
  expect(byGateway.body.usage).toMatchObject({ totalCalls: 42, lastUsedOn: '2026-03-02' });
  // The requester may not report its own usage; a day after today or before delivery is refused at the field.
  expect((await bClient.send<{ error: { code: string } }>('POST', path, { json: { days: [{ day: '2026-03-02', calls: 1 }] } })).body.error.code).toBe('FORBIDDEN');
  const future = await aClient.send<{ error: { code: string; issues: { path: string; code: string }[] } }>('POST', path, { json: { days: [{ day: '2026-03-03', calls: 1 }] } });
  expect(future.status).toBe(400);
  expect(future.body.error.issues).toEqual([expect.objectContaining({ path: 'days.0.day', code: 'validation.usageDay' })]);

  // Both sides get the usage through their feeds; no hand-typed use exists any more.
  for (const t of [a, b]) {
    await call(t.core, 'sync.run', {});
    expect(await authOf(t, id)).toMatchObject({ usage: { days: [{ day: '2026-03-02', calls: 42 }], lastUsedOn: '2026-03-02', totalCalls: 42 }, revocable: false });
  }
  // A's profile (伊川) revokes unused grants: from three months after the last reported use. B's (national) has no such rule.
  expect(await authOf(a, id)).toMatchObject({ revocableSince: '2026-06-03' });
  expect((await authOf(b, id))!.revocableSince).toBeUndefined();
  expect((await callError(a.core, 'authorisations.markUsed', { id })).code).toBe('UNKNOWN_CHANNEL');

  // Three months and more without a call: A (伊川) sees it revocable.
  p.clock.advance(95 * DAY);
  await call(a.core, 'sync.run', {});
  expect(await authOf(a, id)).toMatchObject({ revocable: true });
  // B declares seasonal use with its reason (none: refused at the field, nothing queued); A sees it and it is no longer revocable.
  expect((await callError(b.core, 'authorisations.setSeasonal', { id, seasonal: true })).details?.issues).toEqual([expect.objectContaining({ path: 'reason' })]);
  await call(b.core, 'authorisations.setSeasonal', { id, seasonal: true, reason: '汛期防汛调度使用，每年 6–9 月' });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(a.core, 'sync.run', {});
  expect(await authOf(a, id)).toMatchObject({ revocable: false, request: { seasonal: true, lifecycle: { seasonal: { reason: '汛期防汛调度使用，每年 6–9 月' } } } });
  // A cannot declare it for B; the platform refuses a provider's declaration too.
  expect((await callError(a.core, 'authorisations.setSeasonal', { id, seasonal: false })).code).toBe('REQUEST_WRONG_ROLE');
  const rev3 = (await call(a.core, 'requests.get', { id })).platformRevision;
  expect((await aClient.push([{ opId: opId(), kind: 'request.declareSeasonal', entityId: id, baseRevision: rev3, payload: { seasonal: false } }])).body.results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });

  // B withdraws the declaration; A revokes the unused grant with its reason; B sees it revoked.
  await call(b.core, 'authorisations.setSeasonal', { id, seasonal: false });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  expect(await authOf(a, id)).toMatchObject({ revocable: true });
  await call(a.core, 'authorisations.revoke', { id, reason: '超过三个月未调用接口' });
  expect(await call(a.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(b.core, 'sync.run', {});
  expect((await call(b.core, 'requests.get', { id })).state).toBe('revoked');
}, 120_000);

it('the authority suspends an authorisation for misuse with a reason and lifts it; both sides see it; a department is refused', async () => {
  const { p, a, b, id } = await granted('2027-03-01');
  const rev = await reviewer(p);
  const aClient = await signedIn(p, a.user);
  const revision = (await call(a.core, 'requests.get', { id })).platformRevision;
  const suspendPath = `/review/authorisations/${id}/suspend`;
  // A department (even the provider) acting as the authority: a typed refusal over HTTP.
  const refused = await aClient.send<{ error: { code: string } }>('POST', suspendPath, { json: { revision, reason: '超范围使用' } });
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe('FORBIDDEN');
  // Without a reason: 400 at the field.
  const noReason = await rev.send<{ error: { code: string; issues: { path: string }[] } }>('POST', suspendPath, { json: { revision, reason: '' } });
  expect(noReason.status).toBe(400);
  expect(noReason.body.error.issues).toEqual([expect.objectContaining({ path: 'reason' })]);
  // A stale revision: 409 CONFLICT.
  expect((await rev.send('POST', suspendPath, { json: { revision: revision - 1, reason: '超范围使用' } })).status).toBe(409);

  const suspended = await rev.send<{ request: { revision: number; suspension: { reason: string } } }>('POST', suspendPath, { json: { revision, reason: '将数据提供给第三方，超范围使用' } });
  expect(suspended.status).toBe(200);
  expect(suspended.body.request.suspension.reason).toBe('将数据提供给第三方，超范围使用');
  // Twice: the state forbids it.
  expect((await rev.send<{ error: { code: string } }>('POST', suspendPath, { json: { revision: suspended.body.request.revision, reason: '再次' } })).body.error.code).toBe('STATE_FORBIDS');
  for (const t of [a, b]) {
    await call(t.core, 'sync.run', {});
    expect(await authOf(t, id)).toMatchObject({ suspended: true, request: { state: 'active', lifecycle: { suspension: { reason: '将数据提供给第三方，超范围使用' } } } });
  }

  const lifted = await rev.send<{ request: { suspension: { liftedAt: string; liftNote: string } } }>('POST', `/review/authorisations/${id}/lift`, {
    json: { revision: suspended.body.request.revision, note: '已整改' },
  });
  expect(lifted.status).toBe(200);
  for (const t of [a, b]) {
    await call(t.core, 'sync.run', {});
    expect(await authOf(t, id)).toMatchObject({ suspended: false, request: { lifecycle: { suspension: { liftNote: '已整改', liftedAt: lifted.body.request.suspension.liftedAt } } } });
  }
}, 90_000);
