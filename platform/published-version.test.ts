import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushResponseSchema, reviewEntryResponseSchema, type Operation } from '@shared/protocol/index';
import { opId, sampleEntry, signedIn, startTestPlatform, type Client, type TestPlatform, REQUEST_DETAILS } from '../tests/helpers/platform';

let p: TestPlatform;
let edu: Client;
let health: Client;
let reviewer: Client;
let form: string;
beforeAll(async () => {
  p = await startTestPlatform({ seedShared: 0 });
  [edu, health, reviewer] = await Promise.all([signedIn(p, 'yc-edu'), signedIn(p, 'yc-health'), signedIn(p, 'yc-reviewer')]);
  const bytes = Buffer.from('%PDF-1.4 共享需求单（盖章）');
  form = createHash('sha256').update(bytes).digest('hex');
  await health.send('PUT', `/attachments/${form}`, { raw: bytes, contentType: 'application/octet-stream' });
});
afterAll(() => p.dispose());

const op = (o: Omit<Operation, 'opId'>): Operation => ({ opId: opId(), ...o }) as Operation;
const conditional = sampleEntry('学生体质健康监测', { shareType: 'conditional', shareCondition: '仅限卫生健康管理用途' });
const unconditional = { ...conditional, shareType: 'unconditional' as const, shareCondition: undefined, items: [...(conditional.items ?? []), { name: '监测年度', type: 'C' as const, length: '4' }] };

async function request(entityId: string, extra: { attachments?: string[]; items?: string[] } = {}) {
  const r = await health.push([op({ kind: 'request.create', entityId, baseRevision: 0, payload: { ...REQUEST_DETAILS, entryId: 'pv-entry', purpose: '学生健康管理', ...extra } })]);
  return pushResponseSchema.parse(r.body).results[0];
}
async function state(requestId: string) {
  const { changes } = await health.pullAll('0');
  const last = changes.filter((c) => c.kind === 'request.status' && (c as { request: { id: string } }).request.id === requestId).at(-1);
  return (last as { request?: { state: string; shareType: string } } | undefined)?.request;
}

describe('published and pending versions', () => {
  it('judges requests by the reviewed version only, while a change waits for review and after it is returned', async () => {
    await edu.push([op({ kind: 'catalogue.submit', entityId: 'pv-entry', baseRevision: 0, payload: { code: '301001/000070', entry: conditional } })]);
    expect((await reviewer.send('POST', '/review/entries/pv-entry/approve', { json: { revision: 1 } })).status).toBe(200);

    // The department resubmits it as unconditional, with one more item: this waits for review.
    const resubmit = await edu.push([op({ kind: 'catalogue.submit', entityId: 'pv-entry', baseRevision: 1, payload: { code: '301001/000070', entry: unconditional } })]);
    expect(resubmit.body.results[0]).toMatchObject({ status: 'accepted', revision: 2 });
    // The reviewer sees the pending version…
    const pending = reviewEntryResponseSchema.parse((await reviewer.send('GET', '/review/entries/pv-entry')).body).entry;
    expect([pending.revision, pending.state, pending.entry.shareType]).toEqual([2, 'submitted', 'unconditional']);
    // …but requests still meet the published one: conditional, sealed form required, provider review.
    expect(await request('pv-rq-1')).toMatchObject({ status: 'rejected', code: 'SEALED_FORM_REQUIRED' });
    expect(await request('pv-rq-2', { attachments: [form], items: ['监测年度'] })).toMatchObject({ status: 'rejected', code: 'VALIDATION' });
    expect(await request('pv-rq-3', { attachments: [form] })).toMatchObject({ status: 'accepted' });
    expect(await state('pv-rq-3')).toMatchObject({ state: 'providerReview', shareType: 'conditional' });

    // Returned: still the published version.
    expect((await reviewer.send('POST', '/review/entries/pv-entry/return', { json: { revision: 2, comments: [{ field: 'shareType', comment: '请说明放开共享的依据' }] } })).status).toBe(200);
    expect(await request('pv-rq-4')).toMatchObject({ status: 'rejected', code: 'SEALED_FORM_REQUIRED' });

    // Resubmitted and approved: now the new version governs.
    await edu.push([op({ kind: 'catalogue.submit', entityId: 'pv-entry', baseRevision: 2, payload: { code: '301001/000070', entry: unconditional } })]);
    expect((await reviewer.send('POST', '/review/entries/pv-entry/approve', { json: { revision: 3 } })).status).toBe(200);
    expect(await request('pv-rq-5', { items: ['监测年度'] })).toMatchObject({ status: 'accepted' });
    expect(await state('pv-rq-5')).toMatchObject({ state: 'platformCheck', shareType: 'unconditional' });
  });

  it('keeps a retired entry out of requests', async () => {
    await edu.push([op({ kind: 'catalogue.retire', entityId: 'pv-entry', baseRevision: 3, payload: {} })]);
    expect(await request('pv-rq-6')).toMatchObject({ status: 'rejected', code: 'NOT_FOUND' });
  });
});
