import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSchema, listResponseSchema, reviewListsResponseSchema, type Change, type Operation } from '@shared/protocol/index';
import { opId, sampleEntry, signedIn, startTestPlatform, type Client, type TestPlatform } from '../tests/helpers/platform';

let p: TestPlatform;
let edu: Client;
let health: Client;
let reviewer: Client;
beforeAll(async () => {
  p = await startTestPlatform({ seedShared: 0, profile: 'yuhua' });
  [edu, health, reviewer] = await Promise.all([signedIn(p, 'yc-edu'), signedIn(p, 'yc-health'), signedIn(p, 'yc-reviewer')]);
});
afterAll(() => p.dispose());

const op = (o: Omit<Operation, 'opId'>): Operation => ({ opId: opId(), ...o }) as Operation;
const cursors = new Map<Client, string>();
async function listUpdates(c: Client) {
  const { changes, cursor } = await c.pullAll(cursors.get(c) ?? '0');
  cursors.set(c, cursor);
  return changes.map((ch) => changeSchema.parse(ch) as Change).flatMap((ch) => (ch.kind === 'list.update' ? [ch.submission] : []));
}

const responsibility = (entryId: string) => ({
  entryId,
  code: '301001/000001',
  name: '学校基本信息',
  responsiblePerson: '张三',
  legalBasis: '教育法',
  collectionResponsibility: '教育局负责采集',
  updateCommitment: '每年更新',
  qualityResponsibility: '教育局负责质量',
  objectionHandler: '李四',
});

const demand = (id: string, name: string) => ({
  id,
  number: `XQ-2026-${id.slice(-4)}`,
  status: 'pending' as const,
  name,
  description: '办理业务需要',
  items: ['姓名'],
  basisKind: 'law' as const,
  basisText: '某法第一条',
  scenario: '业务核验',
  contactName: '王五',
  contactPhone: '13912345678',
  proposedOn: '2026-03-01',
});

describe('lists reported to the authority', () => {
  it('a responsibility list is submitted, returned with a row comment, and the department hears of it', async () => {
    const pushed = await edu.push([op({ kind: 'responsibilityList.submit', entityId: 'rl-1', baseRevision: 0, payload: { rows: [responsibility('e-1')] } })]);
    expect(pushed.body.results[0]).toMatchObject({ status: 'accepted', revision: 1 });
    expect((await listUpdates(edu)).map((s) => [s.id, s.list, s.state, s.rowCount])).toEqual([['rl-1', 'responsibilities', 'submitted', 1]]);

    // a department cannot review
    expect((await edu.send('GET', '/review/lists')).status).toBe(403);
    expect((await edu.send('POST', '/review/lists/rl-1/accept', { json: { revision: 1 } })).status).toBe(403);

    const queue = reviewListsResponseSchema.parse((await reviewer.send('GET', '/review/lists?list=responsibilities')).body);
    expect(queue.submissions.map((s) => [s.id, s.departmentName, s.rows[0]!.responsiblePerson])).toEqual([['rl-1', '伊川县教育局', '张三']]);
    // a comment on a row the list does not have is refused
    expect((await reviewer.send('POST', '/review/lists/rl-1/return', { json: { revision: 1, comments: [{ row: 5, comment: 'x' }] } })).status).toBe(400);
    const comments = [{ row: 0, field: 'legalBasis', comment: '请写明具体条款' }];
    const returned = await reviewer.send('POST', '/review/lists/rl-1/return', { json: { revision: 1, comments, note: '请修改' } });
    expect(listResponseSchema.parse(returned.body).submission.state).toBe('returned');
    const [seen] = await listUpdates(edu);
    expect(seen).toMatchObject({ id: 'rl-1', state: 'returned', revision: 2, comments, note: '请修改' });
    expect(await listUpdates(health)).toEqual([]);
    // acting on it again is a state error
    expect((await reviewer.send<{ error: { code: string } }>('POST', '/review/lists/rl-1/accept', { json: { revision: 2 } })).body.error.code).toBe('STATE_FORBIDS');
  });

  it('a list the platform refuses is answered at its row and field, and nothing of it is stored', async () => {
    const bad = { ...responsibility('e-2'), legalBasis: '' };
    const pushed = await edu.push([op({ kind: 'responsibilityList.submit', entityId: 'rl-bad', baseRevision: 0, payload: { rows: [responsibility('e-1'), bad] } })]);
    expect(pushed.body.results[0]).toMatchObject({ status: 'rejected', code: 'VALIDATION', issues: [{ path: 'payload.rows.1.legalBasis', code: 'validation.required' }] });
    const queue = reviewListsResponseSchema.parse((await reviewer.send('GET', '/review/lists?state=submitted')).body);
    expect(queue.submissions.map((s) => s.id)).not.toContain('rl-bad');
    expect(await listUpdates(edu)).toEqual([]);
  });

  it('opening forms are checked by the department’s profile, in the caller’s language', async () => {
    const row = { entryId: 'e-open', code: '301001/000002', name: '学校名录', openType: 'conditional' as const, openForms: ['query', 'verification'] as const };
    const ok = await edu.push([op({ kind: 'openList.submit', entityId: 'ol-1', baseRevision: 0, payload: { rows: [{ ...row, openForms: [...row.openForms] }] } })]);
    expect(ok.body.results[0]).toMatchObject({ status: 'accepted' });
    const twice = await edu.push([op({ kind: 'openList.submit', entityId: 'ol-2', baseRevision: 0, payload: { rows: [{ ...row, openForms: ['query', 'query'] }] } })]);
    expect(twice.body.results[0]).toMatchObject({ status: 'rejected', code: 'VALIDATION', issues: [{ path: 'payload.rows.0.openForms.1', code: 'lists.validation.openFormDuplicate' }] });
    const unknown = await edu.push([op({ kind: 'openList.submit', entityId: 'ol-3', baseRevision: 0, payload: { rows: [{ ...row, openForms: ['lend'] }] } as never })]);
    expect(unknown.body.results[0]).toMatchObject({ status: 'rejected', issues: [{ path: 'payload.rows.0.openForms.0', code: 'lists.validation.openFormNotAllowed' }] });
    expect((await listUpdates(edu)).map((s) => s.id)).toEqual(['ol-1']);
    // in the caller's language
    const en = await signedIn(p, 'yc-edu', 'en');
    const inEnglish = await en.push([op({ kind: 'openList.submit', entityId: 'ol-4', baseRevision: 0, payload: { rows: [{ ...row, openForms: ['lend'] }] } })]);
    expect(inEnglish.body.results[0]).toMatchObject({ issues: [{ path: 'payload.rows.0.openForms.0', message: 'The local rules do not allow the opening form “lend”' }] });
    const zh = await edu.push([op({ kind: 'openList.submit', entityId: 'ol-5', baseRevision: 0, payload: { rows: [{ ...row, openForms: ['lend'] }] } })]);
    expect(zh.body.results[0]).toMatchObject({ issues: [{ message: '本地规定不允许开放方式“lend”' }] });
  });

  it('a demand the platform cannot match becomes a request to evaluate, answered by the authority', async () => {
    // one published entry the demand list can be matched to by name
    await health.push([op({ kind: 'catalogue.submit', entityId: 'pub-1', baseRevision: 0, payload: { code: '302001/000001', entry: sampleEntry('门诊病历信息', { provider: '伊川县卫生健康委员会' }) } })]);
    expect((await reviewer.send('POST', '/review/entries/pub-1/approve', { json: { revision: 1 } })).status).toBe(200);

    const rows = [demand('d-0001', '门诊病历信息'), demand('d-0002', '外星人登记信息')];
    expect((await edu.push([op({ kind: 'demandList.submit', entityId: 'dl-1', baseRevision: 0, payload: { rows } })])).body.results[0]).toMatchObject({ status: 'accepted' });
    const [submitted] = await listUpdates(edu);
    expect(submitted).toMatchObject({ matches: { 'd-0001': 'pub-1' }, evaluations: [{ demandId: 'd-0002', number: 'XQ-2026-0002', name: '外星人登记信息' }] });

    const answered = await reviewer.send('POST', '/review/lists/dl-1/evaluations/d-0002/answer', { json: { revision: 1, answer: '不属于政务数据，无法满足' } });
    expect(answered.status).toBe(200);
    expect((await reviewer.send('POST', '/review/lists/dl-1/evaluations/d-0001/answer', { json: { revision: 2, answer: 'x' } })).status).toBe(404);
    const accepted = await reviewer.send('POST', '/review/lists/dl-1/accept', { json: { revision: 2 } });
    expect(listResponseSchema.parse(accepted.body).submission.state).toBe('accepted');
    const updates = await listUpdates(edu);
    expect(updates.at(-1)).toMatchObject({ state: 'accepted', evaluations: [{ demandId: 'd-0002', answer: '不属于政务数据，无法满足', answeredAt: p.clock.now().toISOString() }] });
  });
});
