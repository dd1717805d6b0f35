// Issue 4 end to end over real HTTP: submit → returned with a comment → fix and resubmit →
// approved → published, and the entry reaches another department's shared-catalogue cache.
import { afterEach, describe, expect, it } from 'vitest';
import { REQUEST_DETAILS, signedIn } from '../helpers/platform';
import { call, callError, coreFor, disposeAll, entryOf, officers, platform, query, submitNew } from './sync-helpers';

afterEach(disposeAll);

// Several real HTTP round trips per test: allow for a loaded machine.
describe('sync: the review round trip', { timeout: 60_000 }, () => {
  it('submits, gets returned with comments, resubmits, gets published and shared', async () => {
    const p = await platform();
    const [oa, ob] = officers(p);
    const a = await coreFor(p, oa!.user);
    const b = await coreFor(p, ob!.user);
    const reviewer = await coreFor(p, 'yc-reviewer');

    const submitted = await submitNew(a, '企业登记信息');
    expect(submitted.state).toBe('submitted');
    expect((await call(a.core, 'sync.state', {})).outbox).toBe(1);

    const first = await call(a.core, 'sync.run', {});
    expect(first).toMatchObject({ pushed: 1, accepted: 1, rejected: 0, conflicts: 0, failed: false });
    expect((await call(a.core, 'sync.state', {})).outbox).toBe(0);

    const queue = await call(reviewer.core, 'review.queue', {});
    const inQueue = queue.entries.find((e) => e.id === submitted.id);
    expect(inQueue?.revision).toBe(1);
    await call(reviewer.core, 'review.return', {
      id: submitted.id,
      revision: 1,
      comments: [{ field: 'summary', comment: '摘要应说明数据范围' }],
      note: '请补充',
    });

    await call(a.core, 'sync.run', {});
    const returned = await call(a.core, 'catalogue.get', { id: submitted.id });
    expect(returned.state).toBe('returned');
    const review = await call(a.core, 'catalogue.review', { id: submitted.id });
    expect(review.review).toMatchObject({ result: 'returned', revision: 1, comments: [{ field: 'summary', comment: '摘要应说明数据范围' }] });
    const history = await call(a.core, 'catalogue.history', { id: submitted.id });
    expect(history.revisions[0]?.action).toContain('摘要应说明数据范围');

    // The officer fixes the summary and submits again: the platform gets revision 2.
    const fixed = await call(a.core, 'catalogue.update', {
      id: submitted.id,
      revision: returned.revision,
      entry: { ...entryOf(a, '企业登记信息'), summary: '全县企业登记信息：名称、统一社会信用代码，范围为全县在册企业' },
    });
    const ready = await call(a.core, 'catalogue.setState', { id: fixed.id, revision: fixed.revision, state: 'ready' });
    await call(a.core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ pushed: 1, accepted: 1, failed: false });

    await call(reviewer.core, 'review.approve', { id: submitted.id, revision: 2 });
    await call(a.core, 'sync.run', {});
    expect((await call(a.core, 'catalogue.get', { id: submitted.id })).state).toBe('published');
    expect((await call(a.core, 'catalogue.review', { id: submitted.id })).review).toMatchObject({ result: 'approved', revision: 2 });

    const pulled = await call(b.core, 'sync.run', {});
    expect(pulled.failed).toBe(false);
    const cached = await query<{ revision: number; name: string }>(b, 'SELECT revision, name FROM shared_catalogue_entries WHERE id = ?', [submitted.id]);
    expect(cached).toEqual([{ revision: 2, name: '企业登记信息' }]);
    const state = await call(b.core, 'sync.state', {});
    expect(state).toMatchObject({ state: 'idle', outbox: 0, conflicts: 0, signedIn: true });
    expect(state.lastSuccessAt).toBeDefined();
  });

  it('shows a refused submission with the platform reason and returns the entry to the officer', async () => {
    const p = await platform();
    const officer = officers(p)[0]!;
    const a = await coreFor(p, officer.user);
    // The department already has this name on the platform (a seeded entry): DUPLICATE_NAME.
    const reviewerView = await coreFor(p, 'yc-reviewer');
    const taken = (await call(reviewerView.core, 'review.queue', { state: 'published', limit: 500 })).entries.find((e) => e.departmentCode === officer.departmentCode)!;
    const entry = await submitNew(a, taken.entry.name);
    expect(await call(a.core, 'sync.run', {})).toMatchObject({ pushed: 1, rejected: 1, failed: false });
    expect((await call(a.core, 'catalogue.get', { id: entry.id })).state).toBe('returned');
    const [answer] = (await call(a.core, 'outbox.answers', { status: 'rejected' })).answers;
    expect(answer).toMatchObject({ entityId: entry.id, status: 'rejected', code: 'DUPLICATE_NAME' });
    expect(answer?.reason).toContain(taken.entry.name);
    expect((await call(a.core, 'sync.state', {})).outbox).toBe(0);
  });

  it('relays the reviewer queue of unconditional requests and the platform decision', async () => {
    const p = await platform();
    const [oa, ob] = officers(p);
    const reviewer = await coreFor(p, 'yc-reviewer');
    const published = (await call(reviewer.core, 'review.queue', { state: 'published', limit: 500 })).entries;
    const target = published.find((e) => e.departmentCode === oa!.departmentCode && e.entry.shareType === 'unconditional')!;
    const requester = await signedIn(p, ob!.user);
    const created = await requester.push([{ opId: 'req-1', kind: 'request.create', entityId: 'request-1', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: target.id, purpose: '企业开办一件事' } }]);
    expect(created.body.results[0]).toMatchObject({ status: 'accepted' });

    const queue = await call(reviewer.core, 'review.requests', {});
    const request = queue.requests.find((r) => r.id === 'request-1');
    expect(request).toMatchObject({ state: 'platformCheck', entryId: target.id });
    const decided = await call(reviewer.core, 'review.decideRequest', { id: 'request-1', revision: request!.revision });
    expect(decided.request).toMatchObject({ state: 'approved', decision: { decision: 'approve', by: 'platform' } });
    // An officer has no reviewer rights: the platform's refusal comes back typed.
    const officer = await coreFor(p, oa!.user);
    expect((await callError(officer.core, 'review.requests', {})).code).toBe('SYNC_FORBIDDEN');
    const refusal = await callError(reviewer.core, 'review.decideRequest', { id: 'request-1', revision: 1, decision: 'reject' });
    expect(refusal.code).toBe('VALIDATION');

    // The requester's workspace applies the request's changes when it pulls them: the request is
    // there once, at the platform's latest revision, and a second run changes nothing.
    const b = await coreFor(p, ob!.user);
    await call(b.core, 'sync.run', {});
    const held = () => query<{ id: string; role: string; state: string; r: number }>(b, "SELECT id, role, state, (SELECT platform_revision FROM sync_entities WHERE entity_type = 'share_request' AND entity_id = id) AS r FROM share_requests");
    const first = await held();
    expect(first).toEqual([{ id: 'request-1', role: 'requester', state: expect.any(String), r: decided.request.revision }]);
    expect(first[0]!.state).not.toBe('submitted');
    await call(b.core, 'sync.run', {});
    expect(await held()).toEqual(first);
  });

  it('keeps the token out of the database and forgets it on sign-out', async () => {
    const p = await platform();
    const a = await coreFor(p, officers(p)[0]!.user);
    const account = await call(a.core, 'sync.account', {});
    expect(account.account).toMatchObject({ user: officers(p)[0]!.user, role: 'officer', departmentCode: a.department.code });
    const meta = await query<{ key: string; value: string }>(a, 'SELECT key, value FROM sync_meta');
    expect(meta.map((m) => m.key)).toContain('account');
    expect(JSON.stringify(meta)).not.toMatch(/token/i);

    expect((await call(a.core, 'sync.state', {})).signedIn).toBe(true);
    await call(a.core, 'sync.signOut', {});
    expect((await call(a.core, 'sync.account', {})).account).toBeUndefined();
    expect((await call(a.core, 'sync.state', {})).signedIn).toBe(false);
    const run = await call(a.core, 'sync.run', {});
    expect(run).toMatchObject({ failed: true, error: { code: 'SYNC_SIGNED_OUT' } });
  });

  it('refuses an officer of another department, and wrong passwords', async () => {
    const p = await platform();
    const [oa, ob] = officers(p);
    const a = await coreFor(p, oa!.user);
    const wrong = await a.core.dispatch('sync.signIn', { platformUrl: p.url, user: ob!.user, password: ob!.password });
    expect(wrong.ok ? undefined : wrong.error.code).toBe('SYNC_WRONG_DEPARTMENT');
    const bad = await a.core.dispatch('sync.signIn', { platformUrl: p.url, user: oa!.user, password: 'not-it' });
    expect(bad.ok ? undefined : bad.error.code).toBe('SYNC_BAD_CREDENTIALS');
  });
});
