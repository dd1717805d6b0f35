import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushResponseSchema, type Operation } from '@shared/protocol/index';
import { opId, sampleEntry, signedIn, startTestPlatform, type TestPlatform } from '../tests/helpers/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(() => p.dispose());

const submit = (entityId: string, baseRevision: number, name: string, id = opId()): Operation => ({
  opId: id,
  kind: 'catalogue.submit',
  entityId,
  baseRevision,
  payload: { code: `301001/${entityId}`, entry: sampleEntry(name) },
});

describe('push', () => {
  it('applies a batch in order: a later operation sees the earlier one', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const r = await edu.push([submit('order-1', 0, '学校名录'), { opId: opId(), kind: 'catalogue.retire', entityId: 'order-1', baseRevision: 1, payload: {} }]);
    expect(r.status).toBe(200);
    const body = pushResponseSchema.parse(r.body);
    expect(body.results.map((a) => [a.status, a.status === 'accepted' ? a.revision : null])).toEqual([
      ['accepted', 1],
      ['accepted', 2],
    ]);
  });

  it('answers a replayed opId with its first answer and applies it once', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const batch = [submit('replay-1', 0, '教师名录'), submit('replay-1', 1, '教师名录')];
    const first = await edu.push(batch);
    const again = await edu.push(batch);
    expect(again.body.results).toEqual(first.body.results);
    expect(first.body.results.map((a) => a.revision)).toEqual([1, 2]);
    // a new operation on the entity shows the replay did not add a third revision
    const next = await edu.push([submit('replay-1', 2, '教师名录')]);
    expect(next.body.results[0]).toMatchObject({ status: 'accepted', revision: 3 });
  });

  it('answers a replay with the stored answer after a restart', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const op = submit('restart-1', 0, '学籍信息');
    const first = await edu.push([op]);
    p = await p.restart();
    const again = await (await signedIn(p, 'yc-edu')).push([op]);
    expect(again.body.results).toEqual(first.body.results);
  });

  it('keeps idempotency keys per department', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const civil = await signedIn(p, 'yc-civil');
    const shared = opId();
    await edu.push([submit('dept-key-edu', 0, '招生计划', shared)]);
    const r = await civil.push([submit('dept-key-civil', 0, '婚姻登记档案', shared)]);
    expect(r.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    // and one department cannot overwrite another's entry, whatever revision it names
    const takeover = await civil.push([submit('dept-key-edu', 0, '招生计划'), submit('dept-key-edu', 1, '招生计划')]);
    expect(takeover.body.results.map((a) => a.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('answers conflict with the platform version when the base revision is stale', async () => {
    const edu = await signedIn(p, 'yc-edu');
    await edu.push([submit('stale-1', 0, '学生资助名单')]);
    await edu.push([submit('stale-1', 1, '学生资助名单')]);
    const r = await edu.push([submit('stale-1', 1, '学生资助名单（改）')]);
    const answer = pushResponseSchema.parse(r.body).results[0]!;
    expect(answer.status).toBe('conflict');
    if (answer.status !== 'conflict') return;
    expect(answer.current).toMatchObject({ revision: 2, state: 'submitted', value: { entry: { name: '学生资助名单' } } });
  });

  it('rejects with a code and a reason, and goes on with the rest of the batch', async () => {
    const edu = await signedIn(p, 'yc-edu', 'en');
    const civil = await signedIn(p, 'yc-civil');
    await civil.push([submit('civil-own', 0, '低保对象名单')]);
    const bad = { ...submit('bad-1', 0, 'x'), payload: { code: 'C', entry: sampleEntry('', { formatType: 'nope' }) } };
    const r = await edu.push([
      bad as Operation,
      { opId: opId(), kind: 'catalogue.retire', entityId: 'civil-own', baseRevision: 1, payload: {} },
      { opId: opId(), kind: 'nonsense.kind', entityId: 'x', baseRevision: 0, payload: {} } as unknown as Operation,
      { opId: opId(), kind: 'catalogue.retire', entityId: 'missing', baseRevision: 1, payload: {} },
      submit('after-bad', 0, '校车名录'),
    ]);
    const results = pushResponseSchema.parse(r.body).results;
    expect(results.map((a) => (a.status === 'rejected' ? a.code : a.status))).toEqual(['VALIDATION', 'FORBIDDEN', 'UNKNOWN_KIND', 'NOT_FOUND', 'accepted']);
    const first = results[0]!;
    if (first.status !== 'rejected') throw new Error('expected a rejection');
    expect(first.reason).toBe('The operation is invalid');
    expect(first.issues?.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['payload.entry.name', 'validation.required'],
        ['payload.entry.formatType', 'validation.formatTypeMismatch'],
      ]),
    );
    expect(results[2]).toMatchObject({ reason: 'The platform does not support this operation: nonsense.kind' });
  });

  it('refuses a second entry with the same name in one department', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const r = await edu.push([submit('dup-a', 0, '民办学校 名录'), submit('dup-b', 0, '民办学校名录')]);
    expect(r.body.results.map((a) => a.status)).toEqual(['accepted', 'rejected']);
    expect(r.body.results[1]).toMatchObject({ code: 'DUPLICATE_NAME', reason: '本部门已有同名的已提交目录：民办学校名录' });
  });

  it('refuses an idempotency key reused for another operation, and keeps the first one applied once', async () => {
    const edu = await signedIn(p, 'yc-edu', 'en');
    const key = opId();
    const first = submit('reuse-1', 0, '校舍安全台账', key);
    expect((await edu.push([first])).body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    const reused: Operation[] = [
      { ...first, payload: { code: '301001/reuse-1', entry: sampleEntry('校舍安全台账（改）') } } as Operation,
      { ...first, entityId: 'reuse-other' },
      { ...first, baseRevision: 1 },
      { opId: key, kind: 'catalogue.retire', entityId: 'reuse-1', baseRevision: 1, payload: {} },
    ];
    for (const op of reused) {
      const [answer] = pushResponseSchema.parse((await edu.push([op])).body).results;
      expect(answer).toMatchObject({ opId: key, status: 'rejected', code: 'OP_ID_REUSED' });
      expect(answer?.status === 'rejected' ? answer.reason : '').toContain(key);
    }
    // The exact operation again is a replay: its first answer, nothing applied twice.
    expect((await edu.push([first])).body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    const next = await edu.push([submit('reuse-1', 1, '校舍安全台账')]);
    expect(next.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });
  });

  it('refuses the second of two different operations with one idempotency key in a batch', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const key = opId();
    const same = submit('reuse-batch-a', 0, '课后服务名单', key);
    const r = await edu.push([same, same, submit('reuse-batch-b', 0, '课后服务机构', key)]);
    const results = pushResponseSchema.parse(r.body).results;
    expect(results.map((a) => (a.status === 'rejected' ? a.code : a.status))).toEqual(['accepted', 'accepted', 'OP_ID_REUSED']);
    expect(results[1]).toEqual(results[0]);
    // Nothing of the refused one was applied: its entity is still free.
    const later = await edu.push([submit('reuse-batch-b', 0, '课后服务机构')]);
    expect(later.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
  });

  it('refuses a malformed envelope as a whole, with nothing applied', async () => {
    const edu = await signedIn(p, 'yc-edu');
    const ok = submit('envelope-1', 0, '义务教育学校');
    const r = await edu.send<{ error: { code: string; issues: { path: string }[] } }>('POST', '/sync/push', {
      json: { ops: [ok, { opId: '', kind: 'catalogue.submit', entityId: 'y', baseRevision: -1, payload: {} }] },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(r.body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['ops.1.opId', 'ops.1.baseRevision']));
    const retry = await edu.push([ok]);
    expect(retry.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
  });
});

describe('zero-update reports (one statement each)', () => {
  it('accepts, refuses and answers conflicts per operation, keeping every accepted report of the batch', async () => {
    const [owner, other] = p.accounts.filter((a) => a.role === 'officer');
    const mine = await signedIn(p, owner!.user);
    const theirs = await signedIn(p, other!.user);
    await mine.push([submit('zu-unpublished', 0, '未发布的目录')]);
    const report = (entityId: string, entryId: string, id = opId()): Operation => ({ opId: id, kind: 'zeroUpdate.report', entityId, baseRevision: 0, payload: { entryId, period: '2026-11' } });
    const batch = [
      report('zu-ok-1', 'seed-0000001'),
      report('zu-missing', 'no-such-entry'),
      report('zu-unpub', 'zu-unpublished'),
      submit('zu-between', 0, '零更新之间的目录'),
      report('zu-ok-1', 'seed-0000001'), // the same report again under another opId
      report('zu-ok-2', 'seed-0000001'),
    ];
    const r = await mine.push(batch);
    expect(r.body.results.map((a) => [a.status, a.code ?? a.revision ?? (a.current as { state: string }).state])).toEqual([
      ['accepted', 1],
      ['rejected', 'NOT_FOUND'],
      ['rejected', 'STATE_FORBIDS'],
      ['accepted', 1],
      ['conflict', 'reported'],
      ['accepted', 1],
    ]);
    // Another department: not on my entry, not under my report's id.
    const foreign = await theirs.push([report('zu-foreign', 'seed-0000001'), report('zu-ok-2', 'seed-0000001')]);
    expect(foreign.body.results.map((a) => a.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    // Replayed: the first answers, nothing applied twice.
    const replay = await mine.push(batch);
    expect(replay.body.results).toEqual(r.body.results);
  });
});
