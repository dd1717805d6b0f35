// Scenario-based authorisation (《丽水市公共数据资源管理办法》第十九条（三）) with the real platform on
// loopback: the authority registers a scenario, the departments it concerns pull it, a request
// that names it and asks only what it covers is granted at once (and says so); anything else
// follows the normal steps, and so does every request where the profile grants nothing by scenario.
import { afterEach, expect, it } from 'vitest';
import { isValidUscc } from '../../shared/ids/uscc';
import { signedIn, type TestPlatform } from '../helpers/platform';
import { REQUEST_FIELDS, call, callError, coreFor, disposeAll, requesterAndProvider } from './sync-helpers';

afterEach(disposeAll);

const reviewer = (p: TestPlatform) => signedIn(p, p.accounts.find((x) => x.role === 'reviewer')!.user);

async function registered(profile: 'lishui' | 'yichuan') {
  // The platform's profile decides the grant; the workspaces keep the national rules (no sealed form).
  const s = await requesterAndProvider(undefined, { profile });
  const { p, a, b, target } = s;
  const covered = target.items.slice(0, 2).map((i) => i.name);
  const rev = await reviewer(p);
  const body = {
    name: '企业开办一件事',
    basis: '企业开办“一件事”联办工作方案',
    resources: [{ entryId: target.id, items: covered }],
    departments: [b.department.code],
    validFrom: '2026-03-01',
    validUntil: '2026-12-31',
  };
  const r = await rev.send<{ scenario: { id: string; name: string } }>('POST', '/review/scenarios', { json: body });
  expect(r.status).toBe(200);
  for (const t of [a, b]) await call(t.core, 'sync.run', {});
  return { ...s, rev, covered, scenario: r.body.scenario, body };
}

it('a request under a registered scenario asking only what it covers is granted at once and says so; one asking more follows the normal steps', async () => {
  const { p, a, b, target, covered, scenario, rev, body } = await registered('lishui');
  // Both the covered department and the provider of the resource have the scenario; a third department does not.
  for (const t of [a, b]) expect((await call(t.core, 'scenarios.list', {})).scenarios).toEqual([expect.objectContaining({ id: scenario.id, name: '企业开办一件事', departments: [b.department.code] })]);
  const other = await signedIn(p, p.accounts.find((x) => x.role === 'officer' && x.departmentCode !== a.department.code && x.departmentCode !== b.department.code)!.user);
  expect((await other.send<{ total: number }>('GET', '/scenarios')).body.total).toBe(0);
  expect((await rev.send<{ total: number }>('GET', '/scenarios')).body.total).toBe(1);

  // Within the scenario: granted by the platform at once, naming the scenario; the provider sees it too.
  const inside = await call(b.core, 'requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: [covered[0]!] } });
  expect(await call(b.core, 'requests.useScenario', { id: inside.id, scenarioId: scenario.id })).toMatchObject({ lifecycle: { scenarioId: scenario.id } });
  await call(b.core, 'requests.submit', { id: inside.id });
  expect(await call(b.core, 'sync.run', {})).toMatchObject({ accepted: 1, rejected: 0 });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  for (const t of [a, b]) {
    expect(await call(t.core, 'requests.get', { id: inside.id })).toMatchObject({
      state: 'approved',
      decision: { decision: 'approve', by: 'platform', reason: expect.stringContaining('企业开办一件事') },
      lifecycle: { scenario: { scenarioId: scenario.id, name: '企业开办一件事', basis: body.basis } },
    });
  }

  // Asking for an item the scenario does not cover: the normal steps (the provider decides).
  const outside = await call(b.core, 'requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: target.items.map((i) => i.name) } });
  await call(b.core, 'requests.useScenario', { id: outside.id, scenarioId: scenario.id });
  await call(b.core, 'requests.submit', { id: outside.id });
  await call(b.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  const normal = await call(b.core, 'requests.get', { id: outside.id });
  expect(normal.state).toBe('providerReview');
  expect(normal.lifecycle.scenario).toBeUndefined();

  // A withdrawn scenario grants nothing more.
  expect((await rev.send('POST', `/review/scenarios/${scenario.id}/withdraw`)).status).toBe(200);
  const late = await call(b.core, 'requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: [covered[0]!] } });
  await call(b.core, 'requests.useScenario', { id: late.id, scenarioId: scenario.id });
  await call(b.core, 'requests.submit', { id: late.id });
  await call(b.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  expect((await call(b.core, 'requests.get', { id: late.id })).state).toBe('providerReview');
  expect((await call(b.core, 'scenarios.list', {})).scenarios[0]!.withdrawnAt).toBeDefined();
}, 120_000);

it('where the profile grants nothing by scenario (伊川) the same request follows the normal steps', async () => {
  const { b, target, covered, scenario } = await registered('yichuan');
  const r = await call(b.core, 'requests.create', { entryId: target.id, fields: { ...REQUEST_FIELDS, items: [covered[0]!] } });
  await call(b.core, 'requests.useScenario', { id: r.id, scenarioId: scenario.id });
  await call(b.core, 'requests.submit', { id: r.id });
  await call(b.core, 'sync.run', {});
  await call(b.core, 'sync.run', {});
  expect((await call(b.core, 'requests.get', { id: r.id })).state).toBe('providerReview');
}, 90_000);

it('only the authority registers scenarios, with published entries, known items and departments; a draft names only a scenario it has', async () => {
  const s = await requesterAndProvider('lishui');
  const { p, a, b, target } = s;
  const aClient = await signedIn(p, a.user);
  const body = { name: '场景', basis: '依据', resources: [{ entryId: target.id, items: [] }], departments: [b.department.code], validFrom: '2026-03-01', validUntil: '2026-12-31' };
  const byDepartment = await aClient.send<{ error: { code: string } }>('POST', '/review/scenarios', { json: body });
  expect(byDepartment.status).toBe(403);
  expect(byDepartment.body.error.code).toBe('FORBIDDEN');
  const rev = await reviewer(p);
  const bad = await rev.send<{ error: { code: string; issues: { path: string; code: string }[] } }>('POST', '/review/scenarios', {
    json: { ...body, resources: [{ entryId: 'no-such-entry', items: [] }, { entryId: target.id, items: ['不存在的数据项'] }], validUntil: '2026-01-01' },
  });
  expect(bad.status).toBe(400);
  expect(bad.body.error.issues.map((i) => i.path).sort()).toEqual(['validUntil']);
  const bad2 = await rev.send<{ error: { code: string; issues: { path: string; code: string }[] } }>('POST', '/review/scenarios', {
    json: { ...body, resources: [{ entryId: 'no-such-entry', items: [] }, { entryId: target.id, items: ['不存在的数据项'] }] },
  });
  expect(bad2.body.error.issues).toEqual([
    expect.objectContaining({ path: 'resources.0.entryId', code: 'validation.scenarioEntryNotPublished' }),
    expect.objectContaining({ path: 'resources.1.items.0', code: 'validation.enum' }),
  ]);
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  expect((await callError(b.core, 'requests.useScenario', { id: draft.id, scenarioId: 'unknown-scenario' })).code).toBe('NOT_FOUND');
}, 90_000);

it('the authority works from its own workbench: registers and withdraws a scenario, suspends and lifts, records usage; a department’s workbench is refused', async () => {
  const s = await requesterAndProvider('lishui');
  const { p, a, b, target } = s;
  const reviewerCore = await coreFor(p, p.accounts.find((x) => x.role === 'reviewer')!.user);
  const body = { name: '企业开办一件事', basis: '联办工作方案', resources: [{ entryId: target.id, items: [] }], departments: [b.department.code], validFrom: '2026-03-01', validUntil: '2026-12-31' };
  expect((await callError(a.core, 'authority.registerScenario', body)).code).toBe('SYNC_FORBIDDEN');
  // Refused by the platform: each problem at the form's field (a list of values is one field), in the officer's language.
  const unknownDepartment = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].map((c) => `91330000MA2${'0'.repeat(6)}${c}`).find(isValidUscc)!;
  const refusedBody = { ...body, resources: [{ entryId: 'no-such-entry', items: [] }, { entryId: target.id, items: [target.items[0]!.name, '不存在的数据项'] }], departments: [b.department.code, unknownDepartment] };
  const refused = await callError(reviewerCore.core, 'authority.registerScenario', refusedBody);
  expect(refused.code).toBe('SYNC_REFUSED');
  expect(refused.details?.issues).toEqual([
    { path: 'resources.0.entryId', code: 'validation.scenarioEntryNotPublished', message: '该资源未在共享目录中发布' },
    { path: 'resources.1.items', code: 'validation.enum', message: '请选择列表中的值' },
    { path: 'departments', code: 'validation.enum', message: '请选择列表中的值' },
  ]);
  reviewerCore.core.setLocale('en');
  expect((await callError(reviewerCore.core, 'authority.registerScenario', refusedBody)).details?.issues?.map((i) => i.message)).toEqual([
    'This resource is not published in the shared catalogue',
    'Choose a value from the list',
    'Choose a value from the list',
  ]);
  reviewerCore.core.setLocale('zh-CN');
  expect((await call(reviewerCore.core, 'authority.scenarios', {})).total).toBe(0);
  const { scenario } = await call(reviewerCore.core, 'authority.registerScenario', body);
  expect((await call(reviewerCore.core, 'authority.scenarios', {})).scenarios.map((x) => x.id)).toEqual([scenario.id]);

  // A request under it is granted at once; A delivers; the authority records usage, suspends and lifts.
  const draft = await call(b.core, 'requests.create', { entryId: target.id, fields: REQUEST_FIELDS });
  await call(b.core, 'sync.run', {});
  await call(b.core, 'requests.useScenario', { id: draft.id, scenarioId: scenario.id });
  await call(b.core, 'requests.submit', { id: draft.id });
  await call(b.core, 'sync.run', {});
  await call(a.core, 'sync.run', {});
  expect((await call(a.core, 'requests.get', { id: draft.id })).state).toBe('approved');
  await call(a.core, 'requests.deliver', { id: draft.id, method: 'file', location: '政务外网共享文件夹/交换区' });
  await call(a.core, 'sync.run', {});
  expect((await call(reviewerCore.core, 'authority.recordUsage', { id: draft.id, days: [{ day: '2026-03-02', calls: 7 }] })).usage).toMatchObject({ totalCalls: 7 });
  const revision = (await call(a.core, 'requests.get', { id: draft.id })).platformRevision;
  expect((await callError(a.core, 'authority.suspend', { id: draft.id, revision, reason: '超范围使用' })).code).toBe('SYNC_FORBIDDEN');
  const { request } = await call(reviewerCore.core, 'authority.suspend', { id: draft.id, revision, reason: '超范围使用' });
  expect(request.suspension).toMatchObject({ reason: '超范围使用' });
  await call(reviewerCore.core, 'authority.lift', { id: draft.id, revision: request.revision, note: '已整改' });
  await call(reviewerCore.core, 'authority.withdrawScenario', { id: scenario.id });
  await call(b.core, 'sync.run', {});
  expect(await call(b.core, 'authorisations.list', {})).toMatchObject({
    authorisations: [expect.objectContaining({ suspended: false, usage: expect.objectContaining({ totalCalls: 7 }), request: expect.objectContaining({ lifecycle: expect.objectContaining({ scenario: expect.objectContaining({ name: '企业开办一件事' }), suspension: expect.objectContaining({ liftNote: '已整改' }) }) }) })],
  });
  expect((await call(b.core, 'scenarios.list', {})).scenarios[0]!.withdrawnAt).toBeDefined();
}, 120_000);
