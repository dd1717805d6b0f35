import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approveEntryResponseSchema,
  changeSchema,
  requestResponseSchema,
  reviewEntriesResponseSchema,
  reviewEntryResponseSchema,
  reviewRequestsResponseSchema,
  type Change,
  type ChangeKind,
  type Operation,
} from '@shared/protocol/index';
import { account, opId, sampleEntry, signedIn, startTestPlatform, type Client, type TestPlatform, REQUEST_DETAILS } from '../tests/helpers/platform';

let p: TestPlatform;
let edu: Client;
let health: Client;
let police: Client;
let reviewer: Client;
beforeAll(async () => {
  // Tokens outlive the test's jumps in time (it moves the clock past deadlines).
  p = await startTestPlatform({ seedShared: 0, tokenTtlMs: 90 * 86_400_000 });
  [edu, health, police, reviewer] = await Promise.all([signedIn(p, 'yc-edu'), signedIn(p, 'yc-health'), signedIn(p, 'yc-police'), signedIn(p, 'yc-reviewer')]);
});
afterAll(() => p.dispose());

const cursors = new Map<Client, string>();
const inbox = new Map<Client, Change[]>();
/** The changes of one kind a department received and the test has not looked at yet. */
async function received<K extends ChangeKind>(c: Client, kind: K): Promise<Extract<Change, { kind: K }>[]> {
  const { changes, cursor } = await c.pullAll(cursors.get(c) ?? '0');
  cursors.set(c, cursor);
  const all = [...(inbox.get(c) ?? []), ...changes.map((ch) => changeSchema.parse(ch) as Change)];
  inbox.set(c, all.filter((ch) => ch.kind !== kind));
  return all.filter((ch): ch is Extract<Change, { kind: K }> => ch.kind === kind);
}

const op = (o: Omit<Operation, 'opId'>): Operation => ({ opId: opId(), ...o }) as Operation;

describe('catalogue review', () => {
  it('returns with field comments to the submitter only, then approves a resubmission for everyone', async () => {
    const entry = sampleEntry('学校基本信息', { shareType: 'unconditional', shareCondition: undefined });
    await edu.push([op({ kind: 'catalogue.submit', entityId: 'rv-1', baseRevision: 0, payload: { code: '301001/000001', entry } })]);

    const queue = reviewEntriesResponseSchema.parse((await reviewer.send('GET', '/review/entries')).body);
    expect(queue.entries.map((e) => [e.id, e.revision, e.departmentName])).toEqual([['rv-1', 1, '伊川县教育局']]);
    expect(queue.entries[0]!.reviewDueDate).toBe('2026-03-09'); // 5 working days after Mon 2 March 2026

    const comments = [{ field: 'summary', comment: '摘要过于简略，请写明覆盖范围' }, { field: 'items.1.length', comment: '长度应为 18' }];
    const returned = await reviewer.send('POST', '/review/entries/rv-1/return', { json: { revision: 1, comments, note: '请修改后重新提交' } });
    expect(returned.status).toBe(200);
    expect(await received(edu, 'review.result')).toEqual([
      { kind: 'review.result', review: { entryId: 'rv-1', revision: 1, result: 'returned', comments, note: '请修改后重新提交', reviewedAt: p.clock.now().toISOString() } },
    ]);
    expect(await received(police, 'review.result')).toEqual([]);
    expect(await received(police, 'sharedEntry.upsert')).toEqual([]);

    // acting on a returned entry again is a state error; the fixed resubmission is revision 2
    expect((await reviewer.send<{ error: { code: string } }>('POST', '/review/entries/rv-1/approve', { json: { revision: 1 } })).body.error.code).toBe('STATE_FORBIDS');
    const fixed = { ...entry, summary: '全县中小学校的基本情况，覆盖全部公办和民办学校' };
    const resubmit = await edu.push([op({ kind: 'catalogue.submit', entityId: 'rv-1', baseRevision: 1, payload: { code: '301001/000001', entry: fixed } })]);
    expect(resubmit.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });

    const stale = await reviewer.send<{ error: { code: string; params: { current: number } } }>('POST', '/review/entries/rv-1/approve', { json: { revision: 1 } });
    expect([stale.status, stale.body.error.code, stale.body.error.params.current]).toEqual([409, 'CONFLICT', 2]);
    const approved = await reviewer.send('POST', '/review/entries/rv-1/approve', { json: { revision: 2 } });
    expect(approveEntryResponseSchema.parse(approved.body).entry).toMatchObject({ id: 'rv-1', revision: 2, summary: fixed.summary, departmentName: '伊川县教育局' });

    expect((await received(edu, 'review.result')).map((c) => c.review.result)).toEqual(['approved']);
    for (const c of [police, health, edu]) {
      expect((await received(c, 'sharedEntry.upsert')).map((ch) => [ch.entry.id, ch.entry.revision])).toEqual([['rv-1', 2]]);
    }
  });
});

describe('provider', () => {
  it('is the signed-in department, whatever the submission names', async () => {
    const eduCode = account(p, 'yc-edu').departmentCode;
    const policeCode = account(p, 'yc-police').departmentCode;
    const forged = sampleEntry('户籍人口信息（冒名）', { provider: '伊川县公安局', providerCode: policeCode });
    const r = await edu.push([op({ kind: 'catalogue.submit', entityId: 'pv-1', baseRevision: 0, payload: { code: '301001/000090', entry: forged } })]);
    expect(r.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    const queued = reviewEntryResponseSchema.parse((await reviewer.send('GET', '/review/entries/pv-1')).body).entry;
    expect([queued.departmentCode, queued.entry.provider, queued.entry.providerCode]).toEqual([eduCode, '伊川县教育局', eduCode]);
    const approved = approveEntryResponseSchema.parse((await reviewer.send('POST', '/review/entries/pv-1/approve', { json: { revision: 1 } })).body).entry;
    expect([approved.provider, approved.providerCode, approved.departmentCode]).toEqual(['伊川县教育局', eduCode, eduCode]);
    const [shared] = (await received(police, 'sharedEntry.upsert')).filter((c) => c.entry.id === 'pv-1');
    expect([shared?.entry.provider, shared?.entry.providerCode]).toEqual(['伊川县教育局', eduCode]);
    await Promise.all([edu, health].map((c) => received(c, 'sharedEntry.upsert')));
    await received(edu, 'review.result');
  });
});

describe('share requests', () => {
  let form: string;
  beforeAll(async () => {
    await edu.push([op({ kind: 'catalogue.submit', entityId: 'rq-cond', baseRevision: 0, payload: { code: '301001/000002', entry: sampleEntry('学生健康体检信息') } })]);
    await reviewer.send('POST', '/review/entries/rq-cond/approve', { json: { revision: 1 } });
    const bytes = Buffer.from('%PDF-1.4 共享需求单（盖章）');
    form = createHash('sha256').update(bytes).digest('hex');
    await health.send('PUT', `/attachments/${form}`, { raw: bytes, contentType: 'application/octet-stream' });
    await Promise.all([edu, health, police].map((c) => received(c, 'review.result')));
  });

  it('needs the sealed form for a conditional request', async () => {
    const r = await health.push([op({ kind: 'request.create', entityId: 'rq-noform', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'rq-cond', purpose: '学生健康管理' } })]);
    expect(r.body.results[0]).toMatchObject({ status: 'rejected', code: 'SEALED_FORM_REQUIRED' });
  });

  it('refuses requests for my own entry and for unknown items', async () => {
    const own = await edu.push([op({ kind: 'request.create', entityId: 'rq-own', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'rq-cond', purpose: 'x', attachments: [] } })]);
    expect(own.body.results[0]).toMatchObject({ code: 'OWN_ENTRY' });
    const items = await health.push([op({ kind: 'request.create', entityId: 'rq-items', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'rq-cond', items: ['不存在的项'], purpose: 'x', attachments: [form] } })]);
    expect(items.body.results[0]).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'payload.items.0', code: 'validation.enum' }] });
  });

  it('routes a conditional request to the provider, and its decision back to the requester', async () => {
    const create = await health.push([
      op({ kind: 'request.create', entityId: 'rq-1', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'rq-cond', items: ['学校名称'], purpose: '学生健康管理', attachments: [form] } }),
    ]);
    expect(create.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    const incoming = await received(edu, 'request.incoming');
    expect(incoming.map((c) => [c.request.id, c.request.state, c.request.requesterName, c.request.dueDate])).toEqual([
      ['rq-1', 'providerReview', '伊川县卫生健康委员会', '2026-03-09'],
    ]);
    expect(await received(police, 'request.incoming')).toEqual([]);
    // the provider may read the sealed form now; a bystander may not
    expect((await edu.send('GET', `/attachments/${form}`)).status).toBe(200);
    expect((await police.send('GET', `/attachments/${form}`)).status).toBe(404);

    // only the provider decides, and a refusal needs its reason
    const notMine = await police.push([op({ kind: 'request.decide', entityId: 'rq-1', baseRevision: 1, payload: { decision: 'approve' } })]);
    expect(notMine.body.results[0]).toMatchObject({ code: 'FORBIDDEN' });
    const noReason = await edu.push([op({ kind: 'request.decide', entityId: 'rq-1', baseRevision: 1, payload: { decision: 'reject' } })]);
    expect(noReason.body.results[0]).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'payload.reason', code: 'protocol.validation.reasonRequired' }] });

    p.clock.advance(9 * 86_400_000); // Wed 11 March: past the due date of 9 March
    const decide = await edu.push([op({ kind: 'request.decide', entityId: 'rq-1', baseRevision: 1, payload: { decision: 'approve', validUntil: '2027-03-11' } })]);
    expect(decide.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });
    const decisions = await received(health, 'request.decision');
    expect(decisions).toEqual([
      { kind: 'request.decision', requestId: 'rq-1', decision: { decision: 'approve', by: 'provider', decidedAt: p.clock.now().toISOString(), overdue: true } },
    ]);
    // the feed keeps the latest state per request: the earlier status was superseded before this pull
    expect((await received(health, 'request.status')).map((c) => [c.request.state, c.request.revision])).toEqual([['approved', 2]]);
    // 伊川 times the delivery: 3 working days from the approval on Wed 11 March (12, 13, 16 March), shown to the provider too.
    expect((await received(edu, 'request.incoming')).map((c) => [c.request.state, c.request.dueStep, c.request.dueDate])).toEqual([['approved', 'delivery', '2026-03-16']]);

    const delivered = await reviewer.send('POST', '/review/requests/rq-1/deliver', { json: { revision: 2, note: '已配置接口' } });
    expect(requestResponseSchema.parse(delivered.body).request).toMatchObject({ state: 'active', validUntil: '2027-03-11', deliveryNote: '已配置接口' });
    expect(requestResponseSchema.parse(delivered.body).request.dueDate).toBeUndefined();
    expect((await received(health, 'request.status')).map((c) => c.request.state)).toEqual(['active']);
  });

  it('has the platform decide unconditional requests, never conditional ones', async () => {
    await edu.push([
      op({ kind: 'catalogue.submit', entityId: 'rq-open', baseRevision: 0, payload: { code: '301001/000003', entry: sampleEntry('学校地址信息', { shareType: 'unconditional', shareCondition: undefined }) } }),
    ]);
    await reviewer.send('POST', '/review/entries/rq-open/approve', { json: { revision: 1 } });
    await police.push([op({ kind: 'request.create', entityId: 'rq-2', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'rq-open', purpose: '校园安全巡防' } })]);
    const pending = reviewRequestsResponseSchema.parse((await reviewer.send('GET', '/review/requests')).body);
    expect(pending.requests.map((r) => r.id)).toEqual(['rq-2']);
    // unconditional requests are not the provider's to decide: nothing incoming for rq-2
    expect((await received(edu, 'request.incoming')).map((c) => c.request.id)).not.toContain('rq-2');

    const wrong = await reviewer.send<{ error: { code: string } }>('POST', '/review/requests/rq-1/decide', { json: { revision: 3, decision: 'approve' } });
    expect(wrong.body.error.code).toBe('STATE_FORBIDS');
    const noReason = await reviewer.send<{ error: { code: string } }>('POST', '/review/requests/rq-2/decide', { json: { revision: 1, decision: 'reject' } });
    expect([noReason.status, noReason.body.error.code]).toEqual([400, 'VALIDATION']);
    const rejected = await reviewer.send('POST', '/review/requests/rq-2/decide', { json: { revision: 1, decision: 'reject', reason: '用途与资源无关' } });
    expect(requestResponseSchema.parse(rejected.body).request).toMatchObject({ state: 'rejected', decision: { by: 'platform', reason: '用途与资源无关', overdue: false } });
    expect((await received(police, 'request.decision')).map((c) => c.decision.decision)).toEqual(['reject']);

    // 伊川: the platform's 3 working days cover checking and delivering, so its approval leaves them running.
    await police.push([op({ kind: 'request.create', entityId: 'rq-5', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'rq-open', purpose: '校园安全巡防' } })]);
    const queued = reviewRequestsResponseSchema.parse((await reviewer.send('GET', '/review/requests')).body).requests.find((r) => r.id === 'rq-5')!;
    expect(queued.dueStep).toBe('platformCheck');
    const approved = requestResponseSchema.parse((await reviewer.send('POST', '/review/requests/rq-5/decide', { json: { revision: 1, decision: 'approve' } })).body).request;
    expect([approved.state, approved.dueStep, approved.dueDate]).toEqual(['approved', 'platformCheck', queued.dueDate]);
    const done = requestResponseSchema.parse((await reviewer.send('POST', '/review/requests/rq-5/deliver', { json: { revision: 2 } })).body).request;
    expect([done.state, done.dueStep, done.dueDate]).toEqual(['active', undefined, undefined]);
  });

  it('lets the requester withdraw a pending request, and only then', async () => {
    await police.push([op({ kind: 'request.create', entityId: 'rq-3', baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'rq-open', purpose: '校园周边治安' } })]);
    const cancel = await police.push([op({ kind: 'request.cancel', entityId: 'rq-3', baseRevision: 1, payload: {} })]);
    expect(cancel.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });
    const twice = await police.push([op({ kind: 'request.cancel', entityId: 'rq-3', baseRevision: 2, payload: {} })]);
    expect(twice.body.results[0]).toMatchObject({ code: 'STATE_FORBIDS', reason: '记录当前状态（withdrawn）不允许此操作' });
  });
});
