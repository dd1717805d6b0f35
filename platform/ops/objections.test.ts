import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSchema, type Change, type Operation } from '@shared/protocol/index';
import { opId, sampleEntry, signedIn, startTestPlatform, type Client, type TestPlatform, REQUEST_DETAILS } from '../../tests/helpers/platform';

let p: TestPlatform;
let edu: Client;
let police: Client;
let civil: Client;
beforeAll(async () => {
  p = await startTestPlatform({ seedShared: 0, tokenTtlMs: 365 * 86_400_000 });
  let reviewer: Client;
  [edu, police, civil, reviewer] = await Promise.all([signedIn(p, 'yc-edu'), signedIn(p, 'yc-police'), signedIn(p, 'yc-civil'), signedIn(p, 'yc-reviewer')]);
  await edu.push([op({ kind: 'catalogue.submit', entityId: 'ob-entry', baseRevision: 0, payload: { code: 'X/1', entry: sampleEntry('在校学生名单', { shareType: 'unconditional', shareCondition: undefined }) } })]);
  await reviewer.send('POST', '/review/entries/ob-entry/approve', { json: { revision: 1 } });
});
afterAll(() => p.dispose());

const op = (o: Omit<Operation, 'opId'>): Operation => ({ opId: opId(), ...o }) as Operation;
const objections = async (c: Client) =>
  (await c.pullAll('0')).changes.map((ch) => changeSchema.parse(ch) as Change).flatMap((ch) => (ch.kind === 'objection.update' ? [ch.objection] : []));

describe('objections', () => {
  it('reach the provider and the raiser only, with a deadline of 10 working days', async () => {
    const r = await police.push([
      op({ kind: 'objection.raise', entityId: 'ob-1', baseRevision: 0, payload: { entryId: 'ob-entry', itemName: '学校名称', recordKey: '410329-001', description: '学校名称与登记证书不一致' } }),
    ]);
    expect(r.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    for (const c of [police, edu]) {
      expect((await objections(c)).map((o) => [o.id, o.state, o.dueDate])).toEqual([['ob-1', 'open', '2026-03-16']]);
    }
    expect(await objections(civil)).toEqual([]);
    const own = await edu.push([op({ kind: 'objection.raise', entityId: 'ob-own', baseRevision: 0, payload: { entryId: 'ob-entry', description: 'x' } })]);
    expect(own.body.results[0]).toMatchObject({ code: 'OWN_ENTRY' });
  });

  it('are answered by the provider alone, extended at most once', async () => {
    const byRaiser = await police.push([op({ kind: 'objection.answer', entityId: 'ob-1', baseRevision: 1, payload: { answer: 'corrected', note: 'x' } })]);
    expect(byRaiser.body.results[0]).toMatchObject({ code: 'FORBIDDEN' });
    const extend = await edu.push([op({ kind: 'objection.requestExtension', entityId: 'ob-1', baseRevision: 1, payload: { note: '需向学校核实' } })]);
    expect(extend.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });
    expect((await objections(police)).map((o) => [o.state, o.dueDate, o.extension?.note])).toEqual([['extended', '2026-03-30', '需向学校核实']]);
    const again = await edu.push([op({ kind: 'objection.requestExtension', entityId: 'ob-1', baseRevision: 2, payload: { note: '再延期' } })]);
    expect(again.body.results[0]).toMatchObject({ code: 'STATE_FORBIDS' });

    p.clock.advance(30 * 86_400_000); // 1 April: past the extended due date
    const done = await edu.push([op({ kind: 'objection.answer', entityId: 'ob-1', baseRevision: 2, payload: { answer: 'corrected', note: '已按登记证书更正' } })]);
    expect(done.body.results[0]).toMatchObject({ status: 'accepted', revision: 3 });
    expect((await objections(police))[0]).toMatchObject({ state: 'answered', answer: { answer: 'corrected', overdue: true } });
  });

  it('are confirmed or reopened by the raiser alone, once answered', async () => {
    const byProvider = await edu.push([op({ kind: 'objection.confirm', entityId: 'ob-1', baseRevision: 3, payload: {} })]);
    expect(byProvider.body.results[0]).toMatchObject({ code: 'FORBIDDEN' });
    const reopen = await police.push([op({ kind: 'objection.reopen', entityId: 'ob-1', baseRevision: 3, payload: { note: '证书号仍不一致' } })]);
    expect(reopen.body.results[0]).toMatchObject({ status: 'accepted', revision: 4 });
    expect((await objections(edu))[0]).toMatchObject({ state: 'reopened', conclusion: { outcome: 'reopened', note: '证书号仍不一致' } });
    const early = await police.push([op({ kind: 'objection.confirm', entityId: 'ob-1', baseRevision: 4, payload: {} })]);
    expect(early.body.results[0]).toMatchObject({ code: 'STATE_FORBIDS' });
    await edu.push([op({ kind: 'objection.answer', entityId: 'ob-1', baseRevision: 4, payload: { answer: 'noError', note: '经核实无误' } })]);
    const confirm = await police.push([op({ kind: 'objection.confirm', entityId: 'ob-1', baseRevision: 5, payload: {} })]);
    expect(confirm.body.results[0]).toMatchObject({ status: 'accepted', revision: 6 });
    expect((await objections(edu))[0]).toMatchObject({ state: 'confirmed', answer: { answer: 'noError' }, conclusion: { outcome: 'confirmed' } });
  });
});

describe('zero updates and renewals', () => {
  it('accept a zero update of my published entry only', async () => {
    const mine = await edu.push([op({ kind: 'zeroUpdate.report', entityId: 'zu-1', baseRevision: 0, payload: { entryId: 'ob-entry', period: '2026-Q1' } })]);
    expect(mine.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    const theirs = await police.push([op({ kind: 'zeroUpdate.report', entityId: 'zu-2', baseRevision: 0, payload: { entryId: 'ob-entry', period: '2026-Q1' } })]);
    expect(theirs.body.results[0]).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('renews an active authorisation through the same check as a new request', async () => {
    const reviewer = await signedIn(p, 'yc-reviewer');
    await civil.push([op({ kind: 'request.create', entityId: 'rn-1', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'ob-entry', purpose: '困难学生救助核对' } })]);
    const early = await civil.push([op({ kind: 'request.renew', entityId: 'rn-1', baseRevision: 1, payload: {} })]);
    expect(early.body.results[0]).toMatchObject({ code: 'STATE_FORBIDS' });
    await reviewer.send('POST', '/review/requests/rn-1/decide', { json: { revision: 1, decision: 'approve' } });
    await reviewer.send('POST', '/review/requests/rn-1/deliver', { json: { revision: 2 } });
    const renew = await civil.push([op({ kind: 'request.renew', entityId: 'rn-1', baseRevision: 3, payload: { reason: '继续开展救助核对' } })]);
    expect(renew.body.results[0]).toMatchObject({ status: 'accepted', revision: 4 });
    const queue = await reviewer.send<{ requests: { id: string; state: string }[] }>('GET', '/review/requests?state=renewalRequested');
    expect(queue.body.requests.map((r) => [r.id, r.state])).toEqual([['rn-1', 'renewalRequested']]);
  });
});
